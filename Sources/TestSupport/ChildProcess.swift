import Foundation
import ProcessSpawn

/// A child process for tests, drills and benchmarks: spawned with its own environment and its
/// output in a log file; stopped with a signal (SIGTERM to drain, SIGKILL to crash it).
///
/// posix_spawn + waitpid rather than Foundation's Process: the server that `pg_ctl start` leaves
/// running inherits descriptors, and Process's pipe and exit monitoring then never finish.
public final class ChildProcess: Sendable {
    public let pid: pid_t
    /// stdout and stderr of the child.
    public let logPath: String

    /// Spawns `path` with `arguments`; `environment` is added to (and overrides) this process's.
    public init(
        _ path: String, _ arguments: [String], environment: [String: String] = [:], logPath: String? = nil
    )
        throws
    {
        let logPath = logPath ?? NSTemporaryDirectory() + "supportbot-child-\(UUID().uuidString).log"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var merged = ProcessInfo.processInfo.environment
        // Every supportbot process of a test run shares the tests' secret key (TestSecrets).
        merged["SUPPORTBOT_SECRET_KEY"] = TestSecrets.keyBase64
        for (key, value) in environment { merged[key] = value }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        // Clean signals: a child inheriting a pool thread's blocked mask would ignore SIGTERM and
        // SIGHUP (tmux could then never end its panes).
        let spawned = SpawnAttributes.withCleanSignals { posix_spawn(&pid, path, &actions, $0, argv, envp) }
        guard spawned == 0 else {
            throw TestSupportError("cannot run \(path): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        self.logPath = logPath
    }

    /// Sends `signal` (SIGTERM, SIGKILL, …).
    public func signal(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Waits for the child to exit, off the cooperative pool. Returns its exit code, or 128 + the
    /// signal that ended it.
    @discardableResult
    public func wait() async -> Int32 {
        let pid = pid
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                // WIFEXITED / WEXITSTATUS are macros: exited normally when the low 7 bits are zero.
                continuation.resume(returning: (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f))
            }
        }
    }

    /// The last `bytes` of the child's output, for failure messages.
    public func logTail(_ bytes: Int = 2000) -> String {
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return String(text.suffix(bytes))
    }

    /// The `supportbot` executable next to the running test or tool: `SUPPORTBOT_BINARY` when set,
    /// else the build directory of `swift build` (the test bundle's own directory).
    public static func supportbotBinary() throws -> String {
        if let path = ProcessInfo.processInfo.environment["SUPPORTBOT_BINARY"], !path.isEmpty { return path }
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = own.deletingLastPathComponent()
        // macOS-style bundles nest the binary; the build directory is the bundle's parent.
        if directory.path.hasSuffix(".xctest/Contents/MacOS") {
            directory = directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }
        let candidate = directory.appendingPathComponent("supportbot").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw TestSupportError(
                "no supportbot executable at \(candidate): run `swift build --build-tests` first or set SUPPORTBOT_BINARY"
            )
        }
        return candidate
    }
}
