/// Drafts per review state, for the inbox header.
public struct ReviewCounts: Sendable, Equatable {
    public var pendingReview: Int
    public var approved: Int
    public var rejected: Int
    public var superseded: Int

    public init(pendingReview: Int = 0, approved: Int = 0, rejected: Int = 0, superseded: Int = 0) {
        self.pendingReview = pendingReview
        self.approved = approved
        self.rejected = rejected
        self.superseded = superseded
    }

    /// The count for one state.
    public subscript(status: DraftStatus) -> Int {
        switch status {
        case .pendingReview: pendingReview
        case .approved: approved
        case .rejected: rejected
        case .superseded: superseded
        }
    }
}
