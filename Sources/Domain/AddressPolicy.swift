/// An IPv4 or IPv6 address: its 4 or 16 bytes in network order.
///
/// `description` is the canonical text: a dotted quad, or RFC 5952 for IPv6 (lower case, the
/// longest run of zero groups shortened to `::`, IPv4-mapped addresses as `::ffff:a.b.c.d`).
public struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    /// 4 bytes for IPv4, 16 for IPv6.
    public let bytes: [UInt8]

    /// Nil unless `bytes` holds exactly 4 or 16 bytes.
    public init?(bytes: some Sequence<UInt8>) {
        let bytes = Array(bytes)
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        self.bytes = bytes
    }

    public var isIPv4: Bool { bytes.count == 4 }

    /// Parses the strict forms `inet_pton` accepts: four decimal parts (`192.0.2.1`), or IPv6 text
    /// (`2001:db8::1`, `::ffff:192.0.2.1`), optionally in brackets and with a zone (`%eth0`,
    /// `%25eth0`), which is dropped. Nil for anything else, such as `127.1` or `0x7f000001`: see
    /// ``init(inetAton:)`` for those.
    public init?(_ text: some StringProtocol) {
        var text = Substring(text)
        if text.first == "[", text.last == "]" { text = text.dropFirst().dropLast() }
        if text.contains(":") {
            if let percent = text.firstIndex(of: "%") { text = text[..<percent] }
            guard let bytes = Self.parseIPv6(text) else { return nil }
            self.bytes = bytes
        } else {
            guard let bytes = Self.parseDottedQuad(text) else { return nil }
            self.bytes = bytes
        }
    }

    /// Parses an IPv4 address the way `inet_aton` and the WHATWG URL parser do: one to four parts
    /// separated by dots, each decimal, octal (leading `0`) or hexadecimal (leading `0x`), the
    /// last part filling the bytes that remain, so `127.1`, `2130706433`, `0x7f000001`,
    /// `0177.0.0.1` and `0` are all addresses. Nil when the text is not of that form or a part is
    /// out of range.
    public init?(inetAton text: some StringProtocol) {
        let parts = String(text).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return nil }
        var values: [UInt64] = []
        for part in parts {
            guard let value = Self.numericPart(part) else { return nil }
            values.append(value)
        }
        let last = values.removeLast()
        guard values.allSatisfy({ $0 <= 255 }) else { return nil }
        let lastBytes = 4 - values.count
        guard last < UInt64(1) << (8 * UInt64(lastBytes)) else { return nil }
        var bytes = values.map { UInt8($0) }
        for index in (0..<lastBytes).reversed() {
            bytes.append(UInt8((last >> (8 * UInt64(index))) & 0xFF))
        }
        self.bytes = bytes
    }

    /// The IPv4 address in the last four bytes, for the IPv6 forms that carry one: mapped
    /// (`::ffff:0:0/96`), compatible (`::/96`, other than `::` and `::1`), translated
    /// (`::ffff:0:0:0/96`) and NAT64 (`64:ff9b::/96`). Nil for IPv4 and for other IPv6 addresses.
    public var embeddedIPv4: IPAddress? {
        guard bytes.count == 16 else { return nil }
        let prefix = bytes[0..<12]
        let tail = IPAddress(bytes: bytes[12..<16])
        let zeros = prefix.prefix(10).allSatisfy { $0 == 0 }
        if zeros, bytes[10] == 0xFF, bytes[11] == 0xFF { return tail }  // ::ffff:a.b.c.d
        if prefix.allSatisfy({ $0 == 0 }) {  // ::a.b.c.d, but not :: or ::1
            return bytes[12..<15].allSatisfy({ $0 == 0 }) && bytes[15] <= 1 ? nil : tail
        }
        if prefix.prefix(8).allSatisfy({ $0 == 0 }), bytes[8] == 0xFF, bytes[9] == 0xFF, bytes[10] == 0,
            bytes[11] == 0
        {
            return tail  // ::ffff:0:a.b.c.d
        }
        if Array(prefix) == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] { return tail }  // 64:ff9b::a.b.c.d
        return nil
    }

    public var description: String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        let groups = (0..<8).map { UInt16(bytes[2 * $0]) << 8 | UInt16(bytes[2 * $0 + 1]) }
        // ::ffff:a.b.c.d keeps its dotted tail (RFC 5952, section 5).
        if groups[0..<5].allSatisfy({ $0 == 0 }), groups[5] == 0xFFFF {
            return "::ffff:" + bytes[12..<16].map(String.init).joined(separator: ".")
        }
        // The longest run of two or more zero groups, the first if tied, becomes "::".
        var best: Range<Int>?
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else {
                index += 1
                continue
            }
            var end = index
            while end < 8, groups[end] == 0 { end += 1 }
            if end - index >= 2, end - index > (best?.count ?? 0) { best = index..<end }
            index = end
        }
        let hex = { (range: Range<Int>) in groups[range].map { String($0, radix: 16) }.joined(separator: ":") }
        guard let best else { return hex(0..<8) }
        return hex(0..<best.lowerBound) + "::" + hex(best.upperBound..<8)
    }

    // MARK: - Parsing

    private static func parseDottedQuad(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(\.isASCIIDigit), let value = UInt8(part) else {
                return nil
            }
            bytes.append(value)
        }
        return bytes
    }

    private static func parseIPv6(_ text: Substring) -> [UInt8]? {
        // At most one "::"; the groups on either side of it, then zeros fill the gap.
        let halves = text.split(separator: "::", maxSplits: 2, omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return nil }
        func groups(_ half: Substring, allowIPv4Tail: Bool) -> [UInt8]? {
            if half.isEmpty { return [] }
            let fields = half.split(separator: ":", omittingEmptySubsequences: false)
            var bytes: [UInt8] = []
            for (index, field) in fields.enumerated() {
                if index == fields.count - 1, allowIPv4Tail, field.contains(".") {
                    guard let tail = parseDottedQuad(field) else { return nil }
                    bytes += tail
                } else {
                    guard (1...4).contains(field.count), field.allSatisfy({ $0.isASCII && $0.isHexDigit }),
                        let value = UInt16(field, radix: 16)
                    else { return nil }
                    bytes += [UInt8(value >> 8), UInt8(value & 0xFF)]
                }
            }
            return bytes
        }
        if halves.count == 1 {
            guard let bytes = groups(halves[0], allowIPv4Tail: true), bytes.count == 16 else { return nil }
            return bytes
        }
        guard let head = groups(halves[0], allowIPv4Tail: false), let tail = groups(halves[1], allowIPv4Tail: true),
            head.count + tail.count <= 14
        else { return nil }
        return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
    }

    /// One part of an `inet_aton` address: `0x…` hexadecimal (`0x` alone is 0, as in URL
    /// parsers), `0…` octal, else decimal. Nil for anything else or a value beyond 32 bits.
    private static func numericPart(_ part: Substring) -> UInt64? {
        let lower = part.lowercased()
        let digits: Substring
        let radix: Int
        if lower.hasPrefix("0x") {
            digits = Substring(lower.dropFirst(2))
            radix = 16
            if digits.isEmpty { return 0 }
        } else if lower.count > 1, lower.hasPrefix("0") {
            digits = Substring(lower.dropFirst())
            radix = 8
        } else {
            digits = Substring(lower)
            radix = 10
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isHexDigit }),
            let value = UInt64(digits, radix: radix), value <= UInt64(UInt32.max)
        else { return nil }
        return value
    }
}

