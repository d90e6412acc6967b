import Domain
import Foundation
import HTTPClient
import Jobs
import Logging
import Postgres
import Store
import Webhooks

/// Delivers one event to its tenant's endpoint (a `deliver` job per event, queued by the event's
/// own transaction): signed per Standard Webhooks with the event id as `webhook-id` on every
/// attempt, 2xx is success (a redirect is not), anything else is retried on the schedule, `410
/// Gone` disables the endpoint, and the last failure dead-letters. Every attempt is logged in the
/// same transaction as its outcome.
///
/// The POST connects only to public addresses (`.publicOnly`, checked at the socket on every
/// attempt, whatever the URL's host resolves to at that moment) and never through a proxy, unless
/// the operator allows private targets (`SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE=1`). A refused attempt
/// sends nothing; it is logged with status null and an error starting `refused:`, and otherwise
/// counts as a failed attempt: retried on the schedule (the tenant may fix its DNS or URL),
/// counted against the endpoint's health, and dead-lettered after the last attempt.
public struct DeliveryHandler: JobHandler {
    public var kind: JobKind { .deliver }
    public var lane: JobLane { JobKind.deliver.lane }

    let store: DeliveryStore
    let client: HTTPClient
    let configuration: DeliveryConfiguration
    let limiter: EndpointLimiter
    let breakers: EndpointBreakers
    let flags: @Sendable () -> FlagSnapshot
    /// Tells the claim filter at once that an endpoint was disabled here.
    let onDisabled: @Sendable (UUID) -> Void

    public init(
        store: DeliveryStore, client: HTTPClient, configuration: DeliveryConfiguration, limiter: EndpointLimiter,
        breakers: EndpointBreakers, flags: @escaping @Sendable () -> FlagSnapshot,
        onDisabled: @escaping @Sendable (UUID) -> Void = { _ in }
    ) {
        self.store = store
        self.client = client
        self.configuration = configuration
        self.limiter = limiter
        self.breakers = breakers
        self.flags = flags
        self.onDisabled = onDisabled
    }

    public func run(_ job: ClaimedJob, logger: Logger) async throws -> JobResult {
        guard let eventID = Self.eventID(job.payload) else {
            return JobResult(.discard(reason: "the job has no event_id"))
        }
        var logger = logger
        logger[metadataKey: "event.id"] = "\(eventID)"
        guard let delivery = try await store.delivery(eventID) else {
            return JobResult(.discard(reason: "the event no longer exists"))
        }
        logger[metadataKey: "event.type"] = "\(delivery.type)"
        if delivery.state == "delivered" { return .done }
        // The claim filter keeps paused and disabled endpoints' jobs queued; these cover a change
        // that landed after the claim. Snoozing spends no attempt.
        guard flags().isEnabled(.webhooks, tenant: delivery.tenantID) else {
            DeliveryMetrics.outcome("paused")
            return JobResult(.snooze(.seconds(2)))
        }
        guard let url = delivery.url, delivery.endpointEnabled else { return JobResult(.snooze(.seconds(1))) }

        let attempt: DeliveryAttempt
        let result: WebhookPostResult?
        do {
            // The URL's form only: its address is judged at the socket, where the connection is
            // made, which also covers names and spellings a check of the text cannot.
            _ = try WebhookURLPolicy.validate(url, allowPrivate: true)
            // An endpoint that keeps timing out waits in the queue, not in a worker: no attempt spent.
            let (permit, wait, transition) = breakers.acquire(delivery.tenantID)
            if transition == .halfOpened {
                logger.info(
                    "webhook endpoint breaker half-open: one probe delivery", metadata: tenantMetadata(delivery))
            }
            guard let permit else {
                DeliveryMetrics.outcome("breaker_open")
                return JobResult(.snooze(wait))
            }
            await limiter.acquire(delivery.tenantID)
            let poster = SignedWebhookPoster(
                client: client, url: url, secrets: delivery.secrets, timeout: configuration.timeout,
                responseLimit: configuration.responseSnippetBytes,
                addressPolicy: configuration.allowPrivateAddresses ? .any : .publicOnly, proxy: .none)
            let posted = await poster.post(body: delivery.body, webhookID: delivery.eventID)
            limiter.release(delivery.tenantID)
            noteHealth(posted, permit: permit, delivery, logger: logger)
            DeliveryMetrics.latency(posted.latency)
            result = posted
            attempt = Self.attempt(job.attempt, delivery, url: url, posted)
        } catch {
            result = nil
            attempt = DeliveryAttempt(
                eventID: eventID, attempt: job.attempt, url: url, status: nil, latencyMilliseconds: 0,
                error: "refused: \(error)", responseSnippet: "")
        }
        let refused = attempt.error.hasPrefix("refused:")
        if refused {
            // Worth an operator's look: a tenant's endpoint leads to an internal address.
            logger.warning(
                "webhook delivery refused, nothing sent",
                metadata: ["tenant.id": "\(delivery.tenantID)", "reason": "\(attempt.error)"])
        }
        let tenant = delivery.tenantID
        let ticket = delivery.ticketID
        let log = logger

        if let result, result.succeeded {
            DeliveryMetrics.outcome("delivered")
            logger.debug("webhook delivered", metadata: ["http.status": "\(result.status ?? 0)"])
            return JobResult(.done) { tx in
                try await DeliveryStore.record(
                    attempt, tenantID: tenant, ticketID: ticket, settles: "delivered", on: tx)
            }
        }
        if let result, result.status == 410 {
            DeliveryMetrics.outcome("gone")
            let reason = "the endpoint answered 410 Gone at \(RFC3339.format(Date()))"
            return JobResult(.snooze(.seconds(1))) { [onDisabled] tx in
                try await DeliveryStore.record(attempt, tenantID: tenant, ticketID: ticket, on: tx)
                if try await DeliveryStore.disable(tenantID: tenant, reason: reason, on: tx) {
                    DeliveryMetrics.endpointDisabled(reason: "gone")
                    log.error(
                        "webhook endpoint disabled: it answered 410 Gone; deliveries stay queued until `supportbot tenant update --enable-webhooks`",
                        metadata: ["tenant.id": "\(tenant)"])
                }
                onDisabled(tenant)
            }
        }

        let retryAfter = [429, 503].contains(result?.status ?? 0) ? result?.retryAfter : nil
        let next = configuration.schedule.delay(
            after: job.attempt, retryAfter: retryAfter, random: Double.random(in: 0..<1))
        let disableAfter = configuration.disableAfter
        // A failed attempt: logged (and, when it was the last, the event dead), and counted
        // against the endpoint's health.
        let noteFailure: @Sendable (PostgresConnection, String?) async throws -> Void = { [onDisabled] tx, state in
            try await DeliveryStore.record(attempt, tenantID: tenant, ticketID: ticket, settles: state, on: tx)
            if let why = try await DeliveryStore.noteFailure(tenantID: tenant, disableAfter: disableAfter, on: tx) {
                DeliveryMetrics.endpointDisabled(reason: "failing")
                log.error(
                    "webhook endpoint disabled: \(why); deliveries stay queued until `supportbot tenant update --enable-webhooks`",
                    metadata: ["tenant.id": "\(tenant)"])
                onDisabled(tenant)
            }
        }
        guard let next else {
            DeliveryMetrics.outcome("dead")
            return JobResult(
                .deadLetter(reason: "last of \(configuration.schedule.attempts) attempts: \(attempt.error)")
            ) { tx in try await noteFailure(tx, "dead") }
        }
        DeliveryMetrics.outcome(refused ? "refused" : "failed")
        return JobResult(.retry(reason: attempt.error, notBefore: Date().addingTimeInterval(next.inSeconds))) { tx in
            try await noteFailure(tx, nil)
        }
    }

