import Foundation
import Postgres

/// What `llm_admit` decided before a model call.
public struct Admission: Sendable, Equatable {
    /// A cached response: use it, nothing was reserved or taken.
    public var cached: CachedResponse?
    /// False when the tenant's budget cannot take the call; nothing was reserved.
    public var budgetOK: Bool
    /// Spend (with reservations) against the tightest budget; nil on a cache hit.
    public var budgetPercent: Double?
    /// On a refusal: which budget refused it, with its numbers.
    public var refusal: BudgetRefusal?
    /// Pass to ``GatewayStore/settle(_:)``; nil without a budget.
    public var reservationID: Int64?
    /// Zero when the rate-limit buckets paid for the call, else the seconds to wait and take again.
    public var rateWait: Double
}

/// Why a budget refused a call, in numbers an operator can check against `status`.
public struct BudgetRefusal: Sendable, Equatable {
    /// `day` or `month` (UTC).
    public var period: String
    public var spentUSD: Double
    /// Held by the tenant's calls in flight.
    public var reservedUSD: Double
    public var limitUSD: Double

    public init(period: String, spentUSD: Double, reservedUSD: Double, limitUSD: Double) {
        self.period = period
        self.spentUSD = spentUSD
        self.reservedUSD = reservedUSD
        self.limitUSD = limitUSD
    }

    /// "daily budget $0.50: $0.4620 spent and $0.0380 reserved by calls in flight; no call fits
    /// until the period ends"
    public var reason: String {
        let name = period == "day" ? "daily" : "monthly"
        var text = String(format: "%@ budget $%.2f: $%.4f spent", name, limitUSD, spentUSD)
        if reservedUSD > 0 { text += String(format: " and $%.4f reserved by calls in flight", reservedUSD) }
        return text
            + (reservedUSD > 0
                ? "; no further call fits until they settle or the period ends" : "; used up until the period ends")
    }
}

public struct CachedResponse: Sendable, Equatable {
    public var content: String
    public var tokensIn: Int
    public var tokensOut: Int
}

/// Everything `llm_settle` records after a call.
public struct Settlement: Sendable {
    public var reservationID: Int64?
    public var tenantID: UUID?
    public var ticketID: UUID?
    public var task: String
    public var model: String
    public var tier: String?
    public var reason: String
    public var tokensIn: Int
    public var tokensCached: Int
    public var tokensOut: Int
    public var costUSD: Double
    public var priceVersion: String
    public var latency: Duration
    public var outcome: String
    public var attempts: Int
    public var cacheHit: Bool
    public var correlationID: String?
    public var error: String?
    /// Estimated tokens debited before the call minus those really used (given back to the bucket).
    public var rateRefund: Double
    /// Stores the response under this key when set.
    public var cacheKey: String?
    public var cacheContent: String?
    public var cacheTTL: Duration

    public init(
        reservationID: Int64? = nil, tenantID: UUID?, ticketID: UUID?, task: String, model: String, tier: String?,
        reason: String, tokensIn: Int = 0, tokensCached: Int = 0, tokensOut: Int = 0, costUSD: Double = 0,
        priceVersion: String, latency: Duration, outcome: String, attempts: Int, cacheHit: Bool = false,
        correlationID: String?, error: String? = nil, rateRefund: Double = 0, cacheKey: String? = nil,
        cacheContent: String? = nil, cacheTTL: Duration = .zero
    ) {
        self.reservationID = reservationID
        self.tenantID = tenantID
        self.ticketID = ticketID
        self.task = task
        self.model = model
        self.tier = tier
        self.reason = reason
        self.tokensIn = tokensIn
        self.tokensCached = tokensCached
        self.tokensOut = tokensOut
        self.costUSD = costUSD
        self.priceVersion = priceVersion
        self.latency = latency
        self.outcome = outcome
        self.attempts = attempts
        self.cacheHit = cacheHit
        self.correlationID = correlationID
        self.error = error
        self.rateRefund = rateRefund
        self.cacheKey = cacheKey
        self.cacheContent = cacheContent
        self.cacheTTL = cacheTTL
    }
}

