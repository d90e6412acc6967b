import Foundation

/// RFC 3339 timestamps (`2026-11-20T10:00:00Z`, `…00.123+02:00`).
public enum RFC3339 {
    /// Parses with or without fractional seconds; nil when the text is not a timestamp.
    public static func parse(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }

    /// Formats in UTC with millisecond precision, as used in outbound JSON.
    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
