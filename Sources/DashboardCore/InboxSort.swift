import Domain

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

    /// Whether `a` comes before `b`. Ties break on the draft id, in the direction of the time order
    /// (as the store's `(status, created_at DESC, id DESC)` index runs), so that pages fetched at
    /// different times agree on the order and no row is shown twice or skipped.
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
            return a.id.uuidString < b.id.uuidString
        case .customer:
            let (ka, kb) = (Self.customerKey(a.customer), Self.customerKey(b.customer))
            if ka != kb { return ka.lexicographicallyPrecedes(kb) }
            if a.createdAt != b.createdAt { return a.createdAt > b.createdAt }
        }
        return a.id.uuidString > b.id.uuidString
    }

    /// The customer sort key, compared by code point: exactly what the store's SQL orders by
    /// (`tickets.customer_key COLLATE "C"`).
    static func customerKey(_ text: String) -> [UInt32] {
        SearchFold.fold(text).unicodeScalars.map(\.value)
    }
}
