/// Why the dashboard could not start or had to stop.
public enum DashboardError: Error, CustomStringConvertible, Equatable {
    /// No usable terminal (not a TTY, unknown `TERM`) or a system call failed.
    case terminal(String)

    public var description: String {
        switch self {
        case .terminal(let message): "dashboard: \(message)"
        }
    }
}
