/// Terminal attributes of a cell.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let dim = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
}

/// How a cell is drawn: attributes and an optional colour role.
public struct CellStyle: Sendable, Hashable {
    public var attributes: TextAttributes
    public var role: ColorRole?

    public init(_ attributes: TextAttributes = [], role: ColorRole? = nil) {
        self.attributes = attributes
        self.role = role
    }

    public static let plain = CellStyle()
}
