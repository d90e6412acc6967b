/// The app's answer to an `InboxRequest`: the rows of its window, the query's total, and the
/// per-state counts for the header.
public struct InboxPage: Sendable, Equatable {
    public var generation: Int
    /// The window that was asked for; `rows` may be shorter at the end of the list.
    public var window: RowWindow
    /// Rows matching the query in all (not only in this page), for scrolling and the position.
    public var total: Int
    public var rows: [InboxRow]
    public var counts: ReviewCounts

    public init(generation: Int, window: RowWindow, total: Int, rows: [InboxRow], counts: ReviewCounts) {
        self.generation = generation
        self.window = window
        self.total = total
        self.rows = rows
        self.counts = counts
    }

    /// An answer to `request`.
    public init(answering request: InboxRequest, total: Int, rows: [InboxRow], counts: ReviewCounts) {
        self.init(generation: request.generation, window: request.window, total: total, rows: rows, counts: counts)
    }
}
