import Metrics
import Telemetry

/// The delivery series (README, "Metrics").
enum DeliveryMetrics {
    /// `outcome`: delivered, failed, refused (by the address policy; will retry), gone, dead,
    /// paused or breaker_open (the endpoint's attempts time out; snoozed, no attempt spent).
    static func outcome(_ outcome: String) {
        Counter(label: MetricName.deliveries, dimensions: [("outcome", outcome)]).increment()
    }

    static func latency(_ duration: Duration) {
        Timer(label: MetricName.deliveryLatency).recordNanoseconds(duration.nanoseconds)
    }

    /// An endpoint's breaker opened in this process.
    static func breakerOpened() {
        Counter(label: MetricName.endpointBreakersOpened).increment()
    }

    /// `reason`: gone (410) or failing (past the grace period).
    static func endpointDisabled(reason: String) {
        Counter(label: MetricName.endpointsDisabled, dimensions: [("reason", reason)]).increment()
    }
}
