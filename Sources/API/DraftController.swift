import Domain
import Foundation
import Hummingbird
import Store

/// `GET /v1/drafts`, `POST /v1/drafts/{id}/approve` and `POST /v1/drafts/{id}/reject`: the review
/// queue, within the key's tenant. Approving queues the `draft.approved` delivery.
struct DraftController: Sendable {
    let inbox: InboxStore
    let reviews: ReviewStore

    func register(on group: RouterGroup<APIRequestContext>) {
        group.get("drafts") { request, context in try await self.list(request, context: context) }
        group.post("drafts/:id/approve") { request, context in
            try await self.review(request, context: context, approve: true)
        }
        group.post("drafts/:id/reject") { request, context in
            try await self.review(request, context: context, approve: false)
        }
    }

    func list(_ request: Request, context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.readTickets)
        let query = request.uri.queryParameters
        // Free text treats an empty value as none; a value that must be a number, one of a set
        // or a cursor does not (an empty one is an error, like any other wrong value).
        func text(_ name: String) -> String? {
            query[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        }
        func raw(_ name: String) -> String? { query[Substring(name)].map(String.init) }
        func int(_ name: String, _ fallback: Int) throws -> Int {
            guard let value = raw(name) else { return fallback }
            guard let number = Int(value) else {
                throw APIError.badRequest("invalid_argument", "\(name) must be a whole number")
            }
            return number
        }
        var order = InboxOrder.urgentFirst
        if let sort = raw("sort") {
            guard let parsed = InboxOrder(rawValue: sort) else {
                throw APIError.badRequest(
                    "invalid_argument",
                    "sort must be one of: \(InboxOrder.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            order = parsed
        }
        let scope = principal.scope(try QueryParameter.uuid(request, "tenant_id"))
        let inboxQuery = InboxQuery(
            status: raw("status") ?? "pending_review", text: text("q"), category: text("category"),
            priority: try Self.priority(raw("priority")), order: order, offset: try int("offset", 0),
            limit: try int("limit", 50), cursor: text("cursor"))
        async let counts = inbox.counts(scope: scope)
        let page = try await inbox.page(inboxQuery, scope: scope)
        return try JSONBody.response(
            DraftListView(
                drafts: page.entries.map(DraftView.init), total: page.total, counts: try await counts,
                next_cursor: page.nextCursor))
    }

    static func priority(_ text: String?) throws -> String? {
        guard let text else { return nil }
        guard TicketPriority(rawValue: text) != nil else {
            throw APIError.badRequest("invalid_argument", "priority must be one of: urgent, high, normal, low")
        }
        return text
    }

    struct Review: Decodable {
        /// The edited reply (approve only); absent: the draft as written.
        let body: String?
        /// Why it was rejected (reject only).
        let reason: String?
        /// Who reviewed: honoured for the break-glass token only; keys review as their own name.
        let agent: String?
    }

    func review(_ request: Request, context: APIRequestContext, approve: Bool) async throws -> Response {
        let principal = try context.authorize(.reviewDrafts)
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw APIError.notFound("no draft with this id")
        }
        let bytes = try await IntakeController.collect(request.body, limit: 64 * 1024)
        var review = Review(body: nil, reason: nil, agent: nil)
        if !bytes.isEmpty {
            do {
                review = try JSONDecoder().decode(Review.self, from: Data(bytes))
            } catch {
                throw APIError.badRequest(
                    "invalid_json", #"the body must be JSON like {"body": "edited reply"} or {"reason": "…"}, or empty"#
                )
            }
        }
        let agent = principal.isBreakGlass ? review.agent : nil
        let result =
            approve
            ? try await reviews.approve(id, editedBody: review.body, by: principal, agent: agent)
            : try await reviews.reject(id, reason: review.reason, by: principal, agent: agent)
        let reviewer = agent ?? principal.name
        switch result {
        case .approved(let eventID):
            return try JSONBody.response(
                ReviewAnswer(id: id.lowercased, status: "approved", event_id: eventID, reviewed_by: reviewer))
        case .rejected:
            return try JSONBody.response(
                ReviewAnswer(id: id.lowercased, status: "rejected", event_id: nil, reviewed_by: reviewer))
        case .alreadyReviewed(let status, let by, let at):
            throw APIError(
                .conflict, code: "already_reviewed",
                message: "the draft was already \(status == "approved" ? "approved" : "rejected") by \(by) at "
                    + "\(RFC3339.format(at)); nothing was changed",
                details: ["status": status, "reviewed_by": by, "reviewed_at": RFC3339.format(at)])
        case .superseded(let newer, let at):
            throw APIError(
                .conflict, code: "draft_superseded",
                message: "a newer draft"
                    + (newer.map { " (\($0.lowercased))" } ?? "")
                    + " replaced this one at \(RFC3339.format(at)); review that one instead; nothing was changed",
                details: ["status": "superseded", "superseded_at": RFC3339.format(at)]
                    .merging(newer.map { ["superseded_by": $0.lowercased] } ?? [:]) { a, _ in a })
        case .notFound:
            throw APIError.notFound("no draft with this id")
        }
    }
}

/// Query-string parsing shared by the controllers.
enum QueryParameter {
    /// A UUID parameter, nil when absent; 400 when malformed, an empty value included (which the
    /// parsed parameters drop, so the raw query is asked too).
    static func uuid(_ request: Request, _ name: String) throws -> UUID? {
        var given = request.uri.queryParameters[Substring(name)].map(String.init)
        if given == nil, Self.names(in: request.uri.query).contains(name) { given = "" }
        guard let text = given else { return nil }
        guard let id = UUID(uuidString: text) else {
            throw APIError.badRequest("invalid_argument", "\(name) must be a UUID")
        }
        return id
    }

    /// The parameter names of a raw query string, empty values and all.
    static func names(in query: String?) -> Set<String> {
        Set(
            (query ?? "").split(separator: "&").map { pair in
                String(pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                    .removingPercentEncoding ?? ""
            })
    }
}
