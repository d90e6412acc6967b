import Delivery
import Testing

@Suite("Delivery configuration")
struct DeliveryConfigurationTests {
    @Test func theRetryScheduleIsReadUnderTheContractsNameAndTheOlderOne() throws {
        let contract = try DeliveryConfiguration.fromEnvironment(["SUPPORTBOT_WEBHOOK_RETRY_SCHEDULE": "0,5,300"])
        #expect(contract.schedule.delays == [.zero, .seconds(5), .seconds(300)])
        let older = try DeliveryConfiguration.fromEnvironment(["SUPPORTBOT_WEBHOOK_SCHEDULE": "0,5s,5m,1h"])
        #expect(older.schedule.delays == [.zero, .seconds(5), .seconds(300), .seconds(3600)])
        let both = try DeliveryConfiguration.fromEnvironment([
            "SUPPORTBOT_WEBHOOK_RETRY_SCHEDULE": "0,1", "SUPPORTBOT_WEBHOOK_SCHEDULE": "0,2",
        ])
        #expect(both.schedule.delays == [.zero, .seconds(1)], "the contract's name wins")
        #expect(throws: (any Error).self) {
            try DeliveryConfiguration.fromEnvironment(["SUPPORTBOT_WEBHOOK_RETRY_SCHEDULE": "soon"])
        }
    }
}
