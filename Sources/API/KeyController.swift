import Domain
import Foundation
import Hummingbird
import Store

/// `GET /v1/keys`, `POST /v1/keys`, `DELETE /v1/keys/{id}`. Admins manage every key; a tenant
/// admin manages its tenant's agent and tenant_admin keys; another tenant's key does not exist.
struct KeyController: Sendable {
    let keys: KeyStore

    func register(on group: RouterGroup<APIRequestContext>) {
        group.get("keys") { request, context in try await self.list(request, context: context) }
        group.post("keys") { request, context in try await self.create(request, context: context) }
        group.delete("keys/:id") { _, context in try await self.revoke(context: context) }
    }

    func list(_ request: Request, context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.manageKeys)
        let scope = principal.scope(try QueryParameter.uuid(request, "tenant_id"))
        return try JSONBody.response(KeyListView(keys: try await keys.list(scope: scope).map { KeyView($0) }))
    }

    struct Create: Decodable {
        let name: String?
        let role: String?
        let tenant_id: String?
        let expires_days: Double?
    }

    func create(_ request: Request, context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.manageKeys)
        let body = try await IntakeController.collect(request.body, limit: 16 * 1024)
        let input: Create
        do {
            input = try JSONDecoder().decode(Create.self, from: Data(body))
        } catch {
            throw APIError.badRequest(
                "invalid_json", #"the body must be JSON like {"name": "kim", "role": "agent", "tenant_id": "…"}"#)
        }
        guard let name = input.name else { throw APIError.badRequest("missing_field", "name is required") }
        guard let roleText = input.role else { throw APIError.badRequest("missing_field", "role is required") }
        guard let role = Role(rawValue: roleText) else {
            throw APIError.badRequest("invalid_field", "role must be one of: \(Role.validList)")
        }
        guard principal.mayGrant(role) else {
            throw APIError.forbidden(
                "\(principal.role.article) \(principal.role.rawValue) key may not create \(role.rawValue) keys")
        }
        var tenant: UUID?
        if let text = input.tenant_id {
            guard let id = UUID(uuidString: text) else {
                throw APIError.badRequest("invalid_field", "tenant_id must be a UUID")
            }
            tenant = id
        }
        if principal.role != .admin {
            // A tenant admin's keys are for its own tenant; naming another one finds nothing.
            if let tenant, !principal.canSee(tenant: tenant) { throw APIError.notFound("no tenant with this id") }
            tenant = principal.tenantID
        }
        var expires: Date?
        if let days = input.expires_days {
            guard days >= 0.01, days <= 3650 else {
                throw APIError.badRequest("invalid_field", "expires_days must be from 0.01 (about 15 minutes) to 3650")
            }
            expires = Date().addingTimeInterval(days * 86_400)
        }
        let created = try await keys.create(name: name, role: role, tenantID: tenant, expiresAt: expires, by: principal)
        context.logger.info(
            "api key created",
            metadata: ["key.id": "\(created.record.id.lowercased)", "key.role": "\(role.rawValue)"])
        return try JSONBody.response(
            CreatedKeyView(
                id: created.record.id.lowercased, name: created.record.name, role: role.rawValue,
                tenant_id: created.record.tenantID?.lowercased, expires_at: created.record.expiresAt, key: created.key),
            status: .created)
    }

    func revoke(context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.manageKeys)
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let record = try await keys.get(id, scope: principal.scope(nil))
        else { throw APIError.notFound("no key with this id") }
        guard principal.mayGrant(record.role) else {
            throw APIError.forbidden(
                "\(principal.role.article) \(principal.role.rawValue) key may not revoke \(record.role.rawValue) keys")
        }
        let revoked = try await keys.revoke(id, scope: principal.scope(nil), by: principal)
        context.logger.info("api key revoked", metadata: ["key.id": "\(id.lowercased)"])
        return try JSONBody.response(KeyView(revoked))
    }
}
