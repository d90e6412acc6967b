import Foundation
import Logging

enum LogSetup {
    /// Configures swift-log once per process: stderr, level from `LOG_LEVEL` (default info).
    static func bootstrap() -> Logger {
        let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: "supportbot")
    }
}
