import Postgres
import ServiceLifecycle

/// Runs the process's one LISTEN connection (shared by the job worker and the flag watcher) until
/// graceful shutdown. First in the service group, so it stops last.
struct NotificationService: Service {
    let router: NotificationRouter

    func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await router.run() }
            try? await gracefulShutdown()
            router.stop()
        }
    }
}
