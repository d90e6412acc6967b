import Domain
import Testing

extension ModelRouterTests {
    /// Something that turns a full-tier preference into mini, in the order the router checks them.
    enum Downgrade: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case modelFullOff
        case fullBreakerOpen
        case budgetAtThreshold
        case budgetAboveThreshold
        case budgetExhausted

        var testDescription: String { rawValue }

        func apply(to input: RouteInput) -> RouteInput {
            var input = input
            switch self {
            case .modelFullOff: input.fullAllowed = false
            case .fullBreakerOpen: input.openBreakers = [.full]
            case .budgetAtThreshold: input.budgetPercent = 80
            case .budgetAboveThreshold: input.budgetPercent = 93.7
            case .budgetExhausted: input.budgetPercent = 100
            }
            return input
        }

        /// What the reason must say about this downgrade.
        var reason: String {
            switch self {
            case .modelFullOff: "model.full off→mini"
            case .fullBreakerOpen: "full breaker open→mini"
            case .budgetAtThreshold: "budget 80%→mini"
            case .budgetAboveThreshold: "budget 93%→mini"
            case .budgetExhausted: "budget 100%→mini"
            }
        }
    }

    /// Inputs the table sends to the full model, with the reason the router gives for them.
    static let fullInputs: [(RouteInput, String)] = [
        (RouteInput(task: .summarize, estimatedTokens: 6001), "summary 6001 tokens>6000→full"),
        (RouteInput(task: .summarize, estimatedTokens: 48_000), "summary 48000 tokens>6000→full"),
        (RouteInput(task: .draft, estimatedTokens: 300, priority: .urgent), "draft urgent→full"),
        (RouteInput(task: .draft, estimatedTokens: 300, priority: .high, sentiment: .positive), "draft high→full"),
        (RouteInput(task: .draft, estimatedTokens: 300, priority: .low, sentiment: .negative), "draft negative→full"),
        (RouteInput(task: .draft, estimatedTokens: 300, sentiment: .negative), "draft negative→full"),
    ]

    /// Inputs the table sends to the mini model, with the reason the router gives for them.
    static let miniInputs: [(RouteInput, String)] = [
        (RouteInput(task: .triage, estimatedTokens: 200), "triage→mini"),
        (RouteInput(task: .triage, estimatedTokens: 90_000, priority: .urgent, sentiment: .negative), "triage→mini"),
        (RouteInput(task: .summarize, estimatedTokens: 0), "summary→mini"),
        (RouteInput(task: .summarize, estimatedTokens: 6000), "summary→mini"),
        (RouteInput(task: .draft, estimatedTokens: 300), "draft→mini"),
        (RouteInput(task: .draft, estimatedTokens: 300, priority: .normal, sentiment: .neutral), "draft→mini"),
        (RouteInput(task: .draft, estimatedTokens: 300, priority: .low, sentiment: .positive), "draft→mini"),
        (RouteInput(task: .draft, estimatedTokens: 20_000, sentiment: .neutral), "draft→mini"),
    ]

}

@Suite("Model router")
struct ModelRouterTests {
    let router = ModelRouter()

    @Test("defaults: summaries over 6000 tokens go full, and 80% of the budget downgrades")
    func defaults() {
        #expect(router.summaryFullThreshold == 6000)
        #expect(router.downgradePercent == 80)
    }

    @Test("triage always goes to mini, whatever the ticket", arguments: TicketPriority.allCases)
    func triage(priority: TicketPriority) {
        for sentiment in TicketSentiment.allCases {
            let decision = router.route(
                RouteInput(task: .triage, estimatedTokens: 50_000, priority: priority, sentiment: sentiment))
            #expect(decision == RouteDecision(chain: [.mini], reason: "triage→mini"))
        }
    }

    @Test("summaries strictly over the threshold go full, then mini", arguments: [6001, 6002, 12_000, 1_000_000])
    func longSummary(tokens: Int) {
        let decision = router.route(RouteInput(task: .summarize, estimatedTokens: tokens))
        #expect(decision.chain == [.full, .mini])
        #expect(decision.reason == "summary \(tokens) tokens>6000→full")
    }

