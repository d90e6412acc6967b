/// Why the dashboard could not start or had to stop.
public enum DashboardError: Error, CustomStringConvertible, Equatable {
    /// No usable terminal (not a TTY, unknown `TERM`) or a system call failed.
    case terminal(String)
    /// Approvals or rejections still unanswered by the database when the dashboard closed.
    case unfinishedReviews(Int)

    public var description: String {
        switch self {
        case .terminal(let message): "dashboard: \(message)"
        case .unfinishedReviews(let count):
            "dashboard: \(count) review(s) had no answer from the database when it closed; "
                + "check them with GET /v1/drafts before acting again"
        }
    }
}
