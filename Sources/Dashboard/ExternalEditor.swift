import Foundation
import ProcessSpawn

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the agent's `$VISUAL` / `$EDITOR` on a private temporary file holding the draft.
/// Blocking: call it on the UI thread with the terminal suspended.
struct ExternalEditor {
    /// The command line, as the shell will run it (it may carry flags, e.g. `code --wait`).
    let command: String
    /// The terminal's stderr when the dashboard's own stderr goes to its log file.
    var terminalErrorFD: Int32?

    /// `$VISUAL`, else `$EDITOR`; nil when neither is set (the inline editor is used instead).
    init?(environment: [String: String], terminalErrorFD: Int32? = nil) {
        let command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first {
            !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }
        guard let command else { return nil }
        self.command = command
        self.terminalErrorFD = terminalErrorFD
    }

    enum Outcome: Equatable {
        /// The text after the editor exited (unchanged when the agent saved nothing).
        case edited(String)
        /// The editor could not start or failed: fall back to the inline editor.
        case unavailable(String)
    }

    func edit(_ body: String) -> Outcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "supportbot-draft-\(UUID().uuidString.prefix(8))", isDirectory: true)
        let file = directory.appendingPathComponent("reply.txt")
        do {
            // The draft holds customer data: only this user may read it, and it is removed after.
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            defer { try? FileManager.default.removeItem(at: directory) }
            try Data((body + "\n").utf8).write(to: file)
            let status = run(["/bin/sh", "-c", "\(command) \"$1\"", "supportbot-editor", file.path])
            guard status == 0 else {
                return .unavailable(status == 127 ? "\(command) was not found" : "\(command) exited with \(status)")
            }
            var text = try String(contentsOf: file, encoding: .utf8)
            // Editors end a file with a newline; the reply did not have one.
            if text.hasSuffix("\n"), !body.hasSuffix("\n") { text.removeLast() }
            return .edited(text)
        } catch {
            return .unavailable("could not use a temporary file: \(error.localizedDescription)")
        }
    }

    /// Spawns `arguments` with the terminal's stdin/stdout/stderr and waits; the exit status.
    private func run(_ arguments: [String]) -> Int32 {
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let terminalErrorFD { posix_spawn_file_actions_adddup2(&actions, terminalErrorFD, 2) }
        // Default signals and an empty mask: the dashboard ignores SIGINT and SIGQUIT, and its UI
        // thread may block signals; the editor must see Ctrl-C, SIGWINCH and SIGHUP as usual.
        let spawned = SpawnAttributes.withCleanSignals { posix_spawn(&pid, arguments[0], &actions, $0, argv, environ) }
        guard spawned == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import.
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
