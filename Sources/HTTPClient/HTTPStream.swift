/// A response whose body is read as it arrives, from ``HTTPClient/stream(_:idleTimeout:)``: for
/// long-lived responses such as Server-Sent Events (`text/event-stream`).
///
/// The transfer runs until the body ends, the server or an idle timeout ends it, or the reader
/// stops it: by calling ``cancel()``, by cancelling the task that iterates ``body``, or by
/// dropping every copy of the response and its body.
public struct HTTPStreamResponse: Sendable {
    /// The final status code, such as 200 or 401. The body is streamed whatever the status.
    public let status: Int
    /// The final response's header fields in the order received; interim (1xx) responses and
    /// proxy CONNECT responses are not included.
    public let headers: [HTTPHeader]
    /// The body, after any transfer coding is removed, as it arrives.
    public let body: HTTPStreamBody

    init(status: Int, headers: [HTTPHeader], body: HTTPStreamBody) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The value of the first header field called `name`, compared case-insensitively.
    public func header(named name: String) -> String? {
        headers.first { $0.hasName(name) }?.value
    }

    /// Aborts the transfer and closes its connection; ``body`` then throws `.cancelled` without
    /// returning bytes not yet read. Harmless after the body has ended, and from any task.
    public func cancel() {
        body.cancel()
    }
}

/// The body of an ``HTTPStreamResponse``: each element is every byte received since the
/// previous element (one or more of libcurl's reads, never empty), so element boundaries carry
/// no meaning. Iteration ends with nil at the end of the body, or throws ``HTTPClientError``:
/// `.timeout` for an idle timeout, `.cancelled` when the reading task is cancelled or
/// ``cancel()`` is called, `.shutDown`, `.transport` when the connection breaks, and
/// `.responseTooLarge` when the reader falls behind (below).
///
/// One task reads it, with one iterator at a time; a second concurrent reader is a programming
/// error and stops the process, as with `AsyncStream`.
///
/// Bytes the reader has not yet taken are buffered in memory rather than slowing the server:
/// fine for event streams, which are small and steady. The buffer is bounded by the request's
/// `maxResponseBytes`; a reader that falls further behind loses the stream with
/// `.responseTooLarge`.
public struct HTTPStreamBody: AsyncSequence, Sendable {
    public typealias Element = [UInt8]
    public typealias Failure = HTTPClientError

    let reader: StreamReader

    init(reader: StreamReader) {
        self.reader = reader
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(reader: reader)
    }

    /// Aborts the transfer, as ``HTTPStreamResponse/cancel()`` does.
    public func cancel() {
        reader.cancel()
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        public typealias Element = [UInt8]
        public typealias Failure = HTTPClientError

        let reader: StreamReader

        public mutating func next() async throws(HTTPClientError) -> [UInt8]? {
            try await reader.next()
        }

        public mutating func next(isolation actor: isolated (any Actor)?) async throws(HTTPClientError) -> [UInt8]? {
            try await reader.next()
        }
    }
}

/// The reading side of one streamed transfer. The client thread never holds it, so when the last
/// response, body and iterator referring to it are gone, `deinit` aborts a transfer nobody reads.
/// It keeps the client alive meanwhile: releasing the client would otherwise shut it down and end
/// the stream under its reader.
final class StreamReader: Sendable {
    private let channel: BodyChannel
    private let client: HTTPClient
    private let transfer: Transfer

    init(channel: BodyChannel, client: HTTPClient, transfer: Transfer) {
        self.channel = channel
        self.client = client
        self.transfer = transfer
    }

    deinit {
        if !channel.isEnded { cancel() }
    }

    func next() async throws(HTTPClientError) -> [UInt8]? {
        // withTaskCancellationHandler only rethrows untyped errors: carry the typed one out.
        let result = await withTaskCancellationHandler { () async -> Result<[UInt8]?, HTTPClientError> in
            do throws(HTTPClientError) {
                return .success(try await channel.next())
            } catch {
                return .failure(error)
            }
        } onCancel: {
            cancel()
        }
        return try result.get()
    }

    func cancel() {
        // The channel ends first, so the reader wakes without waiting for the client thread.
        channel.cancel()
        client.cancel(transfer)
    }
}
