/// The text as the detectors read it, and the way back to the input's bytes.
///
/// Customers write numbers in fullwidth forms (`４１１１`, common with Japanese and Chinese input methods), in other
/// scripts' digits (Arabic-Indic `٤١١١`, Devanagari `४१११`) and with typographic spaces and hyphens. Each such scalar
/// becomes its ASCII equivalent here, one byte for one scalar, so every detector only ever tests ASCII;
/// ``inputOffset(_:)`` maps each byte back to where its scalar starts in the input, so the redaction replaces the
/// original span whatever it was written in. Everything else is copied as it is, so the result is still valid UTF-8.
///
/// Most text has nothing to normalise: then no copy is made and the detectors read the input itself.
struct RedactionText {
    /// The normalised bytes, or nil when they would equal the input.
    private(set) var bytes: [UInt8]?
    /// Where the normalised bytes drift from the input: from `normalized` on, a byte is at `normalized + shift` in the
    /// input. One entry per replaced scalar, so most texts need none.
    private var shifts: [(normalized: Int, shift: Int)] = []

    init(_ input: UnsafeBufferPointer<UInt8>) {
        var i = 0
        var bytes: [UInt8] = []
        var copied = 0
        var shift = 0
        // ASCII, most of any ticket, is passed over eight bytes at a time.
        let raw = UnsafeRawBufferPointer(input)
        while i < input.count {
            if i + 8 <= input.count
                && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i += 8
                continue
            }
            if input[i] < 0x80 {
                i += 1
                continue
            }
            let (scalar, length) = decodeScalar(input, at: i)
            if let ascii = Self.replacement(for: scalar) {
                if bytes.isEmpty { bytes.reserveCapacity(input.count) }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<i]))
                bytes.append(ascii)
                shift += length - 1
                shifts.append((bytes.count, shift))
                copied = i + length
            }
            i += length
        }
        guard copied > 0 else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...]))
        self.bytes = bytes
    }

    /// Runs `body` over the normalised bytes: `input` itself when nothing needed replacing.
    func withBytes<R>(orInput input: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let bytes else { return body(input) }
        return bytes.withUnsafeBufferPointer(body)
    }

    /// Where normalised offset `i` (a scalar start, or the end) is in the input.
    func inputOffset(_ i: Int) -> Int {
        // The last shift that starts at or before `i`.
        var low = 0
        var high = shifts.count
        while low < high {
            let middle = (low + high) / 2
            if shifts[middle].normalized <= i { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? i : i + shifts[low - 1].shift
    }

    /// The ASCII byte a non-ASCII scalar is read as, if any: digits of every script, fullwidth ASCII, space
    /// separators (no-break, thin, ideographic…) and the hyphens that are not dashes.
    static func replacement(for scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        // Below U+0660 the only candidate is the no-break space; Latin letters with accents, the bulk of
        // non-ASCII text here, stop at this test.
        if v < 0x660 { return v == 0xA0 ? .space : nil }
        if (0xFF01...0xFF5E).contains(v) { return UInt8(v - 0xFEE0) }
        // CJK ideographs and Hangul syllables hold no digits or spaces.
        if (0x3400...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) { return nil }
        switch v {
        // Hyphen, non-breaking hyphen, figure dash, minus sign, small hyphen-minus. En and em dashes stay: they
        // mark ranges and asides, not digit groups.
        case 0x2010, 0x2011, 0x2012, 0x2212, 0xFE63: return .hyphen
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .decimalNumber:
            guard let value = properties.numericValue, value >= 0, value <= 9 else { return nil }
            return .zero + UInt8(value)
        case .spaceSeparator:
            return .space
        default:
            return nil
        }
    }
}

/// The scalar starting at `i` of valid UTF-8 (the bytes come from a String) and its length in bytes.
@inline(__always)
func decodeScalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let c0 = UInt32(b[i])
    let value: UInt32
    let length: Int
    if c0 < 0x80 {
        return (Unicode.Scalar(UInt8(c0)), 1)
    } else if c0 < 0xE0 {
        value = (c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        length = 2
    } else if c0 < 0xF0 {
        value = (c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        length = 3
    } else {
        value =
            (c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
        length = 4
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
}
