import Foundation
import Logging
import Synchronization
import Telemetry
import Testing

@Suite("JSON log lines")
struct JSONLogHandlerTests {
    @Test("one object per line: time, level, logger, message, source and flattened metadata")
    func line() throws {
        let text = JSONLogHandler.line(
            level: .warning, label: "supportbot", message: "job failed; will retry", source: "Jobs",
            metadata: ["ticket.id": "t-1", "correlation_id": "msg_1", "job.attempt": "2", "nested": ["a": "b"]],
            date: Date(timeIntervalSince1970: 1_790_000_000.25))
        #expect(!text.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["level"] as? String == "warning")
        #expect(object["msg"] as? String == "job failed; will retry")
        #expect(object["logger"] as? String == "supportbot" && object["source"] as? String == "Jobs")
        #expect(object["ticket.id"] as? String == "t-1" && object["correlation_id"] as? String == "msg_1")
        #expect((object["nested"] as? [String: String])?["a"] == "b")
        #expect(object["ts"] as? String == "2026-09-21T14:13:20.250Z")
    }

    @Test("the handler merges logger metadata, call metadata and the level threshold")
    func handler() throws {
        let lines = Mutex<[String]>([])
        var logger = Logger(label: "t") { JSONLogHandler(label: $0) { line in lines.withLock { $0.append(line) } } }
        logger.logLevel = .info
        logger[metadataKey: "correlation_id"] = "msg_9"
        logger.debug("hidden")
        logger.info("shown", metadata: ["ticket.id": "x"])
        let captured = lines.withLock { $0 }
        #expect(captured.count == 1)
        #expect(captured[0].contains(#""correlation_id":"msg_9""#) && captured[0].contains(#""ticket.id":"x""#))
    }
}
