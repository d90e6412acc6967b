import Domain
import Hummingbird
import Logging

/// The request context for every route: Hummingbird's core storage, our body limit, and the
/// principal the auth middleware found (nil on routes that take no key).
public struct APIRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Who is asking; set by ``AuthMiddleware`` for every `/v1/*` route except intake.
    public var principal: Principal?

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.principal = nil
    }

    /// CONTRACT.md: ticket webhooks over 256 KiB are refused with 413.
    public var maxUploadSize: Int { APIRequestContext.maxBodyBytes }

    public static let maxBodyBytes = 256 * 1024

    /// The principal, after checking its role allows `permission` (403 otherwise). Tenant
    /// boundaries are the caller's next check, answered with 404.
    func authorize(_ permission: Permission) throws -> Principal {
        guard let principal else {
            // Only reachable when a route forgot the middleware: fail closed.
            throw APIError.unauthorized("send Authorization: Bearer <API key>")
        }
        guard principal.may(permission) else {
            throw APIError.forbidden("\(principal.role.article) \(principal.role.rawValue) key may not do this")
        }
        return principal
    }
}
