import ArgumentParser
import Domain
import Foundation
import Store

/// `supportbot key create | list | revoke`: API keys for agents, tenant admins and operators.
struct KeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Create, list and revoke API keys (the credentials of /v1/* and the dashboard).",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Create a key; prints {\"id\",\"name\",\"role\",\"tenant_id\",\"key\"} once. Only its hash is stored.",
            discussion: """
                Roles: admin (everything, no tenant), tenant_admin (its tenant: tickets, reviews, flags, keys, \\
                webhook URL and secrets), agent (its tenant: read tickets and drafts, approve, reject, the event \\
                stream). Give the key to its holder as SUPPORTBOT_API_KEY; it cannot be shown again.
                """)

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Who holds it: recorded on every review and change it makes") var name: String
        @Option(help: "admin | tenant_admin | agent") var role: String
        @Option(help: "The tenant (required unless --role admin)") var tenant: String?
        @Option(help: "Expire after this many days (default: never)") var expiresDays: Double?

        func validate() throws {
            guard let role = Role(rawValue: role) else {
                throw ValidationError("--role must be one of: \(Role.validList)")
            }
            if role == .admin, tenant != nil { throw ValidationError("an admin key has no --tenant") }
            if role != .admin, tenant == nil { throw ValidationError("a \(role.rawValue) key needs --tenant ID") }
            if let tenant, UUID(uuidString: tenant) == nil { throw ValidationError("--tenant must be a UUID") }
            if let expiresDays, !(expiresDays > 0 && expiresDays <= 3650) {
                throw ValidationError("--expires-days must be more than 0 and at most 3650")
            }
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, trimmed.count <= 100 else {
                throw ValidationError("--name must be 1 to 100 characters")
            }
        }

        struct Output: Encodable {
            let id: String
            let name: String
            let role: String
            let tenant_id: String?
            let expires_at: String?
            let key: String

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(id, forKey: .id)
                try c.encode(name, forKey: .name)
                try c.encode(role, forKey: .role)
                try c.encode(tenant_id, forKey: .tenant_id)
                try c.encode(expires_at, forKey: .expires_at)
                try c.encode(key, forKey: .key)
            }

            enum CodingKeys: String, CodingKey { case id, name, role, tenant_id, expires_at, key }
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let expires = expiresDays.map { Date().addingTimeInterval($0 * 86_400) }
            let created = try await database.withPool {
                try await KeyStore(pool: $0).create(
                    name: name, role: Role(rawValue: role)!, tenantID: tenant.flatMap(UUID.init(uuidString:)),
                    expiresAt: expires, by: OperatorIdentity.principal())
            }
            print(
                try jsonLine(
                    Output(
                        id: created.record.id.lowercased, name: created.record.name, role: created.record.role.rawValue,
                        tenant_id: created.record.tenantID?.lowercased,
                        expires_at: created.record.expiresAt.map(RFC3339.format), key: created.key)))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List keys (never the keys themselves).")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this tenant's keys") var tenant: String?
        @Flag(help: "JSON instead of a table") var json = false

        func validate() throws {
            if let tenant, UUID(uuidString: tenant) == nil { throw ValidationError("--tenant must be a UUID") }
        }

        struct Row: Encodable {
            let id: String
            let name: String
            let role: String
            let tenant_id: String?
            let created_by: String
            let created_at: String
            let expires_at: String?
            let revoked_at: String?
            let last_used_at: String?
            let state: String
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let scope: TenantScope = tenant.flatMap(UUID.init(uuidString:)).map { .tenant($0) } ?? .all
            let keys = try await database.withPool { try await KeyStore(pool: $0).list(scope: scope) }
            let now = Date()
            let rows = keys.map { k in
                Row(
                    id: k.id.lowercased, name: k.name, role: k.role.rawValue, tenant_id: k.tenantID?.lowercased,
                    created_by: k.createdBy, created_at: RFC3339.format(k.createdAt),
                    expires_at: k.expiresAt.map(RFC3339.format), revoked_at: k.revokedAt.map(RFC3339.format),
                    last_used_at: k.lastUsedAt.map(RFC3339.format),
                    state: k.revokedAt != nil
                        ? "revoked" : (k.expiresAt.map { $0 <= now } ?? false) ? "expired" : "active")
            }
            if json {
                print(try jsonLine(rows))
                return
            }
            print("ID                                    NAME             ROLE          TENANT    STATE    LAST USED")
            for r in rows {
                print(
                    pad(r.id, 38) + pad(String(r.name.prefix(16)), 17) + pad(r.role, 14)
                        + pad(r.tenant_id.map { String($0.prefix(8)) } ?? "-", 10) + pad(r.state, 9)
                        + (r.last_used_at ?? "never"))
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke a key: every running process refuses it within a second.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Key id (from `supportbot key list`)") var id: String

        func validate() throws {
            guard UUID(uuidString: id) != nil else { throw ValidationError("the key id must be a UUID") }
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let record = try await database.withPool {
                try await KeyStore(pool: $0).revoke(
                    UUID(uuidString: id)!, scope: .all, by: OperatorIdentity.principal())
            }
            print("revoked \(record.id.lowercased) (\(record.name), \(record.role.rawValue))")
        }
    }
}