    @Test("summaries up to the threshold go to mini", arguments: [0, 1, 5999, 6000])
    func shortSummary(tokens: Int) {
        #expect(
            router.route(RouteInput(task: .summarize, estimatedTokens: tokens))
                == RouteDecision(chain: [.mini], reason: "summary→mini"))
    }

    @Test("the summary threshold is configurable")
    func customThreshold() {
        let router = ModelRouter(summaryFullThreshold: 100)
        #expect(router.route(RouteInput(task: .summarize, estimatedTokens: 101)).chain == [.full, .mini])
        #expect(router.route(RouteInput(task: .summarize, estimatedTokens: 100)).chain == [.mini])
        #expect(router.route(RouteInput(task: .summarize, estimatedTokens: 101)).reason.contains(">100"))
    }

    @Test(
        "drafts for urgent or high priority, or a negative customer, go full, then mini",
        arguments: [
            (TicketPriority?.some(.urgent), TicketSentiment?.none, "draft urgent→full"),
            (.urgent, .positive, "draft urgent→full"),
            (.urgent, .negative, "draft urgent→full"),
            (.high, nil, "draft high→full"),
            (.high, .neutral, "draft high→full"),
            (nil, .negative, "draft negative→full"),
            (.normal, .negative, "draft negative→full"),
            (.low, .negative, "draft negative→full"),
        ])
    func draftFull(priority: TicketPriority?, sentiment: TicketSentiment?, reason: String) {
        let decision = router.route(
            RouteInput(task: .draft, estimatedTokens: 400, priority: priority, sentiment: sentiment))
        #expect(decision == RouteDecision(chain: [.full, .mini], reason: reason))
    }

    @Test(
        "other drafts go to mini, however long",
        arguments: [
            (TicketPriority?.none, TicketSentiment?.none),
            (.normal, nil), (.low, nil), (nil, .neutral), (nil, .positive),
            (.normal, .neutral), (.normal, .positive), (.low, .positive),
        ])
    func draftMini(priority: TicketPriority?, sentiment: TicketSentiment?) {
        let decision = router.route(
            RouteInput(task: .draft, estimatedTokens: 50_000, priority: priority, sentiment: sentiment))
        #expect(decision == RouteDecision(chain: [.mini], reason: "draft→mini"))
    }

    @Test(
        "with nothing in the way, the table decides",
        arguments: ModelRouterTests.fullInputs + ModelRouterTests.miniInputs)
    func table(input: RouteInput, reason: String) {
        let decision = router.route(input)
        #expect(decision.reason == reason)
        #expect(decision.chain == (reason.hasSuffix("→full") ? [.full, .mini] : [.mini]))
    }

    @Test(
        "model.full off, full's breaker open or a spent budget turn full into mini, and the reason says why",
        arguments: ModelRouterTests.fullInputs, Downgrade.allCases)
    func downgrade(full: (RouteInput, String), downgrade: Downgrade) {
        let (input, preference) = full
        let decision = router.route(downgrade.apply(to: input))
        #expect(decision.chain == [.mini])
        #expect(decision.reason == "\(preference), \(downgrade.reason)")
    }

    @Test(
        "downgrades leave mini calls alone, reason included", arguments: ModelRouterTests.miniInputs, Downgrade.allCases
    )
    func downgradeOfMini(mini: (RouteInput, String), downgrade: Downgrade) {
        let (input, reason) = mini
        #expect(router.route(downgrade.apply(to: input)) == RouteDecision(chain: [.mini], reason: reason))
    }

    @Test("just below downgradePercent the full model stays", arguments: [0, 50, 79, 79.99, 79.999_999])
    func budgetBelowThreshold(percent: Double) {
        let decision = router.route(
            RouteInput(task: .draft, estimatedTokens: 300, priority: .urgent, budgetPercent: percent))
        #expect(decision == RouteDecision(chain: [.full, .mini], reason: "draft urgent→full"))
    }

    @Test("downgradePercent is configurable")
    func customDowngrade() {
        let router = ModelRouter(downgradePercent: 50)
        let urgent = RouteInput(task: .draft, estimatedTokens: 300, priority: .urgent)
        var input = urgent
        input.budgetPercent = 49.9
        #expect(router.route(input).chain == [.full, .mini])
        input.budgetPercent = 50
        #expect(router.route(input) == RouteDecision(chain: [.mini], reason: "draft urgent→full, budget 50%→mini"))
    }

    @Test("downgrades are checked in order: model.full, then full's breaker, then budget; only the first is named")
    func downgradeOrder() {
        let all = RouteInput(
            task: .draft, estimatedTokens: 300, priority: .urgent, budgetPercent: 95, openBreakers: [.full],
            fullAllowed: false)
        #expect(router.route(all) == RouteDecision(chain: [.mini], reason: "draft urgent→full, model.full off→mini"))

        var breakerAndBudget = all
        breakerAndBudget.fullAllowed = true
        #expect(
            router.route(breakerAndBudget)
                == RouteDecision(chain: [.mini], reason: "draft urgent→full, full breaker open→mini"))
    }

    @Test(
        "mini's breaker open leaves a mini call with no model: empty chain, reason says fallback",
        arguments: ModelRouterTests.miniInputs)
    func miniBreakerOpenForMini(mini: (RouteInput, String)) {
        var (input, reason) = mini
        input.openBreakers = [.mini]
        #expect(router.route(input) == RouteDecision(chain: [], reason: "\(reason), mini breaker open→fallback"))
    }

    @Test("mini's breaker open leaves a full call with full only", arguments: ModelRouterTests.fullInputs)
    func miniBreakerOpenForFull(full: (RouteInput, String)) {
        var (input, reason) = full
        input.openBreakers = [.mini]
        #expect(router.route(input) == RouteDecision(chain: [.full], reason: reason))
    }

    @Test(
        "a full call downgraded to mini while mini's breaker is open has no model left", arguments: Downgrade.allCases)
    func downgradeThenMiniOpen(downgrade: Downgrade) {
        var input = downgrade.apply(to: RouteInput(task: .draft, estimatedTokens: 300, sentiment: .negative))
        input.openBreakers.insert(.mini)
        let decision = router.route(input)
        #expect(decision.chain.isEmpty)
        #expect(decision.reason == "draft negative→full, \(downgrade.reason), mini breaker open→fallback")
    }

    @Test("both breakers open: no model, and the reason names both")
    func bothBreakersOpen() {
        let decision = router.route(
            RouteInput(task: .summarize, estimatedTokens: 7000, openBreakers: [.full, .mini]))
        #expect(
            decision
                == RouteDecision(
                    chain: [],
                    reason: "summary 7000 tokens>6000→full, full breaker open→mini, mini breaker open→fallback"
                ))
    }

    @Test("every reason is non-empty and names the task's rule", arguments: ModelTask.allCases)
    func reasonsNameTheRule(task: ModelTask) {
        let name =
            switch task {
            case .triage: "triage"
            case .summarize: "summary"
            case .draft: "draft"
            }
        let priorities: [TicketPriority?] = [nil] + TicketPriority.allCases
        let sentiments: [TicketSentiment?] = [nil] + TicketSentiment.allCases
        let breakerSets: [Set<ModelTier>] = [[], [.full], [.mini], [.full, .mini]]
        for tokens in [0, 6000, 6001] {
            for priority in priorities {
                for sentiment in sentiments {
                    for breakers in breakerSets {
                        for fullAllowed in [true, false] {
                            check(task, name, tokens, priority, sentiment, breakers, fullAllowed)
                        }
                    }
                }
            }
        }
    }

    private func check(
        _ task: ModelTask, _ name: String, _ tokens: Int, _ priority: TicketPriority?, _ sentiment: TicketSentiment?,
        _ breakers: Set<ModelTier>, _ fullAllowed: Bool
    ) {
        for budget in [0.0, 90] {
            let input = RouteInput(
                task: task, estimatedTokens: tokens, priority: priority, sentiment: sentiment, budgetPercent: budget,
                openBreakers: breakers, fullAllowed: fullAllowed)
            let decision = router.route(input)
            #expect(decision.reason.hasPrefix(name), "\(input)")
            #expect(decision.reason.contains("→"), "\(input)")
            #expect(decision.chain.count == Set(decision.chain).count, "\(input)")
            #expect(!decision.chain.contains { breakers.contains($0) }, "an open tier is never tried: \(input)")
            #expect(decision.chain.isEmpty == decision.reason.hasSuffix("fallback"), "\(input)")
        }
    }
}
