import Domain
import Foundation
import Logging
import Store
import Synchronization

/// The one way supportbot calls a model. Around the provider, in this order:
///
/// 1. kill switches (`ai`, the task's flag; `cache` and `model.full` further down),
/// 2. routing (``ModelRouter``) to a chain of tiers,
/// 3. per tier, one round trip (`llm_admit`): cache lookup, else budget reservation and
///    rate-limit take, shared by every process through Postgres,
/// 4. the circuit breaker (``BreakerBoard``),
/// 5. exactly one retry loop (408/429/5xx/connection errors, full-jitter backoff, `Retry-After`,
///    a total deadline and a retry budget),
/// 6. validation of the output, then one round trip (`llm_settle`): ledger row, budget settled,
///    token bucket corrected, answer cached, budget thresholds announced.
///
/// When no tier yields an answer the result is a ``Fallback`` and the caller uses the local rules
/// or a canned reply. The local provider (no API key) skips steps 3–5: it is free and cannot fail.
public final class ModelGateway: Sendable {
    public let configuration: GatewayConfiguration
    let provider: any ModelProvider
    let store: GatewayStore
    let breakerStore: BreakerStore
    public let breakers: BreakerBoard
    let owner: String
    let flags: @Sendable () -> FlagSnapshot
    private let retryBudget: Mutex<RetryBudget>
    /// Last known budget percentage per tenant, for routing; the reservation itself is authoritative.
    private let budgetPercent = Mutex<[UUID: Double]>([:])

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// - Parameters:
    ///   - owner: names this process in published breaker transitions.
    ///   - flags: the flags in force (``FlagWatcher``'s snapshot), read on every call.
    public init(
        configuration: GatewayConfiguration, provider: any ModelProvider, store: GatewayStore,
        breakerStore: BreakerStore, owner: String, flags: @escaping @Sendable () -> FlagSnapshot
    ) {
        self.configuration = configuration
        self.provider = provider
        self.store = store
        self.breakerStore = breakerStore
        self.breakers = BreakerBoard(policy: configuration.breaker)
        self.owner = owner
        self.flags = flags
        self.retryBudget = Mutex(RetryBudget(ratio: configuration.retryRatio))
        for tier in ModelTier.allCases { GatewayMetrics.breaker(model: configuration.model(tier), state: .closed) }
    }

    /// Writes the configured per-minute limits into the shared buckets (at start-up).
    public func configureRateLimits() async throws {
        guard provider.isRemote else { return }
        for (tier, limit) in configuration.rateLimits {
            try await store.configureRateLimit(
                model: configuration.model(tier), requestsPerMinute: limit.requestsPerMinute,
                tokensPerMinute: limit.tokensPerMinute)
        }
    }

    /// Answers `request`, or says why it cannot.
    public func complete(_ request: ModelRequest, logger: Logger) async -> GatewayOutcome {
        var logger = logger
        logger[metadataKey: "llm.task"] = "\(request.task.rawValue)"
        if let ticket = request.ticketID { logger[metadataKey: "ticket.id"] = "\(ticket.uuidString.lowercased())" }
        if let correlation = request.correlationID { logger[metadataKey: "correlation_id"] = "\(correlation)" }
        let outcome = await run(request, logger: logger)
        if case .fallback(let fallback) = outcome {
            GatewayMetrics.fallback(task: request.task, reason: fallback.reason)
            logger.info(
                "model call fell back",
                metadata: ["llm.fallback": "\(fallback.reason.rawValue)", "llm.detail": "\(fallback.detail)"])
        }
        return outcome
    }

