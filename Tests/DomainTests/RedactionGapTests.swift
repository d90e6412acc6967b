import Domain
import Testing

/// The forms the first, single-file redactor let through (issue 17, item 4), one test per gap. Expectations are
/// written as text, not as ``Redactor/Kind`` cases, so that this file also compiles against that older redactor:
/// every case here failed there (63 of 63).
@Suite("Redaction gaps closed in issue 17")
struct RedactionGapTests {
    let redactor = Redactor()

    /// The sample inside a sentence, so that its boundaries are exercised with both ASCII and non-ASCII neighbours.
    func expect(_ sample: String, becomes expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = redactor.redact("Hola, \(sample) — grazie 🙂")
        #expect(result.text == "Hola, \(expected) — grazie 🙂", sourceLocation: sourceLocation)
    }

    @Test(
        "numbers glued to letters",
        arguments: [
            ("visa4111111111111111", "visa[card]"),
            ("VISA4111 1111 1111 1111", "VISA[card]"),
            ("Karte4111-1111-1111-1111", "Karte[card]"),
            ("card#4111111111111111", "card#[card]"),
            ("4111111111111111exp 12/27", "[card]exp 12/27"),
            ("mc5555555555554444.", "mc[card]."),
            ("ibanDE89370400440532013000", "iban[iban]"),
            ("IBANES9121000418450200051332", "IBAN[iban]"),
        ])
    func glued(sample: String, expected: String) { expect(sample, becomes: expected) }

    @Test(
        "numbers after #, *, $, + or _",
        arguments: [
            ("#4111111111111111", "#[card]"),
            ("#4111 1111 1111 1111", "#[card]"),
            ("*4111 1111 1111 1111*", "*[card]*"),
            ("**+49 30 1234567**", "**[phone]**"),
            ("*06 12 34 56 78*", "*[phone]*"),
            ("$4111111111111111", "$[card]"),
            ("+4111111111111111", "+[card]"),
            ("_4111111111111111_", "_[card]_"),
            ("__+34 612 345 678__", "__[phone]__"),
            ("ref_5555555555554444", "ref_[card]"),
        ])
    func afterSymbols(sample: String, expected: String) { expect(sample, becomes: expected) }

    @Test(
        "fullwidth and other decimal digits",
        arguments: [
            ("４１１１ １１１１ １１１１ １１１１", "[card]"),
            ("４１１１１１１１１１１１１１１１", "[card]"),
            ("4111 １１１１ 1111 1111", "[card]"),
            ("＋４９ ３０ １２３４５６７", "[phone]"),
            // Arabic-Indic, Extended Arabic-Indic (Persian) and Devanagari digits.
            ("٤١١١ ١١١١ ١١١١ ١١١١", "[card]"),
            ("+٣٤ ٦١٢ ٣٤٥ ٦٧٨", "[phone]"),
            ("۰۶ ۱۲ ۳۴ ۵۶ ۷۸", "[phone]"),
            ("४१११ ११११ ११११ ११११", "[card]"),
            ("ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００", "[iban]"),
            ("DE89 ３７０４ ００４４ ０５３２ ０１３０ ００", "[iban]"),
            ("Calle Mayor １２", "[address]"),
        ])
    func digitScripts(sample: String, expected: String) { expect(sample, becomes: expected) }

    @Test(
        "national identity numbers: ES DNI/NIE, IT codice fiscale, UK NINO, FR NIR, DE Steuer-ID and ID card",
        arguments: [
            // ES: DNI and NIE with their check letter.
            ("DNI 12345678Z", "DNI [national_id]"),
            ("12345678-Z", "[national_id]"),
            ("12.345.678-Z", "[national_id]"),
            ("dni12345678z", "dni[national_id]"),
            ("NIE X1234567L", "NIE [national_id]"),
            ("Y-1234567-X", "[national_id]"),
            // IT: codice fiscale, also in lower case and with omocodia (a digit replaced by a letter).
            ("RSSMRA85T10A562S", "[national_id]"),
            ("cf: rssmra85t10a562s", "cf: [national_id]"),
            ("RSSMRA85T10A56NH", "[national_id]"),
            // UK: National Insurance number.
            ("NI number QQ 12 34 56 C", "NI number [national_id]"),
            ("QQ123456C", "[national_id]"),
            ("AB 12 34 56 D", "[national_id]"),
            // FR: NIR (numéro de sécurité sociale), 13 digits and a mod-97 key, spaced or not, Corsica included.
            ("1 85 05 78 006 084 91", "[national_id]"),
            ("185057800608491", "[national_id]"),
            ("2 85 05 78 006 084 41", "[national_id]"),
            ("1 85 05 2A 006 084 35", "[national_id]"),
            // DE: Steuer-ID (11 digits, ISO 7064 check digit) and the Personalausweis number after its label.
            ("Steuer-ID 86095742719", "Steuer-ID [national_id]"),
            ("86 095 742 719", "[national_id]"),
            ("Personalausweis: T22000129", "Personalausweis: [national_id]"),
            ("Ausweisnummer L01X00T47", "Ausweisnummer [national_id]"),
        ])
    func nationalIDs(sample: String, expected: String) { expect(sample, becomes: expected) }

    @Test(
        "passports, also in spaced groups",
        arguments: [
            ("passport 12AB34567", "passport [passport]"),
            ("Passport No. 123456789", "Passport No. [passport]"),
            ("passport number: 12 AB 34567", "passport number: [passport]"),
            ("pasaporte nº PAA 123456", "pasaporte nº [passport]"),
            ("passeport n° 12AB34567", "passeport n° [passport]"),
            ("passaporto YA1234567", "passaporto [passport]"),
            ("Reisepass C01X00T47", "Reisepass [passport]"),
            ("Reisepassnummer: C01X 00T4 7", "Reisepassnummer: [passport]"),
            ("passport#533380006", "passport#[passport]"),
        ])
    func passports(sample: String, expected: String) { expect(sample, becomes: expected) }

    @Test(
        "IBANs in spaced groups however they are separated",
        arguments: [
            ("DE89-3704-0044-0532-0130-00", "[iban]"),
            ("DE89\u{A0}3704\u{A0}0044\u{A0}0532\u{A0}0130\u{A0}00", "[iban]"),
            ("GB82\u{202F}WEST\u{202F}1234\u{202F}5698\u{202F}7654\u{202F}32", "[iban]"),
            ("DE89  3704  0044  0532  0130  00", "[iban]"),
            ("DE 89 3704 0044 0532 0130 00", "[iban]"),
        ])
    func spacedIBANs(sample: String, expected: String) { expect(sample, becomes: expected) }
}
