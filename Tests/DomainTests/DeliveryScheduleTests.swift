import Domain
import Testing

@Suite("Delivery schedule")
struct DeliveryScheduleTests {
    let schedule = DeliverySchedule.standard

    @Test func theStandardScheduleIsSvixsEightAttempts() {
        #expect(schedule.attempts == 8)
        #expect(
            schedule.delays.map(\.inSeconds) == [0, 5, 300, 1800, 7200, 18000, 36000, 36000])
    }

    @Test func eachRetryWaitsItsDelayWithinPlusMinusTwentyPercent() {
        for attempt in 1..<8 {
            let base = schedule.delays[attempt].inSeconds
            #expect(schedule.delay(after: attempt, random: 0)?.inSeconds == base * 0.8)
            #expect(schedule.delay(after: attempt, random: 0.5)?.inSeconds == base)
            let high = schedule.delay(after: attempt, random: 0.999_999)?.inSeconds ?? 0
            #expect(high <= base * 1.2 && high > base * 1.199)
        }
    }

    @Test func afterTheLastAttemptThereIsNoNext() {
        #expect(schedule.delay(after: 8, random: 0.5) == nil)
        #expect(schedule.delay(after: 9, random: 0.5) == nil)
        #expect(schedule.delay(after: 0, random: 0.5) == nil)
    }

    @Test func retryAfterIsALowerBoundCappedAtItsMaximum() {
        // Longer than the scheduled 5 s: honoured.
        #expect(schedule.delay(after: 1, retryAfter: .seconds(60), random: 0.5) == .seconds(60))
        // Shorter than the schedule: the schedule wins.
        #expect(schedule.delay(after: 2, retryAfter: .seconds(10), random: 0.5) == .seconds(300))
        // A receiver cannot park a delivery for a week.
        #expect(schedule.delay(after: 1, retryAfter: .seconds(7 * 86400), random: 0.5) == .seconds(3600))
    }

    @Test func schedulesParseFromConfiguration() throws {
        #expect(
            try DeliverySchedule.parse("0,5s,5m,30m,2h,1d") == [
                .zero, .seconds(5), .seconds(300), .seconds(1800), .seconds(7200), .seconds(86400),
            ])
        #expect(try DeliverySchedule.parse("0, 0.25, 1.5s") == [.zero, .milliseconds(250), .milliseconds(1500)])
        for bad in ["", "5x", "-1", "8d", "fast"] {
            #expect(throws: ConfigurationError.self, "\(bad)") { try DeliverySchedule.parse(bad) }
        }
    }
}
