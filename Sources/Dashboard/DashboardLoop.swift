import DashboardCore
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The UI thread's loop. Everything here runs on that one thread, except the tasks it starts,
/// which only post events back and count themselves in `work`.
final class DashboardLoop {
    let data: DashboardData
    let queue: EventQueue
    let renderOptions: RenderOptions
    let editor: ExternalEditor?
    /// Fetches and reviews still running; `Dashboard.run` waits for the reviews before closing
    /// the pool, so an `a` pressed just before `q` is not lost.
    let work: BackgroundWork
    var state: DashboardState
    /// What the terminal shows; nil forces a full repaint (after `$EDITOR` drew over it).
    var screen: Grid?
    var dirty = true
    var lastTick = Date()
    var lastStatus = Date()
    var lastRefresh = Date()
    /// A refresh asked for while inbox fetches were running: done once they are, so a stream of
    /// NOTIFY while a backlog drains costs one query at a time, never a pile of them.
    var refreshWanted = false
    let statusInFlight = InFlight()

    /// Status bar facts change slowly and have no NOTIFY of their own for spend: poll them.
    static let statusInterval: TimeInterval = 2
    /// A safety net for what NOTIFY does not cover (delivery attempts): refresh what is on screen.
    static let refreshInterval: TimeInterval = 5

    init(options: Dashboard.Options, data: DashboardData, queue: EventQueue, work: BackgroundWork) {
        self.data = data
        self.queue = queue
        self.work = work
        renderOptions = RenderOptions(environment: options.environment)
        editor = ExternalEditor(environment: options.environment, terminalErrorFD: options.terminalErrorFD)
        state = DashboardState(size: .standard, now: Date(), timeZone: .current, useExternalEditor: editor != nil)
    }

    /// Runs until the agent quits or the terminal goes away.
    func run() throws {
        let terminal = try Terminal(colour: renderOptions.colour)
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
            guard waitForInput(timeoutMilliseconds: 250) else {
                // The terminal hung up without a SIGHUP (e.g. under `nohup`): nobody is looking.
                dispatch(.key(.control("c")), terminal)
                break
            }
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
            if refreshWanted || now.timeIntervalSince(lastRefresh) >= Self.refreshInterval {
                dispatch(.dataChanged, terminal)
            }
        }
    }

    func dispatch(_ event: Event, _ terminal: Terminal) {
        if case .dataChanged = event {
            lastRefresh = Date()
            guard work.fetches == 0 else {
                refreshWanted = true
                return
            }
            refreshWanted = false
        }
        perform(reduce(&state, event), terminal)
        dirty = true
    }

    func perform(_ effects: [Effect], _ terminal: Terminal) {
        let (data, queue, work) = (data, queue, work)
        for effect in effects {
            switch effect {
            case .fetchInbox(let request):
                work.start(.fetch) {
                    do {
                        queue.post(.inboxLoaded(try await data.page(request)))
                    } catch {
                        queue.post(.loadFailed(message: DashboardData.safeMessage(error)))
                    }
                }
            case .loadTicket(let ticketID):
                work.start(.fetch) {
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
                work.start(.review) {
                    let outcome = await data.approve(draftID, editedBody: editedBody)
                    queue.post(.reviewFinished(draftID: draftID, outcome: outcome))
                }
            case .reject(let draftID, let reason):
                work.start(.review) {
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
                case .unavailable(let why):
                    data.logger.warning(
                        "$EDITOR could not run; inline editor instead",
                        metadata: ["draft_id": "\(draftID.uuidString.lowercased())", "reason": "\(why)"])
                    dispatch(.editorUnavailable(draftID: draftID), terminal)
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

    /// Sleeps until a key, a posted event or the timeout. False when stdin hung up or failed;
    /// EINTR (a resize signal) just returns true.
    func waitForInput(timeoutMilliseconds: Int32) -> Bool {
        var fds = [
            pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
            pollfd(fd: queue.wakeFD, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&fds, nfds_t(fds.count), timeoutMilliseconds) > 0 else { return true }
        return fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) == 0
    }
}

/// One request of a kind at a time (the status poll), across the UI thread and a task.
final class InFlight: Sendable {
    private let flag = Atomic(false)

    /// Whether the caller may start: false while the previous one is still running.
    func begin() -> Bool { !flag.exchange(true, ordering: .acquiringAndReleasing) }

    func end() { flag.store(false, ordering: .releasing) }
}

/// The tasks the UI thread started: fetches are counted (one refresh at a time), reviews are
/// kept so that quitting waits for them.
final class BackgroundWork: Sendable {
    enum Kind {
        case fetch
        case review
    }

    private let state = Mutex<(fetches: Int, reviews: [UUID: Task<Void, Never>])>((0, [:]))

    var fetches: Int { state.withLock { $0.fetches } }

    func start(_ kind: Kind, _ body: @escaping @Sendable () async -> Void) {
        switch kind {
        case .fetch:
            state.withLock { $0.fetches += 1 }
            Task {
                await body()
                self.state.withLock { $0.fetches -= 1 }
            }
        case .review:
            let id = UUID()
            // Registered before it can finish, so the removal below always finds it.
            state.withLock { state in
                state.reviews[id] = Task {
                    await body()
                    self.state.withLock { _ = $0.reviews.removeValue(forKey: id) }
                }
            }
        }
    }

    /// Waits for running reviews, at most `timeout`; how many were still running then.
    func finishReviews(timeout: Duration) async -> Int {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if state.withLock({ $0.reviews.isEmpty }) { return 0 }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return state.withLock { $0.reviews.count }
    }
}