/// The gateway's shared state in Postgres: one round trip before a call (``admit``) and one after
/// (``settle``); the logic lives in schema/0005_gateway.sql so that it is atomic across processes.
public struct GatewayStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Cache lookup, else budget reservation and rate-limit take (see `llm_admit`).
    public func admit(
        tenantID: UUID?, cacheKey: String?, estimatedCostUSD: Double, model: String, estimatedTokens: Int,
        reservationTTL: Duration
    ) async throws -> Admission {
        let ttl = "\(reservationTTL.components.seconds) seconds"
        let row = try await pool.query(
            """
            SELECT *, budget_spent::float8 AS spent_f, budget_reserved::float8 AS reserved_f, budget_limit::float8 AS limit_f
            FROM llm_admit(\(tenantID)::uuid, \(cacheKey)::text, \(estimatedCostUSD)::numeric, \(model)::text,
                           \(Double(estimatedTokens))::float8, \(ttl)::interval)
            """
        ).rows[0]
        let content: String? = try row.decodeIfPresent("cached_content")
        return Admission(
            cached: try content.map {
                CachedResponse(
                    content: $0, tokensIn: try row.decode("cached_tokens_in"),
                    tokensOut: try row.decode("cached_tokens_out"))
            },
            budgetOK: try row.decode("budget_ok"), budgetPercent: try row.decodeIfPresent("budget_percent"),
            refusal: try row.decodeIfPresent("budget_period", as: String.self).map { period in
                BudgetRefusal(
                    period: period, spentUSD: try row.decode("spent_f"), reservedUSD: try row.decode("reserved_f"),
                    limitUSD: try row.decode("limit_f"))
            },
            reservationID: try row.decodeIfPresent("reservation_id"), rateWait: try row.decode("rate_wait"))
    }

    /// Another try at the rate-limit buckets after waiting; 0 when taken, else seconds to wait.
    ///
    /// With a `tenant`, a contended model is shared by plan weight (schema/0017_plan_rate_share.sql):
    /// a tenant past its share waits while others take.
    /// `now` pins the limiter's clock (tests); nil is the database's.
    public func takeRate(model: String, tokens: Int, tenant: UUID?, now: Date? = nil) async throws -> Double {
        try await pool.query(
            """
            SELECT llm_take_rate(\(model), \(Double(tokens))::float8, \(tenant)::uuid, \(now)::timestamptz) AS wait
            """
        ).rows[0].decode("wait")
    }

    /// Records the call (see `llm_settle`); returns the tenant's new budget percentage, or nil when
    /// the call cost nothing.
    @discardableResult
    public func settle(_ s: Settlement) async throws -> Double? {
        let latencyMS = s.latency.inMilliseconds
        let ttl = "\(s.cacheTTL.components.seconds) seconds"
        return try await pool.query(
            """
            SELECT llm_settle(\(s.reservationID)::bigint, \(s.tenantID)::uuid, \(s.ticketID)::uuid, \(s.task), \(s.model),
                \(s.tier), \(s.reason), \(s.tokensIn)::int, \(s.tokensCached)::int, \(s.tokensOut)::int,
                \(s.costUSD)::numeric, \(s.priceVersion), \(latencyMS)::float8, \(s.outcome), \(s.attempts)::int,
                \(s.cacheHit)::bool, \(s.correlationID), \(s.error), \(s.rateRefund)::float8, \(s.cacheKey),
                \(s.cacheContent), \(ttl)::interval) AS percent
            """
        ).rows[0].decodeIfPresent("percent")
    }

    /// Sets a model's per-minute limits, keeping the buckets' current levels (capped to the new size).
    public func configureRateLimit(model: String, requestsPerMinute: Double, tokensPerMinute: Double) async throws {
        try await pool.query(
            """
            INSERT INTO llm_rate_limits AS r (model, rpm, tpm, requests, tokens)
            VALUES (\(model), \(requestsPerMinute)::float8, \(tokensPerMinute)::float8, \(requestsPerMinute / 10)::float8,
                    \(tokensPerMinute / 10)::float8)
            ON CONFLICT (model) DO UPDATE SET rpm = excluded.rpm, tpm = excluded.tpm,
                requests = least(r.requests, excluded.requests), tokens = least(r.tokens, excluded.tokens)
            """)
    }

    /// Gives back reservations of calls that never settled and drops expired cache entries.
    @discardableResult
    public func expireReservations() async throws -> Int {
        try await pool.query("SELECT llm_expire_reservations() AS n").rows[0].decode("n")
    }
}
