import Domain
import Foundation
import Postgres

/// Which of a tenant's signing secrets: the one its webhooks to us are signed with, or the one
/// our deliveries to it are signed with.
public enum TenantSecretKind: String, Sendable, CaseIterable {
    case inbound
    case outbound

    /// What a sealed value is bound to: moving it to another tenant or kind makes it unopenable.
    func context(_ tenant: UUID) -> String { "tenants.\(rawValue):\(tenant.lowercased)" }
}

/// Tenants: creation with fresh secrets, listing, updates, rotation, and credentials for intake.
///
/// Secrets are sealed with the keyring (``SecretKeyring``) before they reach the database and
/// opened only where they are used; methods that touch a secret throw `.misconfigured` without one.
public struct TenantStore: Sendable {
    /// Secret rotations are announced here (payload: the tenant id), so intake caches drop the
    /// tenant's old credentials at once.
    public static let channel = "tenants"

    let pool: PostgresPool
    let keyring: SecretKeyring?

    public init(pool: PostgresPool, keyring: SecretKeyring? = nil) {
        self.pool = pool
        self.keyring = keyring
    }

    /// Creates a tenant with new inbound and outbound secrets (32 random bytes each).
    public func create(
        name: String, webhookURL: String?, plan: Plan = .default, dailyBudgetUSD: Double? = nil,
        monthlyBudgetUSD: Double? = nil, by actor: Principal
    ) async throws -> CreatedTenant {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 200 else {
            throw StoreError(.invalidArgument, "tenant name must be 1 to 200 characters")
        }
        try Self.checkBudget(dailyBudgetUSD, "daily budget")
        try Self.checkBudget(monthlyBudgetUSD, "monthly budget")
        let keyring = try requireKeyring()
        let id = UUID()
        let inbound = WebhookSecret.generate()
        let outbound = WebhookSecret.generate()
        let sealedInbound = try keyring.seal(inbound.encoded, context: TenantSecretKind.inbound.context(id))
        let sealedOutbound = try keyring.seal(outbound.encoded, context: TenantSecretKind.outbound.context(id))
        try await pool.transaction { tx in
            try await tx.query(
                """
                INSERT INTO tenants (id, name, inbound_secret, outbound_secret, webhook_url, plan, daily_budget_usd,
                                     monthly_budget_usd)
                VALUES (\(id)::uuid, \(trimmed), \(sealedInbound), \(sealedOutbound), \(webhookURL), \(plan.rawValue),
                        \(dailyBudgetUSD)::numeric, \(monthlyBudgetUSD)::numeric)
                """)
            try await AuditStore.record(
                .tenantCreate, by: actor, target: id.lowercased, tenantID: id,
                detail: [
                    "name": .string(trimmed), "webhook_url": webhookURL.map { .string($0) } ?? .null,
                    "plan": .string(plan.rawValue),
                ], on: tx)
            // An intake cache that saw this id as unknown forgets that.
            try await tx.query("SELECT pg_notify(\(Self.channel), \(id.lowercased))")
        }
        return CreatedTenant(id: id, inboundSecret: inbound.encoded, outboundSecret: outbound.encoded)
    }

    /// Tenants in `scope`, oldest first.
    public func list(scope: TenantScope = .all) async throws -> [Tenant] {
        if scope == .hidden { return [] }
        return try await pool.query(
            """
            SELECT \(unsafeRaw: Self.columns) FROM tenants
            WHERE (\(scope.tenantID)::uuid IS NULL OR id = \(scope.tenantID)::uuid)
            ORDER BY created_at, id
            """
        ).rows.map(Self.tenant)
    }

    /// Every tenant's id: what the intake checks a webhook's tenant against without a query.
    public func ids() async throws -> Set<UUID> {
        Set(try await pool.query("SELECT id FROM tenants").rows.map { try $0.decode("id", as: UUID.self) })
    }

    public func get(_ id: UUID) async throws -> Tenant {
        guard
            let row = try await pool.query("SELECT \(unsafeRaw: Self.columns) FROM tenants WHERE id = \(id)::uuid")
                .first
        else { throw StoreError(.notFound, "no tenant with id \(id.lowercased)") }
        return try Self.tenant(row)
    }

