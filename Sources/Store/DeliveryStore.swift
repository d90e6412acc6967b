import Domain
import Foundation
import Postgres

/// An event as it goes out, and where to: the tenant's endpoint and signing secrets as they are now.
public struct OutboundDelivery: Sendable {
    public var eventID: String
    public var type: String
    public var tenantID: UUID
    public var ticketID: UUID?
    /// `pending`, `delivered`, `dead` or `none`.
    public var state: String
    /// The body CONTRACT.md fixes: `{"type", "timestamp", "data"}`, the same bytes on every attempt.
    public var body: [UInt8]
    public var url: String?
    public var endpointEnabled: Bool
    /// The current secret, and the previous one during a rotation's overlap.
    public var secrets: [WebhookSecret]
}

/// One attempt, as the delivery log keeps it.
public struct DeliveryAttempt: Sendable, Equatable, Decodable {
    public var eventID: String
    public var attempt: Int
    public var url: String
    /// Nil when no response arrived (timeout, refused connection).
    public var status: Int?
    public var latencyMilliseconds: Double
    public var error: String
    /// The first KiB of the receiver's answer.
    public var responseSnippet: String
    public var createdAt: Date

    public init(
        eventID: String, attempt: Int, url: String, status: Int?, latencyMilliseconds: Double, error: String,
        responseSnippet: String, createdAt: Date = Date()
    ) {
        self.eventID = eventID
        self.attempt = attempt
        self.url = url
        self.status = status
        self.latencyMilliseconds = latencyMilliseconds
        self.error = error
        self.responseSnippet = responseSnippet
        self.createdAt = createdAt
    }
}

/// A ticket's outbound event with its delivery state and attempts (API, dashboard).
public struct EventDelivery: Sendable, Equatable, Decodable {
    public var eventID: String
    public var type: String
    /// `none`, `pending`, `delivered` or `dead`.
    public var state: String
    public var createdAt: Date
    public var deliveredAt: Date?
    public var attempts: [DeliveryAttempt]
}

/// Outbound webhook deliveries: what to send, the attempt log, endpoint health.
public struct DeliveryStore: Sendable {
    let pool: PostgresPool
    let keyring: SecretKeyring?

    /// - Parameter keyring: opens the tenants' outbound secrets; ``delivery(_:)`` needs it.
    public init(pool: PostgresPool, keyring: SecretKeyring? = nil) {
        self.pool = pool
        self.keyring = keyring
    }

    /// The event and its tenant's endpoint, or nil when the event is gone.
    public func delivery(_ eventID: String) async throws -> OutboundDelivery? {
        guard
            let row = try await pool.query(
                """
                SELECT e.id, e.type, e.tenant_id, e.ticket_id, e.delivery_state,
                       '{"type":' || to_jsonb(e.type)::text
                           || ',"timestamp":' || to_jsonb(to_char(e.created_at AT TIME ZONE 'UTC',
                                                          'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text
                           || ',"data":' || e.payload::text || '}' AS body,
                       t.webhook_url, t.webhook_enabled, t.outbound_secret,
                       CASE WHEN t.outbound_secret_previous_until > now() THEN t.outbound_secret_previous END
                           AS previous_secret
                FROM events e JOIN tenants t ON t.id = e.tenant_id
                WHERE e.id = \(eventID)
                """
            ).first
        else { return nil }
        guard let keyring else { throw StoreError(.misconfigured, SecretKeyError.missing.message) }
        let tenantID: UUID = try row.decode("tenant_id")
        let secrets = try
            ([try row.decode("outbound_secret", as: String.self)]
            + [try row.decodeIfPresent("previous_secret", as: String.self)].compactMap { $0 }).map {
                try TenantStore.open($0, .outbound, tenantID, keyring)
            }
        return OutboundDelivery(
            eventID: try row.decode("id"), type: try row.decode("type"), tenantID: try row.decode("tenant_id"),
            ticketID: try row.decodeIfPresent("ticket_id"), state: try row.decode("delivery_state"),
            body: Array(try row.decode("body", as: String.self).utf8), url: try row.decodeIfPresent("webhook_url"),
            endpointEnabled: try row.decode("webhook_enabled"), secrets: secrets)
    }

