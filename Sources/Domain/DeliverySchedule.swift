import Foundation

/// When an outbound webhook is attempted again: a fixed schedule (Svix's by default) with
/// ±`jitter` spread, so endpoints recovering from an outage are not hit by every retry at once,
/// and the receiver's `Retry-After` honoured as a lower bound up to `maxRetryAfter`.
public struct DeliverySchedule: Sendable, Equatable {
    /// Delay before each attempt; the first is normally zero. Its count is the number of attempts.
    public var delays: [Duration]
    /// Fraction of each delay added or taken away at random (0.2: ±20%).
    public var jitter: Double
    /// A `Retry-After` longer than this is capped, so a receiver cannot park a delivery for days.
    public var maxRetryAfter: Duration

    /// Immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: eight attempts over about 27 hours.
    public static let standard = DeliverySchedule(
        delays: [
            .zero, .seconds(5), .seconds(300), .seconds(1800), .seconds(7200), .seconds(18000), .seconds(36000),
            .seconds(36000),
        ], jitter: 0.2, maxRetryAfter: .seconds(3600))

    public init(delays: [Duration], jitter: Double = 0.2, maxRetryAfter: Duration = .seconds(3600)) {
        self.delays = delays
        self.jitter = jitter
        self.maxRetryAfter = maxRetryAfter
    }

    public var attempts: Int { delays.count }

    /// The wait before attempt `attempt + 1` after attempt `attempt` (1-based) failed, or nil when
    /// that was the last one. `random` is a uniform draw in 0..<1 (injected so tests are exact).
    public func delay(after attempt: Int, retryAfter: Duration? = nil, random: Double) -> Duration? {
        guard attempt >= 1, attempt < delays.count else { return nil }
        let base = delays[attempt].inSeconds
        var seconds = base * (1 + jitter * (2 * random - 1))
        if let retryAfter {
            seconds = max(seconds, min(retryAfter.inSeconds, maxRetryAfter.inSeconds))
        }
        return .milliseconds(Int64((max(0, seconds) * 1000).rounded()))
    }

    /// Parses `0,5s,5m,30m,2h,5h,10h,10h` (a bare number is seconds).
    public static func parse(_ text: String) throws(ConfigurationError) -> [Duration] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty, parts.count <= 50 else {
            throw ConfigurationError("a delivery schedule lists 1 to 50 delays, such as 0,5s,5m,30m,2h")
        }
        return try parts.map { part throws(ConfigurationError) in
            let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
            var number = Substring(part)
            var scale = 1.0
            if let unit = part.last, let factor = units[unit] {
                number = part.dropLast()
                scale = factor
            }
            guard let value = Double(number), value >= 0, value * scale <= 7 * 86400 else {
                throw ConfigurationError(
                    "\"\(part)\" is not a delay: use a number with s, m, h or d (at most 7 days), such as 5m")
            }
            return .milliseconds(Int64(value * scale * 1000))
        }
    }
}
