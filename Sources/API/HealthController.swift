import Hummingbird
import Store

/// `/healthz` (the process answers) and `/readyz` (and can reach the database).
struct HealthController: Sendable {
    let status: StatusStore

    struct Status: Encodable {
        let status: String
    }

    func register(on router: Router<APIRequestContext>) {
        router.get("/healthz") { _, _ in
            try JSONBody.response(Status(status: "ok"))
        }
        router.get("/readyz") { _, context in
            do {
                try await status.ping()
                return try JSONBody.response(Status(status: "ready"))
            } catch {
                context.logger.warning("readiness check failed", metadata: ["error": "\(error)"])
                throw APIError.databaseUnavailable()
            }
        }
    }
}
