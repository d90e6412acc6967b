internal import CCurl
import Foundation
import Synchronization

/// The client thread: one libcurl multi handle that drives every transfer of one ``HTTPClient``.
///
/// The thread sleeps in `curl_multi_poll` until a socket is ready, one of libcurl's timers or a
/// stream's deadline is due, or another thread calls `curl_multi_wakeup` to hand over work,
/// so an idle client uses no CPU and no Swift concurrency thread ever waits on the network.
///
/// Confinement rule: `multi` is created in `init` and, once the thread starts, used only on that
/// thread, except for `curl_multi_wakeup`, which libcurl allows from any thread. Wakeups happen
/// only under `state`'s lock while `stopping` is false, and the thread calls `curl_multi_cleanup`
/// only after it has seen `stopping` under that lock, so no wakeup can reach a freed handle.
final class MultiLoop: @unchecked Sendable {
    private struct State {
        var submitted: [Transfer] = []
        var cancelled: [Transfer] = []
        var stopping = false
    }

    /// Wakeups and libcurl's own timers end each wait sooner; this only bounds an idle wait.
    private static let idleWaitMilliseconds: Int32 = 60_000

    private let multi: UnsafeMutableRawPointer
    private let state = Mutex(State())

    init(maxConnections: Int) {
        CurlGlobal.ready
        guard let multi = curl_multi_init() else { fatalError("curl_multi_init failed: out of memory") }
        // The connection cache stays on, so later requests to the same host reuse connections.
        _ = sb_curl_multi_setopt_long(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, maxConnections)
        _ = sb_curl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, maxConnections)
        self.multi = multi
        let thread = Thread { [self] in run() }
        thread.name = "supportbot.http-client"
        thread.start()
    }

    /// Hands `transfer` to the thread, or returns why it cannot run; the caller then finishes it.
    func submit(_ transfer: Transfer) -> HTTPClientError.Kind? {
        state.withLock { state in
            if state.stopping { return .shutDown }
            // The cancellation handler ran before the hand-over, so the thread will not see it.
            if transfer.isCancelled { return .cancelled }
            state.submitted.append(transfer)
            curl_multi_wakeup(multi)
            return nil
        }
    }

    /// Asks the thread to abort `transfer`; harmless if it has finished or was never submitted.
    func cancel(_ transfer: Transfer) {
        transfer.markCancelled()
        state.withLock { state in
            guard !state.stopping else { return }
            state.cancelled.append(transfer)
            curl_multi_wakeup(multi)
        }
    }

    /// Makes the thread fail every transfer with `.shutDown` and exit; later submissions fail.
    func shutdown() {
        state.withLock { state in
            guard !state.stopping else { return }
            state.stopping = true
            curl_multi_wakeup(multi)
        }
    }

    private func run() {
        // Keeps each transfer alive while its easy handle is in the multi handle.
        var active: [ObjectIdentifier: Transfer] = [:]
        while true {
            let (submitted, cancelled, stopping) = state.withLock { state in
                defer {
                    state.submitted = []
                    state.cancelled = []
                }
                return (state.submitted, state.cancelled, state.stopping)
            }
            if stopping {
                for transfer in active.values {
                    curl_multi_remove_handle(multi, transfer.easy)
                    transfer.fail(.shutDown, "the HTTP client was shut down")
                }
                for transfer in submitted {
                    transfer.fail(.shutDown, "the HTTP client was shut down")
                }
                break
            }
            for transfer in submitted {
                if transfer.isCancelled {
                    transfer.fail(.cancelled, "the request was cancelled")
                    continue
                }
                let code = curl_multi_add_handle(multi, transfer.easy)
                guard code == CURLM_OK else {
                    transfer.fail(.transport, String(cString: curl_multi_strerror(code)))
                    continue
                }
                active[ObjectIdentifier(transfer)] = transfer
            }
            for transfer in cancelled where active.removeValue(forKey: ObjectIdentifier(transfer)) != nil {
                curl_multi_remove_handle(multi, transfer.easy)
                transfer.fail(.cancelled, "the request was cancelled")
            }

            var running: Int32 = 0
            _ = curl_multi_perform(multi, &running)
            finishCompleted(&active)
            let wait = expireStreamDeadlines(&active)

            var ready: Int32 = 0
            if curl_multi_poll(multi, nil, 0, wait, &ready) != CURLM_OK {
                // Not expected; pausing keeps a persistent failure from becoming a busy loop.
                usleep(10_000)
            }
        }
        active.removeAll()
        curl_multi_cleanup(multi)
    }

    /// Fails streams whose head is overdue or that have gone idle too long, which libcurl cannot
    /// do without also limiting how long a stream may run. Returns how long the thread may then
    /// wait, in milliseconds, so that it wakes for the next deadline.
    private func expireStreamDeadlines(_ active: inout [ObjectIdentifier: Transfer]) -> Int32 {
        let now = ContinuousClock.now
        var wait = Duration.milliseconds(Self.idleWaitMilliseconds)
        for (key, transfer) in active {
            guard let deadline = transfer.timeoutDeadline else { continue }
            guard deadline.instant > now else {
                active.removeValue(forKey: key)
                curl_multi_remove_handle(multi, transfer.easy)
                transfer.fail(.timeout, deadline.reason)
                continue
            }
            wait = min(wait, deadline.instant - now)
        }
        // Rounded up: waking a moment early would only loop back here with nothing to do.
        let (seconds, attoseconds) = wait.components
        return Int32(seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    private func finishCompleted(_ active: inout [ObjectIdentifier: Transfer]) {
        var queued: Int32 = 0
        while let message = curl_multi_info_read(multi, &queued) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            // The message does not survive curl_multi_remove_handle, so read it first.
            let code = message.pointee.data.result
            var context: UnsafeMutableRawPointer?
            _ = sb_curl_easy_getinfo_pointer(easy, CURLINFO_PRIVATE, &context)
            curl_multi_remove_handle(multi, easy)
            guard let context else { continue }
            let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
            active.removeValue(forKey: ObjectIdentifier(transfer))
            transfer.complete(code)
        }
    }
}
