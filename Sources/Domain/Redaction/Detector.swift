/// Finds one kind of personal data. ``RedactionScan`` offers each detector the token starts it asks for, in a fixed
/// order, and takes the first match.
protocol Detector: Sendable {
    /// The token starts this detector can match at.
    var triggers: DetectorTriggers { get }

    /// Whether it may match at a start glued to a word or written after `#`, `$`, `+`, `&`…: "visa4111…",
    /// "card#4111…". Such starts are usually codes, prices and references, so only detectors whose matches are
    /// vouched for by a checksum (or an international `+` prefix) say yes.
    var matchesGlued: Bool { get }

    /// What the first word of a letter-led match looks like, so that the scan can pass over most words without
    /// offering them to anyone.
    var wordGate: WordGate { get }

    /// Matches found before the scan starts, for kinds recognised from a marker ("@") whose text the scan would
    /// otherwise hand to other detectors first. Sorted, not overlapping.
    func prescan(_ text: TextCursor) -> [Detection]

    /// The match at `candidate`, if any. It may start before the candidate (a street name before its house number),
    /// but not before `text.floor`; it may start after it (a card after a phone number in the same run of digits),
    /// and then the scan sets it aside and looks again at the candidate with the match as its limit.
    func detect(_ candidate: Candidate, in text: TextCursor) -> Detection?
}

extension Detector {
    var wordGate: WordGate { WordGate() }
    func prescan(_ text: TextCursor) -> [Detection] { [] }
}

/// What a letter-led detector needs of the word a match starts with: digits straight after its letters ("DE89",
/// "X1234567L", "QQ 12 34 56 C", "RSSMRA85…"), or a label word ("passport"). Most words of a ticket are neither.
struct WordGate: Sendable {
    /// The word's ASCII letters are followed by a digit, straight away or after one space or dash.
    var digitAfterLetters = false
    /// The word may be one of these.
    var labels: [WordList] = []

    /// Both gates in one: a word passes if it passes either.
    func union(_ other: WordGate) -> WordGate {
        WordGate(digitAfterLetters: digitAfterLetters || other.digitAfterLetters, labels: labels + other.labels)
    }
}

/// What a candidate starts with.
enum TokenStart {
    /// An ASCII digit (after normalisation).
    case digit
    /// `+` or `(`: an international prefix or an area code.
    case sign
    /// An ASCII letter.
    case letter
}

/// The token starts a detector is offered.
struct DetectorTriggers: OptionSet, Sendable {
    let rawValue: UInt8
    /// An ASCII digit (after normalisation).
    static let digit = DetectorTriggers(rawValue: 1)
    /// `+` or `(` before a digit: an international prefix or an area code.
    static let sign = DetectorTriggers(rawValue: 2)
    /// An ASCII letter.
    static let letter = DetectorTriggers(rawValue: 4)
}

/// A place where a match may start.
struct Candidate {
    var start: Int
    var trigger: TokenStart
    /// Glued to a word or written after a symbol such as `#` or `$` (see ``Detector/matchesGlued``).
    var glued: Bool
    /// For digit and sign starts, the digit groups read from `start`.
    var run: NumberRun
}

/// A match: a span of the normalised text and what it is.
struct Detection: Equatable {
    var start: Int
    var end: Int
    /// What replaces it; nil for text recognised as something that must stay whole and not be read again piece by
    /// piece (an IBAN with a wrong checksum, whose tail would otherwise pass for a phone number).
    var kind: Redactor.Kind?
}
