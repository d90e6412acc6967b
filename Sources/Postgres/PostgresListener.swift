internal import CLibPQ
import Foundation
import Logging
import Synchronization

/// A dedicated LISTEN connection that turns notifications into an `AsyncStream`.
///
/// It runs on its own thread and sleeps in `poll()` on the server socket and a wake pipe, so it
/// idles at zero CPU and stops at once. When the connection drops it reconnects with backoff,
/// subscribes again and emits `.connected(reconnect: true)`: notifications sent while it was away
/// are lost, so consumers should re-check the database on that event.
///
/// Confinement rule: the `PGconn` exists only inside `runLoop`, on the listener's thread.
public final class PostgresListener: Sendable {
    public enum Event: Sendable, Equatable {
        /// Subscribed; `reconnect` is true after the first time.
        case connected(reconnect: Bool)
        case notification(channel: String, payload: String)
    }

    /// Notifications and connection events, in order. Finishes after ``stop()``.
    public let events: AsyncStream<Event>

    private let continuation: AsyncStream<Event>.Continuation
    private let conninfo: String
    private let channels: [String]
    private let logger: Logger
    private let keepaliveInterval: Duration
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let state = Mutex<(started: Bool, stopped: Bool)>((false, false))

    public init(
        conninfo: String, channels: [String], logger: Logger, keepaliveInterval: Duration = .seconds(15)
    ) {
        self.conninfo = conninfo
        self.channels = channels
        self.logger = logger
        self.keepaliveInterval = keepaliveInterval
        (events, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(4096))
        var fds: [Int32] = [-1, -1]
        guard sb_pipe_nonblocking(&fds) == 0 else { fatalError("pipe() failed: out of file descriptors") }
        wakeRead = fds[0]
        wakeWrite = fds[1]
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    /// Starts the listener thread; calling it again does nothing.
    public func start() {
        let shouldStart = state.withLock { s -> Bool in
            guard !s.started, !s.stopped else { return false }
            s.started = true
            return true
        }
        guard shouldStart else { return }
        let thread = Thread { [self] in runLoop() }
        thread.name = "supportbot.postgres.listener"
        thread.start()
    }

    /// Stops the thread and finishes ``events``.
    public func stop() {
        let wasStarted = state.withLock { s -> Bool in
            s.stopped = true
            return s.started
        }
        if wasStarted {
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        } else {
            continuation.finish()
        }
    }

    /// Runs until the calling task is cancelled: for use as a long-running service.
    public func run() async {
        start()
        await withTaskCancellationHandler {
            while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
        } onCancel: {
            self.stop()
        }
    }

    private var isStopped: Bool { state.withLock { $0.stopped } }

    private func runLoop() {
        var connection: OpaquePointer?
        var everConnected = false
        var backoffMs: Int32 = 100
        var lastActivity = ContinuousClock.now
        defer {
            if let connection { PQfinish(connection) }
            continuation.finish()
        }
        while !isStopped {
            guard let h = connection, PQstatus(h) == CONNECTION_OK else {
                if let h = connection { PQfinish(h) }
                connection = subscribe()
                if connection == nil {
                    _ = waitForWake(timeoutMs: backoffMs)
                    backoffMs = min(backoffMs * 2, 5000)
                } else {
                    continuation.yield(.connected(reconnect: everConnected))
                    if everConnected { logger.info("postgres listener reconnected") }
                    everConnected = true
                    backoffMs = 100
                    lastActivity = .now
                }
                continue
            }
            while let notice = PQnotifies(h) {
                let channel = String(cString: notice.pointee.relname)
                let payload = String(cString: notice.pointee.extra)
                PQfreemem(notice)
                continuation.yield(.notification(channel: channel, payload: payload))
            }
            let keepaliveMs = Int32(keepaliveInterval.components.seconds * 1000)
            var socketEvents: Int16 = 0
            var wakeEvents: Int16 = 0
            let rc = sb_poll_two(PQsocket(h), wakeRead, keepaliveMs, &socketEvents, &wakeEvents)
            if wakeEvents != 0 { drainWakePipe() }
            if rc > 0, socketEvents != 0 {
                lastActivity = .now
                if PQconsumeInput(h) == 0 {
                    logger.warning(
                        "postgres listener lost its connection",
                        metadata: ["error": "\(PostgresConnection.trimmed(PQerrorMessage(h)))"])
                    PQfinish(h)
                    connection = nil
                }
            } else if rc == 0, ContinuousClock.now - lastActivity >= keepaliveInterval {
                // A silent peer (host gone, no RST) is found only by talking to it, without
                // blocking: a dead server must not hold this thread (nor `stop()`) for minutes.
                lastActivity = .now
                if !ping(h) {
                    logger.warning("postgres listener's keepalive got no answer; reconnecting")
                    PQfinish(h)
                    connection = nil
                }
            }
        }
    }

    /// `SELECT 1` sent without blocking, answered within `pingTimeoutMs` or given up; stops at
    /// once when the wake pipe is written. Notifications read meanwhile stay queued in libpq.
    private func ping(_ h: OpaquePointer) -> Bool {
        let pingTimeoutMs: Int32 = 5000
        guard PQsendQuery(h, "SELECT 1") == 1 else { return false }
        let deadline = ContinuousClock.now + .milliseconds(Int64(pingTimeoutMs))
        var ok = false
        while true {
            while PQflush(h) == 1 {
                guard waitSocket(h, deadline: deadline, forWrite: true) else { return false }
            }
            guard PQconsumeInput(h) == 1 else { return false }
            if PQisBusy(h) == 0 {
                while let result = PQgetResult(h) {
                    ok = ok || PQresultStatus(result) == PGRES_TUPLES_OK
                    PQclear(result)
                }
                return ok
            }
            guard waitSocket(h, deadline: deadline, forWrite: false) else { return false }
        }
    }

    /// Waits for the socket until `deadline`; false on timeout, a stop request or an error.
    private func waitSocket(_ h: OpaquePointer, deadline: ContinuousClock.Instant, forWrite: Bool) -> Bool {
        let left = deadline - ContinuousClock.now
        let ms = Int32(max(0, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
        guard ms > 0, !isStopped else { return false }
        var socketEvents: Int16 = 0
        var wakeEvents: Int16 = 0
        let rc =
            forWrite
            ? sb_poll_write_and(PQsocket(h), wakeRead, ms, &socketEvents, &wakeEvents)
            : sb_poll_two(PQsocket(h), wakeRead, ms, &socketEvents, &wakeEvents)
        if wakeEvents != 0 {
            drainWakePipe()
            return false
        }
        return rc > 0 && socketEvents != 0
    }

    private func subscribe() -> OpaquePointer? {
        let defaults = PostgresConnection.defaultKeywords.filter { $0.0 != "fallback_application_name" }
        let keywords = ["fallback_application_name"] + defaults.map(\.0) + ["dbname"]
        let values = ["supportbot-listener"] + defaults.map(\.1) + [conninfo]
        let made = withCStrings(keywords) { k in withCStrings(values) { v in PQconnectdbParams(k, v, 1) } }
        guard let h = made else { return nil }
        guard PQstatus(h) == CONNECTION_OK else {
            logger.debug(
                "postgres listener cannot connect",
                metadata: ["error": "\(PostgresConnection.trimmed(PQerrorMessage(h)))"])
            PQfinish(h)
            return nil
        }
        PQsetNoticeProcessor(h, { _, _ in }, nil)
        for channel in channels {
            guard let quoted = PQescapeIdentifier(h, channel, channel.utf8.count) else {
                PQfinish(h)
                return nil
            }
            let sql = "LISTEN " + String(cString: quoted)
            PQfreemem(quoted)
            let result = PQexec(h, sql)
            let ok = result.map { PQresultStatus($0) == PGRES_COMMAND_OK } ?? false
            if let result { PQclear(result) }
            guard ok else {
                PQfinish(h)
                return nil
            }
        }
        return h
    }

    private func waitForWake(timeoutMs: Int32) -> Bool {
        var a: Int16 = 0
        var b: Int16 = 0
        let rc = sb_poll_two(wakeRead, -1, timeoutMs, &a, &b)
        if rc > 0 { drainWakePipe() }
        return rc > 0
    }

    private func drainWakePipe() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &buffer, buffer.count) > 0 {}
    }
}
