/// What a coloured cell means. The app maps roles to colour pairs, so the palette lives in one place
/// and `NO_COLOR` can drop every role without touching the layout.
public enum ColorRole: Sendable, Hashable, CaseIterable {
    case priorityUrgent
    case priorityHigh
    case priorityLow
    /// A canned draft: no model wrote it.
    case canned
    case ok
    case warn
    case error
    /// Titles and keys in the key map.
    case accent
}
