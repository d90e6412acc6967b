import Domain
import Foundation
import HTTPClient
import Logging
import Synchronization

/// Follows `GET /v1/events/stream` and turns its events into at most one refresh per `interval`:
/// a burst (a backlog draining, a fixture import) costs one inbox query, not hundreds, and a
/// single new draft still shows within the interval plus one query.
///
/// When the stream breaks it reconnects with exponential backoff and jitter, sending
/// `Last-Event-ID`, so the server replays what was missed; it refreshes after every reconnect
/// too, since a long outage may exceed what the server keeps.
final class LiveUpdates: Sendable {
    private let client: HTTPClient
    private let url: String
    private let apiKey: String
    private let logger: Logger
    private let interval: Duration
    private let heartbeatTimeout: Duration
    private let scheduled = Mutex(false)
    private let onChange: @Sendable () -> Void
    private let onConnection: @Sendable (Bool) -> Void
    private let task = Mutex<Task<Void, Never>?>(nil)

    /// - Parameters:
    ///   - onChange: something the inbox or ticket shows may have changed.
    ///   - onConnection: the stream is up (true) or down and retrying (false).
    init(
        client: HTTPClient, baseURL: String, apiKey: String, tenant: UUID?, logger: Logger,
        interval: Duration = .milliseconds(150), heartbeatTimeout: Duration = .seconds(45),
        onChange: @escaping @Sendable () -> Void, onConnection: @escaping @Sendable (Bool) -> Void = { _ in }
    ) {
        self.client = client
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.url = base + "/v1/events/stream" + (tenant.map { "?tenant_id=\($0.lowercased)" } ?? "")
        self.apiKey = apiKey
        self.logger = logger
        self.interval = interval
        self.heartbeatTimeout = heartbeatTimeout
        self.onChange = onChange
        self.onConnection = onConnection
    }

    /// Starts following the stream in the background until ``stop()``.
    func start() {
        let started = Task { await self.run() }
        task.withLock { $0 = started }
    }

    func stop() {
        task.withLock { $0?.cancel() }
    }

    private func run() async {
        var lastEventID = ""
        var failures = 0
        while !Task.isCancelled {
            var parser = ServerSentEventParser(lastEventID: lastEventID)
            do {
                var headers = [
                    HTTPHeader(name: "Authorization", value: "Bearer \(apiKey)"),
                    HTTPHeader(name: "Accept", value: "text/event-stream"),
                ]
                if !lastEventID.isEmpty { headers.append(HTTPHeader(name: "Last-Event-ID", value: lastEventID)) }
                let response = try await client.stream(
                    HTTPRequest(url: url, headers: headers, connectTimeout: .seconds(5), maxResponseBytes: 8 << 20),
                    idleTimeout: heartbeatTimeout)
                guard response.status == 200 else {
                    response.cancel()
                    throw LiveUpdateError.status(response.status)
                }
                failures = 0
                onConnection(true)
                // Whatever happened while disconnected is on screen only after a reload.
                changed()
                for try await chunk in response.body {
                    if !parser.feed(chunk).isEmpty { changed() }
                    lastEventID = parser.lastEventID
                }
                lastEventID = parser.lastEventID
            } catch {
                lastEventID = parser.lastEventID
                if Task.isCancelled { return }
                logger.warning("event stream lost; reconnecting", metadata: ["error": "\(error)"])
            }
            if Task.isCancelled { return }
            onConnection(false)
            failures += 1
            try? await Task.sleep(for: Self.backoff(failures: failures))
        }
    }

    /// Full-jitter exponential backoff: 0.25 s doubling up to 15 s.
    static func backoff(failures: Int) -> Duration {
        let cap = min(15.0, 0.25 * pow(2, Double(min(failures, 10) - 1)))
        return .milliseconds(Int64(Double.random(in: 0.1...1) * cap * 1000))
    }

    private func changed() {
        let first = scheduled.withLock { scheduled in
            defer { scheduled = true }
            return !scheduled
        }
        guard first else { return }
        Task {
            try? await Task.sleep(for: interval)
            scheduled.withLock { $0 = false }
            onChange()
        }
    }
}

enum LiveUpdateError: Error, CustomStringConvertible {
    case status(Int)

    var description: String {
        switch self {
        case .status(let code): "the event stream answered HTTP \(code)"
        }
    }
}
