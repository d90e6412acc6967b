import Domain
import Foundation
import Hummingbird
import Store

/// `GET /v1/flags` and `PUT /v1/flags/{key}`: the kill switches. Admins see and set everything;
/// a tenant admin sees the global switches and its tenant's, and sets only its tenant's.
struct FlagController: Sendable {
    let flags: FlagStore

    func register(on group: RouterGroup<APIRequestContext>) {
        group.get("flags") { _, context in try await self.list(context: context) }
        group.put("flags/:key") { request, context in try await self.set(request, context: context) }
    }

    struct Listing: Encodable {
        /// Every key with its global state (unset keys are on).
        let global: [String: Bool]
        /// Every stored row the key may see, global and per tenant.
        let settings: [FlagSetting]
        let valid_keys: [String]
    }

    func list(context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.readFlags)
        let settings = try await flags.list(tenant: principal.tenantID)
        var global = Dictionary(uniqueKeysWithValues: FlagKey.allCases.map { ($0.rawValue, true) })
        for setting in settings where setting.tenantID == nil { global[setting.key] = setting.enabled }
        return try JSONBody.response(
            Listing(global: global, settings: settings, valid_keys: FlagKey.allCases.map(\.rawValue)))
    }

    struct Change: Decodable {
        let enabled: Bool?
        let tenant_id: String?
        let reason: String?
        /// Honoured for the break-glass token only; keys act under their own name.
        let actor: String?
    }

    func set(_ request: Request, context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.setFlags)
        let name = context.parameters.get("key") ?? ""
        guard let key = FlagKey(rawValue: name) else {
            throw APIError.badRequest("unknown_flag", "unknown flag; valid keys: \(FlagKey.validList)")
        }
        let body = try await IntakeController.collect(request.body, limit: 16 * 1024)
        let change: Change
        do {
            change = try JSONDecoder().decode(Change.self, from: Data(body))
        } catch {
            throw APIError.badRequest(
                "invalid_json", "the body must be JSON like {\"enabled\": false, \"reason\": \"incident 42\"}")
        }
        guard let enabled = change.enabled else { throw APIError.badRequest("missing_field", "enabled is required") }
        guard let reason = change.reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError.badRequest("missing_field", "reason is required: say why the flag changes")
        }
        var tenant: UUID?
        if let text = change.tenant_id {
            guard let id = UUID(uuidString: text) else {
                throw APIError.badRequest("invalid_field", "tenant_id must be a UUID")
            }
            tenant = id
        }
        if principal.role != .admin {
            // A tenant admin switches its own tenant's features, never everyone's.
            guard let tenant else {
                throw APIError.forbidden("a tenant_admin key sets its own tenant's flags: pass its tenant_id")
            }
            guard principal.canSee(tenant: tenant) else { throw APIError.notFound("no tenant with this id") }
        }
        let recorded = try await flags.set(
            key, enabled: enabled, tenant: tenant, by: principal,
            actor: principal.isBreakGlass ? change.actor : nil, reason: reason)
        return try JSONBody.response(recorded)
    }
}
