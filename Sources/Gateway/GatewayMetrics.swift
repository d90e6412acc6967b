import Domain
import Metrics
import Telemetry

/// The gateway's series (README, "Metrics").
enum GatewayMetrics {
    /// One provider exchange: `outcome` is `ok` or a ``ProviderFailure/Kind``.
    static func exchange(model: String, outcome: String, duration: Duration) {
        Counter(label: MetricName.providerCalls, dimensions: [("model", model), ("outcome", outcome)]).increment()
        Timer(label: MetricName.providerLatency, dimensions: [("model", model)]).recordNanoseconds(duration.nanoseconds)
    }

    static func usage(model: String, tokensIn: Int, tokensOut: Int, costUSD: Double) {
        Counter(label: MetricName.providerTokens, dimensions: [("model", model), ("direction", "in")]).increment(
            by: tokensIn)
        Counter(label: MetricName.providerTokens, dimensions: [("model", model), ("direction", "out")]).increment(
            by: tokensOut)
        FloatingPointCounter(label: MetricName.providerCost, dimensions: [("model", model)]).increment(by: costUSD)
    }

    static func cacheHit(task: ModelTask) {
        Counter(label: MetricName.cacheHits, dimensions: [("task", task.rawValue)]).increment()
    }

    static func breaker(model: String, state: BreakerState) {
        Gauge(label: MetricName.breakerState, dimensions: [("model", model)]).record(state.gaugeValue)
    }

    static func fallback(task: ModelTask, reason: Fallback.Reason) {
        Counter(label: MetricName.fallbacks, dimensions: [("task", task.rawValue), ("reason", reason.rawValue)])
            .increment()
    }
}
