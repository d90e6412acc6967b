/// A complete response: whatever status the server sent, including 3xx, 4xx and 5xx.
public struct HTTPResponse: Sendable {
    /// The final status code, such as 200, 302 or 503.
    public var status: Int
    /// The final response's header fields in the order received; interim (1xx) responses and
    /// proxy CONNECT responses are not included.
    public var headers: [HTTPHeader]
    /// The body, after any transfer coding is removed; content codings such as gzip are kept.
    public var body: [UInt8]
    /// The body was cut at the request's `maxResponseBytes` (``HTTPRequest/truncatesResponse``).
    public var truncated: Bool

    public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = [], truncated: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.truncated = truncated
    }

    /// The value of the first header field called `name`, compared case-insensitively.
    public func header(named name: String) -> String? {
        headers.first { $0.hasName(name) }?.value
    }

    /// The body decoded as UTF-8, with invalid sequences replaced.
    public var text: String { String(decoding: body, as: UTF8.self) }
}
