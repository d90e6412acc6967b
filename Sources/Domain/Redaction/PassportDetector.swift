/// Passport numbers, after a label in one of the five languages ("passport", "Reisepass", "pasaporte",
/// "passeport", "passaporto"; ``RedactionLexicon/passportLabels``), run together or in spaced groups. Only the number
/// is replaced, so the model still knows a passport was given.
struct PassportDetector: Detector {
    var triggers: DetectorTriggers { .letter }
    var matchesGlued: Bool { false }
    var wordGate: WordGate { WordGate(labels: [RedactionLexicon.passportLabels]) }

    func detect(_ candidate: Candidate, in text: TextCursor) -> Detection? {
        guard
            let number = LabelledDocumentNumber.match(
                at: candidate.start, labels: RedactionLexicon.passportLabels, in: text)
        else { return nil }
        return Detection(start: number.start, end: number.end, kind: .passport)
    }
}
