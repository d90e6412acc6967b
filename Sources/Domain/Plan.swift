/// A tenant's plan: how much of the shared machinery it gets when tenants compete, and what it
/// may spend when no budget of its own is set. One table, mirrored in docs/jobs.md.
///
/// | plan     | claim weight | share of contended RPM/TPM | default daily | default monthly |
/// |----------|--------------|----------------------------|---------------|-----------------|
/// | free     | 1            | 1 part                     | $1            | $20             |
/// | standard | 4            | 4 parts                    | $20           | $400            |
/// | premium  | 10           | 10 parts                   | $200          | $4,000          |
public enum Plan: String, Sendable, CaseIterable, Codable {
    case free
    case standard
    case premium

    /// What a tenant created without `--plan` gets.
    public static let `default` = Plan.standard

    /// Relative share of a lane's claims while several tenants have work: a tenant's jobs are
    /// claimed in order of (running + queued rank) / weight, so a premium tenant holds about ten
    /// slots for each one of a free tenant, and a quiet tenant's first job goes before a busy one's
    /// next.
    public var weight: Int {
        switch self {
        case .free: 1
        case .standard: 4
        case .premium: 10
        }
    }

    /// Daily budget when the tenant sets none (a NULL budget no longer means unlimited spend).
    public var defaultDailyBudgetUSD: Double {
        switch self {
        case .free: 1
        case .standard: 20
        case .premium: 200
        }
    }

    /// Monthly budget when the tenant sets none.
    public var defaultMonthlyBudgetUSD: Double {
        switch self {
        case .free: 20
        case .standard: 400
        case .premium: 4000
        }
    }

    /// Parses `--plan`; the error lists the plans.
    public init(parsing text: String) throws(ConfigurationError) {
        guard let plan = Plan(rawValue: text.lowercased()) else {
            throw ConfigurationError(
                "unknown plan \"\(text)\"; use one of \(Plan.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = plan
    }
}
