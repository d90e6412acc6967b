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
///   (`http_proxy` only in lower case, as libcurl guards against CGI's `HTTP_PROXY`).
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
                if let refusal = loop.submit(transfer) {
                    transfer.fail(
                        refusal,
                        refusal == .shutDown ? "the HTTP client was shut down" : "the request was cancelled")
                }
            }
        } onCancel: {
            loop.cancel(transfer)
        }
        return try result.get()
    }

    /// Fails requests in flight and any made later with `.shutDown`, closes all connections and
    /// ends the client's thread. Returns without waiting; calling it again does nothing.
    public func shutdown() {
        loop.shutdown()
    }
}
