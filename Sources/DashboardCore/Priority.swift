/// A ticket's triage priority. `Comparable` so that `urgent` sorts above `low`.
public enum Priority: String, Sendable, CaseIterable, Comparable {
    case low
    case normal
    case high
    case urgent

    /// The rank used for ordering; untriaged tickets rank as `normal` so they are neither buried nor
    /// pushed above genuinely urgent ones.
    var rank: Int {
        switch self {
        case .low: 0
        case .normal: 1
        case .high: 2
        case .urgent: 3
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }

    /// Parses the triage text (`urgent`, `high`, …) and the short forms the filter prompt accepts.
    public init?(text: String) {
        switch text.lowercased() {
        case "urgent", "urg", "u": self = .urgent
        case "high", "hi", "h": self = .high
        case "normal", "norm", "n", "medium": self = .normal
        case "low", "l": self = .low
        default: return nil
        }
    }
}
