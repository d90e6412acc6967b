import Domain
import Foundation
import Hummingbird
import Store

/// `GET /v1/flags` and `PUT /v1/flags/{key}` (admin token required): the kill switches.
struct FlagController: Sendable {
    let flags: FlagStore

    func register(on group: RouterGroup<APIRequestContext>) {
        group.get("flags") { _, _ in try await self.list() }
        group.put("flags/:key") { request, context in try await self.set(request, context: context) }
    }

    struct Listing: Encodable {
        /// Every key with its global state (unset keys are on).
        let global: [String: Bool]
        /// Every stored row, global and per tenant.
        let settings: [FlagSetting]
        let validKeys: [String]

        enum CodingKeys: String, CodingKey {
            case global, settings
            case validKeys = "valid_keys"
        }
    }

    func list() async throws -> Response {
        let settings = try await flags.list()
        var global = Dictionary(uniqueKeysWithValues: FlagKey.allCases.map { ($0.rawValue, true) })
        for setting in settings where setting.tenantID == nil { global[setting.key] = setting.enabled }
        return try JSONBody.response(
            Listing(global: global, settings: settings, validKeys: FlagKey.allCases.map(\.rawValue)))
    }

    struct Change: Decodable {
        let enabled: Bool?
        let tenantID: String?
        let reason: String?
        let actor: String?

        enum CodingKeys: String, CodingKey {
            case enabled, reason, actor
            case tenantID = "tenant_id"
        }
    }

    func set(_ request: Request, context: APIRequestContext) async throws -> Response {
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
        if let text = change.tenantID {
            guard let id = UUID(uuidString: text) else {
                throw APIError.badRequest("invalid_field", "tenant_id must be a UUID")
            }
            tenant = id
        }
        let recorded = try await flags.set(
            key, enabled: enabled, tenant: tenant, actor: change.actor ?? "api", reason: reason)
        return try JSONBody.response(recorded)
    }
}
