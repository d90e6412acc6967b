/// What sits on top of the inbox or ticket and takes the keys first.
public enum Overlay: Sendable, Equatable {
    case help
    /// The `/` prompt.
    case filter(LineInput)
    /// The reject prompt: an optional reason for the draft.
    case reject(ReviewTarget, LineInput)
    case editor(EditorState)
}
