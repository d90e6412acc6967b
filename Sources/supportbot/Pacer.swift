/// Spaces out starts to at most `perSecond` per second across all callers (0: no limit).
actor Pacer {
    private let interval: Duration?
    private var next = ContinuousClock.now

    init(perSecond: Double) {
        interval = perSecond > 0 ? .nanoseconds(Int64(1e9 / perSecond)) : nil
    }

    /// Waits for the next slot.
    func wait() async throws {
        guard let interval else { return }
        let now = ContinuousClock.now
        let slot = max(next, now)
        next = slot + interval
        if slot > now { try await Task.sleep(until: slot, clock: .continuous) }
    }
}
