/// Draws `state` on a grid of `size` (normally `state.size`). Only visible rows are looked at, so
/// the cost depends on the screen, not on how many tickets there are.
public func render(_ state: DashboardState, size: TerminalSize, options: RenderOptions = RenderOptions()) -> Grid {
    var grid = Grid(size: size)
    let layout = Layout(size)
    switch state.screen {
    case .inbox: InboxRenderer.draw(state, layout: layout, on: &grid)
    case .ticket: TicketRenderer.draw(state, layout: layout, on: &grid)
    }
    if case .editor(let editor) = state.overlay {
        EditorRenderer.draw(editor, layout: layout, on: &grid)
    }
    if let row = layout.statusRow { StatusBar.draw(state.status, row: row, on: &grid) }
    if let row = layout.footerRow { KeyMapFooter.draw(state, row: row, on: &grid) }
    if let row = layout.messageRow { MessageLine.draw(state, row: row, on: &grid) }
    if state.overlay == .help { HelpOverlay.draw(on: &grid) }
    if !options.colour { grid.removeColour() }
    return grid
}

extension Grid {
    /// Writes styled spans from `column`, ending in `…` when they do not fit in `width` columns.
    /// Returns the column after the last one written.
    @discardableResult
    mutating func put(_ spans: [StyledLine.Span], row: Int, column: Int, width: Int) -> Int {
        let total = spans.reduce(0) { $0 + $1.text.displayWidth }
        var x = column
        let end = column + width
        if total <= width {
            for span in spans { x = put(span.text, row: row, column: x, style: span.style) }
            return x
        }
        for span in spans {
            let room = end - x
            guard room > 0 else { break }
            let text = TextLayout.truncate(span.text, width: room)
            x = put(text, row: row, column: x, style: span.style, maxWidth: room)
            if text != TextLayout.singleLine(span.text) { break }
        }
        return x
    }
}
