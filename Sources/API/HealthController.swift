import Hummingbird
import Store

/// `/healthz` (the process answers) and `/readyz` (and can reach the database). A success within
/// the last second is answered again from memory, so hammering `/readyz` costs a healthy database
/// at most one query a second (a failing one is asked again: a recovery shows at once, and a
/// database that is down refuses connections cheaply).
struct HealthController: Sendable {
    let status: StatusStore
    let recent = RecentResult<Bool>(maxAge: .seconds(1), keep: { $0 })

    struct Status: Encodable {
        let status: String
    }

    func register(on router: Router<APIRequestContext>) {
        router.get("/healthz") { _, _ in
            try JSONBody.response(Status(status: "ok"))
        }
        router.get("/readyz") { _, context in
            let ready = await recent.value {
                do {
                    try await status.ping()
                    return true
                } catch {
                    context.logger.warning("readiness check failed", metadata: ["error": "\(error)"])
                    return false
                }
            }
            guard ready else { throw APIError.databaseUnavailable() }
            return try JSONBody.response(Status(status: "ready"))
        }
    }
}
