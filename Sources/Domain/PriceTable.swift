/// USD per million tokens for one model.
public struct ModelPrice: Sendable, Equatable {
    public var input: Double
    public var cachedInput: Double
    public var output: Double

    public init(input: Double, cachedInput: Double, output: Double) {
        self.input = input
        self.cachedInput = cachedInput
        self.output = output
    }
}

/// The bundled, versioned price table: costs are computed offline, never fetched. When a
/// provider changes prices, a new table with a new `version` ships; ledger rows record the version
/// that priced them.
public struct PriceTable: Sendable, Equatable {
    public var version: String
    /// Keyed by model name; dated snapshots (`gpt-4o-mini-2024-07-18`) match their longest prefix.
    public var prices: [String: ModelPrice]
    /// Used for models the table does not know: deliberately the most expensive entry, so an
    /// unknown model makes budgets stricter, never looser.
    public var unknown: ModelPrice

    public init(version: String, prices: [String: ModelPrice], unknown: ModelPrice) {
        self.version = version
        self.prices = prices
        self.unknown = unknown
    }

    /// OpenAI's list prices (standard tier) as of November 2026; `local` is free.
    public static let bundled = PriceTable(
        version: "2026-11-01",
        prices: [
            "gpt-4o-mini": ModelPrice(input: 0.15, cachedInput: 0.075, output: 0.60),
            "gpt-4o": ModelPrice(input: 2.50, cachedInput: 1.25, output: 10.00),
            "gpt-4.1-nano": ModelPrice(input: 0.10, cachedInput: 0.025, output: 0.40),
            "gpt-4.1-mini": ModelPrice(input: 0.40, cachedInput: 0.10, output: 1.60),
            "gpt-4.1": ModelPrice(input: 2.00, cachedInput: 0.50, output: 8.00),
            "local": ModelPrice(input: 0, cachedInput: 0, output: 0),
        ],
        unknown: ModelPrice(input: 2.50, cachedInput: 1.25, output: 10.00))

    /// The price of `model`: an exact entry, else the longest entry the name starts with, else ``unknown``.
    public func price(for model: String) -> ModelPrice {
        if let exact = prices[model] { return exact }
        let prefix = prices.keys.filter { model.hasPrefix($0 + "-") }.max { $0.count < $1.count }
        return prefix.flatMap { prices[$0] } ?? unknown
    }

    /// The cost in USD of a call; `cachedInput` tokens are part of `input` and billed at the cached rate.
    public func cost(model: String, input: Int, cachedInput: Int = 0, output: Int) -> Double {
        let price = price(for: model)
        let cached = min(max(cachedInput, 0), input)
        return
            (Double(input - cached) * price.input + Double(cached) * price.cachedInput
            + Double(output) * price.output) / 1_000_000
    }
}
