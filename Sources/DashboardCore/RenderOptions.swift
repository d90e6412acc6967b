/// How to draw, beyond the state.
public struct RenderOptions: Sendable, Equatable {
    /// False when `NO_COLOR` is set: no cell gets a colour role; bold, reverse and the text itself
    /// (URG!, CANNED) still carry the meaning.
    public var colour: Bool

    public init(colour: Bool = true) {
        self.colour = colour
    }

    /// Options from the environment: colour unless `NO_COLOR` is set to a non-empty value
    /// (https://no-color.org).
    public init(environment: [String: String]) {
        colour = (environment["NO_COLOR"] ?? "").isEmpty
    }
}