    private func run(_ request: ModelRequest, logger: Logger) async -> GatewayOutcome {
        let flags = flags()
        let tenant = request.tenantID
        guard flags.isEnabled(.ai, tenant: tenant) else {
            return .fallback(
                Fallback(.aiOff, flags.loaded ? "the ai switch is off" : "flags not read yet (fail closed)"))
        }
        guard flags.isEnabled(request.task.flag, tenant: tenant) else {
            return .fallback(Fallback(.featureOff, "the \(request.task.flag.rawValue) switch is off"))
        }
        guard provider.isRemote else { return await completeLocally(request, logger: logger) }

        let messages = request.template.render(request.input)
        let estimated = TokenEstimate.prompt(messages.map(\.content))
        let now = ContinuousClock.now
        let openTiers = Set(ModelTier.allCases.filter { breakers.isOpen(configuration.model($0), now: now) })
        let fullAllowed = flags.isEnabled(.modelFull, tenant: tenant)
        let decision = configuration.router.route(
            RouteInput(
                task: request.task, estimatedTokens: estimated, priority: request.priority,
                sentiment: request.sentiment,
                budgetPercent: tenant.flatMap { id in budgetPercent.withLock { $0[id] } } ?? 0, openBreakers: openTiers,
                fullAllowed: fullAllowed))
        guard !decision.chain.isEmpty else { return .fallback(Fallback(.breakerOpen, decision.reason)) }

        let deadline = now.advanced(by: configuration.totalDeadline)
        let useCache = flags.isEnabled(.cache, tenant: tenant)
        var chain = decision.chain
        var reason = decision.reason
        var index = 0
        var last = ProviderFailure(.breakerOpen, message: "no model was tried")
        tiers: while index < chain.count {
            let tier = chain[index]
            index += 1
            let result = await callTier(
                tier, request: request, messages: messages, estimated: estimated, reason: reason, deadline: deadline,
                useCache: useCache, logger: logger)
            let failure: TierFailure
            switch result {
            case .success(let completion): return .completed(completion)
            case .failure(let tierFailure): failure = tierFailure
            }
            switch failure.kind {
            case .budget: return .fallback(Fallback(.budgetExhausted, failure.message))
            case .store: return .fallback(Fallback(.storeUnavailable, failure.message))
            case .provider: break
            }
            guard let provider = failure.provider else { continue }
            last = provider
            // Output that fails its schema gets one more chance, on the full model.
            if provider.kind == .schemaViolation, tier == .mini, fullAllowed, !chain[index...].contains(.full),
                !breakers.isOpen(configuration.model(.full), now: .now)
            {
                chain.insert(.full, at: index)
                reason += ", invalid output→full"
                continue
            }
            guard provider.worthAnotherModel else { break tiers }
            if index < chain.count { reason += ", \(tier.rawValue) \(provider.kind.rawValue)→\(chain[index].rawValue)" }
        }
        switch last.kind {
        case .schemaViolation: return .fallback(Fallback(.invalidOutput, last.message))
        case .breakerOpen: return .fallback(Fallback(.breakerOpen, "\(reason): breaker open"))
        default: return .fallback(Fallback(.providerFailed, last.description))
        }
    }

    /// Why one tier produced nothing.
    struct TierFailure: Error {
        enum Kind { case provider, budget, store }
        var kind: Kind
        var provider: ProviderFailure?
        var message: String

        static func provider(_ failure: ProviderFailure) -> TierFailure {
            TierFailure(kind: .provider, provider: failure, message: failure.description)
        }
    }

