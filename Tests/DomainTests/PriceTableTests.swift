import Domain
import Foundation
import Testing

@Suite("Price table")
struct PriceTableTests {
    let table = PriceTable.bundled

    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(a), abs(b)) }

    @Test(
        "exact model names get their own prices",
        arguments: [
            ("gpt-4o-mini", ModelPrice(input: 0.15, cachedInput: 0.075, output: 0.60)),
            ("gpt-4o", ModelPrice(input: 2.50, cachedInput: 1.25, output: 10.00)),
            ("gpt-4.1-nano", ModelPrice(input: 0.10, cachedInput: 0.025, output: 0.40)),
            ("gpt-4.1-mini", ModelPrice(input: 0.40, cachedInput: 0.10, output: 1.60)),
            ("gpt-4.1", ModelPrice(input: 2.00, cachedInput: 0.50, output: 8.00)),
            ("local", ModelPrice(input: 0, cachedInput: 0, output: 0)),
        ])
    func exact(model: String, price: ModelPrice) {
        #expect(table.price(for: model) == price)
    }

    @Test(
        "dated snapshots are priced as their longest prefix",
        arguments: [
            ("gpt-4o-mini-2024-07-18", "gpt-4o-mini"),
            ("gpt-4o-2024-08-06", "gpt-4o"),
            ("gpt-4o-2024-11-20", "gpt-4o"),
            ("gpt-4.1-2025-04-14", "gpt-4.1"),
            ("gpt-4.1-mini-2025-04-14", "gpt-4.1-mini"),
            ("gpt-4.1-nano-2025-04-14", "gpt-4.1-nano"),
        ])
    func snapshots(model: String, base: String) throws {
        let price = try #require(table.prices[base])
        #expect(table.price(for: model) == price)
    }

    @Test("gpt-4o-mini's snapshot is not priced as gpt-4o, its shorter prefix")
    func miniSnapshotIsMini() {
        let price = table.price(for: "gpt-4o-mini-2024-07-18")
        #expect(price.input == 0.15 && price.cachedInput == 0.075 && price.output == 0.60)
        #expect(price != table.price(for: "gpt-4o"))
    }

    @Test("the longest prefix wins whatever the order of the table")
    func longestPrefix() {
        let small = ModelPrice(input: 1, cachedInput: 0.5, output: 2)
        let large = ModelPrice(input: 3, cachedInput: 1.5, output: 6)
        let larger = ModelPrice(input: 5, cachedInput: 2.5, output: 10)
        let unknown = ModelPrice(input: 9, cachedInput: 9, output: 9)
        let table = PriceTable(
            version: "t", prices: ["m": small, "m-large": large, "m-large-v2": larger], unknown: unknown)
        #expect(table.price(for: "m-2025") == small)
        #expect(table.price(for: "m-large-2025-01-01") == large)
        #expect(table.price(for: "m-large-v2-2025-01-01") == larger)
        #expect(table.price(for: "m-largest") == small, "a prefix ends at a dash")
        #expect(table.price(for: "mx") == unknown)
    }

    @Test(
        "models the table does not know are priced as unknown",
        arguments: [
            "claude-3-5-sonnet", "gpt-5", "gpt-4", "gpt-4omni", "gpt-4.10", "gpt-4.1x", "GPT-4o-mini", "o3-mini",
            "", "mini-gpt-4o", "localhost",
        ])
    func unknown(model: String) {
        #expect(table.price(for: model) == table.unknown)
        #expect(close(table.cost(model: model, input: 1000, output: 1000), (1000 * 2.50 + 1000 * 10.00) / 1e6))
    }

    @Test("unknown is at least as expensive as every entry, so an unknown model tightens budgets")
    func unknownIsMostExpensive() {
        for (model, price) in table.prices {
            #expect(table.unknown.input >= price.input, "\(model)")
            #expect(table.unknown.cachedInput >= price.cachedInput, "\(model)")
            #expect(table.unknown.output >= price.output, "\(model)")
        }
    }

    @Test(
        "cost is tokens × USD per million tokens",
        arguments: [
            ("gpt-4o-mini", 1_000_000, 0, 1_000_000, 0.75),
            ("gpt-4o-mini", 0, 0, 0, 0),
            ("gpt-4o", 1200, 0, 300, 0.006),
            ("gpt-4o-mini-2024-07-18", 2000, 0, 500, 0.0006),
            ("gpt-4.1-nano", 10_000, 0, 10_000, 0.005),
            ("gpt-4.1", 1, 0, 1, 0.000_01),
        ])
    func cost(model: String, input: Int, cached: Int, output: Int, usd: Double) {
        let cost = table.cost(model: model, input: input, cachedInput: cached, output: output)
        #expect(close(cost, usd), "\(cost)")
    }

    @Test("cached input tokens are part of the input and billed at the cached rate")
    func cachedInput() {
        // 600k uncached at 0.15 + 400k cached at 0.075 + 100k out at 0.60
        #expect(close(table.cost(model: "gpt-4o-mini", input: 1_000_000, cachedInput: 400_000, output: 100_000), 0.18))
        // gpt-4.1: 1000 × 2.00 + 3000 × 0.50 + 500 × 8.00, per million
        #expect(close(table.cost(model: "gpt-4.1", input: 4000, cachedInput: 3000, output: 500), 0.0075))
        #expect(
            table.cost(model: "gpt-4o", input: 5000, cachedInput: 5000, output: 0)
                < table.cost(model: "gpt-4o", input: 5000, cachedInput: 0, output: 0))
    }

    @Test("cached input is clamped to 0…input")
    func cachedClamped() {
        let allCached = table.cost(model: "gpt-4o-mini", input: 1_000_000, cachedInput: 1_000_000, output: 0)
        #expect(close(allCached, 0.075))
        #expect(table.cost(model: "gpt-4o-mini", input: 1_000_000, cachedInput: 3_000_000, output: 0) == allCached)
        #expect(close(table.cost(model: "gpt-4o-mini", input: 1_000_000, cachedInput: -5, output: 0), 0.15))
    }

    @Test("the local model is free, dated or not", arguments: ["local", "local-2026-01-01"])
    func localIsFree(model: String) {
        #expect(table.cost(model: model, input: 1_000_000, cachedInput: 10, output: 1_000_000) == 0)
    }

    @Test("the bundled table carries a version")
    func version() {
        #expect(!table.version.isEmpty)
    }
}

