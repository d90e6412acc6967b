import DashboardCore
import Foundation
import HTTPClient
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// `supportbot dashboard`: the pure view model (DashboardCore) driven by the terminal and the
/// HTTP API (reads, reviews, and `GET /v1/events/stream` for live refresh). It holds an API key,
/// never database credentials.
///
/// Threads: one UI thread owns ncurses; it waits in `poll` on stdin and a wake pipe, feeds keys
/// and posted events to `reduce`, paints the grid diff and runs `$EDITOR`. Fetches and review
/// actions run as tasks that post their answers back; they never touch the terminal.
public enum Dashboard {
    public struct Options: Sendable {
        /// The API, e.g. `http://127.0.0.1:8080`.
        public var baseURL: String
        /// The agent's key: reviews are recorded under its name.
        public var apiKey: String
        /// For an admin key: the one tenant to show (all tenants when nil).
        public var tenant: UUID?
        public var environment: [String: String]
        /// The terminal's stderr, when the process's own stderr was sent to a log file.
        public var terminalErrorFD: Int32?

        public init(
            baseURL: String, apiKey: String, tenant: UUID? = nil, environment: [String: String],
            terminalErrorFD: Int32? = nil
        ) {
            self.baseURL = baseURL
            self.apiKey = apiKey
            self.tenant = tenant
            self.environment = environment
            self.terminalErrorFD = terminalErrorFD
        }
    }

    /// Opens the dashboard and returns when the agent quits. Checks the terminal, the server and
    /// the key first, so a wrong `TERM`, URL or key is a one-line error in the shell, not a
    /// garbled screen.
    public static func run(_ options: Options, logger: Logger) async throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw DashboardError.terminal("needs a terminal: run it in a shell, not with input or output redirected")
        }
        guard let term = options.environment["TERM"], !term.isEmpty, term != "dumb" else {
            throw DashboardError.terminal("TERM is not set to a terminal type (e.g. xterm-256color)")
        }
        let queue = try EventQueue()
        let client = HTTPClient(maxConnections: 8)
        defer { client.shutdown() }
        let data = DashboardData(
            client: client, baseURL: options.baseURL, apiKey: options.apiKey, tenant: options.tenant, logger: logger)
        let me: MeWire
        let firstStatus: StatusSummary
        do {
            me = try await data.me()
            firstStatus = try await data.status()
        } catch {
            throw DashboardError.server(
                "\(DashboardData.safeMessage(error)) (server \(options.baseURL))")
        }
        queue.post(.statusUpdated(firstStatus))
        let live = LiveUpdates(
            client: client, baseURL: options.baseURL, apiKey: options.apiKey, tenant: options.tenant, logger: logger
        ) { queue.post(.dataChanged) }
        live.start()
        // Killed or its terminal closed: quit through the loop, so the terminal is given back
        // (a raw-mode terminal left behind is unusable until `reset`). SIGINT and SIGQUIT are
        // ignored: in raw mode Ctrl-C is a key, and a Ctrl-C typed in a line-mode $EDITOR must not
        // end the dashboard (ignored before the screen starts, ncurses installs no handler of its own).
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        let signals = [SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { queue.post(.key(.control("c"))) }
            source.resume()
            return source
        }
        logger.info("dashboard opened", metadata: ["agent": "\(me.name)", "role": "\(me.role)"])
        let work = BackgroundWork()
        let ended: Result<Void, any Error> = await withCheckedContinuation { done in
            let thread = Thread {
                done.resume(
                    returning: Result {
                        try DashboardLoop(options: options, data: data, queue: queue, work: work).run()
                    })
            }
            thread.name = "supportbot-dashboard-ui"
            thread.start()
        }
        for source in signals { source.cancel() }
        // An approval sent just before `q` still reaches the server: wait for its answer.
        let unfinished = await work.finishReviews(timeout: .seconds(10))
        live.stop()
        logger.info("dashboard closed", metadata: ["agent": "\(me.name)", "unfinished_reviews": "\(unfinished)"])
        try ended.get()
        if unfinished > 0 {
            throw DashboardError.unfinishedReviews(unfinished)
        }
    }
}
