import API
import ArgumentParser
import Auth
import Delivery
import Domain
import Flags
import Foundation
import Gateway
import HTTPClient
import Hummingbird
import Jobs
import Logging
import Metrics
import Pipeline
import Postgres
import Prometheus
import ServiceLifecycle
import Store

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP API and/or the job workers. SIGTERM drains gracefully.",
        discussion: """
            --role api serves HTTP only, --role worker runs jobs only (no port is opened), --role all does both \
            in one process. Worker concurrency per lane: SUPPORTBOT_LANE_INTERACTIVE, SUPPORTBOT_LANE_BATCH, \
            SUPPORTBOT_LANE_DELIVERY; lease: SUPPORTBOT_JOB_LEASE_SECONDS; retention of finished jobs: \
            SUPPORTBOT_JOB_RETENTION_HOURS; drain deadline on SIGTERM: SUPPORTBOT_SHUTDOWN_GRACE_SECONDS.
            """
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

    @Option(
        help:
            "Postgres connections of each pool (API and workers; default $SUPPORTBOT_API_POOL_SIZE / $SUPPORTBOT_WORKER_POOL_SIZE, 8 each)"
    )
    var poolSize: Int?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    func run() async throws {
        let logger = LogSetup.bootstrap()
        let metrics = PrometheusMetricsFactory()
        MetricsSystem.bootstrap(metrics)
        let registry = metrics.registry
        let conninfo = try database.conninfo()
        let listenConninfo = try database.listenConninfo()
        let env = ProcessInfo.processInfo.environment
        let workerConfiguration: WorkerConfiguration
        do {
            workerConfiguration = try WorkerConfiguration.fromEnvironment(env)
        } catch {
            throw CLIError("\(error)")
        }
        let gatewayConfiguration: GatewayConfiguration
        let deliveryConfiguration: DeliveryConfiguration
        do {
            gatewayConfiguration = try GatewayConfiguration.fromEnvironment(env)
            deliveryConfiguration = try DeliveryConfiguration.fromEnvironment(env)
        } catch {
            throw CLIError("\(error)")
        }
        // Intake verifies with the tenants' inbound secrets and deliveries sign with their outbound
        // ones, both stored encrypted: no role runs without the key.
        let keyring = try SecretKeys.require()
        let pools: PoolConfiguration
        let intake: IntakeLimits
        do {
            pools = try PoolConfiguration.fromEnvironment(env, poolSizeFlag: poolSize)
            intake = try IntakeLimits.fromEnvironment(env)
        } catch {
            throw CLIError("\(error)")
        }
        // Made only for the roles that use them.
        let apiPool =
            role == .worker
            ? nil
            : PostgresPool(
                .init(
                    conninfo: conninfo, maxConnections: pools.apiPoolSize, statementTimeout: pools.statementTimeout))
        let workerPool =
            role == .api
            ? nil
            : PostgresPool(
                .init(
                    conninfo: conninfo, maxConnections: pools.workerPoolSize,
                    statementTimeout: pools.statementTimeout))
        // Process-wide housekeeping (flags) rides on the workers' pool when there is one.
        let pool = (workerPool ?? apiPool)!

        var channels = ["flags"]
        if role != .api { channels += ["jobs", BreakerStore.channel] }
        if role != .worker { channels += [KeyStore.channel, StreamEventStore.channel, TenantStore.channel] }
        let notifications = NotificationRouter(conninfo: listenConninfo, channels: channels, logger: logger)
        let flags = FlagWatcher(pool: pool, notifications: notifications.subscribe("flags"), logger: logger)
        // Read the flags before any worker claims a job: otherwise the first jobs after a start would
        // meet the fail-closed snapshot (AI off) although the database is fine.
        await flags.reload()
        var services: [any Service] = [NotificationService(router: notifications), flags]
        if let pool = workerPool {
            let owner = JobWorker.defaultOwner()
            let gateway = ModelGateway(
                configuration: gatewayConfiguration,
                provider: gatewayConfiguration.makeProvider(client: HTTPClient(maxConnections: 256)),
                store: GatewayStore(pool: pool), breakerStore: BreakerStore(pool: pool), owner: owner,
                flags: { flags.snapshot })
            logger.info("model gateway", metadata: ["llm.provider": "\(gatewayConfiguration.summary)"])
            services.append(
                BreakerWatcher(
                    gateway: gateway, pool: pool, notifications: notifications.subscribe(BreakerStore.channel),
                    logger: logger))
            let pipeline = PipelineStore(pool: pool)
            let limiter = EndpointLimiter(
                limit: deliveryConfiguration.endpointLimit(
                    lane: workerConfiguration.laneLimits[.delivery] ?? 0))
            let breakers = EndpointBreakers(policy: deliveryConfiguration.breakerPolicy)
            let endpoints = EndpointMonitor(
                store: DeliveryStore(pool: pool, keyring: keyring), flags: { flags.snapshot }, limiter: limiter,
                breakers: breakers, logger: logger)
            await endpoints.reload()
            services.append(endpoints)
            let handlers: [any JobHandler] = [
                NoopHandler(pool: pool, owner: owner), TriageHandler(gateway: gateway, store: pipeline),
                SummarizeHandler(gateway: gateway, store: pipeline),
                DraftHandler(gateway: gateway, store: pipeline, data: StoreDataStore(pool: pool)),
                DeliveryHandler(
                    store: DeliveryStore(pool: pool, keyring: keyring), client: HTTPClient(maxConnections: 1024),
                    configuration: deliveryConfiguration, limiter: limiter, breakers: breakers,
                    flags: { flags.snapshot },
                    onDisabled: { endpoints.markDisabled($0) }),
            ]
            services.append(
                JobWorker(
                    pool: pool, listenerConninfo: listenConninfo, configuration: workerConfiguration,
                    handlers: handlers,
                    logger: logger, owner: owner, notifications: notifications.subscribe("jobs"),
                    claimFilters: [.delivery: { endpoints.claimFilter() }]))
        }
        if let pool = apiPool {
            let adminToken = env["SUPPORTBOT_ADMIN_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
            let keys = KeyCache(pool: pool, notifications: notifications.subscribe(KeyStore.channel), logger: logger)
            await keys.reload()
            let hub = EventStreamHub(
                pool: pool, notifications: notifications.subscribe(StreamEventStore.channel), logger: logger)
            let role = role
            services.append(keys)
            services.append(
                APIServer.application(
                    configuration: .init(
                        host: host, port: port, adminToken: adminToken,
                        webhookURLAllowPrivate: env["SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE"] == "1",
                        intakeRate: intake.rate, intakeBurst: intake.burst,
                        maxTenantLookups: max(1, pools.apiPoolSize / 2)),
                    dependencies: .init(
                        pool: pool, keyring: keyring, keys: keys, events: hub,
                        tenantChanges: notifications.subscribe(TenantStore.channel), flags: { flags.snapshot },
                        metrics: { registry.emitToBuffer() }),
                    logger: logger,
                    onListening: { [host] port in
                        logger.info("listening", metadata: ["address": "\(host):\(port)", "role": "\(role.rawValue)"])
                    }))
            // After the server: services stop in reverse order, and the server waits for open streams.
            services.append(hub)
        }
        let group = ServiceGroup(
            configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        await apiPool?.close()
        await workerPool?.close()
        logger.info("stopped")
    }
}
