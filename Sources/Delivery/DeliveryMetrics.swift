import Metrics
import Telemetry

/// The delivery series (README, "Metrics").
enum DeliveryMetrics {
    /// `outcome`: delivered, failed, refused (by the address policy; will retry), gone, dead or paused.
    static func outcome(_ outcome: String) {
        Counter(label: MetricName.deliveries, dimensions: [("outcome", outcome)]).increment()
    }

    static func latency(_ duration: Duration) {
        Timer(label: MetricName.deliveryLatency).recordNanoseconds(duration.nanoseconds)
    }

    /// `reason`: gone (410) or failing (past the grace period).
    static func endpointDisabled(reason: String) {
        Counter(label: MetricName.endpointsDisabled, dimensions: [("reason", reason)]).increment()
    }
}
