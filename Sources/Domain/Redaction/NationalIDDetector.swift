/// National identity and tax numbers of the five markets: Spanish DNI and NIE, Italian codice fiscale, UK National
/// Insurance number, French NIR, German Steuer-ID, and the German identity card number after its label.
///
/// The Spanish, Italian and French numbers carry a check letter or key, so they are found where they stand, even
/// glued to a label ("dni12345678Z"). The Steuer-ID's check is weaker, so it is only read where a number starts on
/// its own; the UK number has no check and must have its exact shape, in capitals; the identity card number is only
/// taken after its label.
struct NationalIDDetector: Detector {
    var triggers: DetectorTriggers { [.digit, .letter] }
    var matchesGlued: Bool { true }
    var wordGate: WordGate { WordGate(digitAfterLetters: true, labels: [RedactionLexicon.identityCardLabels]) }

    func detect(_ candidate: Candidate, in text: TextCursor) -> Detection? {
        let i = candidate.start
        let end: Int?
        if candidate.trigger == .digit {
            end =
                SpanishIdentityNumber.dni(at: i, in: text) ?? FrenchSocialSecurityNumber.match(at: i, in: text)
                ?? (candidate.glued ? nil : GermanTaxID.match(candidate.run, in: text))
        } else {
            // Letter-led numbers start a word.
            guard !candidate.glued else { return nil }
            if let number = LabelledDocumentNumber.match(
                at: i, labels: RedactionLexicon.identityCardLabels, in: text)
            {
                return Detection(start: number.start, end: number.end, kind: .nationalID)
            }
            end =
                SpanishIdentityNumber.nie(at: i, in: text) ?? ItalianFiscalCode.match(at: i, in: text)
                ?? UKNationalInsuranceNumber.match(at: i, in: text)
        }
        return end.map { Detection(start: i, end: $0, kind: .nationalID) }
    }
}
