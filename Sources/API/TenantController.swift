import Domain
import Foundation
import Hummingbird
import Store

/// `/v1/tenants`: admins create and list tenants; a tenant admin reads its own tenant, changes its
/// webhook URL and rotates its secrets (shown once). Budgets are the operators' to set.
struct TenantController: Sendable {
    let tenants: TenantStore
    let webhookURLAllowPrivate: Bool

    func register(on group: RouterGroup<APIRequestContext>) {
        group.get("tenants") { _, context in try await self.list(context: context) }
        group.post("tenants") { request, context in try await self.create(request, context: context) }
        group.get("tenants/:tenant_id") { _, context in try await self.get(context: context) }
        group.patch("tenants/:tenant_id") { request, context in try await self.update(request, context: context) }
        group.post("tenants/:tenant_id/rotate-secret") { request, context in
            try await self.rotate(request, context: context)
        }
    }

    struct TenantView: Encodable, Sendable {
        let id: String
        let name: String
        @Nullable var webhook_url: String?
        let webhook_enabled: Bool
        let webhook_disabled_reason: String
        let plan: String
        /// The tenant's own budgets; null means the plan's default applies (shown beside).
        @Nullable var daily_budget_usd: Double?
        @Nullable var monthly_budget_usd: Double?
        let effective_daily_budget_usd: Double
        let effective_monthly_budget_usd: Double
        let created_at: Date

        init(_ t: Tenant) {
            id = t.id.lowercased
            name = t.name
            webhook_url = t.webhookURL
            webhook_enabled = t.webhookEnabled
            webhook_disabled_reason = t.webhookDisabledReason
            plan = t.plan.rawValue
            effective_daily_budget_usd = t.dailyBudgetUSD ?? t.plan.defaultDailyBudgetUSD
            effective_monthly_budget_usd = t.monthlyBudgetUSD ?? t.plan.defaultMonthlyBudgetUSD
            daily_budget_usd = t.dailyBudgetUSD
            monthly_budget_usd = t.monthlyBudgetUSD
            created_at = t.createdAt
        }
    }

    struct Listing: Encodable, Sendable {
        let tenants: [TenantView]
    }

    func list(context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.manageTenant)
        return try JSONBody.response(
            Listing(tenants: try await tenants.list(scope: principal.scope(nil)).map(TenantView.init)))
    }

    /// The tenant named in the path, if this principal may see it.
    func target(_ context: APIRequestContext, _ principal: Principal) throws -> UUID {
        guard let id = context.parameters.get("tenant_id").flatMap(UUID.init(uuidString:)),
            principal.canSee(tenant: id)
        else { throw APIError.notFound("no tenant with this id") }
        return id
    }

    func get(context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.manageTenant)
        return try JSONBody.response(TenantView(try await tenants.get(try target(context, principal))))
    }

    struct Create: Decodable {
        let name: String?
        let webhook_url: String?
        let plan: String?
        let daily_budget_usd: Double?
        let monthly_budget_usd: Double?
    }

    struct Created: Encodable, Sendable {
        let id: String
        let inbound_secret: String
        let outbound_secret: String
    }

    func create(_ request: Request, context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.operate)
        let input: Create = try await Self.decode(request, example: #"{"name": "Acme", "webhook_url": "https://…"}"#)
        guard let name = input.name else { throw APIError.badRequest("missing_field", "name is required") }
        if let url = input.webhook_url { try checkURL(url) }
        let plan = try Self.plan(input.plan) ?? .default
        let created = try await tenants.create(
            name: name, webhookURL: input.webhook_url, plan: plan, dailyBudgetUSD: input.daily_budget_usd,
            monthlyBudgetUSD: input.monthly_budget_usd, by: principal)
        return try JSONBody.response(
            Created(
                id: created.id.lowercased, inbound_secret: created.inboundSecret,
                outbound_secret: created.outboundSecret),
            status: .created)
    }

    struct Update: Decodable {
        let webhook_url: String?
        let enable_webhooks: Bool?
        let plan: String?
        let daily_budget_usd: Double?
        let monthly_budget_usd: Double?
    }

    func update(_ request: Request, context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.manageTenant)
        let id = try target(context, principal)
        let input: Update = try await Self.decode(request, example: #"{"webhook_url": "https://…"}"#)
        if input.daily_budget_usd != nil || input.monthly_budget_usd != nil || input.plan != nil,
            !principal.may(.operate)
        {
            throw APIError.forbidden("plans and budgets are set by operators (an admin key)")
        }
        let plan = try Self.plan(input.plan)
        if let url = input.webhook_url { try checkURL(url) }
        guard
            input.webhook_url != nil || input.enable_webhooks == true || input.daily_budget_usd != nil
                || input.monthly_budget_usd != nil || plan != nil
        else {
            // Nothing to change is not an error: the answer is the tenant as it is.
            return try JSONBody.response(TenantView(try await tenants.get(id)))
        }
        let tenant = try await tenants.update(
            id, webhookURL: input.webhook_url, plan: plan, dailyBudgetUSD: input.daily_budget_usd,
            monthlyBudgetUSD: input.monthly_budget_usd, enableWebhooks: input.enable_webhooks ?? false, by: principal)
        return try JSONBody.response(TenantView(tenant))
    }

    static func plan(_ text: String?) throws -> Plan? {
        guard let text else { return nil }
        do { return try Plan(parsing: text) } catch { throw APIError.badRequest("invalid_plan", error.description) }
    }

    struct Rotate: Decodable {
        let kind: String?
        let overlap_hours: Double?
    }

    struct Rotated: Encodable, Sendable {
        let id: String
        let kind: String
        let secret: String
        let previous_valid_until: Date
    }

    func rotate(_ request: Request, context: APIRequestContext) async throws -> Response {
        let principal = try context.authorize(.manageTenant)
        let id = try target(context, principal)
        let input: Rotate = try await Self.decode(request, example: #"{"kind": "inbound", "overlap_hours": 24}"#)
        guard let kindText = input.kind else {
            throw APIError.badRequest("missing_field", "kind is required: inbound or outbound")
        }
        guard let kind = TenantSecretKind(rawValue: kindText) else {
            throw APIError.badRequest("invalid_field", "kind must be inbound or outbound")
        }
        let hours = input.overlap_hours ?? 24
        guard (0...720).contains(hours) else {
            throw APIError.badRequest("invalid_field", "overlap_hours must be 0 to 720")
        }
        let secret = try await tenants.rotateSecret(
            id, kind: kind, overlap: .seconds(Int64(hours * 3600)), by: principal)
        context.logger.info(
            "tenant secret rotated", metadata: ["tenant.id": "\(id.lowercased)", "kind": "\(kind.rawValue)"])
        return try JSONBody.response(
            Rotated(
                id: id.lowercased, kind: kind.rawValue, secret: secret.encoded,
                previous_valid_until: Date().addingTimeInterval(hours * 3600)))
    }

    func checkURL(_ url: String) throws {
        do {
            _ = try WebhookURLPolicy.validate(url, allowPrivate: webhookURLAllowPrivate)
        } catch {
            throw APIError.badRequest("invalid_field", error.description)
        }
    }

    static func decode<T: Decodable>(_ request: Request, example: String) async throws -> T {
        let body = try await IntakeController.collect(request.body, limit: 16 * 1024)
        do {
            return try JSONDecoder().decode(T.self, from: Data(body))
        } catch {
            throw APIError.badRequest("invalid_json", "the body must be JSON like \(example)")
        }
    }
}
