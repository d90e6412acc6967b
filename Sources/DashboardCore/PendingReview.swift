/// An approve or reject sent to the app and not yet answered.
public struct PendingReview: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        case approve
        case approveEdited
        case reject
    }

    public var action: Action
    public var target: ReviewTarget
}
