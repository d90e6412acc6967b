import Foundation
import TestSupport

/// A real terminal for the dashboard: a detached tmux session on a private server socket, driven
/// with `send-keys` and read with `capture-pane`, as an agent's terminal would be.
struct TmuxSession: Sendable {
    let socket: String
    let name = "dash"

    /// Starts `command` (run by `sh -c`) in an 80×24 session; `environment` is set for it only.
    static func start(
        _ command: String, environment: [String: String], columns: Int = 80, rows: Int = 24
    ) async throws -> TmuxSession {
        let session = TmuxSession(socket: "supportbot-test-\(UUID().uuidString.prefix(8))")
        let assignments = environment.map { "\($0.key)=\(shellQuote($0.value))" }.joined(separator: " ")
        // After the command exits the pane stays, showing its exit status, so a crash can be read.
        // `swift test` may run with NO_COLOR set; only `environment` decides it for the program.
        let line = "env -u NO_COLOR \(assignments) \(command); echo \"dashboard exited with $?\"; sleep 120"
        try await session.tmux(["new-session", "-d", "-s", session.name, "-x", "\(columns)", "-y", "\(rows)", line])
        return session
    }

    /// The screen as text, one line per row; with `escapes`, with the colour and attribute
    /// sequences the program drew.
    func capture(escapes: Bool = false) async throws -> String {
        try await tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", name])
    }

    /// Sends `signal` to the program in the pane (the child of its shell).
    func signalProgram(_ signal: String) async throws {
        let shell = try await tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let pkill = try ChildProcess("/usr/bin/pkill", ["-\(signal)", "-P", shell])
        _ = await pkill.wait()
    }

    /// Types keys: tmux key names (`Enter`, `Escape`, `Down`) or literal text.
    func send(_ keys: String...) async throws {
        try await tmux(["send-keys", "-t", name] + keys)
    }

    func resize(columns: Int, rows: Int) async throws {
        try await tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Waits until the screen satisfies `condition`; the last screen either way.
    @discardableResult
    func waitFor(
        timeout: Duration = .seconds(20), _ condition: (String) -> Bool
    ) async throws -> (matched: Bool, screen: String) {
        let deadline = ContinuousClock.now + timeout
        var screen = ""
        while ContinuousClock.now < deadline {
            screen = try await capture()
            if condition(screen) { return (true, screen) }
            try await Task.sleep(for: .milliseconds(50))
        }
        return (false, screen)
    }

    func kill() async {
        _ = try? await tmux(["kill-server"])
    }

    @discardableResult
    func tmux(_ arguments: [String]) async throws -> String {
        let log = NSTemporaryDirectory() + "supportbot-tmux-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let process = try ChildProcess(
            try Self.tmuxPath(), ["-L", socket, "-f", "/dev/null"] + arguments, logPath: log)
        let status = await process.wait()
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        guard status == 0 else { throw TestSupportError("tmux \(arguments.first ?? "") failed (\(status)): \(output)") }
        return output
    }

    static func tmuxPath() throws -> String {
        for directory in ["/usr/bin", "/usr/local/bin", "/bin"]
        where FileManager.default.isExecutableFile(
            atPath: directory + "/tmux")
        {
            return directory + "/tmux"
        }
        throw TestSupportError("tmux is not installed: .ci/run installs it (apt-get install -y tmux)")
    }

    static func shellQuote(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
