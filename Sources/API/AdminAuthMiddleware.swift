import Hummingbird

/// Requires `Authorization: Bearer $SUPPORTBOT_ADMIN_TOKEN`. Without a configured token every
/// request is refused: an unset token must never mean "open".
struct AdminAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String?

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let token, !token.isEmpty else {
            throw APIError.unauthorized("the admin API is disabled: set SUPPORTBOT_ADMIN_TOKEN on the server")
        }
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw APIError.unauthorized("send Authorization: Bearer <SUPPORTBOT_ADMIN_TOKEN>")
        }
        let given = Array(header.utf8.dropFirst("Bearer ".utf8.count))
        let expected = Array(token.utf8)
        var difference = UInt8(given.count == expected.count ? 0 : 1)
        for i in 0..<min(given.count, expected.count) { difference |= given[i] ^ expected[i] }
        guard difference == 0 else { throw APIError.unauthorized("the bearer token is not valid") }
        return try await next(request, context)
    }
}
