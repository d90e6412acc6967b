import ArgumentParser
import Foundation
import HTTPClient
import Webhooks

/// `supportbot send FILE --tenant ID`: posts each line of a JSON-lines file as a signed ticket webhook.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Post ticket webhooks from a JSON-lines file, signed, to a running server (demos and load).",
        discussion: """
            Each line is one webhook body (see fixtures/README.md). Lines of the same ticket go out in file \
            order; different tickets go out in parallel. Webhook ids derive from the tenant and the line, so \
            sending a file again is answered as duplicates. Busy or unavailable answers (429, 503, no \
            connection) are retried up to --attempts times, honouring Retry-After. Exits 1 if any line failed.
            """
    )

    @Argument(help: "JSON-lines file of webhook bodies, e.g. fixtures/tickets.jsonl")
    var file: String

    @OptionGroup var target: IntakeTargetOptions

    @Option(help: "At most this many webhooks per second (0: as fast as possible)")
    var rate: Double = 0

    @Option(help: "Webhooks in flight at once")
    var concurrency = 8

    @Option(help: "Attempts per webhook when the server is busy or unreachable")
    var attempts = 5

    @Flag(help: "Print one line per webhook")
    var verbose = false

    func validate() throws {
        _ = try target.endpoint
        guard rate >= 0 else { throw ValidationError("--rate must be 0 or more") }
        guard (1...1024).contains(concurrency) else { throw ValidationError("--concurrency must be 1…1024") }
        guard (1...20).contains(attempts) else { throw ValidationError("--attempts must be 1…20") }
    }

    func run() async throws {
        let fixtures = try FixtureFile(path: file, tenantID: try target.tenantID)
        let poster = SignedWebhookPoster(
            client: HTTPClient(maxConnections: concurrency), url: try target.endpoint,
            secrets: [try await target.resolveSecret()])
        defer { poster.client.shutdown() }
        let pacer = Pacer(perSecond: rate)
        let started = ContinuousClock.now
        let verbose = verbose
        let attempts = attempts

        let summary = await withTaskGroup(of: SendTally.self) { group in
            for queue in fixtures.partitioned(into: concurrency) {
                group.addTask {
                    var tally = SendTally()
                    for line in queue {
                        let result = await Self.deliver(line, poster: poster, pacer: pacer, attempts: attempts)
                        tally.record(result)
                        if verbose || !result.succeeded {
                            let outcome =
                                result.succeeded ? (result.status == 200 ? "duplicate" : "accepted") : "FAILED"
                            printError(
                                "line \(line.number) \(line.ticketExternalID) \(line.webhookID): \(outcome) (\(result.reason))"
                            )
                        }
                    }
                    return tally
                }
            }
            return await group.reduce(into: SendTally()) { $0.add($1) }
        }

        let seconds = (ContinuousClock.now - started).inSeconds
        print(summary.report(seconds: seconds))
        if summary.failed > 0 {
            throw CLIError("\(summary.failed) of \(summary.total) webhooks were not accepted (see the lines above)")
        }
    }

    /// One webhook, retried while the answer is transient.
    static func deliver(
        _ line: FixtureFile.Line, poster: SignedWebhookPoster, pacer: Pacer, attempts: Int
    ) async -> WebhookPostResult {
        var attempt = 1
        while true {
            try? await pacer.wait()
            let result = await poster.post(body: line.body, webhookID: line.webhookID)
            if result.succeeded || !result.isTransient || attempt >= attempts { return result }
            // Exponential backoff with full jitter, or the server's Retry-After, capped at 10 s.
            let backoff = Duration.milliseconds(Int64.random(in: 0...(200 << min(attempt, 6))))
            try? await Task.sleep(for: min(result.retryAfter ?? backoff, .seconds(10)))
            attempt += 1
        }
    }
}

/// Counts for the summary line.
struct SendTally: Sendable {
    var accepted = 0
    var duplicates = 0
    var failed = 0
    var total: Int { accepted + duplicates + failed }

    mutating func add(_ other: SendTally) {
        accepted += other.accepted
        duplicates += other.duplicates
        failed += other.failed
    }

    mutating func record(_ result: WebhookPostResult) {
        switch result.status {
        case 202: accepted += 1
        case 200: duplicates += 1
        default: failed += 1
        }
    }

    func report(seconds: Double) -> String {
        let rate = seconds > 0 ? Double(total) / seconds : 0
        return String(
            format: "%d webhooks in %.2f s (%.1f/s): %d accepted, %d duplicates, %d failed",
            total, seconds, rate, accepted, duplicates, failed)
    }
}

/// Writes one line to stderr.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
