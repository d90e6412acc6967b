/// A request for ``HTTPClient/execute(_:)``.
///
/// Redirects are never followed: a 3xx comes back as the response. The client adds no retries.
public struct HTTPRequest: Sendable {
    /// Which addresses the request may connect to.
    public enum AddressPolicy: Sendable, Equatable {
        /// Any address: for calls to services the operator configured (model providers, the
        /// API itself).
        case any
        /// Public Internet addresses only: for URLs a tenant chose, such as webhook endpoints.
        ///
        /// The address is checked where the connection is made, whatever name or spelling led
        /// to it: before each socket is opened (every address libcurl tries, so a name that
        /// resolves to a private address now, or after a DNS change, is caught), and again
        /// before the request is sent on a connection, new or reused. Loopback, private,
        /// link-local, CGNAT, unspecified, multicast, broadcast, reserved, documentation,
        /// benchmarking and unique-local addresses are refused, and IPv6 forms that carry an
        /// IPv4 address are judged by it (`IPAddress.nonPublicClass` in Domain). A refusal
        /// sends nothing and fails with ``HTTPClientError/Kind-swift.enum/addressRefused``.
        ///
        /// Such a request never goes through a proxy, whatever ``HTTPRequest/proxy`` says and
        /// whatever the environment's `https_proxy` says, since the connection would then be to
        /// the proxy and the check would see the proxy's address.
        case publicOnly
    }

    /// Whether the request may go through a proxy.
    public enum Proxy: Sendable, Equatable {
        /// As libcurl decides from `http_proxy`, `https_proxy`, `all_proxy` and `no_proxy`.
        case environment
        /// Never: connect to the URL's host directly, whatever the environment says.
        case none
    }

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
    /// Which addresses the connection may reach; ``AddressPolicy/any`` by default.
    public var addressPolicy: AddressPolicy
    /// Whether a proxy from the environment is used; ignored (no proxy) for
    /// ``AddressPolicy/publicOnly``.
    public var proxy: Proxy
    /// Test and operations hook: pins host names to addresses for this request, bypassing DNS
    /// (libcurl's `CURLOPT_RESOLVE`), one entry per name as `HOST:PORT:ADDRESS[,ADDRESS…]`, for
    /// example `hooks.example.test:443:127.0.0.1`. The address policy still applies to the
    /// pinned addresses, since it checks the socket. libcurl keeps the entry in the client's
    /// DNS cache, which all requests on the same ``HTTPClient`` share, until the cache drops it;
    /// write `+HOST:PORT:ADDRESS` to let it expire like a resolved name (60 s) rather than stay
    /// for the client's life. Entries must not contain control characters.
    public var resolveOverrides: [String]

    public init(
        method: String = "GET",
        url: String,
        headers: [HTTPHeader] = [],
        body: [UInt8]? = nil,
        timeout: Duration = .seconds(30),
        connectTimeout: Duration = .seconds(10),
        maxResponseBytes: Int = 1 << 20,
        truncatesResponse: Bool = false,
        addressPolicy: AddressPolicy = .any,
        proxy: Proxy = .environment,
        resolveOverrides: [String] = []
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxResponseBytes = maxResponseBytes
        self.truncatesResponse = truncatesResponse
        self.addressPolicy = addressPolicy
        self.proxy = proxy
        self.resolveOverrides = resolveOverrides
    }
}
