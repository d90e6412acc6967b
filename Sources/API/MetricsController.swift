import Domain
import Hummingbird
import Store
import Telemetry

/// `GET /metrics` (no token): Prometheus text. Queue depth gauges are refreshed from one indexed
/// query per scrape, so every process that serves this reports the shared queue.
struct MetricsController: Sendable {
    let jobs: JobStore
    /// At most one depth query a second, however often `/metrics` is scraped.
    let recent = RecentResult<Bool>(maxAge: .seconds(1))
    /// The exporter's text (the executable owns the Prometheus registry).
    let render: @Sendable () -> [UInt8]

    func register(on router: Router<APIRequestContext>) {
        router.get("/metrics") { _, context in
            _ = await recent.value {
                do {
                    JobMetrics.recordDepth(
                        try await jobs.depth().map { ($0.kind.rawValue, $0.state.rawValue, $0.count) },
                        kinds: JobKind.allCases.map(\.rawValue))
                    return true
                } catch {
                    // Still answer: the process's own series matter most when the database is down.
                    context.logger.warning("queue depth unavailable for /metrics", metadata: ["error": "\(error)"])
                    return false
                }
            }
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: render())))
        }
    }
}
