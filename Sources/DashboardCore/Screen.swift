/// The main view under any overlay.
public enum Screen: Sendable, Equatable {
    case inbox
    case ticket
}
