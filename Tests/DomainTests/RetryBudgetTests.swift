import Domain
import Testing

/// The budget is pure: time is an instant derived from one reading of the clock, never a sleep.
@Suite("Retry budget")
struct RetryBudgetTests {
    let t0 = ContinuousClock.now

    func at(_ seconds: Double) -> ContinuousClock.Instant {
        t0.advanced(by: .milliseconds(Int64((seconds * 1000).rounded())))
    }

    /// One withdrawal (a mutating call cannot sit inside `#expect`).
    func take(_ budget: inout RetryBudget, at now: ContinuousClock.Instant) -> Bool {
        budget.tryWithdraw(now: now)
    }

    /// How many withdrawals succeed in a row at `now`.
    func drain(_ budget: inout RetryBudget, at now: ContinuousClock.Instant) -> Int {
        var taken = 0
        while budget.tryWithdraw(now: now) {
            taken += 1
            if taken > 10_000 { break }
        }
        return taken
    }

    @Test("defaults: 10% of successes, a floor of 3, 0.2 per second, at most 50 saved")
    func defaults() {
        let budget = RetryBudget()
        #expect(budget.ratio == 0.1 && budget.floor == 3 && budget.minimumPerSecond == 0.2 && budget.cap == 50)
        #expect(budget.balance == 3)
    }

    @Test("a new budget allows floor retries, rounded down", arguments: [(0.0, 0), (1, 1), (2.5, 2), (3, 3), (7, 7)])
    func startsAtFloor(floor: Double, retries: Int) {
        var budget = RetryBudget(floor: floor)
        #expect(drain(&budget, at: t0) == retries)
    }

    @Test("a withdrawal beyond the balance is refused and leaves the balance alone")
    func refusal() {
        var budget = RetryBudget()
        #expect(take(&budget, at: t0) && take(&budget, at: t0) && take(&budget, at: t0))
        #expect(budget.balance == 0)
        for _ in 0..<5 { #expect(!take(&budget, at: t0)) }
        #expect(budget.balance == 0)
    }

    @Test("each success deposits ratio of a retry", arguments: [0.5, 0.25, 0.125])
    func deposits(ratio: Double) {
        var budget = RetryBudget(ratio: ratio)
        #expect(drain(&budget, at: t0) == 3)
        let needed = Int(1 / ratio)
        for _ in 0..<(needed - 1) { budget.recordSuccess(now: t0) }
        #expect(budget.balance == 1 - ratio)
        #expect(!take(&budget, at: t0), "one success short of a retry")
        budget.recordSuccess(now: t0)
        #expect(take(&budget, at: t0))
        #expect(!take(&budget, at: t0))
    }

    @Test("successes add to the floor: at 0.1, ten successes on a full budget make four retries")
    func depositsOnTopOfFloor() {
        var budget = RetryBudget()
        for _ in 0..<10 { budget.recordSuccess(now: t0) }
        #expect(drain(&budget, at: t0) == 4)
    }

    @Test("at 0.1, ten successes on an empty budget earn one retry")
    func tenSuccessesOneRetry() {
        var budget = RetryBudget()
        #expect(drain(&budget, at: t0) == 3)
        for _ in 0..<10 { budget.recordSuccess(now: t0) }
        #expect(take(&budget, at: t0))
        for _ in 0..<90 { budget.recordSuccess(now: t0) }
        #expect(drain(&budget, at: t0) == 9)
    }

    @Test("savings stop at cap")
    func cap() {
        var budget = RetryBudget(ratio: 1, floor: 3, cap: 5)
        for _ in 0..<100 { budget.recordSuccess(now: t0) }
        #expect(budget.balance == 5)
        #expect(drain(&budget, at: t0) == 5)

        var defaults = RetryBudget()
        for _ in 0..<10_000 { defaults.recordSuccess(now: t0) }
        #expect(defaults.balance == 50)
    }

    @Test("the trickle refills minimumPerSecond while below the floor")
    func trickle() {
        var budget = RetryBudget()  // 0.2 per second
        #expect(drain(&budget, at: t0) == 3)
        #expect(!take(&budget, at: at(2.5)), "half a retry after 2.5 s")
        #expect(budget.balance == 0.5)
        #expect(take(&budget, at: at(5)), "a whole one after 5 s")
        #expect(!take(&budget, at: at(5)))
        #expect(drain(&budget, at: at(15)) == 2)
    }

    @Test("the trickle never lifts the balance above the floor")
    func trickleStopsAtFloor() {
        var budget = RetryBudget()
        #expect(drain(&budget, at: t0) == 3)
        _ = take(&budget, at: at(3600))
        #expect(budget.balance == 2, "an hour refills to the floor of 3, not 720; one is taken")
        #expect(drain(&budget, at: at(3600)) == 2)
        #expect(drain(&budget, at: at(7200)) == 3)
    }

    @Test("time spent at or above the floor is not banked")
    func quietTimeNotBanked() {
        var budget = RetryBudget()
        budget.recordSuccess(now: t0)  // 3.1: at the floor, plus a tenth
        // An hour later the balance is what it was: three retries, and 0.1 left over.
        #expect(drain(&budget, at: at(3600)) == 3)
        #expect(!take(&budget, at: at(3601)), "one second after draining: 0.1 + 0.2")
        #expect(take(&budget, at: at(3606)), "six seconds after: 0.1 + 1.2")
    }

    @Test("the trickle does not take away what successes saved above the floor")
    func trickleKeepsSavings() {
        var budget = RetryBudget(ratio: 1)
        for _ in 0..<10 { budget.recordSuccess(now: t0) }
        #expect(budget.balance == 13)
        budget.recordSuccess(now: at(3600))
        #expect(budget.balance == 14)
        #expect(drain(&budget, at: at(7200)) == 14)
    }

    @Test(
        "an outage of 1000 failing calls with no successes gets at most floor + elapsed × minimumPerSecond retries",
        arguments: [1.0, 10, 100, 1000])
    func outage(seconds: Double) {
        var budget = RetryBudget()
        var retries = 0
        for call in 0..<1000 where budget.tryWithdraw(now: at(seconds * Double(call) / 1000)) {
            retries += 1
        }
        let elapsed = seconds * 999 / 1000
        #expect(retries <= Int(3 + elapsed * 0.2))
        #expect(retries >= Int(3 + elapsed * 0.2) - 1, "the trickle is not lost either")
    }
}
