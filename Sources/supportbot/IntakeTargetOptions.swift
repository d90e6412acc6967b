import ArgumentParser
import Domain
import Foundation
import Postgres
import Store

/// Where `send` and `bench` post signed ticket webhooks, and with which secret.
struct IntakeTargetOptions: ParsableArguments {
    @Option(help: "Tenant id the webhooks are for")
    var tenant: String

    @Option(help: "Base URL of a running `supportbot serve`")
    var url = "http://127.0.0.1:8080"

    @Option(
        help: ArgumentHelp(
            "The tenant's inbound secret (default: $SUPPORTBOT_INBOUND_SECRET, else read from the database)",
            valueName: "whsec_…"))
    var secret: String?

    @OptionGroup var database: DatabaseOptions

    var tenantID: UUID {
        get throws {
            guard let id = UUID(uuidString: tenant) else { throw ValidationError("--tenant must be a tenant's UUID") }
            return id
        }
    }

    /// The intake endpoint for this tenant.
    var endpoint: String {
        get throws {
            guard let base = URL(string: url), let scheme = base.scheme, ["http", "https"].contains(scheme) else {
                throw ValidationError("--url must be an http(s) URL such as http://127.0.0.1:8080")
            }
            let trimmed = url.hasSuffix("/") ? String(url.dropLast()) : url
            return "\(trimmed)/v1/tenants/\(try tenantID.uuidString.lowercased())/webhooks/tickets"
        }
    }

    /// The secret from the flag, the environment, or the tenant row, in that order.
    func resolveSecret() async throws -> WebhookSecret {
        let given = secret ?? ProcessInfo.processInfo.environment["SUPPORTBOT_INBOUND_SECRET"]
        if let given, !given.isEmpty {
            guard let parsed = WebhookSecret(encoded: given) else {
                throw ValidationError("the inbound secret must look like whsec_<base64>")
            }
            return parsed
        }
        do {
            _ = try database.conninfo()
        } catch {
            throw ValidationError(
                "pass --secret (or set SUPPORTBOT_INBOUND_SECRET), or set DATABASE_URL so the secret can be read")
        }
        let tenant = try tenantID
        let keyring = try SecretKeys.require()
        return try await database.withPool { try await TenantStore(pool: $0, keyring: keyring).inboundSecret(tenant) }
    }
}
