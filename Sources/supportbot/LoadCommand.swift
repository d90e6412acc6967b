import ArgumentParser
import Domain
import Foundation
import Store

/// `supportbot load kb|orders|canned FILE`: the store's reference data that drafts rest on.
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load the knowledge base, a tenant's orders or the canned replies from JSON lines.",
        discussion: "Rows are replaced by key, so loading a file again is safe. deploy/run.sh loads fixtures/.",
        subcommands: [KB.self, Orders.self, Canned.self]
    )

    /// Decodes every non-empty line of `path`; errors name the line.
    static func lines<T: Decodable>(_ path: String, as type: T.Type) throws -> [(value: T, raw: String)] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("cannot read \(path)")
        }
        return try text.split(separator: "\n").enumerated().compactMap { index, line in
            let raw = line.trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { return nil }
            do {
                return (try JSONDecoder().decode(T.self, from: Data(raw.utf8)), raw)
            } catch {
                throw CLIError("\(path):\(index + 1): not a valid \(T.self) line (\(error))")
            }
        }
    }

    struct KB: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kb", abstract: "Policy articles (fixtures/kb.jsonl).")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "JSON lines of {id, topic, language, title, body, facts}") var file: String

        func run() async throws {
            let articles = try LoadCommand.lines(file, as: KBArticle.self).map(\.value)
            try await database.withPool { try await StoreDataStore(pool: $0).load(articles: articles) }
            print("loaded \(articles.count) articles")
        }
    }

    struct Orders: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "orders", abstract: "A tenant's order records (fixtures/orders.jsonl).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The tenant the orders belong to") var tenant: String
        @Argument(help: "JSON lines of order records (order_id, customer_email, status, …)") var file: String

        func validate() throws {
            guard UUID(uuidString: tenant) != nil else { throw ValidationError("--tenant must be a tenant id (UUID)") }
        }

        func run() async throws {
            let orders = try LoadCommand.lines(file, as: OrderRecord.self).map { (record: $0.value, raw: $0.raw) }
            let tenantID = UUID(uuidString: tenant)!
            try await database.withPool { try await StoreDataStore(pool: $0).load(orders: orders, tenantID: tenantID) }
            print("loaded \(orders.count) orders")
        }
    }

    struct Canned: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "canned", abstract: "Canned replies per category and language (fixtures/canned.jsonl).")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "JSON lines of {category, language, body}") var file: String

        func run() async throws {
            let replies = try LoadCommand.lines(file, as: CannedReply.self).map(\.value)
            for reply in replies where TicketCategory(rawValue: reply.category) == nil {
                throw CLIError(
                    "unknown category \(reply.category); valid: \(TicketCategory.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            try await database.withPool { try await StoreDataStore(pool: $0).load(canned: replies) }
            print("loaded \(replies.count) canned replies")
        }
    }
}
