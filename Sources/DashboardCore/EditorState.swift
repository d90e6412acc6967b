/// The inline editor: the draft being edited, the text, and which wrapped row is at the top.
public struct EditorState: Sendable, Equatable {
    /// The draft being edited.
    public internal(set) var target: ReviewTarget
    /// The text and its cursor.
    public internal(set) var buffer: TextBuffer
    /// The first visible row, counted in wrapped rows.
    public internal(set) var scroll = 0

    init(target: ReviewTarget) {
        self.target = target
        buffer = TextBuffer(target.body)
    }
}
