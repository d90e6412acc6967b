import Domain
import Hummingbird

/// `GET /v1/me`: who the key is (the dashboard shows it and reviews under it).
struct MeController: Sendable {
    struct Me: Encodable, Sendable {
        let name: String
        let role: String
        @Nullable var tenant_id: String?
        @Nullable var key_id: String?
    }

    func register(on group: RouterGroup<APIRequestContext>) {
        group.get("me") { _, context in
            let principal = try context.authorize(.readTickets)
            return try JSONBody.response(
                Me(
                    name: principal.name, role: principal.role.rawValue, tenant_id: principal.tenantID?.lowercased,
                    key_id: principal.keyID?.lowercased))
        }
    }
}
