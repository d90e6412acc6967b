import Metrics
import Synchronization

/// Every metric series supportbot exports at `GET /metrics`, in one place (README lists them).
/// Names follow Prometheus conventions: `_total` counters, `_seconds` histograms, base units.
/// Label sets are fixed per name: a family must always carry the same label names.
public enum MetricName {
    // HTTP (API)
    public static let httpRequests = "supportbot_http_requests_total"  // route, method, status
    public static let httpDuration = "supportbot_http_request_duration_seconds"  // route, method

    // Jobs (workers)
    public static let jobsStarted = "supportbot_jobs_started_total"  // kind
    public static let jobsSucceeded = "supportbot_jobs_succeeded_total"  // kind
    public static let jobsFailed = "supportbot_jobs_failed_total"  // kind (will retry)
    public static let jobsDead = "supportbot_jobs_dead_total"  // kind
    public static let jobsDiscarded = "supportbot_jobs_discarded_total"  // kind
    public static let jobDuration = "supportbot_job_duration_seconds"  // kind
    public static let queueDepth = "supportbot_queue_depth"  // kind, state (set at scrape)

    // Flags
    public static let flagEnabled = "supportbot_flag_enabled"  // key (1 on, 0 off; global, ai counted in)
    public static let flagsLoaded = "supportbot_flags_loaded"  // 1 once this process has read the flags

    // Model gateway
    public static let providerCalls = "supportbot_llm_calls_total"  // model, outcome
    public static let providerLatency = "supportbot_llm_call_duration_seconds"  // model
    public static let providerTokens = "supportbot_llm_tokens_total"  // model, direction (in|out)
    public static let providerCost = "supportbot_llm_cost_usd_total"  // model
    public static let cacheHits = "supportbot_llm_cache_hits_total"  // task
    public static let breakerState = "supportbot_breaker_state"  // model (0 closed, 1 half-open, 2 open)
    public static let fallbacks = "supportbot_llm_fallbacks_total"  // task, reason (answers not from a model)

    // Outbound webhooks
    // outcome (delivered, failed, refused, gone, dead, paused, breaker_open)
    public static let deliveries = "supportbot_deliveries_total"
    public static let deliveryLatency = "supportbot_delivery_duration_seconds"  // one attempt's POST
    public static let endpointsDisabled = "supportbot_webhook_endpoints_disabled_total"  // reason (gone, failing)
    public static let endpointBreakersOpened = "supportbot_webhook_endpoint_breaker_opened_total"  // attempts time out
}

extension Duration {
    /// Whole nanoseconds, saturating.
    public var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : product + attoseconds / 1_000_000_000
    }
}

/// The job series, recorded by the worker.
public enum JobMetrics {
    /// One kind's series, made once: creating a metric goes through the registry (name checks,
    /// lookups under its lock), which three times per job was measurable at thousands of jobs a
    /// second. Made on first use, which in `serve` is after the metrics system is bootstrapped.
    private struct KindSeries: Sendable {
        let started, succeeded, failed, dead, discarded: Counter
        let duration: Timer

        init(_ kind: String) {
            let dimensions = [("kind", kind)]
            started = Counter(label: MetricName.jobsStarted, dimensions: dimensions)
            succeeded = Counter(label: MetricName.jobsSucceeded, dimensions: dimensions)
            failed = Counter(label: MetricName.jobsFailed, dimensions: dimensions)
            dead = Counter(label: MetricName.jobsDead, dimensions: dimensions)
            discarded = Counter(label: MetricName.jobsDiscarded, dimensions: dimensions)
            duration = Timer(label: MetricName.jobDuration, dimensions: dimensions)
        }
    }

    private static let series = Mutex<[String: KindSeries]>([:])

    private static func series(_ kind: String) -> KindSeries {
        series.withLock { cache in
            if let known = cache[kind] { return known }
            let made = KindSeries(kind)
            cache[kind] = made
            return made
        }
    }

    public static func started(_ kind: String) {
        series(kind).started.increment()
    }

    /// The outcome of one run and how long the handler took.
    public static func finished(_ kind: String, outcome: Outcome, duration: Duration) {
        let series = series(kind)
        switch outcome {
        case .succeeded: series.succeeded.increment()
        case .failed: series.failed.increment()
        case .dead: series.dead.increment()
        case .discarded: series.discarded.increment()
        case .snoozed: break
        }
        series.duration.recordNanoseconds(duration.nanoseconds)
    }

    public enum Outcome: Sendable {
        case succeeded, failed, dead, discarded, snoozed
    }

    /// Sets the depth gauges; kinds and states missing from `depth` read 0. The states are
    /// `JobState`'s (Telemetry sits below Domain, so they are spelled here).
    public static func recordDepth(_ depth: [(kind: String, state: String, count: Int)], kinds: [String]) {
        let states = ["available", "running", "completed", "dead", "discarded"]
        for kind in Set(kinds + depth.map(\.kind)) {
            for state in states {
                let count = depth.first { $0.kind == kind && $0.state == state }?.count ?? 0
                Gauge(label: MetricName.queueDepth, dimensions: [("kind", kind), ("state", state)]).record(count)
            }
        }
    }
}
