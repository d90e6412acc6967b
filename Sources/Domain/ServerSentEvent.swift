/// One Server-Sent Event (`text/event-stream`), as a server writes it or a client receives it.
///
/// The fields mirror the wire format of the WHATWG HTML standard, section "Server-sent events":
/// a field is nil when the event has no such line, which differs from an empty value (`id:` with
/// nothing after it resets the client's last event ID).
public struct ServerSentEvent: Sendable, Equatable {
    /// The `id` field of this event. A client remembers the latest one and sends it back in
    /// `Last-Event-ID` when it reconnects (see ``ServerSentEventParser/lastEventID``).
    public var id: String?
    /// The `event` field: the event's type; nil or empty means the default type, `message`.
    public var event: String?
    /// The payload; lines are joined with LF.
    public var data: String
    /// The `retry` field: how many milliseconds a client should wait before reconnecting.
    public var retry: Int?

    public init(id: String? = nil, event: String? = nil, data: String, retry: Int? = nil) {
        self.id = id
        self.event = event
        self.data = data
        self.retry = retry
    }

    /// The type a browser's `EventSource` would dispatch this event as.
    public var eventType: String {
        guard let event, !event.isEmpty else { return "message" }
        return event
    }

    /// The event in wire form, ending with the blank line that makes a client dispatch it.
    ///
    /// Each line of `data` (split at LF, CR or CRLF, which arrive as LF) becomes a `data:` line,
    /// so an empty `data` is still one `data:` line and the event is still dispatched. Line
    /// breaks are removed from `id` and `event`, which could otherwise inject fields, and NUL
    /// from `id`, which would make clients ignore it; a negative `retry` is left out, since
    /// clients would ignore it.
    public func encoded() -> String {
        var text = ""
        if let id {
            text += Self.line("id", id.filter { !Self.isLineBreak($0) && $0 != "\0" })
        }
        if let event {
            text += Self.line("event", event.filter { !Self.isLineBreak($0) })
        }
        if let retry, retry >= 0 {
            text += Self.line("retry", String(retry))
        }
        for line in Self.lines(data) {
            text += Self.line("data", line)
        }
        return text + "\n"
    }

    /// A comment block, which clients ignore: a heartbeat that keeps proxies and idle timeouts
    /// from closing a quiet stream. Each line of `text` becomes its own comment line.
    public static func comment(_ text: String = "") -> String {
        lines(text).map { $0.isEmpty ? ":\n" : ": \($0)\n" }.joined() + "\n"
    }

    /// The space after the colon is always written for a non-empty value, because a parser
    /// strips exactly one: a value that itself starts with a space keeps it.
    private static func line(_ field: String, _ value: some StringProtocol) -> String {
        value.isEmpty ? "\(field):\n" : "\(field): \(value)\n"
    }

    /// Splits at the three line breaks the format knows, and no others (not U+2028, say, which
    /// `Character.isNewline` would also split at).
    private static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak)
    }

    /// CRLF is a single `Character`, so it needs no special case beyond being listed.
    private static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r" || character == "\r\n"
    }
}

/// Turns the bytes of a `text/event-stream` into events, fed in pieces of any size as they
/// arrive, following the parsing rules of the WHATWG HTML standard ("Interpreting an event
/// stream"):
/// - lines end at LF, CR or CRLF, even when a CRLF or a UTF-8 sequence is split between pieces;
///   a UTF-8 byte order mark at the very start is skipped and invalid UTF-8 becomes U+FFFD;
/// - a line starting with `:` is a comment; a line without a colon is a field with an empty
///   value; one space after the colon is removed;
/// - a blank line dispatches the event, unless it has no data (then only its `id` counts);
/// - `id` values containing NUL and `retry` values that are not all digits are ignored, as are
///   unknown fields;
/// - an event cut off by the end of the stream is never dispatched.
///
/// Memory grows with the longest line and event; the stream's reader bounds what it feeds.
public struct ServerSentEventParser: Sendable {
    /// The ID a client should send as `Last-Event-ID` when it reconnects: from the last `id` field
    /// of a completed event, even one not dispatched for lack of data. Empty when there is none.
    public private(set) var lastEventID: String
    /// The latest valid `retry` value, in milliseconds, which takes effect even in an event that
    /// is not dispatched.
    public private(set) var reconnectionTime: Int?

