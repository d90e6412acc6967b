/// A page the view model wants: the app runs `query` over `window` and answers with an
/// `InboxPage` carrying the same `generation`.
public struct InboxRequest: Sendable, Equatable {
    public var query: InboxQuery
    public var window: RowWindow
    /// Bumped whenever the query changes; answers for an older generation are dropped, so a slow
    /// page for the previous filter can never overwrite the current one.
    public var generation: Int

    public init(query: InboxQuery, window: RowWindow, generation: Int) {
        self.query = query
        self.window = window
        self.generation = generation
    }
}
