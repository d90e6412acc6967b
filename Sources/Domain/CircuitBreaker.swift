/// When a breaker opens and how it recovers.
public struct BreakerPolicy: Sendable, Equatable {
    /// The sliding window: the last `windowSize` calls, none older than `windowDuration`.
    public var windowSize: Int
    public var windowDuration: Duration
    /// No verdict on fewer calls than this, so two early failures cannot open the breaker.
    public var minimumCalls: Int
    /// Open when at least this share of the window failed…
    public var failureRateThreshold: Double
    /// …or at least this share was slower than `slowCallDuration` (a provider that answers in
    /// 25 s is as good as down for an agent waiting on a draft).
    public var slowCallRateThreshold: Double
    public var slowCallDuration: Duration
    /// How long an open breaker refuses calls before letting probes through.
    public var openDuration: Duration
    /// Probes allowed in half-open; that many successes close the breaker, one failure reopens it.
    public var halfOpenProbes: Int

    public init(
        windowSize: Int = 20, windowDuration: Duration = .seconds(60), minimumCalls: Int = 10,
        failureRateThreshold: Double = 0.5, slowCallRateThreshold: Double = 0.8,
        slowCallDuration: Duration = .seconds(10), openDuration: Duration = .seconds(30), halfOpenProbes: Int = 3
    ) {
        // A window smaller than the minimum could never reach a verdict: the breaker would never open.
        self.minimumCalls = max(1, minimumCalls)
        self.windowSize = max(self.minimumCalls, windowSize)
        self.windowDuration = windowDuration
        self.failureRateThreshold = failureRateThreshold
        self.slowCallRateThreshold = slowCallRateThreshold
        self.slowCallDuration = slowCallDuration
        self.openDuration = openDuration
        self.halfOpenProbes = max(1, halfOpenProbes)
    }
}

/// A breaker's state as operators see it (`status`, `/metrics`, the `llm_breakers` table).
public enum BreakerState: String, Sendable, Codable, CaseIterable {
    case closed
    case open
    case halfOpen = "half_open"

    /// The `supportbot_breaker_state` gauge value.
    public var gaugeValue: Int {
        switch self {
        case .closed: 0
        case .halfOpen: 1
        case .open: 2
        }
    }
}

/// A circuit breaker for one model: closed → open → half-open → closed, as a value.
///
/// Pure: every method takes `now`, so tests drive it with a manual clock and never sleep. The I/O
/// shell (the gateway) asks for a permit before a call, records the call's outcome with that
/// permit, and publishes transitions so other processes follow. Like gobreaker, each state change
/// starts a new generation and outcomes of permits from an older generation are discarded: a slow
/// call that started before the breaker opened cannot close it or count twice.
public struct CircuitBreaker: Sendable {
    public typealias Instant = ContinuousClock.Instant

    /// Permission for one call, to be handed back with its outcome.
    public struct Permit: Sendable, Equatable {
        public let generation: UInt64
        public let isProbe: Bool
    }

    public enum Outcome: Sendable, Equatable {
        case success(Duration)
        /// The provider failed (5xx, timeout, connection error, malformed reply).
        case failure
        /// Says nothing about the provider's health (a 4xx we caused, a cancelled call): the
        /// permit is returned without a verdict.
        case ignored
    }

    public enum Transition: Sendable, Equatable {
        case opened(until: Instant)
        case halfOpened
        case closed
    }

    public let policy: BreakerPolicy
    public private(set) var state: BreakerState = .closed
    public private(set) var generation: UInt64 = 0
    /// While open: when probes may start.
    public private(set) var openUntil: Instant?
    private var window: [(at: Instant, failed: Bool, slow: Bool)] = []
    private var probesInFlight = 0
    private var probeSuccesses = 0

    public init(policy: BreakerPolicy = BreakerPolicy()) {
        self.policy = policy
    }

