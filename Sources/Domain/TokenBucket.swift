/// A token bucket: `rate` tokens a second up to `burst`, one per request. Pure: the caller passes
/// the time (seconds on any monotonic clock), so it is tested without sleeping.
public struct TokenBucket: Sendable, Equatable {
    public let rate: Double
    public let burst: Double
    public private(set) var tokens: Double
    public private(set) var updatedAt: Double

    /// Starts full.
    public init(rate: Double, burst: Double, now: Double) {
        precondition(rate > 0 && burst >= 1, "a bucket needs a positive rate and room for one request")
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.updatedAt = now
    }

    /// Takes one token if there is one; otherwise says how long until there is.
    public mutating func take(now: Double) -> Decision {
        refill(now: now)
        if tokens >= 1 {
            tokens -= 1
            return .allowed
        }
        return .limited(retryAfterSeconds: (1 - tokens) / rate)
    }

    /// Whether a bucket left alone this long is full again (and can be forgotten).
    public func isFull(now: Double) -> Bool {
        tokens + max(0, now - updatedAt) * rate >= burst
    }

    mutating func refill(now: Double) {
        let elapsed = max(0, now - updatedAt)
        tokens = min(burst, tokens + elapsed * rate)
        updatedAt = max(updatedAt, now)
    }

    public enum Decision: Sendable, Equatable {
        case allowed
        /// Over the rate: the next token arrives in this many seconds.
        case limited(retryAfterSeconds: Double)
    }
}
