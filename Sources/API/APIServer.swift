import Auth
import Domain
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import Postgres
import Store

/// Builds the HTTP application: routes, middleware and their dependencies.
public enum APIServer {
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        /// The break-glass admin token; nil leaves API keys as the only credential.
        public var adminToken: String?
        /// Tenant webhook URLs may point at private addresses (local demo, tests).
        public var webhookURLAllowPrivate: Bool
        /// How often an idle event stream sends a comment.
        public var streamHeartbeat: Duration
        /// Webhooks per second per tenant on intake, and the burst (`SUPPORTBOT_INTAKE_RATE`,
        /// `SUPPORTBOT_INTAKE_BURST`); beyond: 429.
        public var intakeRate: Double
        public var intakeBurst: Double
        /// A connection that sends nothing for this long (an idle keep-alive, or a client that
        /// never finishes its headers) is closed; a response in progress (an event stream) is not.
        public var idleTimeout: Duration
        /// Connections open at once; beyond it, new ones wait in the listen backlog.
        public var maxConnections: Int
        /// Lookups of tenant ids not in the intake's cache allowed at once (see
        /// `TenantCredentialCache`); half the API pool keeps the other half for real intake.
        public var maxTenantLookups: Int

        public init(
            host: String = "127.0.0.1", port: Int = 8080, adminToken: String? = nil,
            webhookURLAllowPrivate: Bool = false, streamHeartbeat: Duration = .seconds(15), intakeRate: Double = 100,
            intakeBurst: Double = 200, idleTimeout: Duration = .seconds(30), maxConnections: Int = 1000,
            maxTenantLookups: Int = 4
        ) {
            self.host = host
            self.port = port
            self.adminToken = adminToken
            self.webhookURLAllowPrivate = webhookURLAllowPrivate
            self.streamHeartbeat = streamHeartbeat
            self.intakeRate = intakeRate
            self.intakeBurst = intakeBurst
            self.idleTimeout = idleTimeout
            self.maxConnections = maxConnections
            self.maxTenantLookups = maxTenantLookups
        }
    }

    /// What the routes need besides the pool. Long-running parts (the key cache, the stream hub)
    /// are services the caller runs.
    public struct Dependencies: Sendable {
        public var pool: PostgresPool
        /// Opens tenant secrets (intake verification, tenant creation and rotation).
        public var keyring: SecretKeyring?
        /// API keys; nil: only the break-glass token authenticates.
        public var keys: KeyCache?
        /// Live events for `GET /v1/events/stream`; nil: the route does not exist.
        public var events: EventStreamHub?
        /// The `tenants` channel (secret rotations), for the intake's credential cache.
        public var tenantChanges: AsyncStream<PostgresListener.Event>?
        /// This process's flags in force (a `FlagWatcher`'s snapshot), for status.
        public var flags: @Sendable () -> FlagSnapshot
        /// The Prometheus text for `GET /metrics`; without it the route does not exist.
        public var metrics: (@Sendable () -> [UInt8])?
        public var now: @Sendable () -> Date

        public init(
            pool: PostgresPool, keyring: SecretKeyring?, keys: KeyCache?, events: EventStreamHub?,
            tenantChanges: AsyncStream<PostgresListener.Event>? = nil,
            flags: @escaping @Sendable () -> FlagSnapshot = { .failClosed },
            metrics: (@Sendable () -> [UInt8])? = nil, now: @escaping @Sendable () -> Date = { Date() }
        ) {
            self.pool = pool
            self.keyring = keyring
            self.keys = keys
            self.events = events
            self.tenantChanges = tenantChanges
            self.flags = flags
            self.metrics = metrics
            self.now = now
        }
    }

    /// The router alone, for tests and for embedding.
    public static func router(configuration: Configuration, dependencies d: Dependencies) -> Router<APIRequestContext> {
        let pool = d.pool
        let router = Router(context: APIRequestContext.self)
        let routes = RouteTable()
        router.add(middleware: HTTPMetricsMiddleware())
        router.add(middleware: ErrorMiddleware(routes: routes))
        HealthController(status: StatusStore(pool: pool)).register(on: router)
        if let metrics = d.metrics {
            MetricsController(jobs: JobStore(pool: pool), render: metrics).register(on: router)
        }
        IntakeController(
            intake: IntakeStore(pool: pool),
            tenants: TenantCredentialCache(
                store: TenantStore(pool: pool, keyring: d.keyring),
                maxConcurrentLookups: configuration.maxTenantLookups,
                changes: d.tenantChanges),
            limiter: IntakeRateLimiter(rate: configuration.intakeRate, burst: configuration.intakeBurst), now: d.now
        ).register(on: router)
        let v1 = router.group("v1").add(middleware: AuthMiddleware(keys: d.keys, adminToken: configuration.adminToken))
        MeController().register(on: v1)
        TicketController(tickets: TicketStore(pool: pool)).register(on: v1)
        DraftController(inbox: InboxStore(pool: pool), reviews: ReviewStore(pool: pool)).register(on: v1)
        FlagController(flags: FlagStore(pool: pool)).register(on: v1)
        StatusController(status: StatusStore(pool: pool), flags: d.flags).register(on: v1)
        KeyController(keys: KeyStore(pool: pool)).register(on: v1)
        AuditController(audit: AuditStore(pool: pool)).register(on: v1)
        TenantController(
            tenants: TenantStore(pool: pool, keyring: d.keyring),
            webhookURLAllowPrivate: configuration.webhookURLAllowPrivate
        ).register(on: v1)
        if let hub = d.events {
            EventStreamController(
                hub: hub, store: StreamEventStore(pool: pool), heartbeat: configuration.streamHeartbeat, keys: d.keys
            ).register(on: v1)
        }
        routes.set(router.routes.map { ($0.method, $0.path.description) })
        return router
    }

    /// A runnable application; `onListening` receives the bound port (useful with port 0).
    public static func application(
        configuration: Configuration, dependencies: Dependencies, logger: Logger,
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(configuration: configuration, dependencies: dependencies),
            server: .http1(
                configuration: .init(
                    idleTimeout: .nanoseconds(
                        configuration.idleTimeout.components.seconds * 1_000_000_000
                            + configuration.idleTimeout.components.attoseconds / 1_000_000_000))),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "supportbot",
                availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections)),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }
}
