/// What the router knows about one call.
public struct RouteInput: Sendable, Equatable {
    public var task: ModelTask
    /// Prompt tokens, estimated before the call (``TokenEstimate``).
    public var estimatedTokens: Int
    public var priority: TicketPriority?
    public var sentiment: TicketSentiment?
    /// The tenant's spend as a percentage of its tightest budget (day or month); 0 without budgets.
    public var budgetPercent: Double
    /// Tiers whose circuit breaker refuses calls right now.
    public var openBreakers: Set<ModelTier>
    /// The `model.full` switch for this tenant.
    public var fullAllowed: Bool

    public init(
        task: ModelTask, estimatedTokens: Int, priority: TicketPriority? = nil, sentiment: TicketSentiment? = nil,
        budgetPercent: Double = 0, openBreakers: Set<ModelTier> = [], fullAllowed: Bool = true
    ) {
        self.task = task
        self.estimatedTokens = estimatedTokens
        self.priority = priority
        self.sentiment = sentiment
        self.budgetPercent = budgetPercent
        self.openBreakers = openBreakers
        self.fullAllowed = fullAllowed
    }
}

/// The router's answer: the tiers to try in order, and why. An empty chain means "no model":
/// the caller falls back to the local rules or a canned reply.
public struct RouteDecision: Sendable, Equatable {
    public var chain: [ModelTier]
    /// Recorded on the ledger row of every call, e.g. `draft urgent→full`.
    public var reason: String

    public init(chain: [ModelTier], reason: String) {
        self.chain = chain
        self.reason = reason
    }
}

/// Picks the model tier per call: the full model where quality pays (long threads, drafts for
/// upset or urgent customers), the mini model everywhere else. Pure; docs/gateway.md has the table.
///
/// | task | condition | tier |
/// | --- | --- | --- |
/// | triage | always | mini |
/// | summarize | estimated tokens > `summaryFullThreshold` | full, then mini |
/// | summarize | otherwise | mini |
/// | draft | priority urgent/high or sentiment negative | full, then mini |
/// | draft | otherwise | mini |
///
/// Then, in this order: `model.full` off, full's breaker open or budget ≥ `downgradePercent` turn
/// full into mini; mini's breaker open removes mini. Nothing left → local rules or canned.
public struct ModelRouter: Sendable, Equatable {
    /// Summaries of threads longer than this (prompt tokens) go to the full model.
    public var summaryFullThreshold: Int
    /// At or above this share of its budget a tenant gets the mini model only.
    public var downgradePercent: Double

    public init(summaryFullThreshold: Int = 6000, downgradePercent: Double = 80) {
        self.summaryFullThreshold = summaryFullThreshold
        self.downgradePercent = downgradePercent
    }

    public func route(_ input: RouteInput) -> RouteDecision {
        var (wantsFull, reason) = preference(input)
        if wantsFull {
            if !input.fullAllowed {
                wantsFull = false
                reason += ", model.full off→mini"
            } else if input.openBreakers.contains(.full) {
                wantsFull = false
                reason += ", full breaker open→mini"
            } else if input.budgetPercent >= downgradePercent || input.budgetPercent.isNaN {
                // NaN (a budget that cannot be read as a number) takes the cheaper side.
                wantsFull = false
                reason += ", budget \(input.budgetPercent.isFinite ? String(Int(input.budgetPercent)) : "?")%→mini"
            }
        }
        var chain: [ModelTier] = wantsFull ? [.full, .mini] : [.mini]
        if input.openBreakers.contains(.mini) {
            chain.removeAll { $0 == .mini }
            if chain.isEmpty { reason += ", mini breaker open→fallback" }
        }
        return RouteDecision(chain: chain, reason: reason)
    }

    private func preference(_ input: RouteInput) -> (full: Bool, reason: String) {
        switch input.task {
        case .triage:
            return (false, "triage→mini")
        case .summarize:
            return input.estimatedTokens > summaryFullThreshold
                ? (true, "summary \(input.estimatedTokens) tokens>\(summaryFullThreshold)→full")
                : (false, "summary→mini")
        case .draft:
            if let priority = input.priority, priority == .urgent || priority == .high {
                return (true, "draft \(priority.rawValue)→full")
            }
            if input.sentiment == .negative { return (true, "draft negative→full") }
            return (false, "draft→mini")
        }
    }
}
