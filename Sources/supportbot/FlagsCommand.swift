import ArgumentParser
import Domain
import Foundation
import Store

/// `supportbot flags list | set | history`: the kill switches of CONTRACT.md.
struct FlagsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags",
        abstract: "Kill switches: list them, flip one (audited), show the audit trail.",
        discussion: "Keys: \(FlagKey.validList). A change reaches every running process within a second.",
        subcommands: [List.self, Set.self, History.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every key's global state (unset keys are on) and the per-tenant overrides.")

        @OptionGroup var database: DatabaseOptions
        @Flag(help: "JSON instead of a table") var json = false

        func run() async throws {
            _ = LogSetup.bootstrap()
            let settings = try await database.withPool { try await FlagStore(pool: $0).list() }
            if json {
                print(try jsonLine(settings))
                return
            }
            print("KEY         SCOPE     STATE  BY            REASON")
            for key in FlagKey.allCases {
                let global = settings.first { $0.key == key.rawValue && $0.tenantID == nil }
                print(FlagTable.row(key.rawValue, scope: "global", global?.enabled ?? true, global))
                for setting in settings where setting.key == key.rawValue && setting.tenantID != nil {
                    print(
                        FlagTable.row(
                            key.rawValue, scope: String(setting.tenantID!.prefix(8)), setting.enabled, setting))
                }
            }
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Turn a flag on or off, globally or for one tenant (which then wins over global).")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "One of: \(FlagKey.validList)") var key: String
        @Argument(help: "on | off") var state: String
        @Option(help: "Only for this tenant id") var tenant: String?
        @Option(help: "Why (required; kept in the audit trail)") var reason: String
        @Option(help: "Who (default: the OS user)") var actor: String?

        func validate() throws {
            guard FlagKey(rawValue: key) != nil else {
                throw ValidationError("unknown flag '\(key)'; valid keys: \(FlagKey.validList)")
            }
            guard ["on", "off"].contains(state) else { throw ValidationError("the state must be on or off") }
            if let tenant, UUID(uuidString: tenant) == nil {
                throw ValidationError("--tenant must be a tenant id (a UUID)")
            }
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--reason must say why")
            }
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let key = FlagKey(rawValue: key)!
            let principal = OperatorIdentity.principal(actor)
            let change = try await database.withPool {
                try await FlagStore(pool: $0).set(
                    key, enabled: state == "on", tenant: tenant.flatMap(UUID.init(uuidString:)), by: principal,
                    reason: reason)
            }
            let old = change.oldEnabled.map { $0 ? "on" : "off" } ?? "on (unset)"
            print("\(key.rawValue) \(tenant.map { "for tenant \($0)" } ?? "globally"): \(old) → \(state)")
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The audit trail of flag changes, newest first.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "At most this many changes") var limit = 50
        @Flag(help: "JSON instead of a table") var json = false

        func validate() throws {
            guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be from 1 to 10000") }
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let changes = try await database.withPool { try await FlagStore(pool: $0).history(limit: limit) }
            if json {
                print(try jsonLine(changes))
                return
            }
            print("WHEN (UTC)        KEY         SCOPE     CHANGE     BY          REASON")
            for change in changes { print(FlagTable.history(change)) }
        }
    }
}

/// The 80-column tables of `flags list` and `flags history`.
enum FlagTable {
    static func row(_ key: String, scope: String, _ enabled: Bool, _ setting: FlagSetting?) -> String {
        pad(key, 11) + " " + pad(scope, 9) + " " + pad(enabled ? "on" : "off", 6) + " "
            + pad(String((setting?.updatedBy ?? "-").prefix(13)), 13) + " " + String((setting?.reason ?? "").prefix(33))
    }

    static func history(_ change: FlagChange) -> String {
        let when = String(RFC3339.format(change.at).prefix(16)).replacingOccurrences(of: "T", with: " ")
        let old = change.oldEnabled.map { $0 ? "on" : "off" } ?? "on"
        return pad(when, 17) + " " + pad(change.key, 11) + " "
            + pad(change.tenantID.map { String($0.prefix(8)) } ?? "global", 9)
            + " " + pad("\(old)→\(change.newEnabled ? "on" : "off")", 10) + " "
            + pad(String(change.actor.prefix(11)), 11)
            + " " + String(change.reason.prefix(16))
    }
}
