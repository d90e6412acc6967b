import ArgumentParser
import Domain
import Foundation
import Postgres
import Store

struct TenantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenant",
        abstract: "Create, list and update tenants; rotate their signing secrets.",
        subcommands: [Create.self, List.self, Update.self, RotateSecret.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a tenant; prints its id and secrets as JSON, once.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Display name") var name: String
        @Option(help: "Where result webhooks are delivered (http or https)") var webhookURL: String?
        @Option(help: "free, standard or premium: claim weight, model share, default budgets (docs/jobs.md)")
        var plan: Plan = .default
        @Option(help: "Daily model spend budget in USD (default: the plan's)") var dailyBudgetUsd: Double?
        @Option(help: "Monthly model spend budget in USD (default: the plan's)") var monthlyBudgetUsd: Double?

        func validate() throws {
            if let webhookURL { try validateWebhookURL(webhookURL) }
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let keyring = try SecretKeys.require()
            let created = try await database.withPool {
                try await TenantStore(pool: $0, keyring: keyring).create(
                    name: name, webhookURL: webhookURL, plan: plan, dailyBudgetUSD: dailyBudgetUsd,
                    monthlyBudgetUSD: monthlyBudgetUsd, by: OperatorIdentity.principal())
            }
            print(try jsonLine(created))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tenants (no secrets).")

        @OptionGroup var database: DatabaseOptions
        @Flag(help: "JSON instead of a table") var json = false

        func run() async throws {
            _ = LogSetup.bootstrap()
            let tenants = try await database.withPool { try await TenantStore(pool: $0).list() }
            if json {
                print(try jsonLine(tenants))
                return
            }
            // A budget in parentheses is the plan's default (the tenant set none).
            print("ID                                    NAME                 PLAN      WEBHOOK  DAILY$     MONTHLY$")
            for t in tenants {
                let webhook = t.webhookURL == nil ? "-" : (t.webhookEnabled ? "on" : "off")
                let daily =
                    t.dailyBudgetUSD.map { String(format: "%.2f", $0) }
                    ?? String(format: "(%.2f)", t.plan.defaultDailyBudgetUSD)
                let monthly =
                    t.monthlyBudgetUSD.map { String(format: "%.2f", $0) }
                    ?? String(format: "(%.2f)", t.plan.defaultMonthlyBudgetUSD)
                print(
                    pad(t.id.lowercased, 38) + pad(String(t.name.prefix(20)), 21) + pad(t.plan.rawValue, 10)
                        + pad(webhook, 9) + pad(daily, 11) + monthly)
            }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a tenant's webhook URL or budgets, or re-enable a disabled webhook endpoint.",
            discussion: """
                An endpoint is disabled when it answers 410 Gone or keeps failing past the grace period \
                (SUPPORTBOT_WEBHOOK_DISABLE_AFTER_SECONDS); its deliveries stay queued. A new --webhook-url \
                or --enable-webhooks switches it back on and they resume in order.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Tenant id") var id: String
        @Option(help: "Where result webhooks are delivered (http or https)") var webhookURL: String?
        @Option(help: "free, standard or premium: claim weight, model share, default budgets (docs/jobs.md)")
        var plan: Plan?
        @Option(help: "Daily model spend budget in USD") var dailyBudgetUsd: Double?
        @Option(help: "Monthly model spend budget in USD") var monthlyBudgetUsd: Double?
        @Flag(help: "Re-enable delivery to the tenant's endpoint after it was disabled") var enableWebhooks = false

        func validate() throws {
            guard UUID(uuidString: id) != nil else { throw ValidationError("tenant id must be a UUID") }
            if let webhookURL { try validateWebhookURL(webhookURL) }
            if webhookURL == nil, plan == nil, dailyBudgetUsd == nil, monthlyBudgetUsd == nil, !enableWebhooks {
                throw ValidationError(
                    "nothing to change: pass --webhook-url, --enable-webhooks, --plan, --daily-budget-usd or --monthly-budget-usd"
                )
            }
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let tenant = try await database.withPool {
                try await TenantStore(pool: $0).update(
                    UUID(uuidString: id)!, webhookURL: webhookURL, plan: plan, dailyBudgetUSD: dailyBudgetUsd,
                    monthlyBudgetUSD: monthlyBudgetUsd, enableWebhooks: enableWebhooks, by: OperatorIdentity.principal()
                )
            }
            print(try jsonLine(tenant))
        }
    }

    struct RotateSecret: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-secret",
            abstract:
                "Replace a tenant's outbound (default) or inbound signing secret; prints the new one as JSON, once.",
            discussion: """
                Outbound: during --overlap-hours deliveries carry two signatures (new and previous secret), so \
                the receiver can switch without rejecting a delivery. --inbound: during --overlap-hours intake \
                accepts webhooks signed with either secret, so the helpdesk can switch without a refusal.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Tenant id") var id: String
        @Flag(help: "Rotate the secret the tenant signs its ticket webhooks with") var inbound = false
        @Option(help: "Hours during which the previous secret stays valid") var overlapHours = 24.0

        func validate() throws {
            guard UUID(uuidString: id) != nil else { throw ValidationError("tenant id must be a UUID") }
            guard (0...720).contains(overlapHours) else { throw ValidationError("--overlap-hours must be 0 to 720") }
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let keyring = try SecretKeys.require()
            let kind: TenantSecretKind = inbound ? .inbound : .outbound
            let secret = try await database.withPool {
                try await TenantStore(pool: $0, keyring: keyring).rotateSecret(
                    UUID(uuidString: id)!, kind: kind, overlap: .seconds(Int64(overlapHours * 3600)),
                    by: OperatorIdentity.principal())
            }
            print(try jsonLine(["id": id.lowercased(), "\(kind.rawValue)_secret": secret.encoded]))
        }
    }
}

func validateWebhookURL(_ text: String) throws {
    let allowPrivate = ProcessInfo.processInfo.environment["SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE"] == "1"
    do {
        _ = try WebhookURLPolicy.validate(text, allowPrivate: allowPrivate)
    } catch {
        throw ValidationError(error.description)
    }
}

func jsonLine(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// `--plan free|standard|premium`; ArgumentParser lists the values in help and errors.
extension Plan: ExpressibleByArgument {}
