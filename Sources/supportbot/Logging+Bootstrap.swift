import Foundation
import Logging
import Telemetry

enum LogSetup {
    /// Configures swift-log once per process: stderr, level from `LOG_LEVEL` (default info),
    /// JSON lines when `LOG_FORMAT=json`, text otherwise.
    static func bootstrap() -> Logger {
        let env = ProcessInfo.processInfo.environment
        let level = env["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let json = env["LOG_FORMAT"]?.lowercased() == "json"
        LoggingSystem.bootstrap { label in
            if json {
                var handler = JSONLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: "supportbot")
    }
}