    /// Logs an attempt, counts it on the event and, when the attempt settles the event, records
    /// its new state (`delivered`, `dead`), in one statement. A delivered event also ends the
    /// endpoint's failure streak.
    public static func record(
        _ attempt: DeliveryAttempt, tenantID: UUID, ticketID: UUID?, settles state: String? = nil,
        on tx: PostgresConnection
    ) async throws {
        try await tx.query(
            """
            WITH logged AS (
                INSERT INTO delivery_attempts (event_id, tenant_id, ticket_id, attempt, url, status, latency_ms, error,
                                               response_snippet)
                VALUES (\(attempt.eventID), \(tenantID)::uuid, \(ticketID)::uuid, \(attempt.attempt)::int, \(attempt.url),
                        \(attempt.status)::int, \(attempt.latencyMilliseconds)::float8, \(attempt.error),
                        \(attempt.responseSnippet))
            ), healthy AS (
                UPDATE tenants SET webhook_failing_since = NULL
                WHERE id = \(tenantID)::uuid AND \(state == "delivered")::boolean AND webhook_failing_since IS NOT NULL
            )
            UPDATE events SET attempts = attempts + 1, delivery_state = COALESCE(\(state)::text, delivery_state),
                   delivered_at = CASE WHEN \(state == "delivered")::boolean THEN now() ELSE delivered_at END
            WHERE id = \(attempt.eventID)
            """)
    }

    /// Notes a failed attempt on the endpoint; disables it once it has been failing continuously
    /// for `disableAfter`. Returns the reason when this call disabled it.
    public static func noteFailure(
        tenantID: UUID, disableAfter: Duration, on tx: PostgresConnection
    ) async throws -> String? {
        let seconds = Double(disableAfter.components.seconds)
        let row = try await tx.query(
            """
            UPDATE tenants SET webhook_failing_since = COALESCE(webhook_failing_since, now()),
                   webhook_enabled = webhook_enabled
                       AND COALESCE(webhook_failing_since >= now() - make_interval(secs => \(seconds)::float8), true),
                   webhook_disabled_reason = CASE
                       WHEN webhook_enabled AND webhook_failing_since < now() - make_interval(secs => \(seconds)::float8)
                       THEN 'failing continuously since ' || to_char(webhook_failing_since AT TIME ZONE 'UTC',
                                                                    'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                       ELSE webhook_disabled_reason END
            WHERE id = \(tenantID)::uuid
            RETURNING webhook_enabled, webhook_disabled_reason,
                      (SELECT webhook_enabled FROM tenants WHERE id = \(tenantID)::uuid) AS was_enabled
            """
        ).first
        guard let row, try row.decode("was_enabled", as: Bool.self), !(try row.decode("webhook_enabled", as: Bool.self))
        else { return nil }
        return try row.decode("webhook_disabled_reason")
    }

    /// Switches delivery off for the tenant (410 Gone). Returns false when it already was.
    public static func disable(tenantID: UUID, reason: String, on tx: PostgresConnection) async throws -> Bool {
        try await tx.query(
            """
            UPDATE tenants SET webhook_enabled = false, webhook_disabled_reason = \(reason), updated_at = now()
            WHERE id = \(tenantID)::uuid AND webhook_enabled
            """
        ).affectedRows == 1
    }

    /// Tenants whose deliveries must wait: delivery switched off (410, failing). Tenants without
    /// a URL are not listed: no deliveries are queued for them.
    public func pausedEndpoints() async throws -> [UUID] {
        try await pool.query("SELECT id FROM tenants WHERE NOT webhook_enabled").rows.map { try $0.decode("id") }
    }
}
