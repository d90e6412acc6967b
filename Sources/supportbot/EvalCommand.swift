import ArgumentParser
import Domain
import Foundation
import Gateway
import HTTPClient
import LocalModel
import Logging
import Postgres
import Store

/// `supportbot eval FILE…`: triage quality of the configured provider on labelled tickets.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract:
            "Triage labelled tickets through the real gateway; print accuracy per field, a category confusion matrix, cost and latency.",
        discussion: """
            Each FILE holds one ticket per line: {"id","subject","messages":[{"author","body"}],"labels":{"category",\
            "priority","sentiment","language","order_id","needs_human"}} (fixtures/golden/README.md). The provider is \
            the one `serve` would use: local rules without OPENAI_API_KEY, else LLM_BASE_URL. Calls are billed to a \
            tenant named `eval` and written to the ledger; the cache is bypassed so every ticket is really triaged. \
            A call that falls back is scored with the local rules, as the pipeline would use them, and counted. \
            With --claims, no database and no provider: how many ordinary drafts the grounded-claims check rejects \
            (docs/quality.md).
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Labelled ticket files (JSON lines)")
    var files: [String]

    @Flag(help: "One JSON object per file instead of tables")
    var json = false

    @Flag(
        help:
            "Measure the draft grounded-claims check instead of triage: the fake provider's grounded drafts and the filled canned replies, checked against each ticket's grounding; no database needed"
    )
    var claims = false

    @Option(help: "With --claims: the folder holding orders.jsonl, kb.jsonl and canned.jsonl")
    var storeData = "fixtures"

    struct Ticket: Decodable {
        struct Message: Decodable {
            var author: String
            var body: String
        }
        struct Labels: Decodable {
            var category: String
            var priority: String
            var sentiment: String
            var language: String
            var order_id: String?
            var needs_human: Bool
        }

        var id: String
        var subject: String
        var messages: [Message]
        var labels: Labels
    }

    func validate() throws {
        guard !files.isEmpty else {
            throw ValidationError("name at least one labelled file, e.g. fixtures/golden/dev.jsonl")
        }
        for file in files where !FileManager.default.isReadableFile(atPath: file) {
            throw ValidationError("cannot read \(file)")
        }
    }

    func run() async throws {
        if claims { return try runClaims() }
        var quiet = LogSetup.bootstrap()
        quiet.logLevel = .error
        let logger = quiet
        let configuration: GatewayConfiguration
        do {
            configuration = try GatewayConfiguration.fromEnvironment()
        } catch {
            throw CLIError("\(error)")
        }
        let client = HTTPClient(maxConnections: 8)
        defer { client.shutdown() }
        try await database.withPool(maxConnections: 2) { pool in
            let tenants = TenantStore(pool: pool, keyring: try SecretKeys.require())
            let existing = try await tenants.list().first { $0.name == "eval" }?.id
            let tenant: UUID
            if let existing {
                tenant = existing
            } else {
                tenant = try await tenants.create(name: "eval", webhookURL: nil, by: OperatorIdentity.principal()).id
            }
            let gateway = ModelGateway(
                configuration: configuration, provider: configuration.makeProvider(client: client),
                store: GatewayStore(pool: pool), breakerStore: BreakerStore(pool: pool), owner: "eval-\(getpid())",
                flags: { FlagSnapshot(global: [.cache: false]) })
            try await gateway.configureRateLimits()
            if !json { print("provider: \(configuration.summary)\n") }
            for file in files {
                let tickets = try Self.load(file)
                var score = Score()
                for ticket in tickets {
                    let started = ContinuousClock.now
                    let request = ModelRequest(
                        task: .triage, tenantID: tenant, correlationID: "eval-\(ticket.id)",
                        input: PromptInput(
                            subject: ticket.subject,
                            messages: ticket.messages.map { .init(author: $0.author, body: $0.body) }))
                    let predicted: TriageResult
                    switch await gateway.complete(request, logger: logger) {
                    case .completed(let completion):
                        predicted = try TriageSchema.decode(completion.content).get()
                        score.cost += completion.costUSD
                    case .fallback:
                        score.fallbacks += 1
                        predicted = LocalTriage().triage(
                            subject: ticket.subject,
                            messages: ticket.messages.filter { $0.author != "agent" }.map(\.body))
                    }
                    score.latencies.append(started.duration(to: .now))
                    score.add(ticket.labels, predicted)
                }
                if json {
                    print(try score.json(file: file))
                } else {
                    print(score.report(file: file).joined(separator: "\n") + "\n")
                }
            }
        }
    }

    static func load(_ file: String) throws -> [Ticket] {
        try LoadCommand.lines(file, as: Ticket.self).map(\.value)
    }
}

/// Accuracy per field and the category confusion matrix of one file.
struct Score {
    static let fields = ["category", "priority", "sentiment", "language", "order_id", "needs_human"]
    var total = 0
    var correct: [String: Int] = [:]
    /// expected category → predicted category → count
    var confusion: [String: [String: Int]] = [:]
    var fallbacks = 0
    var cost = 0.0
    var latencies: [Duration] = []

    mutating func add(_ labels: EvalCommand.Ticket.Labels, _ predicted: TriageResult) {
        total += 1
        let hits = [
            "category": labels.category == predicted.category.rawValue,
            "priority": labels.priority == predicted.priority.rawValue,
            "sentiment": labels.sentiment == predicted.sentiment.rawValue,
            "language": labels.language == predicted.language,
            "order_id": labels.order_id == predicted.orderID,
            "needs_human": labels.needs_human == predicted.needsHuman,
        ]
        for (field, hit) in hits where hit { correct[field, default: 0] += 1 }
        confusion[labels.category, default: [:]][predicted.category.rawValue, default: 0] += 1
    }

    func accuracy(_ field: String) -> Double {
        total == 0 ? 0 : Double(correct[field] ?? 0) / Double(total) * 100
    }

    var sortedMilliseconds: [Double] {
        latencies.map(\.inMilliseconds).sorted()
    }

    func report(file: String) -> [String] {
        var lines = ["\(file): \(total) tickets, \(fallbacks) fell back to rules"]
        for field in Self.fields {
            lines.append(
                "  " + pad(field, 12) + pad(String(format: "%5.1f%%", accuracy(field)), 8, right: true)
                    + "  (\(correct[field] ?? 0)/\(total))")
        }
        let ms = sortedMilliseconds
        lines.append(
            String(
                format: "  cost $%.6f total, $%.6f per ticket; latency p50 %.2f ms, p99 %.2f ms", cost,
                total == 0 ? 0 : cost / Double(total), percentile(ms, 0.5), percentile(ms, 0.99)))
        lines.append("")
        lines.append("  category confusion (rows: expected, columns: predicted)")
        let categories = TicketCategory.allCases.map(\.rawValue)
        let short = categories.map {
            String($0.split(separator: "_").map { $0.prefix(3) }.joined(separator: "_").prefix(7))
        }
        lines.append("  " + pad("", 22) + short.map { pad($0, 8, right: true) }.joined())
        for (row, category) in categories.enumerated() {
            let counts = categories.map { confusion[category]?[$0] ?? 0 }
            lines.append(
                "  " + pad(short[row] + " " + String(category.prefix(13)), 22)
                    + counts.map { pad($0 == 0 ? "." : String($0), 8, right: true) }.joined())
        }
        return lines
    }

    func json(file: String) throws -> String {
        let ms = sortedMilliseconds
        let object: [String: Any] = [
            "file": file, "tickets": total, "fallbacks": fallbacks, "cost_usd": cost,
            "accuracy_percent": Dictionary(uniqueKeysWithValues: Self.fields.map { ($0, accuracy($0)) }),
            "latency_ms": ["p50": percentile(ms, 0.5), "p99": percentile(ms, 0.99)],
            "category_confusion": confusion,
        ]
        return String(
            decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}
