import Foundation

/// A private Postgres cluster in a temporary folder, for tests that stop and restart the server.
///
/// `initdb` refuses to run as root, so as root every server command runs as the `postgres` user.
public final class TemporaryPostgresCluster: Sendable {
    public let directory: String
    public let port: Int
    private let binDirectory: String

    /// Connects over TCP as the `postgres` superuser (trust authentication, loopback only).
    public var conninfo: String { "host=127.0.0.1 port=\(port) user=postgres dbname=postgres connect_timeout=3" }

    private init(directory: String, port: Int, binDirectory: String) {
        self.directory = directory
        self.port = port
        self.binDirectory = binDirectory
    }

    /// Creates and starts a cluster on a free loopback port.
    public static func start() async throws -> TemporaryPostgresCluster {
        let bin = try postgresBinDirectory()
        let directory = NSTemporaryDirectory() + "sbpg-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if getuid() == 0 { try await run("/bin/chown", ["postgres:postgres", directory], asPostgres: false) }
        let cluster = TemporaryPostgresCluster(directory: directory, port: try freePort(), binDirectory: bin)
        try await run(
            bin + "/initdb",
            ["-D", directory + "/data", "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"],
            asPostgres: true)
        try await cluster.startServer()
        return cluster
    }

    /// Starts the server (again, after ``stop()``).
    public func startServer() async throws {
        try await Self.run(
            binDirectory + "/pg_ctl",
            [
                "-D", directory + "/data", "-l", directory + "/server.log", "-w", "-t", "30",
                "-o", "-p \(port) -c listen_addresses=127.0.0.1 -c unix_socket_directories='\(directory)' -c fsync=off",
                "start",
            ],
            asPostgres: true)
    }

    /// Stops the server at once, as a crash or an operator restart would.
    public func stop() async throws {
        try await Self.run(
            binDirectory + "/pg_ctl", ["-D", directory + "/data", "-m", "fast", "-w", "stop"], asPostgres: true)
    }

    /// Stops the server if running and deletes the folder.
    public func destroy() async {
        try? await stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    static func postgresBinDirectory() throws -> String {
        if let env = ProcessInfo.processInfo.environment["PG_BIN"], !env.isEmpty { return env }
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        for version in versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) {
            let bin = "\(root)/\(version)/bin"
            if FileManager.default.isExecutableFile(atPath: bin + "/initdb") { return bin }
        }
        throw TestSupportError("no Postgres server binaries found; install postgresql or set PG_BIN")
    }

    /// A loopback port free right now, for a server a test is about to start. Drawn at random
    /// below the kernel's ephemeral range (32768 and up on Linux): ports from that range are
    /// handed to outgoing connections too, and a busy suite then takes the port before the
    /// server binds it.
    public static func freePort() throws -> Int {
        for _ in 0..<200 {
            let port = Int.random(in: 20000..<32000)
            if canBind(port) { return port }
        }
        throw TestSupportError("no free loopback port found between 20000 and 32000")
    }

    static func canBind(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    /// Runs a command to its end and throws with its output when it fails.
    static func run(_ path: String, _ arguments: [String], asPostgres: Bool) async throws {
        let argv =
            asPostgres && getuid() == 0
            ? ["/usr/sbin/runuser", "-u", "postgres", "--", path] + arguments : [path] + arguments
        let child = try ChildProcess(argv[0], Array(argv.dropFirst()))
        defer { unlink(child.logPath) }
        let exitCode = await child.wait()
        guard exitCode == 0 else {
            throw TestSupportError(
                "\(path) \(arguments.joined(separator: " ")) failed (\(exitCode)): \(child.logTail())")
        }
    }
}
