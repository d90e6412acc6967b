import Domain
import Jobs
import Testing

/// A deterministic generator, so jitter is checked without sleeping or flakiness.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Retry backoff")
struct RetryPolicyTests {
    let policy = RetryPolicy(base: .seconds(1), cap: .seconds(60))

    @Test("the bound doubles per attempt and stops at the cap")
    func bounds() {
        #expect(policy.bound(afterAttempt: 1) == .seconds(1))
        #expect(policy.bound(afterAttempt: 2) == .seconds(2))
        #expect(policy.bound(afterAttempt: 6) == .seconds(32))
        #expect(policy.bound(afterAttempt: 7) == .seconds(60))
        #expect(policy.bound(afterAttempt: 500) == .seconds(60), "no overflow for absurd attempts")
    }

    @Test("delays fall inside [0, bound] and spread across it (full jitter)", arguments: [1, 3, 6, 10])
    func jitterWindow(attempt: Int) {
        var random = SplitMix64(state: UInt64(attempt))
        let bound = policy.bound(afterAttempt: attempt)
        let delays = (0..<2000).map { _ in policy.delay(afterAttempt: attempt, using: &random) }
        #expect(delays.allSatisfy { $0 >= .zero && $0 <= bound })
        // Full jitter: about half the draws fall in each half of the window.
        let low = delays.filter { $0 < bound / 2 }.count
        #expect((800...1200).contains(low))
        #expect(delays.max()! > bound * 0.9 && delays.min()! < bound * 0.1)
    }
}

@Suite("Worker configuration: handler deadlines")
struct JobTimeoutConfigurationTests {
    @Test func eachKindHasADeadlineAndTheEnvironmentChangesThem() throws {
        let defaults = WorkerConfiguration()
        #expect(defaults.timeout(for: "triage") == .seconds(120) && defaults.timeout(for: "deliver") == .seconds(60))
        #expect(defaults.timeout(for: "noop") == .seconds(300))
        let tuned = try WorkerConfiguration.fromEnvironment([
            "SUPPORTBOT_JOB_TIMEOUT_SECONDS": "90", "SUPPORTBOT_JOB_TIMEOUT_DRAFT_SECONDS": "240",
        ])
        #expect(tuned.timeout(for: "triage") == .seconds(90), "the general deadline replaces the kinds' defaults")
        #expect(tuned.timeout(for: "draft") == .seconds(240))
        #expect(throws: (any Error).self) {
            try WorkerConfiguration.fromEnvironment(["SUPPORTBOT_JOB_TIMEOUT_DELIVER_SECONDS": "never"])
        }
        #expect(WorkerConfiguration.timeoutVariable(for: "deliver") == "SUPPORTBOT_JOB_TIMEOUT_DELIVER_SECONDS")
    }
}
