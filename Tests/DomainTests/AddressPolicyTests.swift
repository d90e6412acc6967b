import Domain
import Testing

@Suite("Address policy: which addresses are public")
struct AddressPolicyTests {
    static func v4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> IPAddress {
        IPAddress(bytes: [a, b, c, d])!
    }

    /// An IPv6 address from its eight groups.
    static func v6(_ groups: UInt16...) -> IPAddress {
        precondition(groups.count == 8)
        return IPAddress(bytes: groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })!
    }

    @Test(
        "IPv4 ranges that are not public, at both ends of each",
        arguments: [
            (v4(0, 0, 0, 0), AddressClass.unspecified), (v4(0, 255, 255, 255), .unspecified),
            (v4(10, 0, 0, 0), .privateNetwork), (v4(10, 255, 255, 255), .privateNetwork),
            (v4(100, 64, 0, 0), .sharedAddressSpace), (v4(100, 127, 255, 255), .sharedAddressSpace),
            (v4(127, 0, 0, 1), .loopback), (v4(127, 255, 255, 254), .loopback),
            (v4(169, 254, 0, 0), .linkLocal), (v4(169, 254, 169, 254), .linkLocal),
            (v4(172, 16, 0, 0), .privateNetwork), (v4(172, 31, 255, 255), .privateNetwork),
            (v4(192, 0, 0, 0), .specialPurpose), (v4(192, 0, 0, 255), .specialPurpose),
            (v4(192, 0, 2, 1), .documentation), (v4(198, 51, 100, 7), .documentation),
            (v4(203, 0, 113, 255), .documentation),
            (v4(192, 168, 0, 0), .privateNetwork), (v4(192, 168, 255, 255), .privateNetwork),
            (v4(198, 18, 0, 0), .benchmarking), (v4(198, 19, 255, 255), .benchmarking),
            (v4(224, 0, 0, 1), .multicast), (v4(239, 255, 255, 255), .multicast),
            (v4(240, 0, 0, 0), .reserved), (v4(255, 255, 255, 254), .reserved),
            (v4(255, 255, 255, 255), .broadcast),
        ])
    func nonPublicIPv4(address: IPAddress, expected: AddressClass) {
        #expect(address.nonPublicClass == expected, "\(address)")
    }

    @Test(
        "IPv4 neighbours of those ranges are public",
        arguments: [
            v4(1, 0, 0, 0), v4(9, 255, 255, 255), v4(11, 0, 0, 0), v4(100, 63, 255, 255), v4(100, 128, 0, 0),
            v4(126, 255, 255, 255), v4(128, 0, 0, 0), v4(169, 253, 255, 255), v4(169, 255, 0, 0),
            v4(172, 15, 255, 255), v4(172, 32, 0, 0), v4(192, 0, 1, 0), v4(192, 0, 3, 0), v4(192, 167, 255, 255),
            v4(192, 169, 0, 0), v4(198, 17, 255, 255), v4(198, 20, 0, 0), v4(198, 51, 99, 255), v4(203, 0, 112, 255),
            v4(223, 255, 255, 255), v4(8, 8, 8, 8), v4(93, 184, 216, 34),
        ])
    func publicIPv4(address: IPAddress) {
        #expect(address.nonPublicClass == nil, "\(address)")
    }

    @Test(
        "IPv6 ranges that are not public",
        arguments: [
            (v6(0, 0, 0, 0, 0, 0, 0, 0), AddressClass.unspecified),
            (v6(0, 0, 0, 0, 0, 0, 0, 1), .loopback),
            (v6(0xFE80, 0, 0, 0, 0, 0, 0, 1), .linkLocal), (v6(0xFEBF, 0xFFFF, 0, 0, 0, 0, 0, 1), .linkLocal),
            (v6(0xFEC0, 0, 0, 0, 0, 0, 0, 1), .siteLocal),
            (v6(0xFC00, 0, 0, 0, 0, 0, 0, 1), .uniqueLocal), (v6(0xFDFF, 0xFFFF, 0, 0, 0, 0, 0, 1), .uniqueLocal),
            (v6(0xFF02, 0, 0, 0, 0, 0, 0, 1), .multicast), (v6(0xFF00, 0, 0, 0, 0, 0, 0, 0), .multicast),
            (v6(0x2001, 0x0DB8, 0, 0, 0, 0, 0, 1), .documentation),
            (v6(0x0100, 0, 0, 0, 0, 0, 0, 1), .discardOnly), (v6(0x0100, 0, 0, 0, 0xFFFF, 0, 0, 1), .discardOnly),
            (v6(0x2001, 0x0002, 0, 0, 0, 0, 0, 1), .benchmarking),
            (v6(0x2001, 0, 0, 0, 0, 0, 0, 1), .specialPurpose),
            (v6(0x4000, 0, 0, 0, 0, 0, 0, 1), .reserved), (v6(0x0200, 0, 0, 0, 0, 0, 0, 1), .reserved),
            // IPv4 carried in IPv6 is judged by the IPv4 address.
            (v6(0, 0, 0, 0, 0, 0xFFFF, 0x7F00, 0x0001), .loopback),  // ::ffff:127.0.0.1
            (v6(0, 0, 0, 0, 0, 0xFFFF, 0x0A00, 0x0001), .privateNetwork),  // ::ffff:10.0.0.1
            (v6(0, 0, 0, 0, 0, 0xFFFF, 0, 0), .unspecified),  // ::ffff:0.0.0.0
            (v6(0, 0, 0, 0, 0, 0, 0x7F00, 0x0001), .loopback),  // ::127.0.0.1
            (v6(0, 0, 0, 0, 0, 0, 0xA9FE, 0xA9FE), .linkLocal),  // ::169.254.169.254
            (v6(0, 0, 0, 0, 0xFFFF, 0, 0xC0A8, 0x0001), .privateNetwork),  // ::ffff:0:192.168.0.1
            (v6(0x64, 0xFF9B, 0, 0, 0, 0, 0x7F00, 0x0001), .loopback),  // 64:ff9b::127.0.0.1
            (v6(0x64, 0xFF9B, 0, 0, 0, 0, 0xAC10, 0x0001), .privateNetwork),  // 64:ff9b::172.16.0.1
            (v6(0x2002, 0x7F00, 0x0001, 0, 0, 0, 0, 1), .loopback),  // 6to4 of 127.0.0.1
            (v6(0x2002, 0x0A00, 0x0001, 0, 0, 0, 0, 1), .privateNetwork),  // 6to4 of 10.0.0.1
        ])
    func nonPublicIPv6(address: IPAddress, expected: AddressClass) {
        #expect(address.nonPublicClass == expected, "\(address)")
    }

    @Test(
        "global unicast IPv6 is public, and so are carriers of public IPv4",
        arguments: [
            v6(0x2606, 0x4700, 0, 0, 0, 0, 0, 0x1111), v6(0x2001, 0x4860, 0x4860, 0, 0, 0, 0, 0x8888),
            v6(0x2001, 0x0200, 0, 0, 0, 0, 0, 1), v6(0x3FFF, 0xFFFF, 0, 0, 0, 0, 0, 1),
            v6(0, 0, 0, 0, 0, 0xFFFF, 0x0808, 0x0808),  // ::ffff:8.8.8.8
            v6(0x64, 0xFF9B, 0, 0, 0, 0, 0x0808, 0x0808),  // 64:ff9b::8.8.8.8
            v6(0x2002, 0x0808, 0x0808, 0, 0, 0, 0, 1),  // 6to4 of 8.8.8.8
        ])
    func publicIPv6(address: IPAddress) {
        #expect(address.nonPublicClass == nil, "\(address)")
    }

    @Test("embedded IPv4 is found only in the forms that carry one")
    func embedded() {
        #expect(Self.v6(0, 0, 0, 0, 0, 0xFFFF, 0x7F00, 1).embeddedIPv4 == Self.v4(127, 0, 0, 1))
        #expect(Self.v6(0, 0, 0, 0, 0, 0, 0, 1).embeddedIPv4 == nil)
        #expect(Self.v6(0, 0, 0, 0, 0, 0, 0, 0).embeddedIPv4 == nil)
        #expect(Self.v6(0x2001, 0xDB8, 0, 0, 0, 0xFFFF, 0x7F00, 1).embeddedIPv4 == nil)
        #expect(Self.v4(127, 0, 0, 1).embeddedIPv4 == nil)
    }

    @Test(
        "strict text forms parse, and print canonically",
        arguments: [
            ("192.0.2.1", "192.0.2.1"), ("::", "::"), ("::1", "::1"), ("[::1]", "::1"),
            ("2001:DB8:0:0:0:0:2:1", "2001:db8::2:1"), ("2001:db8::1:0:0:1", "2001:db8::1:0:0:1"),
            ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"), ("::ffff:127.0.0.1", "::ffff:127.0.0.1"),
            ("::ffff:7f00:1", "::ffff:127.0.0.1"), ("fe80::1%eth0", "fe80::1"), ("fe80::1%25eth0", "fe80::1"),
            ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"), ("64:ff9b::10.0.0.1", "64:ff9b::a00:1"),
        ])
    func strictParsing(text: String, canonical: String) throws {
        #expect(try #require(IPAddress(text)).description == canonical)
    }

    @Test(
        "strict parsing refuses what inet_pton refuses",
        arguments: [
            "127.1", "0x7f000001", "2130706433", "256.0.0.1", "1.2.3.4.5", "", ":::", "1::2::3", "1:2:3:4:5:6:7:8:9",
            "12345::", "::g", "example.com", "1.2.3.4:80",
        ])
    func strictRefusals(text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test(
        "inet_aton spellings",
        arguments: [
            ("2130706433", [127, 0, 0, 1]), ("0x7f000001", [127, 0, 0, 1]), ("0X7F000001", [127, 0, 0, 1]),
            ("0177.0.0.1", [127, 0, 0, 1]), ("127.1", [127, 0, 0, 1]), ("127.0.1", [127, 0, 0, 1]),
            ("0", [0, 0, 0, 0]), ("0x", [0, 0, 0, 0]), ("0x7f.1", [127, 0, 0, 1]), ("10.0x10.1", [10, 16, 0, 1]),
            ("192.168.0x1.01", [192, 168, 1, 1]), ("4294967295", [255, 255, 255, 255]), ("8.8.8.8", [8, 8, 8, 8]),
        ] as [(String, [UInt8])])
    func inetAton(text: String, bytes: [UInt8]) throws {
        #expect(try #require(IPAddress(inetAton: text)).bytes == bytes)
    }

    @Test(
        "inet_aton refuses out-of-range parts and non-numbers",
        arguments: ["4294967296", "256.1", "1.256.1", "08", "0x1g", "1.2.3.4.5", "", "1..2", "example", "1e3"])
    func inetAtonRefusals(text: String) {
        #expect(IPAddress(inetAton: text) == nil)
    }

    @Test("refusal phrases read as English")
    func phrases() {
        #expect(AddressClass.loopback.phrase == "a loopback address")
        #expect(AddressClass.unspecified.phrase == "an unspecified address")
        #expect(AddressClass.privateNetwork.phrase == "a private address")
        #expect(AddressClass.broadcast.phrase == "the broadcast address")
    }
}
