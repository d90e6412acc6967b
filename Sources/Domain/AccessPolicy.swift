import Foundation

/// Something a route does, checked against a principal's role by ``Principal/may(_:)``.
public enum Permission: String, Sendable, CaseIterable {
    /// Tickets, drafts and the event stream of the principal's tenant.
    case readTickets
    /// Approve or reject drafts.
    case reviewDrafts
    /// The status report (scoped to the tenant for non-admins).
    case readStatus
    /// Read the kill switches (global and the tenant's own).
    case readFlags
    /// Change a kill switch (tenant admins: their own tenant's only).
    case setFlags
    /// List, create and revoke API keys (tenant admins: their tenant's, never an admin key).
    case manageKeys
    /// Read the audit log (tenant admins: their tenant's rows).
    case readAudit
    /// Read and change a tenant's webhook URL and rotate its secrets.
    case manageTenant
    /// Create tenants and change what only operators change (budgets).
    case operate
}

/// Which tenants a request may see once authorization has passed.
public enum TenantScope: Sendable, Equatable {
    /// Every tenant (admins without a tenant filter).
    case all
    /// One tenant.
    case tenant(UUID)
    /// A tenant the principal may not see: answer as if nothing existed (404, or an empty list).
    case hidden

    /// The tenant to filter by, nil for all; `.hidden` never reaches a query.
    public var tenantID: UUID? {
        if case .tenant(let id) = self { return id }
        return nil
    }
}

extension Principal {
    /// Whether the role allows `permission` at all; tenant boundaries are checked separately
    /// (``scope(_:)``, ``canSee(tenant:)``), so a role check answers 403 and a tenant check 404.
    public func may(_ permission: Permission) -> Bool {
        switch permission {
        case .readTickets, .reviewDrafts, .readStatus: true
        case .readFlags, .setFlags, .manageKeys, .readAudit, .manageTenant: role >= .tenantAdmin
        case .operate: role == .admin
        }
    }

    /// The scope of a list that may name a tenant: an admin sees what it asks for (everything
    /// without a filter); anyone else sees their own tenant, and naming another one hides all.
    public func scope(_ requested: UUID?) -> TenantScope {
        guard let own = tenantID else { return requested.map(TenantScope.tenant) ?? .all }
        guard let requested else { return .tenant(own) }
        return requested == own ? .tenant(own) : .hidden
    }

    /// Whether an object of `tenant` exists for this principal (otherwise: 404, never 403).
    public func canSee(tenant: UUID) -> Bool {
        tenantID == nil || tenantID == tenant
    }

    /// Whether this principal may create or revoke a key with `role` (for its own tenant, unless admin).
    public func mayGrant(_ role: Role) -> Bool {
        switch self.role {
        case .admin: true
        case .tenantAdmin: role != .admin
        case .agent: false
        }
    }
}
