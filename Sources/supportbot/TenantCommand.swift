import ArgumentParser
import Domain
import Foundation
import Postgres
import Store

struct TenantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenant",
        abstract: "Create, list and update tenants.",
        subcommands: [Create.self, List.self, Update.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a tenant; prints its id and secrets as JSON, once.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Display name") var name: String
        @Option(help: "Where result webhooks are delivered (http or https)") var webhookURL: String?
        @Option(help: "Daily model spend budget in USD") var dailyBudgetUsd: Double?
        @Option(help: "Monthly model spend budget in USD") var monthlyBudgetUsd: Double?

        func validate() throws {
            if let webhookURL { try validateWebhookURL(webhookURL) }
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let created = try await database.withPool {
                try await TenantStore(pool: $0).create(
                    name: name, webhookURL: webhookURL, dailyBudgetUSD: dailyBudgetUsd,
                    monthlyBudgetUSD: monthlyBudgetUsd)
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
            print("ID                                    NAME                 WEBHOOK  DAILY$   MONTHLY$")
            for t in tenants {
                let webhook = t.webhookURL == nil ? "-" : (t.webhookEnabled ? "on" : "off")
                print(
                    pad(t.id.lowercased, 38) + pad(String(t.name.prefix(20)), 21) + pad(webhook, 9)
                        + pad(t.dailyBudgetUSD.map { String(format: "%.2f", $0) } ?? "-", 9)
                        + (t.monthlyBudgetUSD.map { String(format: "%.2f", $0) } ?? "-"))
            }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a tenant's webhook URL (which also re-enables delivery) or budgets.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Tenant id") var id: String
        @Option(help: "Where result webhooks are delivered (http or https)") var webhookURL: String?
        @Option(help: "Daily model spend budget in USD") var dailyBudgetUsd: Double?
        @Option(help: "Monthly model spend budget in USD") var monthlyBudgetUsd: Double?

        func validate() throws {
            guard UUID(uuidString: id) != nil else { throw ValidationError("tenant id must be a UUID") }
            if let webhookURL { try validateWebhookURL(webhookURL) }
            if webhookURL == nil, dailyBudgetUsd == nil, monthlyBudgetUsd == nil {
                throw ValidationError(
                    "nothing to change: pass --webhook-url, --daily-budget-usd or --monthly-budget-usd")
            }
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let tenant = try await database.withPool {
                try await TenantStore(pool: $0).update(
                    UUID(uuidString: id)!, webhookURL: webhookURL, dailyBudgetUSD: dailyBudgetUsd,
                    monthlyBudgetUSD: monthlyBudgetUsd)
            }
            print(try jsonLine(tenant))
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