    private func callTier(
        _ tier: ModelTier, request: ModelRequest, messages: [ChatMessage], estimated: Int, reason: String,
        deadline: ContinuousClock.Instant, useCache: Bool, logger: Logger
    ) async -> Result<ModelCompletion, TierFailure> {
        var logger = logger
        let model = configuration.model(tier)
        logger[metadataKey: "llm.model"] = "\(model)"
        let template = request.template
        let schema = template.output.schema
        let chat = ChatRequest(
            model: model, messages: messages, temperature: template.temperature, maxTokens: template.maxTokens,
            schemaName: schema?.name, schema: schema?.schema)
        let ttl = configuration.cacheTTL[request.task] ?? .zero
        let body = try? Array(Self.encoder.encode(chat))
        let cacheKey: String?
        if useCache, template.temperature == 0, ttl > .zero, request.tenantID != nil, let body {
            cacheKey = CacheKey.make(templateID: template.id, version: template.version, body: body)
        } else {
            cacheKey = nil
        }
        let debitTokens = estimated + template.maxTokens
        let prices = configuration.prices
        let started = ContinuousClock.now
        var settlement = Settlement(
            tenantID: request.tenantID, ticketID: request.ticketID, task: request.task.rawValue, model: model,
            tier: tier.rawValue, reason: reason, priceVersion: prices.version, latency: .zero, outcome: "ok",
            attempts: 0,
            correlationID: request.correlationID)

        let admission: Admission
        do {
            admission = try await store.admit(
                tenantID: request.tenantID, cacheKey: cacheKey,
                estimatedCostUSD: prices.cost(model: model, input: estimated, output: template.maxTokens), model: model,
                estimatedTokens: debitTokens, reservationTTL: configuration.totalDeadline + .seconds(60))
        } catch {
            logger.warning("gateway state unreadable", metadata: ["error": "\(error)"])
            return .failure(TierFailure(kind: .store, message: "the gateway's state in Postgres cannot be read"))
        }
        if let cached = admission.cached {
            GatewayMetrics.cacheHit(task: request.task)
            settlement.cacheHit = true
            settlement.outcome = "cache_hit"
            settlement.tokensIn = cached.tokensIn
            settlement.tokensOut = cached.tokensOut
            settlement.latency = started.duration(to: .now)
            await settle(settlement, logger: logger)
            return .success(
                ModelCompletion(
                    content: cached.content, source: .cache, model: model, tier: tier, reason: reason,
                    tokensIn: cached.tokensIn, tokensOut: cached.tokensOut, costUSD: 0, attempts: 0))
        }
        if let tenant = request.tenantID, let percent = admission.budgetPercent {
            budgetPercent.withLock { $0[tenant] = percent }
        }
        guard admission.budgetOK else {
            settlement.outcome = "budget_exhausted"
            settlement.latency = started.duration(to: .now)
            await settle(settlement, logger: logger)
            return .failure(
                TierFailure(
                    kind: .budget,
                    message: admission.refusal?.reason ?? "the tenant's budget cannot take this call"))
        }
        settlement.reservationID = admission.reservationID

        var wait = admission.rateWait
        var attempt = 0
        var failure: ProviderFailure
        while true {
            // The rate limiter: wait for the shared buckets, within the deadline.
            while wait > 0 {
                let pause = Duration.milliseconds(Int64(wait * 1000))
                guard ContinuousClock.now.advanced(by: pause) < deadline else {
                    failure = ProviderFailure(
                        .rateLimited, message: "the shared rate limit leaves no room before the deadline")
                    return await finish(
                        failure, settlement: settlement, attempts: attempt, debit: debitTokens, started: started,
                        logger: logger)
                }
                try? await Task.sleep(for: pause)
                do {
                    wait = try await store.takeRate(model: model, tokens: debitTokens, tenant: request.tenantID)
                } catch {
                    return .failure(TierFailure(kind: .store, message: "the shared rate limit cannot be read"))
                }
            }
            let (permit, opened) = breakers.acquire(model, now: .now)
            if let opened { await publish(model, opened, logger: logger) }
            guard let permit else {
                failure = ProviderFailure(.breakerOpen, message: "the \(model) breaker is open")
                return await finish(
                    failure, settlement: settlement, attempts: attempt, debit: debitTokens, started: started,
                    logger: logger)
            }
            attempt += 1
            let remaining = ContinuousClock.now.duration(to: deadline)
            let timeout = min(configuration.callTimeout, remaining)
            guard timeout > .milliseconds(10) else {
                _ = breakers.record(model, permit, .ignored, now: .now)
                failure = ProviderFailure(.deadline, message: "the total deadline passed")
                return await finish(
                    failure, settlement: settlement, attempts: attempt - 1, debit: debitTokens, started: started,
                    logger: logger)
            }
            let exchangeStart = ContinuousClock.now
            let result = await provider.complete(
                ProviderCall(task: request.task, request: chat, body: body, input: request.input, timeout: timeout))
            let elapsed = exchangeStart.duration(to: .now)
            switch result {
            case .success(let reply):
                if let transition = breakers.record(model, permit, .success(elapsed), now: .now) {
                    await publish(model, transition, logger: logger)
                }
                retryBudget.withLock { $0.recordSuccess(now: .now) }
                GatewayMetrics.exchange(model: model, outcome: "ok", duration: elapsed)
                let tokensIn = reply.promptTokens > 0 ? reply.promptTokens : estimated
                let tokensOut =
                    reply.completionTokens > 0 ? reply.completionTokens : TokenEstimate.tokens(reply.content)
                let cost = prices.cost(
                    model: model, input: tokensIn, cachedInput: reply.cachedPromptTokens, output: tokensOut)
                GatewayMetrics.usage(model: model, tokensIn: tokensIn, tokensOut: tokensOut, costUSD: cost)
                settlement.tokensIn = tokensIn
                settlement.tokensCached = reply.cachedPromptTokens
                settlement.tokensOut = tokensOut
                settlement.costUSD = cost
                settlement.attempts = attempt
                settlement.rateRefund = Double(attempt * debitTokens - tokensIn - tokensOut)
                settlement.latency = started.duration(to: .now)
                switch template.output.validate(reply.content) {
                case .success(let content):
                    settlement.cacheKey = cacheKey
                    settlement.cacheContent = content
                    settlement.cacheTTL = ttl
                    await settle(settlement, logger: logger)
                    logger.debug(
                        "model call succeeded", metadata: ["llm.attempts": "\(attempt)", "llm.reason": "\(reason)"])
                    return .success(
                        ModelCompletion(
                            content: content, source: .model, model: model, tier: tier, reason: reason,
                            tokensIn: tokensIn, tokensOut: tokensOut, costUSD: cost, attempts: attempt))
                case .failure(let invalid):
                    settlement.outcome = invalid.kind.rawValue
                    settlement.error = invalid.message
                    await settle(settlement, logger: logger)
                    logger.warning("model output rejected", metadata: ["llm.error": "\(invalid.message)"])
                    return .failure(.provider(invalid))
                }
            case .failure(let failed):
                failure = failed
                GatewayMetrics.exchange(model: model, outcome: failed.kind.rawValue, duration: elapsed)
                if let transition = breakers.record(
                    model, permit, failed.countsAgainstBreaker ? .failure : .ignored, now: .now)
                {
                    await publish(model, transition, logger: logger)
                }
                logger.debug("provider call failed", metadata: ["llm.error": "\(failed)", "llm.attempt": "\(attempt)"])
                guard failed.isRetryable, attempt < configuration.maxAttempts else { break }
                var delay = configuration.backoff.delay(afterAttempt: attempt)
                if let after = failed.retryAfter { delay = max(delay, after) }
                guard ContinuousClock.now.advanced(by: delay) < deadline,
                    retryBudget.withLock({ $0.tryWithdraw(now: .now) })
                else { break }
                try? await Task.sleep(for: delay)
                do {
                    wait = try await store.takeRate(model: model, tokens: debitTokens, tenant: request.tenantID)
                } catch {
                    return .failure(TierFailure(kind: .store, message: "the shared rate limit cannot be read"))
                }
                continue
            }
            return await finish(
                failure, settlement: settlement, attempts: attempt, debit: debitTokens, started: started, logger: logger
            )
        }
    }

