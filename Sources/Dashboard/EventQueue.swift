import DashboardCore
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Events from background work (pages, tickets, review outcomes, NOTIFY) for the UI thread. A
/// byte on a pipe wakes the UI thread's `poll`, so it sleeps at 0% CPU between keys and events.
final class EventQueue: Sendable {
    private let events = Mutex<[Event]>([])
    /// `pipe()`'s read and write ends, both non-blocking: a full pipe already means "wake up".
    let wakeFD: Int32
    private let signalFD: Int32

    init() throws {
        var fds: [Int32] = [0, 0]
        // Close-on-exec: $EDITOR must not inherit it.
        guard pipe(&fds) == 0 else { throw DashboardError.terminal("could not create a pipe: errno \(errno)") }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        wakeFD = fds[0]
        signalFD = fds[1]
    }

    deinit {
        close(wakeFD)
        close(signalFD)
    }

    func post(_ event: Event) {
        events.withLock { $0.append(event) }
        var byte: UInt8 = 1
        _ = write(signalFD, &byte, 1)
    }

    /// Everything posted so far, in order; empties the pipe too.
    func drain() -> [Event] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(wakeFD, &buffer, buffer.count) > 0 {}
        return events.withLock { events in
            defer { events.removeAll(keepingCapacity: true) }
            return events
        }
    }
}
