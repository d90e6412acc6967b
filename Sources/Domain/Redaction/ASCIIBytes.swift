// Byte classes and constants for the detectors. They read the normalised text (``RedactionText``), where
// fullwidth forms and other scripts' digits are already ASCII, so ASCII tests are all they need.

@inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
@inline(__always) func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
@inline(__always) func isASCIIAlphanumeric(_ c: UInt8) -> Bool { isDigit(c) || isASCIILetter(c) }
@inline(__always) func asciiLower(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c | 0x20 : c }
@inline(__always) func asciiUpper(_ c: UInt8) -> UInt8 { c &- 0x61 < 26 ? c & ~0x20 : c }

extension UInt8 {
    static let tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " ")
    static let hash = UInt8(ascii: "#")
    static let dollar = UInt8(ascii: "$")
    static let percent = UInt8(ascii: "%")
    static let ampersand = UInt8(ascii: "&")
    static let apostrophe = UInt8(ascii: "'")
    static let leftParen = UInt8(ascii: "(")
    static let rightParen = UInt8(ascii: ")")
    static let asterisk = UInt8(ascii: "*")
    static let plus = UInt8(ascii: "+")
    static let comma = UInt8(ascii: ",")
    static let hyphen = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let slash = UInt8(ascii: "/")
    static let zero = UInt8(ascii: "0")
    static let one = UInt8(ascii: "1")
    static let two = UInt8(ascii: "2")
    static let three = UInt8(ascii: "3")
    static let six = UInt8(ascii: "6")
    static let colon = UInt8(ascii: ":")
    static let at = UInt8(ascii: "@")
    static let upperA = UInt8(ascii: "A")
    static let backslash = UInt8(ascii: "\\")
    static let underscore = UInt8(ascii: "_")
    static let lowerC = UInt8(ascii: "c")
    static let lowerD = UInt8(ascii: "d")
    static let lowerH = UInt8(ascii: "h")
    static let lowerN = UInt8(ascii: "n")
    static let lowerR = UInt8(ascii: "r")
    static let lowerS = UInt8(ascii: "s")
    static let lowerT = UInt8(ascii: "t")
    /// Marks a group written straight after the previous one, as in "(0)20".
    static let joined: UInt8 = 1
}