    /// The state a caller would meet now: an open breaker whose wait is over reads half-open.
    public func currentState(now: Instant) -> BreakerState {
        if state == .open, let openUntil, now >= openUntil { return .halfOpen }
        return state
    }

    /// Whether ``acquire(now:)`` would grant a permit now, without taking one: callers that
    /// only decide whether to start work (a claim filter) ask this.
    public func admits(now: Instant) -> Bool {
        switch state {
        case .closed: true
        case .open: openUntil.map { now >= $0 } ?? false
        case .halfOpen: probesInFlight + probeSuccesses < policy.halfOpenProbes
        }
    }

    /// A permit for one call, or nil when the breaker refuses it (open, or half-open with all
    /// probes taken). Also returns the transition to half-open when the wait has just ended.
    public mutating func acquire(now: Instant) -> (permit: Permit?, transition: Transition?) {
        var transition: Transition?
        if state == .open {
            guard let openUntil, now >= openUntil else { return (nil, nil) }
            enter(.halfOpen)
            transition = .halfOpened
        }
        switch state {
        case .closed:
            return (Permit(generation: generation, isProbe: false), transition)
        case .halfOpen:
            guard probesInFlight + probeSuccesses < policy.halfOpenProbes else { return (nil, transition) }
            probesInFlight += 1
            return (Permit(generation: generation, isProbe: true), transition)
        case .open:
            return (nil, transition)
        }
    }

    /// Records the outcome of a permitted call; returns the transition it caused, if any.
    public mutating func record(_ permit: Permit, _ outcome: Outcome, now: Instant) -> Transition? {
        guard permit.generation == generation else { return nil }
        switch state {
        case .closed:
            let failed: Bool
            let slow: Bool
            switch outcome {
            case .ignored: return nil
            case .failure: (failed, slow) = (true, false)
            case .success(let duration): (failed, slow) = (false, duration >= policy.slowCallDuration)
            }
            window.append((now, failed, slow))
            trim(now: now)
            guard window.count >= policy.minimumCalls else { return nil }
            let failures = Double(window.filter(\.failed).count) / Double(window.count)
            let slowCalls = Double(window.filter(\.slow).count) / Double(window.count)
            guard failures >= policy.failureRateThreshold || slowCalls >= policy.slowCallRateThreshold else {
                return nil
            }
            return trip(now: now)
        case .halfOpen:
            probesInFlight = max(0, probesInFlight - 1)
            switch outcome {
            case .ignored:
                return nil
            case .failure:
                return trip(now: now)
            case .success(let duration):
                if duration >= policy.slowCallDuration { return trip(now: now) }
                probeSuccesses += 1
                guard probeSuccesses >= policy.halfOpenProbes else { return nil }
                enter(.closed)
                return .closed
            }
        case .open:
            return nil
        }
    }

    /// Another process opened this model's breaker: refuse calls until `until` (never shortens a
    /// longer local wait).
    public mutating func forceOpen(until: Instant) -> Transition? {
        if state == .open, let openUntil, openUntil >= until { return nil }
        if state != .open { enter(.open) }
        openUntil = until
        return .opened(until: until)
    }

    /// Another process closed this model's breaker after successful probes.
    public mutating func forceClose() -> Transition? {
        guard state != .closed else { return nil }
        enter(.closed)
        return .closed
    }

    private mutating func trip(now: Instant) -> Transition {
        enter(.open)
        let until = now.advanced(by: policy.openDuration)
        openUntil = until
        return .opened(until: until)
    }

    private mutating func enter(_ next: BreakerState) {
        state = next
        generation &+= 1
        window.removeAll(keepingCapacity: true)
        probesInFlight = 0
        probeSuccesses = 0
        if next != .open { openUntil = nil }
    }

    private mutating func trim(now: Instant) {
        let oldest = now.advanced(by: .zero - policy.windowDuration)
        let stale = window.prefix { $0.at < oldest }.count
        let excess = max(0, window.count - stale - policy.windowSize)
        if stale + excess > 0 { window.removeFirst(stale + excess) }
    }
}
