import Foundation

/// The confirmation line: what the last action did, or why it did nothing.
public struct Notice: Sendable, Equatable {
    /// Decides the colour and whether the notice fades.
    public enum Kind: Sendable, Equatable {
        case info
        case success
        case warning
        case failure
    }

    public var text: String
    public var kind: Kind
    /// When it was shown; it fades after `Notice.lifetime` so stale confirmations do not mislead.
    public var shownAt: Date

    public init(_ text: String, kind: Kind, at shownAt: Date) {
        self.text = text
        self.kind = kind
        self.shownAt = shownAt
    }

    /// How long a notice stays, in seconds. Failures stay until replaced: they need reading.
    public static let lifetime: TimeInterval = 8

    var role: ColorRole? {
        switch kind {
        case .info: nil
        case .success: .ok
        case .warning: .warn
        case .failure: .error
        }
    }
}