@Suite("Token estimate")
struct TokenEstimateTests {
    @Test(
        "about four UTF-8 bytes per token, rounded up",
        arguments: [
            ("", 0), ("a", 1), ("abcd", 1), ("abcde", 2), ("abcdefgh", 2), ("abcdefghi", 3),
            ("é", 1), ("日本語", 3), ("👍", 1), ("👍👍a", 3),
        ])
    func tokens(text: String, expected: Int) {
        #expect(TokenEstimate.tokens(text) == expected)
    }

    @Test("never below a quarter of the UTF-8 bytes")
    func neverUnder() {
        for text in ["", "hello", "Wo ist meine Bestellung #4417?", "¿Dónde está mi pedido?", "注文はどこですか", "🙂🙃"] {
            #expect(TokenEstimate.tokens(text) * 4 >= text.utf8.count, "\(text)")
            #expect(TokenEstimate.tokens(text) * 4 < text.utf8.count + 4, "\(text)")
        }
    }

    @Test("monotone: a longer text never estimates fewer tokens")
    func monotone() {
        let text = "My order #4417 hasn't arrived — où est mon colis? 注文 🙂 Please help, it's urgent!"
        var previous = TokenEstimate.tokens("")
        var prefix = ""
        for character in text {
            prefix.append(character)
            let tokens = TokenEstimate.tokens(prefix)
            #expect(tokens >= previous, "\(prefix)")
            previous = tokens
        }
        #expect(TokenEstimate.tokens(text + text) >= TokenEstimate.tokens(text))
    }

