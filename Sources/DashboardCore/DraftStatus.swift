/// A draft's review state, as `drafts.status` holds it.
public enum DraftStatus: String, Sendable, CaseIterable {
    case pendingReview = "pending_review"
    case approved
    case rejected

    /// The word used in sentences: "already approved by …".
    public var verb: String {
        switch self {
        case .pendingReview: "pending review"
        case .approved: "approved"
        case .rejected: "rejected"
        }
    }
}
