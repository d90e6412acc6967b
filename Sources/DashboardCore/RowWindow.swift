/// A range of inbox rows by position in the query's order: what the app fetches
/// (`OFFSET offset LIMIT limit`).
public struct RowWindow: Sendable, Equatable {
    public var offset: Int
    public var limit: Int

    public init(offset: Int, limit: Int) {
        self.offset = offset
        self.limit = limit
    }

    /// The positions the window covers.
    public var range: Range<Int> { offset..<(offset + limit) }

    /// Whether every position of `other` is inside this window.
    public func contains(_ other: Range<Int>) -> Bool {
        other.isEmpty || (other.lowerBound >= offset && other.upperBound <= offset + limit)
    }
}
