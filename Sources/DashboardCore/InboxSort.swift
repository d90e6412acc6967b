/// The inbox orders; `s` cycles through them.
public enum InboxSort: String, Sendable, CaseIterable {
    /// The default: most urgent first, newest first within a priority.
    case urgentFirst = "urgent first"
    case newest
    case oldest
    case customer

    /// The next order in the cycle.
    public var next: InboxSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Whether `a` comes before `b`. Ties break on the draft id so that pages fetched at different
    /// times agree on the order and no row is shown twice or skipped.
    public func areInIncreasingOrder(_ a: InboxRow, _ b: InboxRow) -> Bool {
        switch self {
        case .urgentFirst:
            let (pa, pb) = (a.priority ?? .normal, b.priority ?? .normal)
            if pa != pb { return pa > pb }
            if a.createdAt != b.createdAt { return a.createdAt > b.createdAt }
        case .newest:
            if a.createdAt != b.createdAt { return a.createdAt > b.createdAt }
        case .oldest:
            if a.createdAt != b.createdAt { return a.createdAt < b.createdAt }
        case .customer:
            let order = a.customer.lowercased().compare(b.customer.lowercased())
            if order != .orderedSame { return order == .orderedAscending }
            if a.createdAt != b.createdAt { return a.createdAt > b.createdAt }
        }
        return a.id.uuidString < b.id.uuidString
    }
}
