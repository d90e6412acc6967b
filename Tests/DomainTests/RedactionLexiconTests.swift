import Testing

@testable import Domain

/// The redactor's word lists and tables (``RedactionLexicon``): no duplicates, and no word on two lists whose
/// meanings conflict.
@Suite("Redaction lexicon")
struct RedactionLexiconTests {
    static let lists: [(name: String, list: WordList)] = [
        ("typeAfterName", RedactionLexicon.typeAfterName), ("typeBeforeName", RedactionLexicon.typeBeforeName),
        ("typeBeforeNumber", RedactionLexicon.typeBeforeNumber), ("germanType", RedactionLexicon.germanType),
        ("germanSuffixes", RedactionLexicon.germanSuffixes),
        ("germanStreetAbbreviation", RedactionLexicon.germanStreetAbbreviation),
        ("particles", RedactionLexicon.particles), ("houseNumberMarkers", RedactionLexicon.houseNumberMarkers),
        ("houseNumberSuffixes", RedactionLexicon.houseNumberSuffixes),
        ("passportLabels", RedactionLexicon.passportLabels),
        ("identityCardLabels", RedactionLexicon.identityCardLabels),
        ("documentNumberMarkers", RedactionLexicon.documentNumberMarkers),
    ]

    /// A word without its markers: "^Via" and "via", "st." and "st" are the same word.
    static func bare(_ word: String) -> String {
        var word = Substring(word)
        if word.hasPrefix("^") { word = word.dropFirst() }
        if word.hasSuffix(".") { word = word.dropLast() }
        return String(word)
    }

    static func bareWords(_ list: WordList) -> Set<String> { Set(list.words.map(bare)) }

    @Test("every entry is a lower-case word, written once per list (whatever its markers)")
    func noDuplicates() {
        for (name, list) in Self.lists {
            #expect(!list.words.isEmpty, "\(name) is empty")
            var seen: [String: String] = [:]
            for word in list.words {
                let bare = Self.bare(word)
                #expect(!bare.isEmpty && bare == bare.lowercased(), "\(name): \(word) must be lower case")
                let oneWord = !bare.contains(where: \.isWhitespace)
                #expect(oneWord, "\(name): \(word) holds a space; entries are one word")
                #expect(!bare.contains("^"), "\(name): \(word) has ^ inside")
                if let earlier = seen[bare] {
                    #expect(Bool(false), "\(name): \(word) duplicates \(earlier)")
                }
                seen[bare] = word
            }
        }
    }

    @Test("no conflicts between lists")
    func noConflicts() {
        let streetTypes = [
            RedactionLexicon.typeAfterName, RedactionLexicon.typeBeforeName, RedactionLexicon.typeBeforeNumber,
            RedactionLexicon.germanType,
        ].map(Self.bareWords).reduce(Set(), { $0.union($1) })
        let particles = Self.bareWords(RedactionLexicon.particles)
        // A particle that is also a street type would end a street name in the middle ("Calle de la …").
        #expect(streetTypes.intersection(particles).isEmpty, "particles and street types overlap")
        #expect(particles.intersection(Self.bareWords(RedactionLexicon.houseNumberMarkers)).isEmpty)
        let passport = Self.bareWords(RedactionLexicon.passportLabels)
        let identityCard = Self.bareWords(RedactionLexicon.identityCardLabels)
        let markers = Self.bareWords(RedactionLexicon.documentNumberMarkers)
        // One label, one kind: a word on both label lists would decide the kind by detector order.
        #expect(passport.intersection(identityCard).isEmpty, "a passport label is also an identity card label")
        #expect(passport.union(identityCard).intersection(markers).isEmpty, "a label is also a marker")
        #expect(passport.union(identityCard).intersection(streetTypes).isEmpty, "a label is also a street type")
    }

    @Test("IBAN lengths: each country once, two capital letters, 15–34 characters")
    func ibanLengths() {
        var seen = Set<String>()
        for (country, length) in RedactionLexicon.ibanLengths {
            #expect(seen.insert(country).inserted, "\(country) is listed twice")
            let letters = country.utf8.count == 2 && country.allSatisfy { $0.isASCII && $0.isUppercase }
            #expect(letters, "\(country)")
            #expect((15...34).contains(length), "\(country): \(length)")
        }
        #expect(seen.count > 80)
    }
}
