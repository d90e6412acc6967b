import API
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Postgres
import ServiceLifecycle

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP API (and, with the worker runtime, the job workers). SIGTERM drains gracefully."
    )

    enum Role: String, ExpressibleByArgument, CaseIterable {
        case all, api, worker
    }

    @OptionGroup var database: DatabaseOptions

    @Option(help: "all | api | worker")
    var role: Role = .all

    @Option(help: "Address to listen on")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on")
    var port = 8080

    @Option(help: "Maximum Postgres connections of this process (default: $SUPPORTBOT_DB_POOL_SIZE or 16)")
    var poolSize: Int?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
        if role == .worker {
            throw ValidationError(
                "--role worker needs the job runtime, which this build does not include yet; use --role api")
        }
    }

    func run() async throws {
        let logger = LogSetup.bootstrap()
        let conninfo = try database.conninfo()
        let env = ProcessInfo.processInfo.environment
        let size = poolSize ?? env["SUPPORTBOT_DB_POOL_SIZE"].flatMap(Int.init) ?? 16
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: max(1, size)))
        let adminToken = env["SUPPORTBOT_ADMIN_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        if adminToken == nil {
            logger.warning("SUPPORTBOT_ADMIN_TOKEN is not set: the admin and agent API refuses every request")
        }
        let app = APIServer.application(
            configuration: .init(host: host, port: port, adminToken: adminToken), pool: pool, logger: logger,
            onListening: { port in
                logger.info("listening", metadata: ["address": "\(host):\(port)", "role": "\(role.rawValue)"])
            })
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        await pool.close()
        logger.info("stopped")
    }
}
