import ArgumentParser
import Domain
import Foundation
import Store

/// `supportbot secrets new-key | rewrap | status`: the key tenant secrets are encrypted with.
struct SecretsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "secrets",
        abstract: "The encryption key of tenant secrets: make one, re-seal secrets after rotating it.",
        discussion: """
            Tenant signing secrets are stored AES-256-GCM encrypted under SUPPORTBOT_SECRET_KEY (or the file \\
            named by SUPPORTBOT_SECRET_KEY_FILE). To rotate: set the old key as SUPPORTBOT_SECRET_KEY_PREVIOUS \\
            and the new one as SUPPORTBOT_SECRET_KEY on every process, then run `supportbot secrets rewrap`; \\
            once it reports 0 values left, drop the previous key.
            """,
        subcommands: [NewKey.self, Rewrap.self, Status.self]
    )

    struct NewKey: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new-key", abstract: "Print a new random key (base64 of 32 bytes) for SUPPORTBOT_SECRET_KEY.")

        func run() async throws {
            print(SecretKeyring.newKeyBase64())
        }
    }

    struct Rewrap: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-seal every tenant secret with the current key (also encrypts secrets stored in the clear).")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            _ = LogSetup.bootstrap()
            let keyring = try SecretKeys.require()
            let (count, left) = try await database.withPool { pool in
                let store = TenantStore(pool: pool, keyring: keyring)
                return (
                    try await store.rewrap(by: OperatorIdentity.principal()), try await store.secretsNeedingRewrap()
                )
            }
            print("re-sealed \(count) secret values with key \(keyring.currentKeyID); \(left) left")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The current key's id and how many stored secrets are not sealed with it.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            _ = LogSetup.bootstrap()
            let keyring = try SecretKeys.require()
            let left = try await database.withPool {
                try await TenantStore(pool: $0, keyring: keyring).secretsNeedingRewrap()
            }
            print("key \(keyring.currentKeyID); \(left) stored secret values not sealed with it")
        }
    }
}
