/// A draft's review state, as `drafts.status` holds it.
public enum DraftStatus: String, Sendable, CaseIterable {
    case pendingReview = "pending_review"
    case approved
    case rejected
    /// A newer draft for the ticket replaced it before anyone reviewed it.
    case superseded

    /// The states the inbox lists and Tab cycles through; superseded drafts are history only.
    public static let listed: [DraftStatus] = [.pendingReview, .approved, .rejected]

    /// The word used in sentences: "already approved by …".
    public var verb: String {
        switch self {
        case .pendingReview: "pending review"
        case .approved: "approved"
        case .rejected: "rejected"
        case .superseded: "superseded"
        }
    }
}
