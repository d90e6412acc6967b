/// Keys in the inline editor.
extension DashboardState {
    mutating func handleEditor(_ key: Key, _ editor: EditorState) -> [Effect] {
        var editor = editor
        switch key {
        case .control("s"):
            overlay = nil
            return approveEdited(editor.target, body: editor.buffer.text)
        case .escape:
            overlay = nil
            show("Edit cancelled", .info)
            return []
        case .pageUp, .pageDown:
            for _ in 0..<max(1, Layout(size).pageBody.count - 2) {
                _ = editor.buffer.handle(key == .pageUp ? .up : .down)
            }
        default:
            // Typing past the store's limit is refused here rather than failing on save.
            if case .character = key, editor.buffer.count >= Self.maxBodyLength { return [] }
            if key == .enter, editor.buffer.count >= Self.maxBodyLength { return [] }
            guard editor.buffer.handle(key) else { return [] }
        }
        editor.scrollToCursor(size: size)
        overlay = .editor(editor)
        return []
    }
}

extension EditorState {
    /// The editor's text area: the page body minus its title row.
    static func textArea(_ size: TerminalSize) -> (rows: Range<Int>, width: Int) {
        let body = Layout(size).pageBody
        let rows = body.count > 1 ? (body.lowerBound + 1)..<body.upperBound : body
        return (rows, max(1, size.columns))
    }

    /// The wrapped row and column (in display columns) of the cursor.
    func cursorPosition(width: Int) -> (row: Int, column: Int) {
        var visualRow = 0
        for index in 0..<buffer.row {
            visualRow += TextLayout.chunks(buffer.lines[index], width: width).count
        }
        let line = buffer.lines[buffer.row]
        let chunks = TextLayout.chunks(line, width: width)
        // The cursor at the very end of a full chunk is drawn at the start of the next row.
        var chunkIndex = chunks.lastIndex { $0.lowerBound <= buffer.column } ?? 0
        var start = chunks[chunkIndex].lowerBound
        var column = DisplayWidth.of(String(line[start..<buffer.column]))
        if column >= width {
            chunkIndex += 1
            start = buffer.column
            column = 0
        }
        return (visualRow + chunkIndex, column)
    }

    /// Scrolls just enough to keep the cursor on screen.
    mutating func scrollToCursor(size: TerminalSize) {
        let area = Self.textArea(size)
        let height = max(1, area.rows.count)
        let cursorRow = cursorPosition(width: area.width).row
        if cursorRow < scroll { scroll = cursorRow }
        if cursorRow >= scroll + height { scroll = cursorRow - height + 1 }
    }
}
