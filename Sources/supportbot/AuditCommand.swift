import ArgumentParser
import Domain
import Foundation
import Store

/// `supportbot audit list`: every write (reviews, flags, keys, tenants, secret rotation, dlq replay)
/// with who made it.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit log: every write with its actor, newest first.",
        subcommands: [List.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List audit entries, newest first.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this tenant's entries") var tenant: String?
        @Option(help: "At most this many entries") var limit = 100
        @Flag(help: "JSON instead of a table") var json = false

        func validate() throws {
            if let tenant, UUID(uuidString: tenant) == nil { throw ValidationError("--tenant must be a UUID") }
            guard (1...AuditStore.maxPage).contains(limit) else {
                throw ValidationError("--limit must be from 1 to \(AuditStore.maxPage)")
            }
        }

        struct Row: Encodable {
            let id: Int64
            let at: String
            let actor: String
            let action: String
            let target: String
            let tenant_id: String?
            let detail: JSONValue
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let scope: TenantScope = tenant.flatMap(UUID.init(uuidString:)).map { .tenant($0) } ?? .all
            let entries = try await database.withPool {
                try await AuditStore(pool: $0).list(scope: scope, limit: limit)
            }
            let rows = entries.map {
                Row(
                    id: $0.id, at: RFC3339.format($0.at), actor: $0.actor, action: $0.action, target: $0.target,
                    tenant_id: $0.tenantID?.lowercased, detail: $0.detail)
            }
            if json {
                print(try jsonLine(rows))
                return
            }
            guard !rows.isEmpty else {
                print("no audit entries")
                return
            }
            print(
                "AT                        ACTOR            ACTION                TARGET                                TENANT"
            )
            for r in rows {
                print(
                    pad(r.at, 26) + pad(String(r.actor.prefix(16)), 17) + pad(r.action, 22) + pad(r.target, 38)
                        + (r.tenant_id.map { String($0.prefix(8)) } ?? "-"))
            }
        }
    }
}