/// Why an address is not a public Internet address, for ``IPAddress/nonPublicClass``.
public enum AddressClass: String, Sendable, CaseIterable {
    /// 127/8, ::1.
    case loopback
    /// 10/8, 172.16/12, 192.168/16.
    case privateNetwork = "private"
    /// 169.254/16, fe80::/10.
    case linkLocal = "link-local"
    /// 100.64/10, carrier-grade NAT (RFC 6598).
    case sharedAddressSpace = "shared address space"
    /// 0/8, ::.
    case unspecified
    /// 224/4, ff00::/8.
    case multicast
    /// 255.255.255.255.
    case broadcast
    /// 240/4 (but for the broadcast address), IPv6 outside 2000::/3 not otherwise named.
    case reserved
    /// 192.0.0/24, 2001::/23: IETF protocol assignments.
    case specialPurpose = "special-purpose"
    /// 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32.
    case documentation
    /// 198.18/15, 2001:2::/48.
    case benchmarking
    /// fc00::/7.
    case uniqueLocal = "unique local"
    /// fec0::/10 (deprecated).
    case siteLocal = "site-local"
    /// 100::/64.
    case discardOnly = "discard-only"

    /// The class with its article, as in "the host resolved to a loopback address".
    public var phrase: String {
        switch self {
        case .broadcast: return "the broadcast address"
        case .sharedAddressSpace: return "a carrier-grade NAT (shared, 100.64.0.0/10) address"
        case .privateNetwork: return "a private address"
        case .unspecified: return "an unspecified address"
        default: return "a \(rawValue) address"
        }
    }
}

