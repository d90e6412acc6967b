/// Drafts per review state, for the inbox header.
public struct ReviewCounts: Sendable, Equatable {
    public var pendingReview: Int
    public var approved: Int
    public var rejected: Int

    public init(pendingReview: Int = 0, approved: Int = 0, rejected: Int = 0) {
        self.pendingReview = pendingReview
        self.approved = approved
        self.rejected = rejected
    }

    /// The count for one state.
    public subscript(status: DraftStatus) -> Int {
        switch status {
        case .pendingReview: pendingReview
        case .approved: approved
        case .rejected: rejected
        }
    }
}
