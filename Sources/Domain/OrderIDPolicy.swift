import Foundation

/// Which order ids the pipeline uses. An order id is text someone else wrote: triage's `order_id`
/// comes from model output (a model obeying an injected ticket can put anything there) and the
/// ticket's own field from a helpdesk form. The id is printed into the draft prompt's `<order>`
/// block, looked up in the store and quoted in replies, so an id carrying fence markers,
/// instructions or a paragraph of text would smuggle customer text out of the `<ticket>` fence.
/// Real order ids are short and plain (`1042`, `A-20931`, `#1042` written as `1042`,
/// `SO/2026/0042`), so anything else is dropped: no order is better than such an id.
public enum OrderIDPolicy {
    /// The longest id accepted; shop order numbers are far shorter.
    public static let maximumLength = 40

    /// `raw` without surrounding whitespace (and one leading `#`, as in "#1042") when it is a
    /// plausible order id — an ASCII letter or digit, then up to 39 of letters, digits and
    /// `# . _ / -` — else nil.
    public static func accepted(_ raw: String?) -> String? {
        guard let raw else { return nil }
        var id = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if id.hasPrefix("#") { id.removeFirst() }
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= maximumLength,
            isAlphanumeric(first),
            id.unicodeScalars.allSatisfy({ isAlphanumeric($0) || "#._/-".unicodeScalars.contains($0) })
        else { return nil }
        return id
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }
}
