/// The detectors in the order they are offered a token, sorted once by what they are offered.
struct DetectorSet: Sendable {
    let prescanning: [any Detector]
    private let digit: [any Detector]
    private let sign: [any Detector]
    private let letter: [any Detector]

    /// Whether any letter-led detector wants digits after a word's letters (``WordGate``).
    private let digitAfterLetters: Bool
    /// Every label any letter-led detector looks for.
    private let labels: WordList

    init(_ detectors: [any Detector]) {
        prescanning = detectors.filter { $0.triggers.isEmpty }
        digit = detectors.filter { $0.triggers.contains(.digit) }
        sign = detectors.filter { $0.triggers.contains(.sign) }
        letter = detectors.filter { $0.triggers.contains(.letter) }
        let gate = letter.reduce(WordGate()) { $0.union($1.wordGate) }
        digitAfterLetters = gate.digitAfterLetters
        labels = WordList(gate.labels.flatMap(\.words))
    }

    /// Whether the word at `i`, whose ASCII letters end at `lettersEnd`, passes some letter-led detector's
    /// ``WordGate``.
    @inline(__always)
    func mayStartMatch(word i: Int, lettersEnd e: Int, in b: UnsafeBufferPointer<UInt8>, limit: Int) -> Bool {
        if digitAfterLetters && e < limit {
            let c = b[e]
            if isDigit(c) || ((c == .space || c == .hyphen) && e + 1 < limit && isDigit(b[e + 1])) { return true }
        }
        return labels.mayStart(b, at: i, limit: limit)
    }

    func offered(_ start: TokenStart) -> [any Detector] {
        switch start {
        case .digit: digit
        case .sign: sign
        case .letter: letter
        }
    }
}