    /// Records a tier that produced nothing (ledger, reservation released, debits refunded).
    private func finish(
        _ failure: ProviderFailure, settlement: Settlement, attempts: Int, debit: Int, started: ContinuousClock.Instant,
        logger: Logger
    ) async -> Result<ModelCompletion, TierFailure> {
        var settlement = settlement
        settlement.outcome = failure.kind.rawValue
        settlement.error = failure.description
        settlement.attempts = attempts
        settlement.rateRefund = Double(attempts * debit)
        settlement.latency = started.duration(to: .now)
        await settle(settlement, logger: logger)
        return .failure(.provider(failure))
    }

    /// The local provider: no budget, cache, limiter or breaker (free, in-process, cannot be down).
    private func completeLocally(_ request: ModelRequest, logger: Logger) async -> GatewayOutcome {
        let started = ContinuousClock.now
        let reason = "local provider (no OPENAI_API_KEY)"
        let call = ProviderCall(
            task: request.task,
            request: ChatRequest(model: "local", messages: [], temperature: 0, maxTokens: request.template.maxTokens),
            input: request.input, timeout: configuration.callTimeout)
        var settlement = Settlement(
            tenantID: request.tenantID, ticketID: request.ticketID, task: request.task.rawValue, model: "local",
            tier: nil, reason: reason, priceVersion: configuration.prices.version, latency: .zero, outcome: "ok",
            attempts: 1, correlationID: request.correlationID)
        let result = await provider.complete(call).flatMap { reply in
            request.template.output.validate(reply.content).map { ($0, reply) }
        }
        settlement.latency = started.duration(to: .now)
        GatewayMetrics.exchange(
            model: "local", outcome: (try? result.get()) == nil ? "schema_violation" : "ok",
            duration: settlement.latency)
        switch result {
        case .success(let (content, reply)):
            settlement.tokensIn = reply.promptTokens
            settlement.tokensOut = reply.completionTokens
            await settle(settlement, logger: logger)
            return .completed(
                ModelCompletion(
                    content: content, source: .rules, model: "local", tier: nil, reason: reason,
                    tokensIn: reply.promptTokens, tokensOut: reply.completionTokens, costUSD: 0, attempts: 1))
        case .failure(let failure):
            settlement.outcome = failure.kind.rawValue
            settlement.error = failure.description
            await settle(settlement, logger: logger)
            return .fallback(Fallback(.invalidOutput, failure.description))
        }
    }

