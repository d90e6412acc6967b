/// Caps retries at a fraction of recent successful calls, so a provider outage never multiplies
/// traffic (Finagle's and gRPC's retry budget).
///
/// Every success deposits `ratio` of a retry, every retry withdraws one. A slow trickle
/// (`minimumPerSecond`, up to `floor`) keeps a few retries available after quiet periods, so the
/// first transient error of the day can still be retried. Pure: time is passed in.
public struct RetryBudget: Sendable {
    public typealias Instant = ContinuousClock.Instant

    public var ratio: Double
    public var floor: Double
    public var minimumPerSecond: Double
    public var cap: Double
    /// Retries available now.
    public var balance: Double { Double(units) / Double(Self.unit) }
    /// The balance in millionths of a retry: whole numbers, so ten deposits of 0.1 make exactly one
    /// retry (in `Double` they sum to 0.9999999999999999).
    private var units: Int64
    private var refilledAt: Instant?
    private static let unit: Int64 = 1_000_000

    private static func units(_ retries: Double) -> Int64 {
        guard retries.isFinite else { return retries > 0 ? Int64.max / 2 : 0 }
        return Int64((min(max(retries, 0), 1e12) * Double(unit)).rounded())
    }

    /// - Parameters:
    ///   - ratio: retries earned per success (0.1: retries add at most 10% to successful traffic).
    ///   - floor: the balance the trickle refills to.
    ///   - minimumPerSecond: the trickle's rate.
    ///   - cap: the most retries that can be saved up.
    public init(ratio: Double = 0.1, floor: Double = 3, minimumPerSecond: Double = 0.2, cap: Double = 50) {
        self.ratio = ratio
        self.floor = floor
        self.minimumPerSecond = minimumPerSecond
        self.cap = cap
        self.units = Self.units(floor)
    }

    public mutating func recordSuccess(now: Instant) {
        refill(now: now)
        units = min(Self.units(cap), units + Self.units(ratio))
    }

    /// Takes one retry from the budget; false means "do not retry".
    public mutating func tryWithdraw(now: Instant) -> Bool {
        refill(now: now)
        guard units >= Self.unit else { return false }
        units -= Self.unit
        return true
    }

    private mutating func refill(now: Instant) {
        defer { refilledAt = now }
        let floorUnits = Self.units(floor)
        guard let refilledAt, units < floorUnits else { return }
        let elapsed = refilledAt.duration(to: now)
        units = min(floorUnits, units + Self.units(max(0, elapsed.inSeconds) * minimumPerSecond))
    }
}
