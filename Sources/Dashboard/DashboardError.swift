/// Why the dashboard could not start or had to stop.
public enum DashboardError: Error, CustomStringConvertible, Equatable {
    /// No usable terminal (not a TTY, unknown `TERM`) or a system call failed.
    case terminal(String)
    /// The API could not be reached, or refused the key.
    case server(String)
    /// Approvals or rejections still unanswered by the server when the dashboard closed.
    case unfinishedReviews(Int)

    public var description: String {
        switch self {
        case .terminal(let message): "dashboard: \(message)"
        case .server(let message): "dashboard: \(message)"
        case .unfinishedReviews(let count):
            "dashboard: \(count) review(s) had no answer from the server when it closed; "
                + "check them with GET /v1/drafts before acting again"
        }
    }
}
