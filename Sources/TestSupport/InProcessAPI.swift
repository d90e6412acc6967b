import API
import Auth
import Domain
import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Store

/// The real HTTP application on a free loopback port, in this process, with the services it needs
/// (the key cache, the event stream hub and the LISTEN connection feeding them); stopped by
/// graceful shutdown when `body` returns. Tenant webhook URLs may point at private addresses
/// unless `webhookURLAllowPrivate` is false, as in production.
public enum InProcessAPI {
    public static let adminToken = "test-admin-token"

    public static func with<T: Sendable>(
        pool: PostgresPool, adminToken: String? = InProcessAPI.adminToken, logger: Logger? = nil,
        streamHeartbeat: Duration = .seconds(15), webhookURLAllowPrivate: Bool = true,
        configure: @Sendable (inout APIServer.Configuration) -> Void = { _ in },
        _ body: @Sendable (_ baseURL: String) async throws -> T
    ) async throws -> T {
        let logger =
            logger
            ?? {
                var logger = Logger(label: "test.api")
                logger.logLevel = .warning
                return logger
            }()
        let notifications = NotificationRouter(
            conninfo: pool.configuration.conninfo,
            channels: [KeyStore.channel, StreamEventStore.channel, TenantStore.channel],
            logger: logger)
        let keys = KeyCache(pool: pool, notifications: notifications.subscribe(KeyStore.channel), logger: logger)
        let hub = EventStreamHub(
            pool: pool, notifications: notifications.subscribe(StreamEventStore.channel), logger: logger)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var configuration = APIServer.Configuration(
            host: "127.0.0.1", port: 0, adminToken: adminToken, webhookURLAllowPrivate: webhookURLAllowPrivate,
            streamHeartbeat: streamHeartbeat)
        configure(&configuration)
        let app = APIServer.application(
            configuration: configuration,
            dependencies: .init(
                pool: pool, keyring: .test, keys: keys, events: hub,
                tenantChanges: notifications.subscribe(TenantStore.channel)),
            logger: logger, onListening: { continuation.yield($0) })
        let router = RouterService(router: notifications)
        let group = ServiceGroup(
            configuration: .init(services: [router, keys, app, hub], gracefulShutdownSignals: [], logger: logger))
        return try await withThrowingTaskGroup(of: T?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CancellationError() }
            let result: Result<T, any Error>
            do {
                result = .success(try await body("http://127.0.0.1:\(port)"))
            } catch {
                result = .failure(error)
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return try result.get()
        }
    }

    /// The LISTEN connection as a service: stops when the group shuts down.
    struct RouterService: Service {
        let router: NotificationRouter

        func run() async throws {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await router.run() }
                try? await gracefulShutdown()
                router.stop()
            }
        }
    }
}

/// API keys for tests: a key of each role, made through the store as `supportbot key create` does.
public enum TestKeys {
    public static func create(_ pool: PostgresPool, _ name: String, _ role: Role, tenant: UUID?) async throws -> String
    {
        try await KeyStore(pool: pool).create(name: name, role: role, tenantID: tenant, by: .test).key
    }
}
