import Domain
import Foundation
import Hummingbird
import Store

/// `GET /v1/audit?tenant_id=&limit=&before=`: every write with who made it, newest first.
/// Admins read everything; a tenant admin reads its tenant's rows.
struct AuditController: Sendable {
    let audit: AuditStore

    func register(on group: RouterGroup<APIRequestContext>) {
        group.get("audit") { request, context in try await self.list(request, context: context) }
    }

    struct Entry: Encodable, Sendable {
        let id: Int64
        let at: Date
        let actor: String
        @Nullable var actor_key_id: String?
        let action: String
        let target: String
        @Nullable var tenant_id: String?
        let detail: JSONValue
    }

    struct Listing: Encodable, Sendable {
        let entries: [Entry]
        /// Pass as `before` for the next page; null at the end.
        @Nullable var next_before: Int64?
    }

    func list(_ request: Request, context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.readAudit)
        let query = request.uri.queryParameters
        let limit =
            try query["limit"].map { text -> Int in
                guard let value = Int(String(text)) else {
                    throw APIError.badRequest("invalid_argument", "limit must be a whole number")
                }
                return value
            } ?? 100
        let before = try query["before"].map { text -> Int64 in
            guard let value = Int64(String(text)) else {
                throw APIError.badRequest("invalid_argument", "before must be an entry id")
            }
            return value
        }
        let rows = try await audit.list(
            scope: principal.scope(try QueryParameter.uuid(request, "tenant_id")), limit: limit, before: before)
        return try JSONBody.response(
            Listing(
                entries: rows.map {
                    Entry(
                        id: $0.id, at: $0.at, actor: $0.actor, actor_key_id: $0.actorKeyID?.lowercased,
                        action: $0.action, target: $0.target, tenant_id: $0.tenantID?.lowercased, detail: $0.detail)
                },
                next_before: rows.count == limit ? rows.last?.id : nil))
    }
}
