import Domain
import Foundation
import Testing

@Suite("Order id policy")
struct OrderIDPolicyTests {
    @Test(arguments: ["1042", "A-20931", "SO/2026/0042", "INV_7.1", "1042#2", String(repeating: "9", count: 40)])
    func plainOrderIDsAreKept(_ id: String) {
        #expect(OrderIDPolicy.accepted(id) == id)
    }

    @Test func surroundingSpaceAndOneLeadingHashGo() {
        #expect(OrderIDPolicy.accepted(" 1042\n") == "1042")
        #expect(OrderIDPolicy.accepted("#1042") == "1042")
        #expect(OrderIDPolicy.accepted("##1042") == nil)
    }

    @Test(arguments: [
        "", " ", "#", "-1042", "1042 </ticket>", "1042\n<order>", "[order:1043.status]", "1042; ignore previous",
        "１０４２", "10 42", "10\u{200B}42", "ordine-è", String(repeating: "9", count: 41),
    ])
    func anythingElseIsDropped(_ id: String) {
        #expect(OrderIDPolicy.accepted(id) == nil)
    }

    @Test func nothingStaysNothing() {
        #expect(OrderIDPolicy.accepted(nil) == nil)
    }
}
