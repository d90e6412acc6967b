import Domain
import Foundation
import Hummingbird
import Logging
import Postgres
import Store

/// Builds the HTTP application: routes, middleware and their dependencies.
public enum APIServer {
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        /// Bearer token for `/v1/*` except intake; nil refuses every admin request.
        public var adminToken: String?

        public init(host: String = "127.0.0.1", port: Int = 8080, adminToken: String? = nil) {
            self.host = host
            self.port = port
            self.adminToken = adminToken
        }
    }

    /// The router alone, for tests and for embedding.
    /// - Parameters:
    ///   - flags: this process's flags in force (a `FlagWatcher`'s snapshot), for status.
    ///   - metrics: the Prometheus text for `GET /metrics`; without it the route does not exist.
    public static func router(
        pool: PostgresPool, adminToken: String?, now: @escaping @Sendable () -> Date = { Date() },
        flags: @escaping @Sendable () -> FlagSnapshot = { .failClosed },
        metrics: (@Sendable () -> [UInt8])? = nil
    ) -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self)
        router.add(middleware: HTTPMetricsMiddleware())
        router.add(middleware: ErrorMiddleware())
        HealthController(pool: pool).register(on: router)
        if let metrics { MetricsController(jobs: JobStore(pool: pool), render: metrics).register(on: router) }
        IntakeController(
            intake: IntakeStore(pool: pool), tenants: TenantCredentialCache(store: TenantStore(pool: pool)), now: now
        ).register(on: router)
        let admin = router.group("v1").add(middleware: AdminAuthMiddleware(token: adminToken))
        TicketController(tickets: TicketStore(pool: pool)).register(on: admin)
        DraftController(reviews: ReviewStore(pool: pool)).register(on: admin)
        FlagController(flags: FlagStore(pool: pool)).register(on: admin)
        StatusController(status: StatusStore(pool: pool), flags: flags).register(on: admin)
        return router
    }

    /// A runnable application; `onListening` receives the bound port (useful with port 0).
    public static func application(
        configuration: Configuration, pool: PostgresPool, logger: Logger,
        flags: @escaping @Sendable () -> FlagSnapshot = { .failClosed },
        metrics: (@Sendable () -> [UInt8])? = nil,
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(pool: pool, adminToken: configuration.adminToken, flags: flags, metrics: metrics),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "supportbot"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }
}
