/// When a failed job runs again: exponential backoff with full jitter, capped.
///
/// Full jitter (a uniform delay between zero and the exponential bound) spreads retries of jobs that
/// failed together, so a recovering provider is not hit by all of them at once (AWS Architecture
/// Blog, "Exponential Backoff and Jitter"). Pure: the random source is injected.
public struct RetryPolicy: Sendable, Equatable {
    /// The bound for the first retry.
    public var base: Duration
    /// No delay exceeds this.
    public var cap: Duration

    public init(base: Duration = .seconds(1), cap: Duration = .seconds(3600)) {
        self.base = base
        self.cap = cap
    }

    /// The upper bound of the delay after failed attempt `attempt` (1-based): base · 2^(attempt−1), capped.
    public func bound(afterAttempt attempt: Int) -> Duration {
        let exponent = min(max(attempt - 1, 0), 40)
        let scaled = base * (1 << exponent)
        return scaled > cap || scaled < .zero ? cap : scaled
    }

    /// A delay uniformly drawn from [0, bound].
    public func delay(afterAttempt attempt: Int, using random: inout some RandomNumberGenerator) -> Duration {
        let bound = bound(afterAttempt: attempt)
        let milliseconds = bound.components.seconds * 1000 + bound.components.attoseconds / 1_000_000_000_000_000
        return .milliseconds(Int64.random(in: 0...max(milliseconds, 0), using: &random))
    }

    public func delay(afterAttempt attempt: Int) -> Duration {
        var random = SystemRandomNumberGenerator()
        return delay(afterAttempt: attempt, using: &random)
    }
}