    @Test("a prompt adds framing: 3 per request and 4 per message")
    func prompt() {
        #expect(TokenEstimate.prompt([]) == 3)
        #expect(TokenEstimate.prompt([""]) == 7)
        #expect(TokenEstimate.prompt(["hi"]) == 8)
        #expect(TokenEstimate.prompt(["", ""]) == 11)
        let messages = ["You triage support tickets.", "Where is my order #4417? It is two weeks late."]
        #expect(TokenEstimate.prompt(messages) == 3 + messages.map { 4 + TokenEstimate.tokens($0) }.reduce(0, +))
        #expect(TokenEstimate.prompt(messages) > messages.map(TokenEstimate.tokens).reduce(0, +))
        #expect(TokenEstimate.prompt(messages + ["more"]) == TokenEstimate.prompt(messages) + 4 + 1)
        #expect(TokenEstimate.prompt([messages.joined()]) <= TokenEstimate.prompt(messages))
    }
}

@Suite("JSON values")
struct JSONValueTests {
    func json(_ value: JSONValue) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    @Test(
        "integral numbers encode without a fraction",
        arguments: [
            (JSONValue.number(0), "[0]"), (.number(42), "[42]"), (.number(-7), "[-7]"), (7, "[7]"),
            (.number(1_000_000), "[1000000]"), (.number(-0.0), "[0]"),
            (.number(999_999_999_999_999), "[999999999999999]"),
        ])
    func integers(value: JSONValue, expected: String) throws {
        #expect(try json([value]) == expected)
    }

    @Test("other numbers keep their fraction", arguments: [(0.5, "[0.5]"), (-2.25, "[-2.25]"), (0.1, "[0.1]")])
    func fractions(value: Double, expected: String) throws {
        #expect(try json([.number(value)]) == expected)
    }

    @Test("scalars and arrays encode as JSON")
    func scalars() throws {
        #expect(
            try json([.null, true, false, "a \"quoted\" string", [1, [2]], []])
                == #"[null,true,false,"a \"quoted\" string",[1,[2]],[]]"#)
        #expect(try json(["only": ["nested": 1]]) == #"{"only":{"nested":1}}"#)
    }

    @Test("an object keeps its members in the order given, and equality respects it")
    func memberOrder() {
        let value: JSONValue = ["type": "object", "properties": [:], "required": [], "additionalProperties": false]
        guard case .object(let members) = value else {
            Issue.record("\(value) is not an object")
            return
        }
        #expect(members.map(\.0) == ["type", "properties", "required", "additionalProperties"])
        #expect(JSONValue.object([("a", 1), ("b", 2)]) == ["a": 1, "b": 2])
        #expect(JSONValue.object([("a", 1), ("b", 2)]) != ["b": 2, "a": 1])
        #expect(JSONValue.number(1) != .bool(true))
        #expect(JSONValue.array([]) != .object([]))
    }

    @Test("with .sortedKeys, as the gateway encodes requests, the bytes are the same whatever the given order")
    func sortedKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let one: JSONValue = ["b": 1, "a": ["d": true, "c": .null], "c": [["z": 1, "y": 2]]]
        let other: JSONValue = ["c": [["y": 2, "z": 1]], "a": ["c": .null, "d": true], "b": 1]
        let expected = #"{"a":{"c":null,"d":true},"b":1,"c":[{"y":2,"z":1}]}"#
        #expect(String(decoding: try encoder.encode(one), as: UTF8.self) == expected)
        #expect(try encoder.encode(one) == encoder.encode(other))
    }

    @Test("decoding keeps each value's kind")
    func decoding() throws {
        let value = try JSONDecoder().decode(
            JSONValue.self, from: Data(#"[1, 2.5, true, false, null, "x", [], {"k": {"n": -3}}]"#.utf8))
        #expect(value == [1, .number(2.5), true, false, .null, "x", [], ["k": ["n": -3]]])
    }

    @Test("decoding an object keeps every member (in no particular order)")
    func decodingObject() throws {
        let keys = ["type", "properties", "required", "additionalProperties", "z", "y", "x", "w", "v", "u", "t", "s"]
        let document = "{" + keys.enumerated().map { "\"\($0.element)\":\($0.offset)" }.joined(separator: ",") + "}"
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(document.utf8))
        guard case .object(let members) = value else {
            Issue.record("\(value) is not an object")
            return
        }
        #expect(members.count == keys.count)
        for (offset, key) in keys.enumerated() {
            #expect(members.first { $0.0 == key }?.1 == .number(Double(offset)), "\(key)")
        }
    }
}
