import Hummingbird
import Metrics
import Telemetry

/// Counts requests by route, method and status and records their latency by route and method.
/// The route is the matched pattern (`/v1/tickets/{id}`), never the raw path, so the number of
/// series stays bounded; unmatched paths share one label.
struct HTTPMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        do {
            let response = try await next(request, context)
            record(request, context, status: response.status.code, since: started)
            return response
        } catch let error as any HTTPResponseError {
            record(request, context, status: error.status.code, since: started)
            throw error
        } catch {
            record(request, context, status: 500, since: started)
            throw error
        }
    }

    private func record(_ request: Request, _ context: Context, status: Int, since started: ContinuousClock.Instant) {
        let route = context.endpointPath ?? "unmatched"
        let method = request.method.rawValue
        Counter(
            label: MetricName.httpRequests, dimensions: [("route", route), ("method", method), ("status", "\(status)")]
        ).increment()
        Timer(label: MetricName.httpDuration, dimensions: [("route", route), ("method", method)])
            .recordNanoseconds((ContinuousClock.now - started).nanoseconds)
    }
}
