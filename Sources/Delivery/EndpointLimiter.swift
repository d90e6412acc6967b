import Foundation
import Synchronization

/// At most `limit` deliveries in flight to one endpoint from this process, so a burst of events
/// never turns into a storm on one receiver. The endpoints at their limit are readable without
/// waiting, so the delivery lane stops claiming their jobs instead of parking workers on them.
public final class EndpointLimiter: Sendable {
    private struct State {
        var inFlight: [UUID: Int] = [:]
        var waiters: [UUID: [CheckedContinuation<Void, Never>]] = [:]
    }

    public let limit: Int
    private let state = Mutex(State())

    public init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Waits for a slot for `endpoint`.
    public func acquire(_ endpoint: UUID) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let granted = state.withLock { state -> Bool in
                if state.inFlight[endpoint, default: 0] < limit {
                    state.inFlight[endpoint, default: 0] += 1
                    return true
                }
                state.waiters[endpoint, default: []].append(continuation)
                return false
            }
            if granted { continuation.resume() }
        }
    }

    /// Gives the slot back, to the longest waiter first.
    public func release(_ endpoint: UUID) {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if var waiting = state.waiters[endpoint], !waiting.isEmpty {
                let first = waiting.removeFirst()
                state.waiters[endpoint] = waiting.isEmpty ? nil : waiting
                return first  // the slot passes on: in-flight stays the same
            }
            let count = state.inFlight[endpoint, default: 1] - 1
            state.inFlight[endpoint] = count > 0 ? count : nil
            return nil
        }
        next?.resume()
    }

    /// Free slots of the endpoints with deliveries in flight now (the others have ``limit``).
    public var remaining: [UUID: Int] {
        state.withLock { state in state.inFlight.mapValues { max(0, limit - $0) } }
    }

    /// Endpoints at their limit right now.
    public var saturated: [UUID] {
        state.withLock { state in state.inFlight.filter { $0.value >= limit }.map(\.key) }
    }
}
