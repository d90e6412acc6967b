import Domain
import Foundation
import Hummingbird
import Store

/// `GET /v1/tickets` and `GET /v1/tickets/{id}`, within the key's tenant: another tenant's ticket
/// answers 404 exactly as one that does not exist.
struct TicketController: Sendable {
    let tickets: TicketStore

    func register(on group: RouterGroup<APIRequestContext>) {
        group.get("tickets") { request, context in
            try await self.list(request, context: context)
        }
        group.get("tickets/:id") { request, context in
            try await self.detail(request, context: context)
        }
    }

    func list(_ request: Request, context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.readTickets)
        let query = request.uri.queryParameters
        var limit = 50
        if let text = query["limit"] {
            guard let value = Int(String(text)) else {
                throw APIError.badRequest("invalid_argument", "limit must be a whole number")
            }
            limit = value
        }
        let page = try await tickets.list(
            status: query["status"].map(String.init),
            scope: principal.scope(try QueryParameter.uuid(request, "tenant_id")), limit: limit,
            cursor: query["cursor"].map(String.init).flatMap { $0.isEmpty ? nil : $0 })
        return try JSONBody.response(TicketListView(page))
    }

    func detail(_ request: Request, context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.readTickets)
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let ticket = try await tickets.detail(id, scope: principal.scope(nil))
        else { throw APIError.notFound("no ticket with this id") }
        return try JSONBody.response(TicketView(ticket))
    }
}
