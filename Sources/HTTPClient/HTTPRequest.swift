/// A request for ``HTTPClient/execute(_:)``.
///
/// Redirects are never followed: a 3xx comes back as the response. The client adds no retries.
public struct HTTPRequest: Sendable {
    /// The method token, sent as written (for example `GET`, `POST`, `PUT`).
    public var method: String
    /// An absolute `http://` or `https://` URL. Other schemes are refused with `.invalidRequest`.
    public var url: String
    /// Header fields to send, in order. A field with an empty value is sent with an empty value.
    ///
    /// The client sends no `Expect` header and, when there is a body but no `Content-Type`, no
    /// `Content-Type` either (libcurl would otherwise claim a form post). libcurl adds `Host`,
    /// `Accept: */*` and `Content-Length` unless they are given here.
    public var headers: [HTTPHeader]
    /// The request body; nil sends none. A `POST` with a nil body sends `Content-Length: 0`.
    public var body: [UInt8]?
    /// The deadline for the whole exchange, from submission to the last byte of the response.
    public var timeout: Duration
    /// The deadline for establishing the connection (DNS, TCP and TLS), within ``timeout``.
    public var connectTimeout: Duration
    /// The largest response body accepted; a larger one fails with `.responseTooLarge`, unless
    /// ``truncatesResponse`` is set.
    public var maxResponseBytes: Int
    /// Keep the first ``maxResponseBytes`` of a larger body, stop reading, and return the response
    /// (``HTTPResponse/truncated``): for callers that need the status, not the whole body, such as
    /// webhook deliveries to receivers that answer with megabytes or never stop.
    public var truncatesResponse: Bool

    public init(
        method: String = "GET",
        url: String,
        headers: [HTTPHeader] = [],
        body: [UInt8]? = nil,
        timeout: Duration = .seconds(30),
        connectTimeout: Duration = .seconds(10),
        maxResponseBytes: Int = 1 << 20,
        truncatesResponse: Bool = false
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxResponseBytes = maxResponseBytes
        self.truncatesResponse = truncatesResponse
    }
}