extension IPAddress {
    /// Why this address must not be the target of a request on a tenant's behalf, or nil for a
    /// public Internet address.
    ///
    /// IPv6 forms that carry an IPv4 address (mapped, compatible, translated, NAT64, and 6to4's
    /// `2002::/16`) are judged by that address; otherwise only global unicast (`2000::/3`) minus
    /// its documentation, benchmarking and IETF ranges is public.
    public var nonPublicClass: AddressClass? {
        bytes.count == 4 ? Self.classifyIPv4(bytes) : classifyIPv6()
    }

    private static func classifyIPv4(_ b: [UInt8]) -> AddressClass? {
        switch (b[0], b[1], b[2]) {
        case (0, _, _): return .unspecified
        case (10, _, _): return .privateNetwork
        case (100, 64...127, _): return .sharedAddressSpace
        case (127, _, _): return .loopback
        case (169, 254, _): return .linkLocal
        case (172, 16...31, _): return .privateNetwork
        case (192, 0, 0): return .specialPurpose
        case (192, 0, 2): return .documentation
        case (192, 168, _): return .privateNetwork
        case (198, 18...19, _): return .benchmarking
        case (198, 51, 100): return .documentation
        case (203, 0, 113): return .documentation
        case (224...239, _, _): return .multicast
        case (240...255, _, _): return b == [255, 255, 255, 255] ? .broadcast : .reserved
        default: return nil
        }
    }

    private func classifyIPv6() -> AddressClass? {
        let b = bytes
        if b.allSatisfy({ $0 == 0 }) { return .unspecified }
        if b[0..<15].allSatisfy({ $0 == 0 }), b[15] == 1 { return .loopback }
        if let embedded = embeddedIPv4 { return embedded.nonPublicClass }
        if b[0] == 0x20, b[1] == 0x02 {  // 6to4: 2002:AABB:CCDD::/48 carries AA.BB.CC.DD
            return Self.classifyIPv4(Array(b[2..<6]))
        }
        if b[0] == 0xFF { return .multicast }
        if b[0] == 0xFE, b[1] & 0xC0 == 0x80 { return .linkLocal }
        if b[0] == 0xFE, b[1] & 0xC0 == 0xC0 { return .siteLocal }
        if b[0] & 0xFE == 0xFC { return .uniqueLocal }
        if b[0..<8] == [0x01, 0x00, 0, 0, 0, 0, 0, 0] { return .discardOnly }
        if b[0..<4] == [0x20, 0x01, 0x0D, 0xB8] { return .documentation }
        if b[0..<6] == [0x20, 0x01, 0x00, 0x02, 0x00, 0x00] { return .benchmarking }
        if b[0] == 0x20, b[1] == 0x01, b[2] & 0xFE == 0 { return .specialPurpose }  // 2001::/23
        if b[0] & 0xE0 != 0x20 { return .reserved }  // outside 2000::/3
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