    /// Changes the given fields; nil leaves a field as it is. Setting a webhook URL, or
    /// `enableWebhooks`, re-enables delivery to an endpoint that was disabled (410 Gone, failing
    /// past the grace period); its queued deliveries then resume in order.
    public func update(
        _ id: UUID, webhookURL: String? = nil, plan: Plan? = nil, dailyBudgetUSD: Double? = nil,
        monthlyBudgetUSD: Double? = nil, enableWebhooks: Bool = false, by actor: Principal
    ) async throws -> Tenant {
        let enable = enableWebhooks || webhookURL != nil
        try Self.checkBudget(dailyBudgetUSD, "daily budget")
        try Self.checkBudget(monthlyBudgetUSD, "monthly budget")
        return try await pool.transaction { tx in
            let result = try await tx.query(
                """
                UPDATE tenants SET
                    webhook_url = COALESCE(\(webhookURL), webhook_url),
                    webhook_enabled = webhook_enabled OR \(enable)::boolean,
                    webhook_disabled_reason = CASE WHEN \(enable)::boolean THEN '' ELSE webhook_disabled_reason END,
                    webhook_failing_since = CASE WHEN \(enable)::boolean THEN NULL ELSE webhook_failing_since END,
                    plan = COALESCE(\(plan?.rawValue), plan),
                    daily_budget_usd = COALESCE(\(dailyBudgetUSD)::numeric, daily_budget_usd),
                    monthly_budget_usd = COALESCE(\(monthlyBudgetUSD)::numeric, monthly_budget_usd),
                    updated_at = now()
                WHERE id = \(id)::uuid
                RETURNING \(unsafeRaw: Self.columns)
                """)
            guard let row = result.first else {
                throw StoreError(.notFound, "no tenant with id \(id.lowercased)")
            }
            var detail: [(String, JSONValue)] = []
            if let webhookURL { detail.append(("webhook_url", .string(webhookURL))) }
            if let plan { detail.append(("plan", .string(plan.rawValue))) }
            if let dailyBudgetUSD { detail.append(("daily_budget_usd", .number(dailyBudgetUSD))) }
            if let monthlyBudgetUSD { detail.append(("monthly_budget_usd", .number(monthlyBudgetUSD))) }
            if enableWebhooks { detail.append(("enable_webhooks", .bool(true))) }
            try await AuditStore.record(
                .tenantUpdate, by: actor, target: id.lowercased, tenantID: id, detail: .object(detail), on: tx)
            return try Self.tenant(row)
        }
    }

    /// Replaces a signing secret. For `overlap` the previous one stays valid: inbound, intake
    /// accepts signatures made with either; outbound, deliveries carry both signatures. Returns
    /// the new secret, shown once.
    public func rotateSecret(
        _ id: UUID, kind: TenantSecretKind, overlap: Duration, by actor: Principal
    ) async throws -> WebhookSecret {
        let keyring = try requireKeyring()
        let secret = WebhookSecret.generate()
        let sealed = try keyring.seal(secret.encoded, context: kind.context(id))
        let seconds = Double(overlap.components.seconds)
        let column = "\(kind.rawValue)_secret"
        return try await pool.transaction { tx in
            // Column names come from the enum, never from input.
            guard
                try await tx.query(
                    """
                    UPDATE tenants SET \(unsafeRaw: column)_previous = \(unsafeRaw: column),
                           \(unsafeRaw: column) = \(sealed),
                           \(unsafeRaw: column)_previous_until = now() + make_interval(secs => \(seconds)::float8),
                           updated_at = now()
                    WHERE id = \(id)::uuid
                    """
                ).affectedRows == 1
            else { throw StoreError(.notFound, "no tenant with id \(id.lowercased)") }
            try await AuditStore.record(
                .secretRotate, by: actor, target: id.lowercased, tenantID: id,
                detail: ["kind": .string(kind.rawValue), "overlap_seconds": .number(seconds)], on: tx)
            try await tx.query("SELECT pg_notify(\(Self.channel), \(id.lowercased))")
            return secret
        }
    }

    /// The secrets that verify the tenant's inbound webhooks (the previous one too during a
    /// rotation's overlap), or nil for an unknown tenant.
    public func credentials(_ id: UUID) async throws -> TenantCredentials? {
        let keyring = try requireKeyring()
        guard
            let row = try await pool.query(
                """
                SELECT inbound_secret,
                       CASE WHEN inbound_secret_previous_until > now() THEN inbound_secret_previous END AS previous,
                       inbound_secret_previous_until AS previous_until
                FROM tenants WHERE id = \(id)::uuid
                """
            ).first
        else { return nil }
        var secrets = [try Self.open(try row.decode("inbound_secret"), .inbound, id, keyring)]
        var until: Date?
        if let previous: String = try row.decodeIfPresent("previous") {
            secrets.append(try Self.open(previous, .inbound, id, keyring))
            until = try row.decodeIfPresent("previous_until")
        }
        return TenantCredentials(id: id, inboundSecrets: secrets, previousValidUntil: until)
    }

    /// The current inbound secret, for the fixture sender running next to the database.
    public func inboundSecret(_ id: UUID) async throws -> WebhookSecret {
        guard let credentials = try await credentials(id) else {
            throw StoreError(.notFound, "no tenant with id \(id.lowercased)")
        }
        return credentials.inboundSecrets[0]
    }

