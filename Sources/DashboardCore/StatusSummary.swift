/// The system facts that explain canned drafts and slow deliveries: queue depths, breakers,
/// kill switches that are off, and today's spend against the budget. Built by the app from the
/// store's `StatusReport`.
public struct StatusSummary: Sendable, Equatable {
    /// Jobs waiting in one queue (lane or job kind).
    public struct Queue: Sendable, Equatable {
        public var name: String
        public var depth: Int

        public init(name: String, depth: Int) {
            self.name = name
            self.depth = depth
        }
    }

    /// A model's circuit breaker.
    public struct Breaker: Sendable, Equatable {
        public enum State: String, Sendable {
            case closed
            case open
            case halfOpen = "half_open"
        }

        public var model: String
        public var state: State

        public init(model: String, state: State) {
            self.model = model
            self.state = state
        }
    }

    public var queues: [Queue]
    public var breakers: [Breaker]
    /// Kill switches that are off, e.g. `drafts` or `model.full` (with a tenant suffix when scoped).
    public var flagsOff: [String]
    public var spendTodayUSD: Double
    /// Nil when no daily budget is configured.
    public var dailyBudgetUSD: Double?

    public init(
        queues: [Queue] = [], breakers: [Breaker] = [], flagsOff: [String] = [], spendTodayUSD: Double = 0,
        dailyBudgetUSD: Double? = nil
    ) {
        self.queues = queues
        self.breakers = breakers
        self.flagsOff = flagsOff
        self.spendTodayUSD = spendTodayUSD
        self.dailyBudgetUSD = dailyBudgetUSD
    }
}