    /// The bytes of the line being read; decoded only once complete, so a UTF-8 sequence split
    /// between pieces decodes whole (CR and LF never occur inside one).
    private var line: [UInt8] = []
    /// The last byte ended a line with CR: an LF next is the rest of that CRLF, not a blank line.
    private var afterCR = false
    /// No line has been completed yet, so a byte order mark may start this one.
    private var atStart = true

    // The event being assembled, reset when a blank line ends it.
    private var data = ""
    private var hasData = false
    private var event: String?
    private var id: String?
    private var retry: Int?
    /// Set by `id` fields and kept across events; copied to `lastEventID` only when an event
    /// completes, so an event cut off by the end of the stream leaves `lastEventID` alone.
    private var idBuffer: String

    /// - Parameter lastEventID: the ID from a previous connection, kept until this stream sends
    ///   a new one; a reconnecting client passes its old parser's ``lastEventID``.
    public init(lastEventID: String = "") {
        self.lastEventID = lastEventID
        idBuffer = lastEventID
    }

    /// Reads `bytes` and returns the events they complete, in order. Bytes after the last line
    /// break are kept for the next call.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if afterCR {
                afterCR = false
                if byte == Self.lf { continue }
            }
            switch byte {
            case Self.cr, Self.lf:
                afterCR = byte == Self.cr
                if let event = endLine() { events.append(event) }
            default:
                line.append(byte)
            }
        }
        return events
    }

    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")
    private static let colon = UInt8(ascii: ":")
    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Handles the complete line in `line`; returns the event a blank line dispatches.
    private mutating func endLine() -> ServerSentEvent? {
        defer { line.removeAll(keepingCapacity: true) }
        if atStart {
            atStart = false
            if line.starts(with: Self.bom) { line.removeFirst(Self.bom.count) }
        }
        guard !line.isEmpty else { return dispatch() }
        guard line[0] != Self.colon else { return nil }
        let name: ArraySlice<UInt8>
        var value: ArraySlice<UInt8>
        if let colonIndex = line.firstIndex(of: Self.colon) {
            name = line[..<colonIndex]
            value = line[(colonIndex + 1)...]
            if value.first == UInt8(ascii: " ") { value = value.dropFirst() }
        } else {
            name = line[...]
            value = []
        }
        process(name, value)
        return nil
    }

    private mutating func process(_ name: ArraySlice<UInt8>, _ value: ArraySlice<UInt8>) {
        // Field names are compared as bytes: they are case-sensitive and must match exactly.
        if name.elementsEqual("data".utf8) {
            if hasData { data += "\n" }
            data += String(decoding: value, as: UTF8.self)
            hasData = true
        } else if name.elementsEqual("event".utf8) {
            event = String(decoding: value, as: UTF8.self)
        } else if name.elementsEqual("id".utf8) {
            guard !value.contains(0) else { return }
            let text = String(decoding: value, as: UTF8.self)
            id = text
            idBuffer = text
        } else if name.elementsEqual("retry".utf8) {
            guard !value.isEmpty, value.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
            else { return }
            // All digits yet too large for Int: as good as "never reconnect soon".
            let milliseconds = Int(String(decoding: value, as: UTF8.self)) ?? Int.max
            retry = milliseconds
            reconnectionTime = milliseconds
        }
    }

    /// The spec's "dispatch the event": the ID always takes effect; the event only with data.
    private mutating func dispatch() -> ServerSentEvent? {
        lastEventID = idBuffer
        defer {
            data = ""
            hasData = false
            event = nil
            id = nil
            retry = nil
        }
        // The spec's data buffer ends with a LF for each data line and is "empty" only when
        // there was no data line at all, which `hasData` tracks instead.
        guard hasData else { return nil }
        return ServerSentEvent(id: id, event: event, data: data, retry: retry)
    }
}
