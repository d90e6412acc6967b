import Foundation

/// Keys on the single-line prompts: the filter and the reject reason.
extension DashboardState {
    mutating func handleFilterPrompt(_ key: Key, _ input: LineInput) -> [Effect] {
        var input = input
        switch key {
        case .enter:
            overlay = nil
            var query = inbox.query
            query.setFilter(input.text)
            apply(query)
            if query.isFiltered { show("Filter: \(query.filterText)", .info) }
        case .escape:
            overlay = nil
        default:
            if input.handle(key) { overlay = .filter(input) }
        }
        return []
    }

    mutating func openRejectPrompt() {
        guard let target = currentTarget else { return }
        guard checkReviewable(target) else { return }
        // The store accepts up to 1000 characters of reason.
        overlay = .reject(target, LineInput("", maxLength: 1000))
    }

    mutating func handleRejectPrompt(_ key: Key, _ target: ReviewTarget, _ input: LineInput) -> [Effect] {
        var input = input
        switch key {
        case .enter:
            overlay = nil
            let reason = input.text.trimmingCharacters(in: .whitespaces)
            return send(
                .reject, target, effect: .reject(draftID: target.draftID, reason: reason.isEmpty ? nil : reason))
        case .escape:
            overlay = nil
            show("Reject cancelled", .info)
        default:
            if input.handle(key) { overlay = .reject(target, input) }
        }
        return []
    }
}
