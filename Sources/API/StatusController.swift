import Domain
import Foundation
import Hummingbird
import Store

/// `GET /v1/status`: the same report as `supportbot status --json`, plus the flags
/// in force in this very process (its in-memory snapshot).
struct StatusController: Sendable {
    let status: StatusStore
    let flags: @Sendable () -> FlagSnapshot

    func register(on group: RouterGroup<APIRequestContext>) {
        group.get("status") { _, context in try await self.report(context: context) }
    }

    struct InForce: Encodable {
        /// False until this process has read the flags once (then AI is off and deliveries paused).
        let loaded: Bool
        /// Keys off globally, `ai` counted in.
        let off: [String]
        /// Keys off per tenant that has overrides.
        let tenants: [String: [String]]
    }

    struct Body: Encodable {
        let report: StatusReport
        let inForce: InForce

        func encode(to encoder: any Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(inForce, forKey: .inForce)
        }

        enum CodingKeys: String, CodingKey {
            case inForce = "flags_in_force"
        }
    }

    /// Admins get the whole report; anyone else the part about their own tenant (its jobs,
    /// events, spend and flags), so a key never learns what other tenants are doing.
    func report(context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.readStatus)
        let snapshot = flags()
        let tenants = Dictionary(
            uniqueKeysWithValues: snapshot.tenants.keys.filter { principal.canSee(tenant: $0) }.map { tenant in
                (tenant.lowercased, snapshot.disabled(tenant: tenant).map(\.rawValue))
            })
        return try JSONBody.response(
            Body(
                report: try await status.report(tenant: principal.tenantID),
                inForce: InForce(
                    loaded: snapshot.loaded, off: snapshot.disabled().map(\.rawValue), tenants: tenants)))
    }
}
