import Auth
import Domain
import Hummingbird

/// Resolves `Authorization: Bearer <key>` to a ``Principal`` for every route behind it: an API key
/// (`sbk_…`, from the ``KeyCache``) or the break-glass `SUPPORTBOT_ADMIN_TOKEN`. Missing, unknown,
/// revoked or expired: 401, before any route runs.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    let keys: KeyCache?
    /// The break-glass token; nil or empty disables it (never "open").
    let adminToken: String?

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw APIError.unauthorized("send Authorization: Bearer <API key> (supportbot key create)")
        }
        let token = String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
        var context = context
        context.principal = try await principal(for: token)
        if let principal = context.principal {
            context.logger[metadataKey: "principal"] = "\(principal.name)"
            if let tenant = principal.tenantID {
                context.logger[metadataKey: "principal.tenant"] = "\(tenant.lowercased)"
            }
        }
        return try await next(request, context)
    }

    func principal(for token: String) async throws -> Principal {
        if let adminToken, !adminToken.isEmpty,
            APIKeyToken.constantTimeEquals(Array(token.utf8), Array(adminToken.utf8))
        {
            return .breakGlass
        }
        guard let keys else { throw APIError.unauthorized("the bearer token is not valid") }
        switch await keys.authenticate(token) {
        case .authenticated(let principal): return principal
        case .expired: throw APIError.unauthorized("the API key has expired; ask for a new one")
        case .unknown: throw APIError.unauthorized("the bearer token is not a valid API key (unknown or revoked)")
        }
    }
}
