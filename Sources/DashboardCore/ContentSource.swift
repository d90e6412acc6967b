/// What produced a triage, a summary or a draft. Agents need it to judge a draft: a `canned`
/// reply means no model answered (breaker open, budget spent, flag off), so the dashboard marks it.
public enum ContentSource: Sendable, Hashable {
    case model
    case cache
    case rules
    case canned
    /// A source this build does not know; shown as is rather than hidden.
    case other(String)

    /// Maps the store's text (`model`, `cache`, `rules`, `canned`).
    public init(text: String) {
        switch text {
        case "model": self = .model
        case "cache": self = .cache
        case "rules": self = .rules
        case "canned": self = .canned
        default: self = .other(text)
        }
    }

    /// The store's text for the source.
    public var text: String {
        switch self {
        case .model: "model"
        case .cache: "cache"
        case .rules: "rules"
        case .canned: "canned"
        case .other(let text): text
        }
    }
}
