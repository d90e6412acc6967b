import Domain
import Foundation

/// Which drafts the inbox lists and in what order. The view model owns it; the app runs it
/// (in SQL, or with `apply(to:)` over rows it holds) and answers with pages.
public struct InboxQuery: Sendable, Equatable {
    /// Which review state is listed; `pending_review` is the work queue.
    public var status: DraftStatus
    /// Words that must all appear in subject, customer name or email, category or external id,
    /// ignoring ASCII case and Latin accents (`SearchFold`).
    public var text: String
    /// Exact category, case-insensitive.
    public var category: String?
    public var priority: Priority?
    public var sort: InboxSort

    public init(
        status: DraftStatus = .pendingReview, text: String = "", category: String? = nil, priority: Priority? = nil,
        sort: InboxSort = .urgentFirst
    ) {
        self.status = status
        self.text = text
        self.category = category
        self.priority = priority
        self.sort = sort
    }

    /// Parses what the agent typed at the `/` prompt: `cat:` (or `category:`) and `pri:` (or `p:`,
    /// `priority:`) tokens filter those fields, every other word is searched as text. One prompt
    /// keeps the key map short while still filtering by all three.
    public mutating func setFilter(_ input: String) {
        var words: [String] = []
        category = nil
        priority = nil
        for token in input.split(whereSeparator: \.isWhitespace).map(String.init) {
            let parts = token.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2, !parts[1].isEmpty {
                switch parts[0].lowercased() {
                case "cat", "category":
                    category = parts[1]
                    continue
                case "pri", "p", "priority":
                    if let value = Priority(text: parts[1]) {
                        priority = value
                        continue
                    }
                default: break
                }
            }
            words.append(token)
        }
        text = words.joined(separator: " ")
    }

    /// The filter as the prompt shows it, so that reopening `/` edits the current filter.
    public var filterText: String {
        var parts: [String] = []
        if let category { parts.append("cat:\(category)") }
        if let priority { parts.append("pri:\(priority.rawValue)") }
        if !text.isEmpty { parts.append(text) }
        return parts.joined(separator: " ")
    }

    /// Whether any filter (beyond the status) is set.
    public var isFiltered: Bool { !text.isEmpty || category != nil || priority != nil }

    /// Whether the row passes the filter.
    public func matches(_ row: InboxRow) -> Bool {
        guard row.status == status else { return false }
        if let priority, row.priority != priority { return false }
        if let category, row.category?.caseInsensitiveCompare(category) != .orderedSame { return false }
        guard !text.isEmpty else { return true }
        // Compared by scalars, as SQL's LIKE compares bytes: no canonical-equivalence surprises.
        let haystack = Array(
            SearchFold.fold(
                [row.subject, row.customer, row.customerEmail, row.category ?? "", row.externalID].joined(
                    separator: "\n")
            ).unicodeScalars)
        return text.split(whereSeparator: \.isWhitespace).allSatisfy { word in
            let needle = Array(SearchFold.fold(String(word)).unicodeScalars)
            guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
            return (0...(haystack.count - needle.count)).contains {
                haystack[$0..<($0 + needle.count)].elementsEqual(needle)
            }
        }
    }

    /// Filters and sorts rows the app holds in memory (and the tests' fake app): the reference
    /// semantics that a SQL implementation must match.
    public func apply(to rows: [InboxRow]) -> [InboxRow] {
        rows.filter(matches).sorted(by: sort.areInIncreasingOrder)
    }

    /// The page of `apply(to:)` that `request` asks for.
    public func page(of rows: [InboxRow], for request: InboxRequest, counts: ReviewCounts) -> InboxPage {
        let all = apply(to: rows)
        let start = min(request.window.offset, all.count)
        let end = min(request.window.offset + request.window.limit, all.count)
        return InboxPage(answering: request, total: all.count, rows: Array(all[start..<end]), counts: counts)
    }
}
