import Domain
import Foundation
import LocalModel
import Testing

/// Development-set check: triage of each fixture ticket's first customer message against the category and
/// language labels published in fixtures/README.md. The rules are keyword lexicons, not per-ticket fixes, so
/// this measures how well they generalise to messy real-world text; the floor guards against regressions.
@Suite("Fixture development set")
struct FixtureAccuracyTests {
    struct Ticket {
        let id: String
        let subject: String
        let body: String
    }

    /// The repository's fixtures directory, next to this package's Tests folder.
    static let fixtures: URL? = {
        let candidates = [
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("fixtures")
        ]
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("tickets.jsonl").path)
                && FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path)
        }
    }()

    /// First message of every ticket (`ticket.created` lines).
    static func tickets(in directory: URL) throws -> [Ticket] {
        let text = try String(contentsOf: directory.appendingPathComponent("tickets.jsonl"), encoding: .utf8)
        var tickets: [Ticket] = []
        for line in text.split(separator: "\n") where !line.isEmpty {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard let object, object["type"] as? String == "ticket.created",
                let ticket = object["ticket"] as? [String: Any], let message = object["message"] as? [String: Any],
                let id = ticket["external_id"] as? String
            else { continue }
            tickets.append(
                Ticket(id: id, subject: ticket["subject"] as? String ?? "", body: message["body"] as? String ?? ""))
        }
        return tickets
    }

    /// Parses the `CATEGORY = {…}` and `LANGUAGE = {…}` dictionaries of the README snippet into
    /// ticket id → label maps (language defaults to "en").
    static func labels(in directory: URL) throws -> (category: [String: String], language: [String: String]) {
        let readme = try String(contentsOf: directory.appendingPathComponent("README.md"), encoding: .utf8)
        var category: [String: String] = [:]
        var language: [String: String] = [:]
        var section = ""
        for line in readme.split(separator: "\n") {
            if line.hasPrefix("CATEGORY = {") {
                section = "category"
            } else if line.hasPrefix("LANGUAGE = {") {
                section = "language"
            } else if line.hasPrefix("}") {
                section = ""
            }
            guard !section.isEmpty, let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]"),
                let quote = line.firstIndex(of: "\"")
            else { continue }
            let key = line[line.index(after: quote)...].prefix { $0 != "\"" }
            let numbers = line[line.index(after: open)..<close].split(separator: ",").compactMap {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            for number in numbers {
                let id = "ZD-\(1000 + number)"
                if section == "category" { category[id] = String(key) } else { language[id] = String(key) }
            }
        }
        return (category, language)
    }

    @Test("category and language accuracy on the fixture tickets", .enabled(if: fixtures != nil))
    func accuracy() throws {
        let directory = try #require(FixtureAccuracyTests.fixtures)
        let tickets = try FixtureAccuracyTests.tickets(in: directory)
        let labels = try FixtureAccuracyTests.labels(in: directory)
        #expect(tickets.count == 75)
        #expect(labels.category.count == 75)

        let triage = LocalTriage()
        var categoryHits = 0
        var languageHits = 0
        var misses: [String] = []
        for ticket in tickets {
            let result = triage.triage(subject: ticket.subject, messages: [ticket.body])
            let expectedCategory = labels.category[ticket.id] ?? "?"
            let expectedLanguage = labels.language[ticket.id] ?? "en"
            if result.category.rawValue == expectedCategory {
                categoryHits += 1
            } else {
                misses.append("\(ticket.id) category \(result.category.rawValue), expected \(expectedCategory)")
            }
            if result.language == expectedLanguage {
                languageHits += 1
            } else {
                misses.append("\(ticket.id) language \(result.language), expected \(expectedLanguage)")
            }
        }
        let categoryAccuracy = Double(categoryHits) / Double(tickets.count)
        let languageAccuracy = Double(languageHits) / Double(tickets.count)
        print(
            "LocalTriage fixtures: category \(categoryHits)/\(tickets.count) = "
                + "\(Int((categoryAccuracy * 1000).rounded()) / 10)%, language \(languageHits)/\(tickets.count) = "
                + "\(Int((languageAccuracy * 1000).rounded()) / 10)%")
        for miss in misses { print("  miss: \(miss)") }
        #expect(categoryAccuracy >= 0.85)
        #expect(languageAccuracy >= 0.95)
    }
}
