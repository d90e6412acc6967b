import Hummingbird
import Logging
import Store

/// Turns every error that escapes a route into CONTRACT.md's error shape, and logs it once.
/// Store errors arrive classified (``StoreError/classify(_:)``): this layer never sees the driver.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The router's routes: a known path asked with another method answers 405.
    let routes: RouteTable

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            // Hummingbird's not-found responder marks the request's route as "NotFound".
            if error.status == .notFound, context.endpointPath == nil || context.endpointPath == "NotFound" {
                let allowed = routes.methods(for: request.uri.path)
                if !allowed.isEmpty {
                    var headers = HTTPFields()
                    headers[.allow] = Set(allowed.map(\.rawValue)).sorted().joined(separator: ", ")
                    throw APIError(
                        .methodNotAllowed, code: "method_not_allowed",
                        message: "\(request.method.rawValue) is not supported here; use \(headers[.allow] ?? "")",
                        headers: headers)
                }
            }
            throw APIError(
                error.status, code: Self.code(for: error.status), message: error.body ?? error.status.reasonPhrase)
        } catch {
            guard let store = StoreError.classify(error) else {
                context.logger.error("request failed", metadata: ["error": "\(error)"])
                context.logger.debug("request failed (detail)", metadata: ["error": "\(String(reflecting: error))"])
                throw APIError.internalError
            }
            throw Self.answer(store, logger: context.logger, detail: error)
        }
    }

    static func answer(_ error: StoreError, logger: Logger, detail: any Error) -> APIError {
        switch error.code {
        case .notFound: return APIError.notFound(error.message)
        case .invalidArgument: return APIError.badRequest("invalid_argument", error.message)
        case .conflict: return APIError(.conflict, code: error.reason ?? "conflict", message: error.message)
        case .unavailable:
            logger.warning("database unavailable", metadata: ["error": "\(detail)"])
            return APIError.databaseUnavailable()
        case .misconfigured:
            logger.error("server misconfigured", metadata: ["error": "\(error.message)"])
            return APIError(
                .internalServerError, code: "server_misconfigured",
                message: "the server cannot do this as configured; the operator has been told in its log")
        }
    }

    static func code(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: return "not_found"
        case .methodNotAllowed: return "method_not_allowed"
        case .contentTooLarge: return "payload_too_large"
        case .unsupportedMediaType: return "unsupported_media_type"
        case .badRequest: return "bad_request"
        case .unauthorized: return "unauthorized"
        default: return status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_")
        }
    }
}
