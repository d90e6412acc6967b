import Synchronization

/// The bytes of a streamed body on their way from the client thread to the one task reading them.
///
/// The client thread appends with `yield` and ends with `finish`; the reader takes everything
/// that has arrived with `next`, or waits for it. Bytes that arrive while the reader is busy are
/// joined into one buffer, so a slow reader gets fewer, larger elements rather than a queue of
/// small ones. The buffer is bounded by `maxUnreadBytes` instead of pausing libcurl: a reader
/// that falls that far behind ends the stream with `.responseTooLarge`, which suits event streams,
/// whose readers keep up or reconnect.
final class BodyChannel: Sendable {
    enum YieldResult {
        case accepted
        /// The reader cancelled; the transfer should stop.
        case readerGone
        /// Accepting the bytes would hold more than `maxUnreadBytes` unread.
        case overflow
    }

    private enum Phase {
        case open
        /// The transfer ended; the reader has yet to see how, after any unread bytes.
        case ended(HTTPClientError?)
        /// The reader has seen the end; later reads return nil.
        case done
    }

    private typealias Waiter = CheckedContinuation<Result<[UInt8]?, HTTPClientError>, Never>

    private struct State {
        var unread: [UInt8] = []
        var phase = Phase.open
        var waiter: Waiter?
    }

    private let maxUnreadBytes: Int
    private let state = Mutex(State())

    init(maxUnreadBytes: Int) {
        self.maxUnreadBytes = maxUnreadBytes
    }

    /// Client thread: hands over bytes from libcurl's write callback.
    func yield(_ bytes: UnsafeRawBufferPointer) -> YieldResult {
        // An empty element would read as nothing to a consumer; there is nothing to hand over.
        guard !bytes.isEmpty else { return isEnded ? .readerGone : .accepted }
        let (result, waiter) = state.withLock { state -> (YieldResult, Waiter?) in
            guard case .open = state.phase else { return (.readerGone, nil) }
            guard bytes.count <= maxUnreadBytes - state.unread.count else { return (.overflow, nil) }
            // A waiting reader implies nothing is unread: give it these bytes directly.
            if let waiter = state.waiter {
                state.waiter = nil
                return (.accepted, waiter)
            }
            state.unread.append(contentsOf: bytes)
            return (.accepted, nil)
        }
        waiter?.resume(returning: .success(Array(bytes)))
        return result
    }

    /// Client thread (or the submitting task if the loop refused the transfer): ends the body,
    /// cleanly with nil. Only the first end counts, so a reader's cancellation is not overwritten.
    func finish(_ error: HTTPClientError?) {
        let waiter = state.withLock { state -> Waiter? in
            guard case .open = state.phase else { return nil }
            guard let waiter = state.waiter else {
                state.phase = .ended(error)
                return nil
            }
            state.waiter = nil
            state.phase = .done
            return waiter
        }
        waiter?.resume(returning: error.map { .failure($0) } ?? .success(nil))
    }

    /// Reader side: drops unread bytes and ends the body with `.cancelled` at once, without
    /// waiting for the client thread to abort the transfer.
    func cancel() {
        let cancelled = HTTPClientError(.cancelled, message: "the stream was cancelled")
        let waiter = state.withLock { state -> Waiter? in
            state.unread = []
            if case .done = state.phase { return nil }
            guard let waiter = state.waiter else {
                state.phase = .ended(cancelled)
                return nil
            }
            state.waiter = nil
            state.phase = .done
            return waiter
        }
        waiter?.resume(returning: .failure(cancelled))
    }

    /// True once the transfer has ended, however it ended.
    var isEnded: Bool {
        state.withLock { state in
            if case .open = state.phase { return false }
            return true
        }
    }

    /// Everything received since the last call, waiting if nothing is; nil after a clean end.
    /// Throws the transfer's error once, then returns nil.
    func next() async throws(HTTPClientError) -> [UInt8]? {
        let result = await withCheckedContinuation { (continuation: Waiter) in
            let ready = state.withLock { state -> Result<[UInt8]?, HTTPClientError>? in
                if !state.unread.isEmpty {
                    let bytes = state.unread
                    state.unread = []
                    return .success(bytes)
                }
                switch state.phase {
                case .open:
                    precondition(state.waiter == nil, "a streamed body can have only one reader at a time")
                    state.waiter = continuation
                    return nil
                case .ended(let error):
                    state.phase = .done
                    return error.map { .failure($0) } ?? .success(nil)
                case .done:
                    return .success(nil)
                }
            }
            if let ready { continuation.resume(returning: ready) }
        }
        return try result.get()
    }
}
