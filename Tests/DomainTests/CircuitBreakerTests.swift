import Domain
import Testing

/// The breaker is pure: these tests drive it with instants derived from one reading of the clock
/// and never sleep. Default policy: window of 20 calls / 60 s, verdict from 10 calls, open at 50%
/// failures or 80% calls of 10 s or more, 30 s open, 3 probes.
@Suite("Circuit breaker")
struct CircuitBreakerTests {
    typealias Breaker = CircuitBreaker
    let t0 = ContinuousClock.now
    let fast = Breaker.Outcome.success(.milliseconds(250))
    let slow = Breaker.Outcome.success(.seconds(12))

    func at(_ seconds: Double) -> ContinuousClock.Instant {
        t0.advanced(by: .milliseconds(Int64((seconds * 1000).rounded())))
    }

    /// Acquires a permit at `now` and records `outcome` for it.
    @discardableResult
    func call(
        _ breaker: inout Breaker, _ outcome: Breaker.Outcome, at now: ContinuousClock.Instant,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Breaker.Transition? {
        let permit = try #require(breaker.acquire(now: now).permit, sourceLocation: sourceLocation)
        return breaker.record(permit, outcome, now: now)
    }

    /// A breaker opened at `t0` by ten failures, so it refuses calls until `t0 + 30 s`.
    func tripped(policy: BreakerPolicy = BreakerPolicy()) throws -> Breaker {
        var breaker = Breaker(policy: policy)
        for _ in 0..<policy.minimumCalls { try call(&breaker, .failure, at: t0) }
        try #require(breaker.state == .open)
        try #require(breaker.openUntil == t0.advanced(by: policy.openDuration))
        return breaker
    }

    @Test("state names and gauge values")
    func stateNames() {
        #expect(BreakerState.allCases.map(\.rawValue) == ["closed", "open", "half_open"])
        #expect(BreakerState.allCases.map(\.gaugeValue) == [0, 2, 1])
    }

    @Test("the policy clamps counts to at least one")
    func policyClamps() {
        let policy = BreakerPolicy(windowSize: 0, minimumCalls: -3, halfOpenProbes: 0)
        #expect(policy.windowSize == 1 && policy.minimumCalls == 1 && policy.halfOpenProbes == 1)
    }

    @Test("a new breaker is closed and permits calls")
    func startsClosed() {
        var breaker = Breaker()
        #expect(breaker.state == .closed && breaker.currentState(now: t0) == .closed && breaker.openUntil == nil)
        let (permit, transition) = breaker.acquire(now: t0)
        #expect(permit?.generation == breaker.generation && permit?.isProbe == false)
        #expect(transition == nil)
    }

    @Test("below minimumCalls there is no verdict, even at 100% failures")
    func minimumCalls() throws {
        var breaker = Breaker()
        for i in 0..<9 {
            #expect(try call(&breaker, .failure, at: at(Double(i))) == nil)
            #expect(breaker.state == .closed)
        }
        #expect(try call(&breaker, .failure, at: at(9)) == .opened(until: at(39)))
        #expect(breaker.state == .open && breaker.openUntil == at(39))
    }

    @Test("with minimumCalls calls in the window, it opens at the failure-rate threshold", arguments: 0...10)
    func failureRate(failures: Int) throws {
        var breaker = Breaker()
        let outcomes =
            Array(repeating: Breaker.Outcome.failure, count: failures) + Array(repeating: fast, count: 10 - failures)
        var transitions: [Breaker.Transition?] = []
        for (i, outcome) in outcomes.enumerated() { transitions.append(try call(&breaker, outcome, at: at(Double(i)))) }
        #expect(transitions.dropLast().allSatisfy { $0 == nil })
        if failures >= 5 {
            #expect(transitions.last == .opened(until: at(39)))
            #expect(breaker.state == .open)
        } else {
            #expect(transitions.last == .some(nil))
            #expect(breaker.state == .closed)
        }
    }

    @Test("once the window holds minimumCalls, the call that reaches the threshold opens it")
    func opensWhenRateReached() throws {
        var breaker = Breaker()
        for i in 0..<10 { try call(&breaker, fast, at: at(Double(i))) }
        // 10 successes, then failures: k/(10+k) first reaches 50% at k = 10.
        for k in 1...9 { #expect(try call(&breaker, .failure, at: at(Double(10 + k))) == nil, "failure \(k)") }
        #expect(try call(&breaker, .failure, at: at(20)) == .opened(until: at(50)))
    }

    @Test("it opens on the slow-call rate: 80% of calls at or over slowCallDuration", arguments: 0...10)
    func slowCallRate(slowCalls: Int) throws {
        var breaker = Breaker()
        for i in 0..<slowCalls { try call(&breaker, slow, at: at(Double(i))) }
        for i in slowCalls..<10 { try call(&breaker, fast, at: at(Double(i))) }
        #expect(breaker.state == (slowCalls >= 8 ? .open : .closed))
    }

    @Test("a call of exactly slowCallDuration is slow; a nanosecond less is not")
    func slowBoundary() throws {
        var justUnder = Breaker()
        for i in 0..<10 {
            try call(&justUnder, .success(.seconds(10) - .nanoseconds(1)), at: at(Double(i)))
        }
        #expect(justUnder.state == .closed)

        var exactly = Breaker()
        for i in 0..<9 { #expect(try call(&exactly, .success(.seconds(10)), at: at(Double(i))) == nil) }
        #expect(try call(&exactly, .success(.seconds(10)), at: at(9)) == .opened(until: at(39)))
    }

    @Test("failures and slow calls are judged separately")
    func failuresAreNotSlow() throws {
        var breaker = Breaker()
        // 40% failed and 60% slow: neither threshold reached, though 100% were bad.
        for i in 0..<4 { try call(&breaker, .failure, at: at(Double(i))) }
        for i in 4..<10 { try call(&breaker, slow, at: at(Double(i))) }
        #expect(breaker.state == .closed)
    }

    @Test("an open breaker refuses permits until openDuration has passed, and then reads half-open")
    func openRefuses() throws {
        var breaker = try tripped()
        for now in [t0, at(1), at(29.999), t0.advanced(by: .seconds(30) - .nanoseconds(1))] {
            let (permit, transition) = breaker.acquire(now: now)
            #expect(permit == nil && transition == nil)
            #expect(breaker.currentState(now: now) == .open)
        }
        #expect(breaker.currentState(now: at(30)) == .halfOpen)
        #expect(breaker.currentState(now: at(3600)) == .halfOpen)
        #expect(breaker.state == .open, "reading the state changes nothing")
    }

    @Test("the first acquire after the wait moves to half-open and hands out at most halfOpenProbes probes")
    func halfOpenProbes() throws {
        var breaker = try tripped()
        let generation = breaker.generation
        let first = breaker.acquire(now: at(31))
        #expect(first.transition == .halfOpened)
        #expect(first.permit?.isProbe == true)
        #expect(breaker.state == .halfOpen && breaker.openUntil == nil)
        #expect(breaker.generation > generation)
        for _ in 0..<2 {
            let next = breaker.acquire(now: at(31))
            #expect(next.permit?.generation == breaker.generation && next.permit?.isProbe == true)
            #expect(next.transition == nil)
        }
        let refused = breaker.acquire(now: at(32))
        #expect(refused.permit == nil && refused.transition == nil)
        #expect(breaker.state == .halfOpen)
    }

    @Test("probes allowed follow the policy", arguments: [1, 2, 5])
    func probeCount(probes: Int) throws {
        var breaker = try tripped(policy: BreakerPolicy(halfOpenProbes: probes))
        var permits: [Breaker.Permit] = []
        while let permit = breaker.acquire(now: at(30)).permit { permits.append(permit) }
        #expect(permits.count == probes)
        for permit in permits.dropLast() { #expect(breaker.record(permit, fast, now: at(31)) == nil) }
        #expect(breaker.record(permits[permits.count - 1], fast, now: at(31)) == .closed)
    }

    @Test("all probes succeeding closes the breaker with a fresh window")
    func probesClose() throws {
        var breaker = try tripped()
        let probes = (0..<3).compactMap { _ in breaker.acquire(now: at(30)).permit }
        try #require(probes.count == 3)
        #expect(breaker.record(probes[0], fast, now: at(31)) == nil)
        #expect(breaker.record(probes[1], fast, now: at(31)) == nil)
        #expect(breaker.state == .halfOpen)
        #expect(breaker.record(probes[2], fast, now: at(31)) == .closed)
        #expect(breaker.state == .closed && breaker.openUntil == nil)
        #expect(breaker.acquire(now: at(32)).permit?.isProbe == false)
        // The ten failures that opened it are gone: a new verdict needs minimumCalls again.
        for i in 0..<9 { #expect(try call(&breaker, .failure, at: at(32 + Double(i))) == nil) }
        #expect(try call(&breaker, .failure, at: at(41)) == .opened(until: at(71)))
    }

    @Test("a probe that succeeds frees its slot for the next probe, up to halfOpenProbes successes")
    func sequentialProbes() throws {
        var breaker = try tripped()
        #expect(try call(&breaker, fast, at: at(30)) == nil)
        #expect(try call(&breaker, fast, at: at(31)) == nil)
        #expect(try call(&breaker, fast, at: at(32)) == .closed)
    }

    @Test("one failing probe reopens the breaker with a new openUntil; the other probes no longer count")
    func probeFails() throws {
        var breaker = try tripped()
        let probes = (0..<3).compactMap { _ in breaker.acquire(now: at(30)).permit }
        #expect(breaker.record(probes[0], fast, now: at(31)) == nil)
        #expect(breaker.record(probes[1], .failure, now: at(35)) == .opened(until: at(65)))
        #expect(breaker.state == .open && breaker.openUntil == at(65))
        #expect(breaker.record(probes[2], fast, now: at(36)) == nil)
        #expect(breaker.state == .open)
        #expect(breaker.acquire(now: at(64)).permit == nil)
        #expect(breaker.currentState(now: at(64.999)) == .open)
        #expect(breaker.currentState(now: at(65)) == .halfOpen)
        #expect(breaker.acquire(now: at(65)).transition == .halfOpened)
    }

    @Test("a slow probe reopens the breaker too")
    func slowProbe() throws {
        var breaker = try tripped()
        #expect(try call(&breaker, fast, at: at(30)) == nil)
        #expect(try call(&breaker, slow, at: at(42)) == .opened(until: at(72)))
    }

    @Test("ignored outcomes do not count while closed, not even toward minimumCalls")
    func ignoredWhileClosed() throws {
        var breaker = Breaker()
        for i in 0..<50 { #expect(try call(&breaker, .ignored, at: at(Double(i) / 10)) == nil) }
        for i in 0..<9 { #expect(try call(&breaker, .failure, at: at(5 + Double(i))) == nil) }
        #expect(breaker.state == .closed)
        // Interleaved ignored calls dilute nothing: 5 failures and 5 successes among them open it.
        var mixed = Breaker()
        for i in 0..<10 {
            try call(&mixed, .ignored, at: at(Double(i)))
            try call(&mixed, i < 5 ? .failure : fast, at: at(Double(i)))
        }
        #expect(mixed.state == .open)
    }

    @Test("an ignored probe hands its slot back without counting as a success")
    func ignoredProbe() throws {
        var breaker = try tripped()
        let probes = (0..<3).compactMap { _ in breaker.acquire(now: at(30)).permit }
        #expect(breaker.acquire(now: at(30)).permit == nil)
        #expect(breaker.record(probes[0], .ignored, now: at(31)) == nil)
        let replacement = try #require(breaker.acquire(now: at(31)).permit)
        #expect(breaker.acquire(now: at(31)).permit == nil)
        #expect(breaker.record(probes[1], fast, now: at(32)) == nil)
        #expect(breaker.record(probes[2], fast, now: at(32)) == nil)
        #expect(breaker.state == .halfOpen, "two successes and an ignored probe are not three successes")
        #expect(breaker.record(replacement, fast, now: at(33)) == .closed)
    }

    @Test("outcomes older than windowDuration fall out of the window")
    func windowDuration() throws {
        var breaker = Breaker()
        for i in 0..<9 { try call(&breaker, .failure, at: at(Double(i) / 10)) }
        // At 60.8 s the failures at 0.0–0.7 s are older than 60 s; only the one at 0.8 s is not.
        #expect(try call(&breaker, .failure, at: at(60.8)) == nil)
        #expect(breaker.state == .closed)
        for _ in 0..<7 { #expect(try call(&breaker, .failure, at: at(60.8)) == nil) }
        // 0.8 s plus nine at 60.8 s: ten calls, all failed.
        #expect(try call(&breaker, .failure, at: at(60.8)) == .opened(until: at(90.8)))
    }

    @Test("an outcome exactly windowDuration old is still in the window")
    func windowDurationBoundary() throws {
        var breaker = Breaker()
        for _ in 0..<9 { try call(&breaker, .failure, at: t0) }
        #expect(try call(&breaker, .failure, at: at(60)) == .opened(until: at(90)))
    }

    @Test("the window keeps only the last windowSize calls")
    func windowSize() throws {
        var breaker = Breaker(policy: BreakerPolicy(windowSize: 10, minimumCalls: 10))
        for i in 0..<4 { try call(&breaker, .failure, at: at(Double(i))) }
        for i in 4..<10 { try call(&breaker, fast, at: at(Double(i))) }
        #expect(breaker.state == .closed)
        // Each new failure pushes out an old call. The four old failures go first, so the rate
        // stays at 4/10 until the fifth new failure; a window of every call would have opened at
        // the second (6/12).
        for i in 10..<14 { #expect(try call(&breaker, .failure, at: at(Double(i))) == nil, "call \(i)") }
        #expect(try call(&breaker, .failure, at: at(14)) == .opened(until: at(44)))
    }

    @Test("a permit from before the trip cannot help close the breaker in half-open")
    func stalePermitInHalfOpen() throws {
        var breaker = Breaker()
        let old = try #require(breaker.acquire(now: t0).permit)
        for _ in 0..<10 { try call(&breaker, .failure, at: at(1)) }
        try #require(breaker.state == .open)
        let probes = (0..<3).compactMap { _ in breaker.acquire(now: at(31)).permit }
        try #require(probes.count == 3)
        #expect(breaker.record(probes[0], fast, now: at(32)) == nil)
        #expect(breaker.record(probes[1], fast, now: at(32)) == nil)
        #expect(breaker.record(old, fast, now: at(32)) == nil, "the old call's success is discarded")
        #expect(breaker.state == .halfOpen)
        #expect(breaker.acquire(now: at(32)).permit == nil, "nor did it free a probe slot")
        #expect(breaker.record(old, .failure, now: at(33)) == nil, "nor can its failure reopen")
        #expect(breaker.state == .halfOpen)
        #expect(breaker.record(probes[2], fast, now: at(33)) == .closed)
    }

    @Test("a permit from an older closed period does not count in the new window")
    func stalePermitAfterClose() throws {
        var breaker = Breaker()
        let old = (0..<10).compactMap { _ in breaker.acquire(now: t0).permit }
        for _ in 0..<10 { try call(&breaker, .failure, at: at(1)) }
        for _ in 0..<3 { try call(&breaker, fast, at: at(31)) }
        try #require(breaker.state == .closed)
        for permit in old { #expect(breaker.record(permit, .failure, now: at(32)) == nil) }
        #expect(breaker.state == .closed)
        for i in 0..<9 { #expect(try call(&breaker, .failure, at: at(33 + Double(i))) == nil) }
        #expect(try call(&breaker, .failure, at: at(42)) == .opened(until: at(72)))
    }

    @Test("outcomes recorded while open are discarded")
    func recordWhileOpen() throws {
        var breaker = Breaker()
        let permits = (0..<3).compactMap { _ in breaker.acquire(now: t0).permit }
        _ = breaker.forceOpen(until: at(10))
        for permit in permits { #expect(breaker.record(permit, .failure, now: at(1)) == nil) }
        #expect(breaker.openUntil == at(10))
    }

    @Test("forceOpen from closed opens until the given instant and invalidates permits in flight")
    func forceOpenClosed() throws {
        var breaker = Breaker()
        let inFlight = try #require(breaker.acquire(now: t0).permit)
        #expect(breaker.forceOpen(until: at(20)) == .opened(until: at(20)))
        #expect(breaker.state == .open && breaker.openUntil == at(20))
        #expect(breaker.acquire(now: at(19)).permit == nil)
        #expect(breaker.record(inFlight, .failure, now: at(1)) == nil)
        #expect(breaker.currentState(now: at(20)) == .halfOpen)
        #expect(breaker.acquire(now: at(20)).transition == .halfOpened)
    }

    @Test("forceOpen never shortens a longer local wait, but extends a shorter one")
    func forceOpenWhileOpen() throws {
        var breaker = try tripped()  // open until t0 + 30 s
        let generation = breaker.generation
        #expect(breaker.forceOpen(until: at(10)) == nil)
        #expect(breaker.forceOpen(until: at(30)) == nil)
        #expect(breaker.openUntil == at(30))
        #expect(breaker.acquire(now: at(15)).permit == nil)
        #expect(breaker.forceOpen(until: at(45)) == .opened(until: at(45)))
        #expect(breaker.openUntil == at(45) && breaker.state == .open)
        #expect(breaker.generation == generation)
        #expect(breaker.acquire(now: at(40)).permit == nil)
        #expect(breaker.currentState(now: at(44)) == .open)
        #expect(breaker.acquire(now: at(45)).transition == .halfOpened)
    }

    @Test("forceOpen in half-open reopens and discards the probes in flight")
    func forceOpenHalfOpen() throws {
        var breaker = try tripped()
        let probes = (0..<3).compactMap { _ in breaker.acquire(now: at(30)).permit }
        #expect(breaker.forceOpen(until: at(50)) == .opened(until: at(50)))
        #expect(breaker.state == .open)
        for probe in probes { #expect(breaker.record(probe, fast, now: at(31)) == nil) }
        #expect(breaker.state == .open && breaker.openUntil == at(50))
    }

    @Test("forceClose closes an open or half-open breaker; on a closed one it does nothing")
    func forceClose() throws {
        var closed = Breaker()
        #expect(closed.forceClose() == nil)
        #expect(closed.generation == 0)

        var open = try tripped()
        #expect(open.forceClose() == .closed)
        #expect(open.state == .closed && open.openUntil == nil)
        let (permit, transition) = open.acquire(now: at(1))
        #expect(permit?.generation == open.generation && permit?.isProbe == false && transition == nil)

        var halfOpen = try tripped()
        let probe = try #require(halfOpen.acquire(now: at(30)).permit)
        #expect(halfOpen.forceClose() == .closed)
        #expect(halfOpen.record(probe, .failure, now: at(31)) == nil, "a probe from half-open cannot reopen it")
        #expect(halfOpen.state == .closed)
    }
}
