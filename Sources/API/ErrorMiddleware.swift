import Hummingbird
import Logging
import Postgres
import Store

/// Turns every error that escapes a route into CONTRACT.md's error shape, and logs it once.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as PostgresError where error.isUnavailable {
            context.logger.warning("database unavailable", metadata: ["error": "\(error)"])
            throw APIError.databaseUnavailable()
        } catch let error as StoreError {
            switch error.code {
            case .notFound: throw APIError.notFound(error.message)
            case .invalidArgument: throw APIError.badRequest("invalid_argument", error.message)
            }
        } catch let error as HTTPError {
            throw APIError(
                error.status, code: Self.code(for: error.status), message: error.body ?? error.status.reasonPhrase)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(error)"])
            context.logger.debug("request failed (detail)", metadata: ["error": "\(String(reflecting: error))"])
            throw APIError.internalError
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
