import Domain
import Foundation

/// What a task's output must look like. Output that fails is a ``ProviderFailure/Kind/schemaViolation``:
/// counted, retried once on the full model, then replaced by the fallback.
public enum OutputContract: Sendable, Equatable {
    /// JSON matching ``TriageSchema``.
    case triage
    /// Non-empty plain text up to a length, without our prompt's canary or fence markers.
    case text(maxCharacters: Int)

    /// The schema sent as `response_format`, when the contract has one.
    public var schema: (name: String, schema: JSONValue)? {
        switch self {
        case .triage: ("triage", TriageSchema.schema)
        case .text: nil
        }
    }

    /// The output, normalized, or why it is rejected.
    public func validate(_ content: String) -> Result<String, ProviderFailure> {
        if content.contains(PromptTemplate.canary) {
            return .failure(ProviderFailure(.schemaViolation, message: "output contains the system prompt"))
        }
        switch self {
        case .triage:
            return TriageSchema.decode(content).map { _ in content.trimmingCharacters(in: .whitespacesAndNewlines) }
        case .text(let maxCharacters):
            let text = content.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { return .failure(ProviderFailure(.schemaViolation, message: "empty output")) }
            if text.count > maxCharacters {
                return .failure(
                    ProviderFailure(.schemaViolation, message: "output longer than \(maxCharacters) characters"))
            }
            if text.range(of: "<ticket>", options: .caseInsensitive) != nil {
                return .failure(ProviderFailure(.schemaViolation, message: "output echoes the prompt's fences"))
            }
            return .success(text)
        }
    }
}

/// The triage output schema (strict JSON schema for `response_format`) and its validator.
public enum TriageSchema {
    public static let needsHumanReasons = ["fraud", "legal", "threat", "vip"]

    public static let schema: JSONValue = [
        "type": "object",
        "additionalProperties": false,
        "required": ["category", "priority", "sentiment", "language", "order_id", "needs_human", "needs_human_reason"],
        "properties": [
            "category": ["type": "string", "enum": .array(TicketCategory.allCases.map { .string($0.rawValue) })],
            "priority": ["type": "string", "enum": .array(TicketPriority.allCases.map { .string($0.rawValue) })],
            "sentiment": ["type": "string", "enum": .array(TicketSentiment.allCases.map { .string($0.rawValue) })],
            "language": ["type": "string", "pattern": "^[a-z]{2}$"],
            "order_id": ["type": ["string", "null"]],
            "needs_human": ["type": "boolean"],
            "needs_human_reason": [
                "type": ["string", "null"], "enum": .array(needsHumanReasons.map { .string($0) } + [.null]),
            ],
        ],
    ]

    /// Decodes and checks a triage answer: every field present, vocabulary respected.
    public static func decode(_ content: String) -> Result<TriageResult, ProviderFailure> {
        struct Strict: Decodable {
            var category: TicketCategory
            var priority: TicketPriority
            var sentiment: TicketSentiment
            var language: String
            var order_id: String?
            var needs_human: Bool
            var needs_human_reason: String?
        }
        let strict: Strict
        do {
            strict = try JSONDecoder().decode(Strict.self, from: Data(content.utf8))
        } catch {
            return .failure(ProviderFailure(.schemaViolation, message: "triage output does not match its schema"))
        }
        let language = strict.language.lowercased()
        guard language.count == 2, language.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return .failure(ProviderFailure(.schemaViolation, message: "language is not an ISO 639-1 code"))
        }
        if let reason = strict.needs_human_reason, !needsHumanReasons.contains(reason) {
            return .failure(ProviderFailure(.schemaViolation, message: "unknown needs_human_reason"))
        }
        if strict.needs_human && strict.needs_human_reason == nil {
            return .failure(ProviderFailure(.schemaViolation, message: "needs_human without a reason"))
        }
        // The model's order id is model output, and a model obeying a planted instruction can put
        // fence markers or a paragraph there; it is printed into the draft prompt and looked up.
        // An id that is not plainly an order id is dropped (no order) rather than trimmed.
        let orderID = OrderIDPolicy.accepted(strict.order_id)
        return .success(
            TriageResult(
                category: strict.category, priority: strict.priority, sentiment: strict.sentiment, language: language,
                orderID: orderID, needsHuman: strict.needs_human,
                needsHumanReason: strict.needs_human ? strict.needs_human_reason : nil))
    }
}
