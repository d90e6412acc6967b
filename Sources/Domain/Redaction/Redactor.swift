/// Replaces personal data in text that is about to leave for a model provider.
///
/// Finds e-mail addresses, phone numbers, payment card numbers, IBANs, street addresses (English, Spanish, German,
/// French and Italian conventions), national identity and tax numbers and passport numbers, and replaces each with a
/// placeholder naming its kind (`[email]`, `[phone]`, `[card]`, `[iban]`, `[address]`, `[national_id]`,
/// `[passport]`), so the model can still reason about what the customer gave.
///
/// It is deliberately stingy with bare numbers: order numbers, prices, dates, tracking numbers and sizes are what
/// triage runs on, so card numbers must pass Luhn, IBANs mod-97, national ids their check letter, digits or key, and
/// phone numbers must have a recognised shape; passport numbers are taken only after a label. Numbers are read in
/// any script's digits and in fullwidth forms, and replaced as written. Redacting already-redacted text changes
/// nothing. The detectors, one per kind, are in this folder; ``RedactionScan`` runs them.
public struct Redactor: Sendable {
    /// A kind of personal data.
    public enum Kind: String, Sendable, CaseIterable {
        case email, phone, card, iban, address
        /// A national identity or tax number: ES DNI/NIE, IT codice fiscale, UK National Insurance number, FR NIR,
        /// DE Steuer-ID or identity card number.
        case nationalID = "national_id"
        case passport

        /// What replaces a match in the text: the kind in brackets, e.g. `[phone]`.
        public var placeholder: String { "[\(rawValue)]" }
    }

    /// The redacted text and how many matches of each kind were replaced.
    public struct Result: Sendable, Equatable {
        /// The input with every match replaced by its ``Kind/placeholder``; everything else is byte-for-byte intact.
        public var text: String
        /// Matches per kind. Kinds that were not found are absent rather than zero.
        public var counts: [Kind: Int]

        /// A result as ``Redactor/redact(_:)`` returns it, e.g. to compare with one in a test.
        public init(text: String, counts: [Kind: Int]) {
            self.text = text
            self.counts = counts
        }
    }

    /// The detectors in the order they are offered a token: checksummed kinds before shapes, so that a number that
    /// passes a checksum is never taken for a phone number, and addresses before phones, so that a house number
    /// ("12-14 High Road") is read with its street rather than as digit groups.
    static let detectors = DetectorSet([
        EmailDetector(), IBANDetector(), NationalIDDetector(), PassportDetector(), CardDetector(), AddressDetector(),
        PhoneDetector(),
    ])

    /// A redactor. It holds no state (its detectors and word lists are built once per process), so making one per
    /// call, as `PromptTemplate.render` does, costs nothing.
    public init() {}

    /// Returns `text` with personal data replaced by placeholders.
    ///
    /// Redacting the result again changes nothing: what a detector sees depends on its neighbours
    /// ("AN 49 3704" is not an id while more digits follow it, but may be one once they became a
    /// placeholder), so the text is scanned again until a pass finds nothing (a second pass costs
    /// a digit scan when the first found nothing; fuzzing found the cases, Tests/Fuzz).
    public func redact(_ text: String) -> Result {
        var result = onePass(text)
        var passes = 1
        while !result.counts.isEmpty, passes < 4 {
            let again = onePass(result.text)
            guard !again.counts.isEmpty else { break }
            result = Result(text: again.text, counts: result.counts.merging(again.counts, uniquingKeysWith: +))
            passes += 1
        }
        return result
    }

    private func onePass(_ text: String) -> Result {
        var text = text
        // withUTF8 only copies when the string is not already native UTF-8 (e.g. bridged); it is mutating for that.
        let redacted: Result? = text.withUTF8 { input in
            let normalized = RedactionText(input)
            let spans = normalized.withBytes(orInput: input) { bytes in
                var scan = RedactionScan(bytes, detectors: Self.detectors)
                scan.scan()
                return scan.spans
            }
            guard !spans.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(input.count)
            var counts: [Kind: Int] = [:]
            var position = 0
            for span in spans {
                guard let kind = span.kind else { continue }
                let start = normalized.inputOffset(span.start)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: input[position..<start]))
                out.append(contentsOf: kind.placeholder.utf8)
                counts[kind, default: 0] += 1
                position = normalized.inputOffset(span.end)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: input[position...]))
            return Result(text: String(decoding: out, as: UTF8.self), counts: counts)
        }
        return redacted ?? Result(text: text, counts: [:])
    }

    /// A piece of personal data found in a text, as written there.
    public struct Match: Sendable, Equatable {
        public var kind: Kind
        public var text: String

        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// What ``redact(_:)`` would replace, in order, as written in `text`. The draft check
    /// (`DraftClaims` in Pipeline) uses it to find phone numbers in a model's reply with the same
    /// tuned shapes that keep prices, dates and order numbers out of redaction.
    public func matches(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { input in
            let normalized = RedactionText(input)
            let spans = normalized.withBytes(orInput: input) { bytes in
                var scan = RedactionScan(bytes, detectors: Self.detectors)
                scan.scan()
                return scan.spans
            }
            return spans.compactMap { span in
                guard let kind = span.kind else { return nil }
                let range = normalized.inputOffset(span.start)..<normalized.inputOffset(span.end)
                return Match(
                    kind: kind, text: String(decoding: UnsafeBufferPointer(rebasing: input[range]), as: UTF8.self))
            }
        }
    }
}
