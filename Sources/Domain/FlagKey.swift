/// The kill switches of CONTRACT.md. Each can be set globally or per tenant; per tenant wins.
public enum FlagKey: String, Sendable, CaseIterable, Codable, Comparable {
    /// Every AI feature: off means rules-based triage and canned replies, no provider calls.
    case ai
    case triage
    case summarize
    case drafts
    /// The full model tier; off makes the router use mini only.
    case modelFull = "model.full"
    case cache
    /// Outbound deliveries; off pauses them (they stay queued, attempts are not spent).
    case webhooks

    /// Keys that `ai = off` switches off too.
    public var isAIFeature: Bool { self != .webhooks }

    /// The valid keys, for error messages.
    public static var validList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    public static func < (lhs: FlagKey, rhs: FlagKey) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
