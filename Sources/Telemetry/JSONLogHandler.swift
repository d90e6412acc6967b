import Foundation
import Logging
import Synchronization

/// A swift-log handler that writes one JSON object per line (`LOG_FORMAT=json`): `ts`, `level`,
/// `logger`, `msg`, `source`, then every metadata key at the top level (dotted keys kept, e.g.
/// `ticket.id`, `correlation_id`), so `grep` or `jq` on one id shows a ticket's whole story.
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let write: @Sendable (String) -> Void

    /// - Parameter write: receives each line without its newline; default: stderr.
    public init(label: String, write: @escaping @Sendable (String) -> Void = JSONLogHandler.standardError) {
        self.label = label
        self.write = write
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadataProvider?.get() ?? [:]
        merged.merge(metadata) { $1 }
        if let explicit = event.metadata { merged.merge(explicit) { $1 } }
        if let error = event.error, merged["error"] == nil { merged["error"] = "\(error)" }
        write(
            Self.line(
                level: event.level, label: label, message: event.message.description, source: event.source,
                metadata: merged))
    }

    /// The JSON line for one record; keys sorted for stable output.
    public static func line(
        level: Logger.Level, label: String, message: String, source: String, metadata: Logger.Metadata,
        date: Date = Date()
    ) -> String {
        var object: [String: Any] = [:]
        for (key, value) in metadata { object[key] = json(value) }
        object["ts"] = date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        object["level"] = level.rawValue
        object["logger"] = label
        object["msg"] = message
        object["source"] = source
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
        return data.map { String(decoding: $0, as: UTF8.self) } ?? #"{"msg":"unencodable log record"}"#
    }

    private static func json(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let convertible): convertible.description
        case .array(let values): values.map(json)
        case .dictionary(let values): values.mapValues(json)
        }
    }

    /// Writes whole lines to stderr; the lock keeps lines from different threads apart.
    public static let standardError: @Sendable (String) -> Void = { line in
        stderrLock.withLock { _ in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}

private let stderrLock = Mutex(())
