import DashboardCore
import Foundation
import Logging
import Postgres

#if canImport(Glibc)
    import Glibc
#endif

/// `supportbot dashboard`: the pure view model (DashboardCore) driven by the terminal, the
/// store and NOTIFY.
///
/// Threads: one UI thread owns ncurses; it waits in `poll` on stdin and a wake pipe, feeds keys
/// and posted events to `reduce`, paints the grid diff and runs `$EDITOR`. Fetches and review
/// actions run as tasks that post their answers back; they never touch the terminal.
public enum Dashboard {
    public struct Options: Sendable {
        public var conninfo: String
        /// Recorded on every approve and reject.
        public var agent: String
        public var environment: [String: String]
        /// The terminal's stderr, when the process's own stderr was sent to a log file.
        public var terminalErrorFD: Int32?

        public init(conninfo: String, agent: String, environment: [String: String], terminalErrorFD: Int32? = nil) {
            self.conninfo = conninfo
            self.agent = agent
            self.environment = environment
            self.terminalErrorFD = terminalErrorFD
        }
    }

    /// Opens the dashboard and returns when the agent quits. Checks the terminal and the database
    /// first, so a wrong `TERM` or `DATABASE_URL` is a one-line error in the shell, not a garbled screen.
    public static func run(_ options: Options, logger: Logger) async throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw DashboardError.terminal("needs a terminal: run it in a shell, not with input or output redirected")
        }
        guard let term = options.environment["TERM"], !term.isEmpty, term != "dumb" else {
            throw DashboardError.terminal("TERM is not set to a terminal type (e.g. xterm-256color)")
        }
        let queue = try EventQueue()
        let pool = PostgresPool(.init(conninfo: options.conninfo, maxConnections: 4))
        let data = DashboardData(pool: pool, agent: options.agent, logger: logger)
        let firstStatus: StatusSummary
        do {
            firstStatus = try await data.status()
        } catch {
            await pool.close()
            throw error
        }
        queue.post(.statusUpdated(firstStatus))
        let live = LiveUpdates(conninfo: options.conninfo, logger: logger) { queue.post(.dataChanged) }
        let listening = Task { await live.run() }
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
        logger.info("dashboard opened", metadata: ["agent": "\(options.agent)"])
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
        // An approval sent just before `q` still commits: wait for it before closing the pool.
        let unfinished = await work.finishReviews(timeout: .seconds(10))
        // Not awaited: a listener blocked connecting to an unreachable server must not hold up
        // the exit; the process ends right after this returns.
        live.stop()
        _ = listening
        await pool.close()
        logger.info("dashboard closed", metadata: ["agent": "\(options.agent)", "unfinished_reviews": "\(unfinished)"])
        try ended.get()
        if unfinished > 0 {
            throw DashboardError.unfinishedReviews(unfinished)
        }
    }
}
