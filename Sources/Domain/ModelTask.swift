/// What a model call is for. Each task has its own kill switch, prompt template and cache TTL.
public enum ModelTask: String, Sendable, CaseIterable, Codable {
    case triage
    case summarize
    case draft

    /// The flag that switches this task's model calls off.
    public var flag: FlagKey {
        switch self {
        case .triage: .triage
        case .summarize: .summarize
        case .draft: .drafts
        }
    }
}

/// The router's two tiers; which model names they map to is configuration
/// (`SUPPORTBOT_MODEL_MINI`, `SUPPORTBOT_MODEL_FULL`).
public enum ModelTier: String, Sendable, CaseIterable, Codable {
    case mini
    case full
}
