import ArgumentParser
import Foundation
import Postgres
import Store

/// `supportbot dlq list | replay`: jobs (and, later, deliveries) whose attempts ran out.
struct DLQCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlq",
        abstract: "Dead-lettered jobs: list them, replay them with fresh attempts.",
        subcommands: [List.self, Replay.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Dead-lettered jobs, newest first: kind, ticket, attempts, last error, age.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "At most this many rows") var limit = 100
        @Flag(help: "One JSON array instead of a table") var json = false

        func validate() throws {
            guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be from 1 to 10000") }
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let dead = try await database.withPool { try await JobStore(pool: $0).deadJobs(limit: limit) }
            if json {
                print(try jsonLine(dead))
                return
            }
            guard !dead.isEmpty else {
                print("no dead-lettered jobs")
                return
            }
            print(DeadJobTable.header)
            let now = Date()
            for job in dead { print(DeadJobTable.row(job, now: now)) }
        }
    }

    struct Replay: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Requeue dead-lettered jobs with fresh attempts.",
            discussion: "A delivery replayed this way is sent with the same webhook-id, so receivers dedupe it."
        )

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Job ids from `supportbot dlq list`") var ids: [Int64] = []
        @Flag(help: "Replay every dead-lettered job") var all = false

        func validate() throws {
            if all == !ids.isEmpty { throw ValidationError("give job ids or --all (not both)") }
        }

        func run() async throws {
            _ = LogSetup.bootstrap()
            let replayed = try await database.withPool {
                try await JobStore(pool: $0).replay(ids: all ? nil : ids, by: OperatorIdentity.principal())
            }
            print(
                "requeued \(replayed.count) job(s)\(replayed.isEmpty ? "" : ": " + replayed.map(String.init).joined(separator: " "))"
            )
            let missing = Set(ids).subtracting(replayed).sorted()
            if !missing.isEmpty {
                throw CLIError(
                    "not dead-lettered (unknown, or already replayed): \(missing.map(String.init).joined(separator: " "))"
                )
            }
        }
    }
}

/// The 80-column table of `dlq list`.
enum DeadJobTable {
    static let header = "ID        KIND        TICKET    TRIES  AGE    LAST ERROR"

    static func row(_ job: DeadJob, now: Date) -> String {
        let ticket = job.ticketID.map { String($0.prefix(8)) } ?? "-"
        let error = (job.lastError ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
        return pad(String(job.id), 9) + " " + pad(String(job.kind.rawValue.prefix(11)), 11) + " " + pad(ticket, 9) + " "
            + pad("\(job.attempt)/\(job.maxAttempts)", 6) + " "
            + pad(age(now.timeIntervalSince(job.finishedAt ?? job.createdAt)), 6)
            + " " + String(error.prefix(28))
    }

    static func age(_ seconds: TimeInterval) -> String {
        switch seconds {
        case ..<60: "\(Int(seconds))s"
        case ..<3600: "\(Int(seconds / 60))m"
        case ..<86400: "\(Int(seconds / 3600))h"
        default: "\(Int(seconds / 86400))d"
        }
    }
}
