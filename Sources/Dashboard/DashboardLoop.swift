import DashboardCore
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The UI thread's loop. Everything here runs on that one thread.
final class DashboardLoop {
    let data: DashboardData
    let queue: EventQueue
    let renderOptions: RenderOptions
    let editor: ExternalEditor?
    var state: DashboardState
    /// What the terminal shows; nil forces a full repaint (after `$EDITOR` drew over it).
    var screen: Grid?
    var dirty = true
    var lastTick = Date()
    var lastStatus = Date()
    var lastRefresh = Date()
    let statusInFlight = InFlight()

    /// Status bar facts change slowly and have no NOTIFY of their own for spend: poll them.
    static let statusInterval: TimeInterval = 2
    /// A safety net for what NOTIFY does not cover (delivery attempts): refresh what is on screen.
    static let refreshInterval: TimeInterval = 5

    init(options: Dashboard.Options, data: DashboardData, queue: EventQueue) {
        self.data = data
        self.queue = queue
        renderOptions = RenderOptions(environment: options.environment)
        editor = ExternalEditor(environment: options.environment, terminalErrorFD: options.terminalErrorFD)
        state = DashboardState(size: .standard, now: Date(), timeZone: .current, useExternalEditor: editor != nil)
    }

    func run() {
        let terminal = Terminal(colour: renderOptions.colour)
        defer { terminal.stop() }
        dispatch(.key(.resize(terminal.size)), terminal)
        perform(state.start(), terminal)
        while !state.hasQuit {
            if dirty {
                let next = render(state, size: state.size, options: renderOptions)
                let runs =
                    screen.map { diff($0, next) }
                    ?? (0..<next.rows).map { GridRun(row: $0, column: 0, cells: Array(next.row($0))) }
                terminal.paint(runs)
                screen = next
                dirty = false
            }
            waitForInput(timeoutMilliseconds: 250)
            while !state.hasQuit, let key = terminal.readKey() { dispatch(.key(key), terminal) }
            for event in queue.drain() where !state.hasQuit { dispatch(event, terminal) }
            let now = Date()
            if now.timeIntervalSince(lastTick) >= 1 {
                lastTick = now
                dispatch(.tick(now: now), terminal)
            }
            if now.timeIntervalSince(lastStatus) >= Self.statusInterval {
                lastStatus = now
                fetchStatus()
            }
            if now.timeIntervalSince(lastRefresh) >= Self.refreshInterval {
                dispatch(.dataChanged, terminal)
            }
        }
    }

    func dispatch(_ event: Event, _ terminal: Terminal) {
        if case .dataChanged = event { lastRefresh = Date() }
        perform(reduce(&state, event), terminal)
        dirty = true
    }

    func perform(_ effects: [Effect], _ terminal: Terminal) {
        for effect in effects {
            switch effect {
            case .fetchInbox(let request):
                let (data, queue) = (data, queue)
                Task {
                    do {
                        queue.post(.inboxLoaded(try await data.page(request)))
                    } catch {
                        queue.post(.loadFailed(message: DashboardData.safeMessage(error)))
                    }
                }
            case .loadTicket(let ticketID):
                let (data, queue) = (data, queue)
                Task {
                    do {
                        if let detail = try await data.ticket(ticketID) {
                            queue.post(.ticketLoaded(detail))
                        } else {
                            queue.post(.loadFailed(message: "the ticket no longer exists"))
                        }
                    } catch {
                        queue.post(.loadFailed(message: DashboardData.safeMessage(error)))
                    }
                }
            case .approve(let draftID, let editedBody):
                let (data, queue) = (data, queue)
                Task {
                    queue.post(
                        .reviewFinished(draftID: draftID, outcome: await data.approve(draftID, editedBody: editedBody)))
                }
            case .reject(let draftID, let reason):
                let (data, queue) = (data, queue)
                Task {
                    queue.post(.reviewFinished(draftID: draftID, outcome: await data.reject(draftID, reason: reason)))
                }
            case .openEditor(let draftID, let body):
                guard let editor else {
                    dispatch(.editorUnavailable(draftID: draftID), terminal)
                    continue
                }
                let outcome = terminal.suspend { editor.edit(body) }
                screen = nil
                switch outcome {
                case .edited(let text): dispatch(.editorFinished(draftID: draftID, body: text), terminal)
                case .unavailable: dispatch(.editorUnavailable(draftID: draftID), terminal)
                }
            case .quit:
                break
            }
        }
    }

    func fetchStatus() {
        guard statusInFlight.begin() else { return }
        let (data, queue, inFlight) = (data, queue, statusInFlight)
        Task {
            // A failure here shows as stale numbers; the inbox's own fetches report the outage.
            if let summary = try? await data.status() { queue.post(.statusUpdated(summary)) }
            inFlight.end()
        }
    }

    /// Sleeps until a key, a posted event or the timeout; EINTR (a resize signal) just returns.
    func waitForInput(timeoutMilliseconds: Int32) {
        var fds = [
            pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
            pollfd(fd: queue.wakeFD, events: Int16(POLLIN), revents: 0),
        ]
        _ = poll(&fds, nfds_t(fds.count), timeoutMilliseconds)
    }
}

/// One request of a kind at a time (the status poll), across the UI thread and a task.
final class InFlight: Sendable {
    private let flag = Atomic(false)

    /// Whether the caller may start: false while the previous one is still running.
    func begin() -> Bool { !flag.exchange(true, ordering: .acquiringAndReleasing) }

    func end() { flag.store(false, ordering: .releasing) }
}
