/// The inbox's columns for a width. Narrow terminals drop the least useful columns first
/// (sentiment, category, source, customer, age, priority) so the subject keeps room to be read.
struct InboxColumns {
    enum Column: Equatable {
        case priority
        case category
        case sentiment
        case customer
        case subject
        case age
        case source
    }

    /// Columns left to right with their widths; the subject's is what is left.
    let columns: [(column: Column, width: Int)]

    static let markerWidth = 2
    static let minimumSubject = 10
    static let fixed: [(Column, Int)] = [
        (.priority, 4), (.category, 10), (.sentiment, 3), (.customer, 14), (.age, 4), (.source, 6),
    ]
    static let dropOrder: [Column] = [.sentiment, .category, .source, .customer, .age, .priority]

    init(width: Int) {
        var kept = Self.fixed
        func subjectWidth(_ kept: [(Column, Int)]) -> Int {
            // One space after every column but the last.
            width - Self.markerWidth - kept.reduce(0) { $0 + $1.1 + 1 }
        }
        for column in Self.dropOrder where subjectWidth(kept) < Self.minimumSubject {
            kept.removeAll { $0.0 == column }
        }
        let subject = max(0, subjectWidth(kept))
        let order: [Column] = [.priority, .category, .sentiment, .customer, .subject, .age, .source]
        columns = order.compactMap { column in
            if column == .subject { return (column, subject) }
            return kept.first { $0.0 == column }.map { ($0.0, $0.1) }
        }
    }

    static func title(_ column: Column) -> String {
        switch column {
        case .priority: "PRI"
        case .category: "CATEGORY"
        case .sentiment: "SEN"
        case .customer: "CUSTOMER"
        case .subject: "SUBJECT"
        case .age: "AGE"
        case .source: "SOURCE"
        }
    }

    /// Priorities differ in text as well as colour, so they read without colour too.
    static func priorityText(_ priority: Priority) -> String {
        switch priority {
        case .urgent: "URG!"
        case .high: "HIGH"
        case .normal: "norm"
        case .low: "low"
        }
    }

    static func priorityStyle(_ priority: Priority) -> CellStyle {
        switch priority {
        case .urgent: CellStyle(.bold, role: .priorityUrgent)
        case .high: CellStyle(.bold, role: .priorityHigh)
        case .normal: .plain
        case .low: CellStyle(.dim, role: .priorityLow)
        }
    }

    /// Canned drafts are upper case and bold, visible with or without colour.
    static func sourceText(_ source: ContentSource) -> (String, CellStyle) {
        switch source {
        case .canned: ("CANNED", CellStyle(.bold, role: .canned))
        case .model: ("model", .plain)
        default: (source.text, .dim)
        }
    }
}
