/// A line of pre-laid-out text in styled pieces (the ticket view's content).
public struct StyledLine: Sendable, Equatable {
    public struct Span: Sendable, Equatable {
        public var text: String
        public var style: CellStyle

        public init(_ text: String, _ style: CellStyle = .plain) {
            self.text = text
            self.style = style
        }
    }

    public var spans: [Span]

    public init(_ spans: [Span]) {
        self.spans = spans
    }

    public init(_ text: String, _ style: CellStyle = .plain) {
        spans = [Span(text, style)]
    }

    /// The line's text without styles, for tests.
    public var text: String { spans.map(\.text).joined() }
}