    /// Feeds the endpoint's breaker: an attempt that timed out counts against it. Anything that
    /// ended sooner — an answer of any status, a refused connection — freed its worker, and the
    /// retry schedule deals with it; only its duration counts (the slow-call rule).
    private func noteHealth(
        _ posted: WebhookPostResult, permit: CircuitBreaker.Permit, _ delivery: OutboundDelivery, logger: Logger
    ) {
        let outcome: CircuitBreaker.Outcome
        switch posted.outcome {
        case .failed(let failure) where failure.kind == .timeout: outcome = .failure
        case .failed(let failure) where failure.kind == .addressRefused: outcome = .ignored
        case .response, .failed: outcome = .success(posted.latency)
        }
        switch breakers.record(delivery.tenantID, permit, outcome) {
        case .opened(let until):
            DeliveryMetrics.breakerOpened()
            logger.warning(
                "webhook endpoint breaker open: its attempts time out; its deliveries wait",
                metadata: tenantMetadata(delivery).merging(
                    ["breaker.open_s": "\(String(format: "%.0f", ContinuousClock.now.duration(to: until).inSeconds))"]
                ) { $1 })
        case .closed:
            logger.info(
                "webhook endpoint breaker closed: the endpoint answers again", metadata: tenantMetadata(delivery))
        case .halfOpened, nil:
            break
        }
    }

    private func tenantMetadata(_ delivery: OutboundDelivery) -> Logger.Metadata {
        ["tenant.id": "\(delivery.tenantID.lowercased)"]
    }

    static func eventID(_ payload: String) -> String? {
        struct Payload: Decodable { var event_id: String }
        return try? JSONDecoder().decode(Payload.self, from: Data(payload.utf8)).event_id
    }

    /// The log entry for a POST: status, latency, why it failed, the start of the answer.
    static func attempt(
        _ number: Int, _ delivery: OutboundDelivery, url: String, _ result: WebhookPostResult
    )
        -> DeliveryAttempt
    {
        var error = ""
        var snippet = ""
        switch result.outcome {
        case .response(let response):
            // Postgres text cannot hold NUL; a binary answer must not make the log row fail.
            snippet = String(decoding: response.body, as: UTF8.self).replacingOccurrences(of: "\u{0}", with: "")
            if !result.succeeded {
                error =
                    (300..<400).contains(response.status)
                    ? "HTTP \(response.status) (a redirect is not a delivery)" : "HTTP \(response.status)"
            }
        case .failed(let failure) where failure.kind == .addressRefused:
            // The address policy refused the connection: nothing was sent.
            error = "refused: \(failure.message)"
        case .failed(let failure):
            error = "\(failure.kind.rawValue): \(failure.message)"
        }
        return DeliveryAttempt(
            eventID: delivery.eventID, attempt: number, url: url, status: result.status,
            latencyMilliseconds: result.latency.inMilliseconds, error: error, responseSnippet: snippet)
    }
}