    /// Seals every stored secret that is in the clear (written by a version before 0011) or
    /// sealed with a previous key, with the current key. Returns how many values it re-sealed.
    /// Safe to run at any time and from several processes: each row is re-read under a lock.
    public func rewrap(by actor: Principal) async throws -> Int {
        let keyring = try requireKeyring()
        let ids: [UUID] = try await pool.query("SELECT id FROM tenants ORDER BY id").rows.map { try $0.decode("id") }
        var count = 0
        for id in ids {
            count += try await pool.transaction { tx in
                guard
                    let row = try await tx.query(
                        """
                        SELECT inbound_secret, inbound_secret_previous, outbound_secret, outbound_secret_previous
                        FROM tenants WHERE id = \(id)::uuid FOR UPDATE
                        """
                    ).first
                else { return 0 }
                var changed = 0
                var values: [String: String?] = [:]
                for kind in TenantSecretKind.allCases {
                    for column in ["\(kind.rawValue)_secret", "\(kind.rawValue)_secret_previous"] {
                        guard let stored: String = try row.decodeIfPresent(column) else {
                            values[column] = .some(nil)
                            continue
                        }
                        let opened = try keyring.open(stored, context: kind.context(id))
                        if opened.needsRewrap {
                            values[column] = try keyring.seal(opened.plaintext, context: kind.context(id))
                            changed += 1
                        } else {
                            values[column] = stored
                        }
                    }
                }
                guard changed > 0 else { return 0 }
                try await tx.query(
                    """
                    UPDATE tenants SET inbound_secret = \(values["inbound_secret"]!),
                           inbound_secret_previous = \(values["inbound_secret_previous"]!),
                           outbound_secret = \(values["outbound_secret"]!),
                           outbound_secret_previous = \(values["outbound_secret_previous"]!)
                    WHERE id = \(id)::uuid
                    """)
                try await AuditStore.record(
                    .secretsRewrap, by: actor, target: id.lowercased, tenantID: id,
                    detail: ["values": .number(Double(changed)), "key_id": .string(keyring.currentKeyID)], on: tx)
                return changed
            }
        }
        return count
    }

    /// How many stored secrets are not sealed with the current key (for `status` and `migrate`).
    public func secretsNeedingRewrap() async throws -> Int {
        let keyring = try requireKeyring()
        let prefix = SecretKeyring.envelopePrefix + keyring.currentKeyID + ":"
        return try await pool.query(
            """
            SELECT count(*) AS n FROM tenants, LATERAL (VALUES (inbound_secret), (inbound_secret_previous),
                                                               (outbound_secret), (outbound_secret_previous)) v(s)
            WHERE s IS NOT NULL AND NOT starts_with(s, \(prefix))
            """
        ).rows[0].decode("n")
    }

    /// How many stored secret values are not sealed at all (written before 0011); needs no key.
    public func secretsInTheClear() async throws -> Int {
        try await pool.query(
            """
            SELECT count(*) AS n FROM tenants, LATERAL (VALUES (inbound_secret), (inbound_secret_previous),
                                                               (outbound_secret), (outbound_secret_previous)) v(s)
            WHERE s IS NOT NULL AND NOT starts_with(s, \(SecretKeyring.envelopePrefix))
            """
        ).rows[0].decode("n")
    }

    /// Opens a stored secret for use. A value in the clear is refused, not used: once secrets are
    /// sealed, a cleartext one can only have been planted (or left by an upgrade that ran migrate
    /// without the key, which `supportbot migrate` with the key, or `secrets rewrap`, fixes).
    static func open(
        _ stored: String, _ kind: TenantSecretKind, _ id: UUID, _ keyring: SecretKeyring
    ) throws
        -> WebhookSecret
    {
        guard stored.hasPrefix(SecretKeyring.envelopePrefix) else {
            throw StoreError(
                .misconfigured,
                "the \(kind.rawValue) secret of tenant \(id.lowercased) is stored in the clear; seal it with "
                    + "`supportbot migrate` (with SUPPORTBOT_SECRET_KEY set) or `supportbot secrets rewrap`")
        }
        guard let secret = WebhookSecret(encoded: try keyring.open(stored, context: kind.context(id)).plaintext) else {
            throw StoreError(
                .misconfigured, "the stored \(kind.rawValue) secret of tenant \(id.lowercased) is not a whsec_ secret")
        }
        return secret
    }

    func requireKeyring() throws -> SecretKeyring {
        guard let keyring else { throw StoreError(.misconfigured, SecretKeyError.missing.message) }
        return keyring
    }

    static let columns =
        "id, name, webhook_url, webhook_enabled, webhook_disabled_reason, plan, daily_budget_usd, monthly_budget_usd, created_at"

    static func tenant(_ row: PostgresRow) throws -> Tenant {
        Tenant(
            id: try row.decode("id"),
            name: try row.decode("name"),
            webhookURL: try row.decodeIfPresent("webhook_url"),
            webhookEnabled: try row.decode("webhook_enabled"),
            webhookDisabledReason: try row.decode("webhook_disabled_reason"),
            plan: Plan(rawValue: try row.decode("plan", as: String.self)) ?? .default,
            dailyBudgetUSD: try row.decodeIfPresent("daily_budget_usd"),
            monthlyBudgetUSD: try row.decodeIfPresent("monthly_budget_usd"),
            createdAt: try row.decode("created_at")
        )
    }

    static func checkBudget(_ value: Double?, _ what: String) throws {
        if let value, !(value >= 0 && value < 1e10) {
            throw StoreError(.invalidArgument, "\(what) must be a non-negative number of dollars")
        }
    }
}
