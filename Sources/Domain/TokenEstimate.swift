/// Token counts estimated before a call, so rate limits and budgets are debited up front and
/// settled with the provider's real `usage` afterwards.
///
/// About four bytes of UTF-8 per token for European languages (OpenAI's rule of thumb), plus a
/// few tokens of framing per message. Over-estimating is the safe side: a debit that is too high
/// is refunded at settlement, one that is too low would let a burst through.
public enum TokenEstimate {
    /// Tokens of `text`, rounded up.
    public static func tokens(_ text: String) -> Int {
        (text.utf8.count + 3) / 4
    }

    /// Prompt tokens of a chat request's messages.
    public static func prompt(_ messages: [String]) -> Int {
        messages.reduce(3) { $0 + 4 + tokens($1) }
    }
}
