import Hummingbird
import Postgres

/// `/healthz` (the process answers) and `/readyz` (and can reach the database).
struct HealthController: Sendable {
    let pool: PostgresPool

    struct Status: Encodable {
        let status: String
    }

    func register(on router: Router<APIRequestContext>) {
        router.get("/healthz") { _, _ in
            try JSONBody.response(Status(status: "ok"))
        }
        router.get("/readyz") { _, context in
            do {
                try await pool.query("SELECT 1")
                return try JSONBody.response(Status(status: "ready"))
            } catch let error as PostgresError {
                context.logger.warning("readiness check failed", metadata: ["error": "\(error)"])
                throw APIError.databaseUnavailable()
            }
        }
    }
}
