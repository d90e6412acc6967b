import ArgumentParser
import Domain
import Foundation
import HTTPClient
import Webhooks

/// `supportbot bench intake`: signed webhooks accepted per second, and latency, at several client counts.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure a running server.",
        subcommands: [
            Intake.self, BenchJobs.self, BenchGateway.self, BenchPipeline.self, BenchDeliveries.self,
            BenchDashboard.self,
        ]
    )

    struct Intake: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Signed ticket webhooks accepted per second and their latency (p50/p99).",
            discussion: """
                Every request is a new ticket with one customer message, so each one commits the dedupe row, \
                the ticket, the message and a triage job: the full intake transaction. Benchmarks/intake.sh \
                runs this next to pgbench executing the same statements on the same cluster.
                """
        )

        @OptionGroup var target: IntakeTargetOptions

        @Option(help: "Comma-separated concurrent client counts")
        var clients = "1,16,64"

        @Option(help: "Seconds measured per client count")
        var duration = 10.0

        @Option(help: "Seconds of unmeasured warm-up before each measurement")
        var warmup = 2.0

        @Option(help: "Webhooks per second in all (paced, spread over the clients); default: as fast as answered")
        var rate: Double?

        @Flag(help: "One JSON object per client count instead of a table")
        var json = false

        var clientCounts: [Int] {
            get throws { try countList(clients, option: "--clients", range: 1...1024, example: "1,16,64") }
        }

        func validate() throws {
            _ = try target.endpoint
            _ = try clientCounts
            guard duration > 0, warmup >= 0 else { throw ValidationError("--duration must be > 0 and --warmup ≥ 0") }
            if let rate, !(rate > 0 && rate <= 100_000) { throw ValidationError("--rate must be more than 0") }
        }

        func run() async throws {
            let secret = try await target.resolveSecret()
            let endpoint = try target.endpoint
            let run = String(UInt32.random(in: 0...UInt32.max), radix: 36)
            if !json { print("clients  accepted/s     p50 ms     p99 ms   errors") }
            for count in try clientCounts {
                let poster = SignedWebhookPoster(
                    client: HTTPClient(maxConnections: count), url: endpoint, secrets: [secret])
                defer { poster.client.shutdown() }
                let prefix = "bench-\(run)-c\(count)"
                if warmup > 0 {
                    _ = await IntakeLoad.run(
                        poster: poster, clients: count, seconds: warmup, prefix: prefix + "-w", rate: rate)
                }
                let result = await IntakeLoad.run(
                    poster: poster, clients: count, seconds: duration, prefix: prefix, rate: rate)
                if json {
                    print(try jsonLine(result))
                } else {
                    print(
                        String(
                            format: "%7d %11.0f %10.2f %10.2f %8d", count, result.acceptedPerSecond,
                            result.p50Milliseconds,
                            result.p99Milliseconds, result.errors))
                }
                if result.accepted == 0 {
                    throw CLIError("no webhook was accepted at \(count) clients (\(result.firstError ?? "no answer"))")
                }
            }
        }
    }
}

/// A closed-loop load: each client sends its next webhook as soon as the previous one is answered.
enum IntakeLoad {
    struct Result: Encodable, Sendable {
        let clients: Int
        let seconds: Double
        let accepted: Int
        let errors: Int
        let acceptedPerSecond: Double
        let p50Milliseconds: Double
        let p99Milliseconds: Double
        let firstError: String?

        enum CodingKeys: String, CodingKey {
            case clients, seconds, accepted, errors
            case acceptedPerSecond = "accepted_per_second"
            case p50Milliseconds = "p50_ms"
            case p99Milliseconds = "p99_ms"
            case firstError = "first_error"
        }
    }

    struct ClientTally: Sendable {
        var latencies: [Double] = []
        var errors = 0
        var firstError: String?
    }

    /// `rate`: webhooks per second over all clients, each client keeping its own schedule (a slow
    /// answer delays that client's next webhook, never the others'); nil: back to back.
    static func run(
        poster: SignedWebhookPoster, clients: Int, seconds: Double, prefix: String, rate: Double? = nil
    ) async -> Result {
        let started = ContinuousClock.now
        let deadline = started + .milliseconds(Int64(seconds * 1000))
        let interval = rate.map { Duration.milliseconds(Int64(Double(clients) / $0 * 1000)) }
        let tallies = await withTaskGroup(of: ClientTally.self) { group in
            for client in 0..<clients {
                group.addTask {
                    var tally = ClientTally()
                    var n = 0
                    var next = started + (interval ?? .zero) * Double(client) / Double(clients)
                    while ContinuousClock.now < deadline {
                        if let interval {
                            try? await Task.sleep(until: next)
                            next += interval
                            guard ContinuousClock.now < deadline else { break }
                        }
                        n += 1
                        let body = syntheticTicket(externalID: "\(prefix)-\(client)-\(n)")
                        let result = await poster.post(body: body, webhookID: "msg_\(prefix)_\(client)_\(n)")
                        if result.status == 202 {
                            tally.latencies.append(result.latency.inSeconds * 1000)
                        } else {
                            tally.errors += 1
                            if tally.firstError == nil { tally.firstError = result.reason }
                        }
                    }
                    return tally
                }
            }
            return await group.reduce(into: [ClientTally]()) { $0.append($1) }
        }
        let elapsed = (ContinuousClock.now - started).inSeconds
        let latencies = tallies.flatMap(\.latencies).sorted()
        return Result(
            clients: clients, seconds: elapsed, accepted: latencies.count, errors: tallies.map(\.errors).reduce(0, +),
            acceptedPerSecond: Double(latencies.count) / elapsed, p50Milliseconds: percentile(latencies, 0.50),
            p99Milliseconds: percentile(latencies, 0.99), firstError: tallies.compactMap(\.firstError).first)
    }

    /// A realistic first message of a new ticket (about 400 bytes).
    static func syntheticTicket(externalID: String) -> [UInt8] {
        let now = RFC3339.format(Date())
        return Array(
            """
            {"type":"ticket.created","ticket":{"external_id":"\(externalID)","subject":"Where is my order?",\
            "customer":{"email":"load@example.com","name":"Load Test"},"order_id":"1042","channel":"email"},\
            "message":{"external_id":"m-1","author":"customer","body":"Hi, I ordered a pair of running shoes ten \
            days ago and the tracking page has not changed since Monday. Could you tell me when it will arrive? \
            Thanks, Load","created_at":"\(now)"}}
            """.utf8)
    }
}
