/// What an API key may do (CONTRACT.md "Principals and API keys").
public enum Role: String, Sendable, CaseIterable, Codable, Comparable {
    /// Everything, across tenants: operators and the break-glass token.
    case admin
    /// Its own tenant: tickets, drafts, reviews, the tenant's flags, its agent and tenant_admin
    /// keys, its webhook URL and secret rotation.
    case tenantAdmin = "tenant_admin"
    /// Its own tenant: read tickets and drafts, approve and reject drafts, the event stream.
    case agent

    /// "a" or "an", for sentences about the role ("an agent key may not …").
    public var article: String { self == .agent || self == .admin ? "an" : "a" }

    /// The valid names, for error messages.
    public static var validList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Ordered by power, so `role >= .tenantAdmin` reads as "at least a tenant admin".
    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    var rank: Int {
        switch self {
        case .agent: 0
        case .tenantAdmin: 1
        case .admin: 2
        }
    }
}
