/// An HTTP/1.1 and HTTP/2 client built on libcurl, for outgoing calls such as webhook deliveries.
///
/// One background thread runs all of a client's transfers through a single libcurl multi handle,
/// so `execute` never blocks a Swift concurrency thread, idle connections are reused across
/// requests to the same host, and an idle client uses no CPU. Create one client and share it.
///
/// Behaviour worth knowing:
/// - Redirects are not followed and nothing is retried: a 3xx is returned as the response.
/// - libcurl honours the `http_proxy`, `https_proxy`, `all_proxy` and `no_proxy` environment
///   variables, so deployments can route requests through a proxy without code changes
///   (`http_proxy` only in lower case, as libcurl guards against CGI's `HTTP_PROXY`); requests
///   with `proxy: .none` or `addressPolicy: .publicOnly` never use a proxy.
/// - A `.publicOnly` request (``HTTPRequest/AddressPolicy-swift.enum/publicOnly``) connects only
///   to public addresses, checked at the socket; anything else fails with `.addressRefused`.
/// - TLS certificates are verified against the system's CA store.
/// - The first client in a process initializes libcurl and sets SIGPIPE to be ignored, since a
///   write to a connection the peer has closed would otherwise end the process.
public final class HTTPClient: Sendable {
    private let loop: MultiLoop

    /// Starts the client's thread.
    ///
    /// - Parameter maxConnections: the most connections open at once, over all hosts, and the
    ///   most idle connections kept for reuse. Requests beyond the limit wait for a free
    ///   connection; that wait counts against their timeout.
    public init(maxConnections: Int = 256) {
        precondition(maxConnections > 0, "maxConnections must be positive")
        loop = MultiLoop(maxConnections: maxConnections)
    }

    deinit {
        loop.shutdown()
    }

    /// Sends `request` and waits for the complete response, whatever its status code.
    ///
    /// Cancelling the calling task aborts the transfer and throws `.cancelled` promptly.
    public func execute(_ request: HTTPRequest) async throws(HTTPClientError) -> HTTPResponse {
        let transfer = try Transfer(request)
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                transfer.setCompletion(continuation)
                submit(transfer)
            }
        } onCancel: {
            loop.cancel(transfer)
        }
        return try result.get()
    }

    /// Sends `request` and returns as soon as the final status line and headers have arrived,
    /// with a body to read as it arrives: for long-lived responses such as Server-Sent Events.
    ///
    /// Timeouts differ from ``execute(_:)``, since a stream has no natural end:
    /// - `request.timeout` bounds only the wait for the status line and headers (from submission,
    ///   connecting included); once they have arrived the stream may last indefinitely. A late
    ///   head fails with `.timeout`.
    /// - `idleTimeout`, when given, ends the stream with `.timeout` once that long has passed
    ///   without a byte from the server (counted from submission until the first byte), at any
    ///   point of the stream; leave it nil to wait as long as the server keeps the connection.
    ///   For an event stream whose server sends a comment every N seconds, two or three times N
    ///   notices a dead connection that TCP alone might not report for many minutes.
    /// - `request.connectTimeout` applies as usual.
    ///
    /// `request.maxResponseBytes` bounds the bytes received but not yet read (see
    /// ``HTTPStreamBody``), not the body's length; `truncatesResponse` is ignored.
    ///
    /// Cancelling the calling task before the headers arrive aborts the transfer and throws
    /// `.cancelled`; afterwards, see ``HTTPStreamResponse`` for how to stop the transfer.
    public func stream(
        _ request: HTTPRequest, idleTimeout: Duration? = nil
    ) async throws(HTTPClientError) -> HTTPStreamResponse {
        if let idleTimeout, idleTimeout <= .zero {
            throw HTTPClientError(.invalidRequest, message: "the idle timeout must be positive")
        }
        let channel = BodyChannel(maxUnreadBytes: max(request.maxResponseBytes, 0))
        let transfer = try Transfer(request, streamingTo: channel, idleTimeout: idleTimeout)
        let head = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                transfer.setHeadCompletion(continuation)
                submit(transfer)
            }
        } onCancel: {
            loop.cancel(transfer)
        }
        let (status, headers) = try head.get()
        let reader = StreamReader(channel: channel, client: self, transfer: transfer)
        return HTTPStreamResponse(status: status, headers: headers, body: HTTPStreamBody(reader: reader))
    }

    /// Hands `transfer` to the client's thread, or fails it at once when the client refuses it.
    private func submit(_ transfer: Transfer) {
        if let refusal = loop.submit(transfer) {
            transfer.fail(refusal, refusal == .shutDown ? "the HTTP client was shut down" : "the request was cancelled")
        }
    }

    /// Aborts a streamed transfer for its reader.
    func cancel(_ transfer: Transfer) {
        loop.cancel(transfer)
    }

    /// Fails requests in flight and any made later with `.shutDown`, closes all connections and
    /// ends the client's thread. Returns without waiting; calling it again does nothing.
    public func shutdown() {
        loop.shutdown()
    }
}
