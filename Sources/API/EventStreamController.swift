import Auth
import Domain
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Store

/// `GET /v1/events/stream`: Server-Sent Events of the key's tenant (an admin may pass
/// `?tenant_id=`, or see every tenant without it). `Last-Event-ID` (or `?last_event_id=`) resumes
/// after that event from the stored history; a comment heartbeat keeps proxies from closing an
/// idle stream.
struct EventStreamController: Sendable {
    let hub: EventStreamHub
    let store: StreamEventStore
    let heartbeat: Duration
    /// Re-checks the key of every open stream: a key revoked while streaming stops receiving
    /// within a second.
    let keys: KeyCache?
    static let recheckInterval: Duration = .seconds(1)

    /// History replayed to one resuming client at most; beyond it, `resync`.
    static let replayLimit = 5000

    func register(on group: RouterGroup<APIRequestContext>) {
        group.get("events/stream") { request, context in try await self.stream(request, context: context) }
    }

    struct EventData: Encodable, Sendable {
        let seq: Int64
        let type: String
        let tenant_id: String
        let ticket_id: String
        @Nullable var draft_id: String?
        @Nullable var status: String?
    }

    func stream(_ request: Request, context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.readTickets)
        let query = request.uri.queryParameters
        let scope = principal.scope(try QueryParameter.uuid(request, "tenant_id"))
        if scope == .hidden { throw APIError.notFound("no tenant with this id") }
        // The query parameter, when present, must be an id (even when the header is there and
        // wins); the header may be empty (a client that has seen no event yet).
        var fromQuery: String?
        if QueryParameter.names(in: request.uri.query).contains("last_event_id") {
            let text = query["last_event_id"].map(String.init) ?? ""
            guard !text.isEmpty, text.allSatisfy(\.isASCII), Int64(text) != nil else {
                throw APIError.badRequest("invalid_argument", "last_event_id must be an event id this stream sent")
            }
            fromQuery = text
        }
        let resumeText =
            request.headers[HTTPField.Name("Last-Event-ID")!].flatMap { $0.isEmpty ? nil : $0 } ?? fromQuery
        var resumeFrom: Int64?
        if let resumeText, !resumeText.isEmpty {
            guard let seq = Int64(resumeText), seq >= 0 else {
                throw APIError.badRequest("invalid_argument", "Last-Event-ID must be an event id this stream sent")
            }
            resumeFrom = seq
        }
        let resumeAfter = resumeFrom
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
        let (hub, store, heartbeat, keys, logger) = (hub, store, heartbeat, keys, context.logger)
        let tenant = scope.tenantID
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                // Subscribe before reading history, so nothing falls between the two.
                let (id, live) = hub.subscribe(tenant: tenant)
                defer { hub.unsubscribe(id) }
                logger.info("event stream opened", metadata: ["resume_after": "\(resumeAfter.map(String.init) ?? "-")"])
                try await writer.write(ByteBuffer(string: "retry: 2000\n" + ServerSentEvent.comment("connected")))
                var replayed = Set<Int64>()
                if let resumeAfter, let oldest = try await store.oldest(), resumeAfter + 1 < oldest {
                    // Older than the history kept: what was pruned cannot be replayed.
                    try await writer.write(ByteBuffer(string: Self.resync.encoded()))
                }
                if let resumeAfter {
                    let missed = try await store.events(after: resumeAfter, scope: scope, limit: Self.replayLimit + 1)
                    if missed.count > Self.replayLimit {
                        try await writer.write(ByteBuffer(string: Self.resync.encoded()))
                    } else {
                        for event in missed {
                            replayed.insert(event.seq)
                            try await writer.write(ByteBuffer(string: try Self.encode(event)))
                        }
                    }
                }
                let (ticks, tick) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
                let timer = Task {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: min(heartbeat, Self.recheckInterval))
                        tick.yield()
                    }
                }
                var lastWrite = ContinuousClock.now
                defer { timer.cancel() }
                try await withThrowingTaskGroup(of: Void.self) { group in
                    let (merged, sink) = AsyncStream.makeStream(of: EventStreamHub.Message?.self)
                    group.addTask {
                        for await message in live { sink.yield(message) }
                        sink.finish()
                    }
                    group.addTask {
                        for await _ in ticks { sink.yield(nil) }
                    }
                    for await item in merged {
                        if let keys, !keys.isStillValid(principal) {
                            logger.info("event stream closed: the key was revoked or expired")
                            break
                        }
                        switch item {
                        case nil:
                            guard ContinuousClock.now - lastWrite >= heartbeat else { continue }
                            try await writer.write(ByteBuffer(string: ServerSentEvent.comment("heartbeat")))
                        case .resync?:
                            try await writer.write(ByteBuffer(string: Self.resync.encoded()))
                        case .event(let event)?:
                            if replayed.remove(event.seq) != nil { continue }
                            try await writer.write(ByteBuffer(string: try Self.encode(event)))
                        }
                        lastWrite = .now
                    }
                    group.cancelAll()
                }
                try await writer.finish(nil)
            })
    }

    static let resync = ServerSentEvent(
        id: nil, event: "resync", data: #"{"reason":"events were missed; reload"}"#, retry: nil)

    static func encode(_ event: StreamEvent) throws -> String {
        let data = try JSONBody.encode(
            EventData(
                seq: event.seq, type: event.type.rawValue, tenant_id: event.tenantID.lowercased,
                ticket_id: event.ticketID.lowercased, draft_id: event.draftID?.lowercased, status: event.status))
        return ServerSentEvent(
            id: String(event.seq), event: event.type.rawValue, data: String(buffer: data), retry: nil
        ).encoded()
    }
}