    /// Writes the ledger row and the rest of the settlement. A paid call's answer is used even if
    /// this fails: its reservation then expires on its own.
    private func settle(_ settlement: Settlement, logger: Logger) async {
        do {
            if let percent = try await store.settle(settlement), let tenant = settlement.tenantID {
                budgetPercent.withLock { $0[tenant] = percent }
            }
        } catch {
            logger.error(
                "ledger row could not be written",
                metadata: ["error": "\(error)", "llm.outcome": "\(settlement.outcome)"])
        }
    }

    /// Shares a local transition with every process and updates the gauge.
    private func publish(_ model: String, _ transition: CircuitBreaker.Transition, logger: Logger) async {
        let state: BreakerState
        var until: Date?
        switch transition {
        case .opened(let instant):
            state = .open
            let remaining = ContinuousClock.now.duration(to: instant)
            until = Date().addingTimeInterval(remaining.inSeconds)
        case .halfOpened: state = .halfOpen
        case .closed: state = .closed
        }
        GatewayMetrics.breaker(model: model, state: state)
        logger.warning(
            "circuit breaker \(state.rawValue)",
            metadata: ["llm.model": "\(model)", "breaker.state": "\(state.rawValue)"])
        do {
            try await breakerStore.publish(
                model: model, state: state.rawValue, openUntil: until, reason: "\(state.rawValue) by \(owner)",
                by: owner)
        } catch {
            logger.warning("breaker transition not shared", metadata: ["error": "\(error)"])
        }
    }

    /// Applies breaker rows published by other processes (``BreakerWatcher``).
    func apply(_ records: [BreakerRecord]) {
        let now = ContinuousClock.now
        for record in records where record.updatedBy != owner {
            if breakers.apply(record, now: now) != nil {
                GatewayMetrics.breaker(model: record.model, state: breakers.states(now: now)[record.model] ?? .closed)
            }
        }
    }
}
