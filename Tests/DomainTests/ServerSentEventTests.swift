import Domain
import Testing

@Suite("Server-sent events")
struct ServerSentEventTests {
    /// Feeds `text` in one piece to a fresh parser.
    func parse(_ text: String) -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        return parser.feed(Array(text.utf8))
    }

    /// Feeds `bytes` one at a time, collecting what each byte completes.
    func parseByteByByte(_ bytes: [UInt8], into parser: inout ServerSentEventParser) -> [ServerSentEvent] {
        bytes.flatMap { parser.feed(CollectionOfOne($0)) }
    }

    static let samples: [ServerSentEvent] = [
        ServerSentEvent(data: "hello"),
        ServerSentEvent(id: "42", event: "ticket.created", data: #"{"id":"t1","subject":"Printer"}"#),
        ServerSentEvent(data: "line one\nline two\n\nline four"),
        ServerSentEvent(data: ""),
        ServerSentEvent(data: "\n"),
        ServerSentEvent(id: "", data: "id reset"),
        ServerSentEvent(event: "", data: "empty type"),
        ServerSentEvent(id: " spaced", event: " spaced", data: "  two leading spaces"),
        ServerSentEvent(data: "a: colon, then: more"),
        ServerSentEvent(data: "ünïcödé ✓ 日本語 👩‍💻", retry: 2500),
        ServerSentEvent(id: "7", data: ":not a comment"),
    ]

    @Test("encode then parse gives the same events, in one piece and byte by byte")
    func roundTrip() {
        let wire = Self.samples.map { $0.encoded() }.joined()
        #expect(parse(wire) == Self.samples)
        var parser = ServerSentEventParser()
        #expect(parseByteByByte(Array(wire.utf8), into: &parser) == Self.samples)
        #expect(parser.lastEventID == "7")
        #expect(parser.reconnectionTime == 2500)
    }

    @Test("the wire form: one line per field, one data line per line of data, a blank line last")
    func encoding() {
        #expect(
            ServerSentEvent(id: "1", event: "note", data: "a\nb", retry: 3000).encoded()
                == "id: 1\nevent: note\nretry: 3000\ndata: a\ndata: b\n\n")
        #expect(ServerSentEvent(data: "").encoded() == "data:\n\n")
        #expect(ServerSentEvent(data: "x\r\ny\rz").encoded() == "data: x\ndata: y\ndata: z\n\n")
        #expect(ServerSentEvent(data: "x", retry: -1).encoded() == "data: x\n\n")
    }

    @Test("line breaks cannot escape id or event, and NUL is dropped from id")
    func encodingSanitizes() {
        let event = ServerSentEvent(id: "1\r\ndata: injected\0", event: "a\nretry: 1\rb", data: "ok")
        #expect(event.encoded() == "id: 1data: injected\nevent: aretry: 1b\ndata: ok\n\n")
        #expect(parse(event.encoded()) == [ServerSentEvent(id: "1data: injected", event: "aretry: 1b", data: "ok")])
    }

    @Test("comments are written as comment lines and ignored when parsed")
    func comments() {
        #expect(ServerSentEvent.comment("heartbeat") == ": heartbeat\n\n")
        #expect(ServerSentEvent.comment() == ":\n\n")
        #expect(ServerSentEvent.comment("a\ndata: no") == ": a\n: data: no\n\n")
        let wire =
            ServerSentEvent.comment("hello") + ":no space\ndata: kept\n: inside an event\n\n"
            + ServerSentEvent.comment("a\ndata: no")
        #expect(parse(wire) == [ServerSentEvent(data: "kept")])
    }

    @Test("LF, CR and CRLF all end lines", arguments: ["\n", "\r", "\r\n"])
    func lineEndings(ending: String) {
        let wire = ["id: 1", "event: e", "data: a", "data: b", "", "data: c", "", ""].joined(separator: ending)
        #expect(
            parse(wire) == [ServerSentEvent(id: "1", event: "e", data: "a\nb"), ServerSentEvent(data: "c")])
    }

    @Test("a CRLF split between two pieces is one line break, not two")
    func crlfSplit() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("data: a\r".utf8)).isEmpty)
        // Were the LF a second line break, this would dispatch "a" now.
        #expect(parser.feed(Array("\n".utf8)).isEmpty)
        #expect(parser.feed(Array("data: b\r".utf8)).isEmpty)
        #expect(parser.feed(Array("\n\r".utf8)) == [ServerSentEvent(data: "a\nb")])
        #expect(parser.feed(Array("\ndata: c\r\r".utf8)) == [ServerSentEvent(data: "c")])
    }

    @Test("mixed line endings in one stream")
    func mixedLineEndings() {
        #expect(parse("data: a\rdata: b\r\ndata: c\n\r\n") == [ServerSentEvent(data: "a\nb\nc")])
        // CR CR is a blank line; LF CR is two line breaks.
        #expect(parse("data: a\r\rdata: b\n\r") == [ServerSentEvent(data: "a"), ServerSentEvent(data: "b")])
    }

    @Test("a field without a colon has an empty value; one leading space is removed, no more")
    func fieldSyntax() {
        #expect(parse("data\n\n") == [ServerSentEvent(data: "")])
        #expect(parse("data\ndata\ndata\n\n") == [ServerSentEvent(data: "\n\n")])
        #expect(parse("data:x\n\n") == [ServerSentEvent(data: "x")])
        #expect(parse("data:  x \n\n") == [ServerSentEvent(data: " x ")])
        #expect(parse("event\ndata: x\n\n") == [ServerSentEvent(event: "", data: "x")])
        // Names are case-sensitive, and unknown fields are ignored.
        #expect(parse("Data: x\nDATA: y\nfoo: bar\ndata: z\n\n") == [ServerSentEvent(data: "z")])
    }

    @Test("an event without data is not dispatched, but its id still becomes the last event ID")
    func noDataNoDispatch() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("id: 5\nevent: ping\n\n".utf8)).isEmpty)
        #expect(parser.lastEventID == "5")
        // The event type does not carry over to the next event, nor does the id field itself.
        #expect(parser.feed(Array("data: next\n\n".utf8)) == [ServerSentEvent(data: "next")])
        #expect(parser.lastEventID == "5")
        #expect(parser.feed(Array("id\n\n".utf8)).isEmpty)
        #expect(parser.lastEventID == "")
    }

    @Test("the last event ID changes only when an event completes")
    func lastEventIDOnlyAtEventEnd() {
        var parser = ServerSentEventParser(lastEventID: "from-before")
        #expect(parser.feed(Array("id: 9\ndata: cut off".utf8)).isEmpty)
        #expect(parser.lastEventID == "from-before")
        #expect(parser.feed(Array("\n\n".utf8)) == [ServerSentEvent(id: "9", data: "cut off")])
        #expect(parser.lastEventID == "9")
        // An event without an id line keeps the last one.
        #expect(parser.feed(Array("data: more\n\n".utf8)) == [ServerSentEvent(data: "more")])
        #expect(parser.lastEventID == "9")
    }

    @Test("an id containing NUL is ignored")
    func idWithNUL() {
        var parser = ServerSentEventParser()
        let events = parser.feed(Array("id: 1\n\n".utf8) + Array("id: a".utf8) + [0] + Array("b\ndata: x\n\n".utf8))
        #expect(events == [ServerSentEvent(data: "x")])
        #expect(parser.lastEventID == "1")
    }

    @Test("retry takes digits only, and takes effect even without data")
    func retry() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("retry: 1500\n\n".utf8)).isEmpty)
        #expect(parser.reconnectionTime == 1500)
        for invalid in ["retry: 15s", "retry: -1", "retry: 1.5", "retry:", "retry:  20", "retry: +3"] {
            #expect(parser.feed(Array("\(invalid)\ndata: x\n\n".utf8)) == [ServerSentEvent(data: "x")])
        }
        #expect(parser.reconnectionTime == 1500)
        #expect(parser.feed(Array("retry: 99999999999999999999999\ndata: x\n\n".utf8)).first?.retry == Int.max)
    }

    @Test("a byte order mark is skipped at the start of the stream only")
    func byteOrderMark() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var parser = ServerSentEventParser()
        // Split inside the mark, which a parser that decoded each piece alone would mangle.
        #expect(parser.feed(bom[..<2]).isEmpty)
        #expect(parser.feed(bom[2...] + Array("data: a\n\n".utf8)) == [ServerSentEvent(data: "a")])
        // Later, the mark is the start of a field name, "\u{FEFF}data", which is unknown.
        #expect(parser.feed(Array("data: b\n".utf8) + bom + Array("data: c\n\n".utf8)) == [ServerSentEvent(data: "b")])
    }

    @Test("a scalar split between pieces at every possible byte still decodes whole")
    func unicodeSplitMidScalar() {
        let event = ServerSentEvent(id: "é", event: "日本", data: "ü 👩‍💻 ✓")
        let wire = Array(event.encoded().utf8)
        for cut in 1..<wire.count {
            var parser = ServerSentEventParser()
            let events = parser.feed(wire[..<cut]) + parser.feed(wire[cut...])
            #expect(events == [event], "cut at byte \(cut)")
        }
        var parser = ServerSentEventParser()
        #expect(parseByteByByte(wire, into: &parser) == [event])
    }

    @Test("invalid UTF-8 becomes U+FFFD instead of being dropped")
    func invalidUTF8() {
        var parser = ServerSentEventParser()
        let events = parser.feed(Array("data: a".utf8) + [0xFF, 0xC3] + Array("\n\n".utf8))
        #expect(events == [ServerSentEvent(data: "a\u{FFFD}\u{FFFD}")])
    }

    @Test("an event cut off by the end of the stream is never dispatched")
    func incompleteEvent() {
        #expect(parse("data: complete\n\ndata: incomplete\n").count == 1)
        #expect(parse("data: no line break at all").isEmpty)
    }

    @Test("the default event type is message")
    func eventType() {
        #expect(ServerSentEvent(data: "").eventType == "message")
        #expect(ServerSentEvent(event: "", data: "").eventType == "message")
        #expect(ServerSentEvent(event: "ticket.updated", data: "").eventType == "ticket.updated")
    }
}
