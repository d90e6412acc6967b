import Domain
import Testing

/// The claim word lists are data; these tests keep them consistent: every language names every
/// status, no form or phrase is listed twice, none means two things, and all are folded.
@Suite("Claim lexicon")
struct ClaimLexiconTests {
    static let languages = ["en", "de", "es", "fr", "it"]

    @Test func everyLanguageSaysEveryStatus() {
        #expect(Set(ClaimLexicon.statusWordings.keys) == Set(Self.languages))
        for (language, wordings) in ClaimLexicon.statusWordings {
            #expect(Set(wordings.keys) == Set(ClaimLexicon.statuses), "\(language)")
            for (status, wording) in wordings {
                #expect(!wording.say.isEmpty && !wording.recognize.isEmpty, "\(language) \(status)")
            }
        }
        #expect(Set(ClaimLexicon.impliedStatuses.keys) == Set(ClaimLexicon.statuses))
        for (status, implied) in ClaimLexicon.impliedStatuses {
            #expect(implied.first == status, "a status implies itself first: \(status)")
            #expect(implied.allSatisfy(ClaimLexicon.statuses.contains), "\(status)")
        }
        let named = Set(ClaimLexicon.refundStatuses + ClaimLexicon.cancellationStatuses)
        #expect(named.isSubset(of: Set(ClaimLexicon.statuses)))
    }

    /// DraftClaims reads every language's forms in every draft, so a form must mean one status
    /// across all languages, not only within its own.
    @Test func noStatusFormMeansTwoStatuses() {
        var owner: [String: String] = [:]
        for language in Self.languages {
            for (status, wording) in ClaimLexicon.statusWordings[language] ?? [:] {
                for form in wording.recognize {
                    if let other = owner[form] {
                        #expect(other == status, "\(form) is both \(other) and \(status)")
                    }
                    owner[form] = status
                }
                #expect(Set(wording.recognize).count == wording.recognize.count, "\(language) \(status) repeats a form")
            }
        }
    }

    @Test func claimPhrasesAreUniqueAndMeanOneThing() {
        for (name, table) in [("refund", ClaimLexicon.refundClaims), ("cancellation", ClaimLexicon.cancellationClaims)]
        {
            #expect(Set(table.keys) == Set(Self.languages), "\(name)")
            let all = table.values.flatMap { $0 }
            let duplicates = Dictionary(grouping: all, by: { $0 }).filter { $1.count > 1 }.keys
            #expect(duplicates.isEmpty, "\(name) lists twice: \(duplicates.sorted())")
        }
        let refunds = Set(ClaimLexicon.refundClaims.values.flatMap { $0 })
        let cancellations = Set(ClaimLexicon.cancellationClaims.values.flatMap { $0 })
        #expect(refunds.isDisjoint(with: cancellations), "\(refunds.intersection(cancellations).sorted())")
    }

    /// Forms and phrases are matched against folded words: an accent, a capital, punctuation or
    /// a doubled space would make an entry that never matches.
    /// A qualifier that is also a claim's word would cancel the claim it is part of.
    @Test func qualifiersAreNoClaimWords() {
        let qualifiers = Set(ClaimLexicon.qualifiers.values.flatMap { $0 })
        #expect(Set(ClaimLexicon.qualifiers.keys) == Set(Self.languages))
        let forms: [String] = ClaimLexicon.statusWordings.values.flatMap { $0.values.flatMap(\.recognize) }
        let phrases: [String] =
            Array(ClaimLexicon.refundClaims.values.joined())
            + Array(ClaimLexicon.cancellationClaims.values.joined())
        let claimWords = Set((forms + phrases).flatMap { $0.split(separator: " ") }.map(String.init))
        #expect(qualifiers.isDisjoint(with: claimWords), "\(qualifiers.intersection(claimWords).sorted())")
    }

    @Test(arguments: ["status", "refund", "cancellation", "qualifier", "currency"])
    func entriesAreWrittenFolded(_ list: String) {
        let entries: [String] =
            switch list {
            case "status": ClaimLexicon.statusWordings.values.flatMap { $0.values.flatMap(\.recognize) }
            case "refund": ClaimLexicon.refundClaims.values.flatMap { $0 }
            case "cancellation": ClaimLexicon.cancellationClaims.values.flatMap { $0 }
            case "qualifier": ClaimLexicon.qualifiers.values.flatMap { $0 }
            default: ClaimLexicon.currencies.filter { $0.count > 1 && $0 != "us$" }
            }
        for entry in entries {
            #expect(SearchFold.fold(entry.lowercased()) == entry, "\(entry) is not folded")
            let words = entry.split(separator: " ", omittingEmptySubsequences: false)
            #expect(
                words.allSatisfy { $0 == "*" || (!$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber }) },
                "\(entry)")
            #expect(words.first != "*" && words.last != "*", "\(entry) starts or ends with a gap")
        }
        if list == "currency" {
            #expect(Set(ClaimLexicon.currencies).count == ClaimLexicon.currencies.count)
        }
    }

    @Test func linkDomainsAreUniqueLowercaseLetters() {
        #expect(Set(ClaimLexicon.linkDomains).count == ClaimLexicon.linkDomains.count)
        #expect(ClaimLexicon.linkDomains.allSatisfy { $0.allSatisfy { $0.isLowercase && $0.isASCII } })
    }
}
