import Foundation
import HTTPClient
import Synchronization
import Testing

@Suite("HTTP client streaming")
struct HTTPStreamTests {
    static let events = ["data: one\n\n", "data: two\n\n", ": heartbeat\n\n", "data: three\n\n"]

    func start(
        _ handler: @escaping @Sendable (TestHTTPServer.Request) -> TestHTTPServer.Reply
    ) throws -> (TestHTTPServer, HTTPClient) {
        (try TestHTTPServer(handler: handler), HTTPClient())
    }

    func stop(_ server: TestHTTPServer, _ client: HTTPClient) {
        client.shutdown()
        server.stop()
    }

    /// The error `stream` throws, or nil if it returned a response.
    func failure(
        _ client: HTTPClient, _ request: HTTPRequest, idleTimeout: Duration? = nil
    ) async -> HTTPClientError? {
        do {
            _ = try await client.stream(request, idleTimeout: idleTimeout)
            return nil
        } catch {
            return error
        }
    }

    /// Reads `body` to its end: the bytes read, and the error that ended it, if one did.
    static func drain(_ body: HTTPStreamBody) async -> ([UInt8], HTTPClientError?) {
        var bytes: [UInt8] = []
        do {
            for try await chunk in body {
                #expect(!chunk.isEmpty)
                bytes += chunk
            }
            return (bytes, nil)
        } catch {
            return (bytes, error)
        }
    }

    /// Polls until `condition` holds, for at most thirty seconds (as in HTTPClientTests).
    func waitUntil(_ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while !condition(), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        try #require(condition())
    }

    @Test("the head comes first, then the chunks as sent, then a clean end")
    func chunksThenEnd() async throws {
        let (server, client) = try start { _ in
            .chunked(
                headers: [HTTPHeader(name: "Content-Type", value: "text/event-stream")], chunks: Self.events,
                interval: .milliseconds(30))
        }
        defer { stop(server, client) }
        let response = try await client.stream(
            HTTPRequest(
                url: server.url("/v1/events/stream"),
                headers: [HTTPHeader(name: "Accept", value: "text/event-stream")]))
        #expect(response.status == 200)
        #expect(response.header(named: "content-type") == "text/event-stream")
        let (bytes, error) = await Self.drain(response.body)
        #expect(error == nil)
        #expect(String(decoding: bytes, as: UTF8.self) == Self.events.joined())
        let request = try #require(server.requests.first)
        #expect(request.target == "/v1/events/stream")
        #expect(request.header("Accept") == "text/event-stream")
        // The stream ended cleanly, so its connection went back to the pool for the next request.
        #expect(try await client.execute(HTTPRequest(url: server.url())).status == 200)
        #expect(server.connectionCount == 1)
    }

    @Test("stream returns at the head, before any of the body has been sent")
    func headBeforeBody() async throws {
        let (server, client) = try start { _ in .chunked(chunks: ["late"], interval: .seconds(60)) }
        defer { stop(server, client) }
        // Were the head held back until body bytes arrived, this would fail with .timeout.
        let response = try await client.stream(HTTPRequest(url: server.url(), timeout: .seconds(5)))
        #expect(response.status == 200)
        response.cancel()
        try await waitUntil { server.openConnections == 0 }
    }

    @Test("chunks of an endless stream arrive while it runs; cancelling the reading task ends it")
    func cancelReadingTask() async throws {
        let (server, client) = try start { _ in
            .chunked(chunks: ["data: tick\n\n"], interval: .milliseconds(20), endless: true)
        }
        defer { stop(server, client) }
        let received = Atomic<Int>(0)
        let task = Task { () -> HTTPClientError? in
            do throws(HTTPClientError) {
                let response = try await client.stream(HTTPRequest(url: server.url(), timeout: .seconds(30)))
                for try await chunk in response.body {
                    received.add(chunk.count, ordering: .relaxed)
                }
                return nil
            } catch {
                return error
            }
        }
        try await waitUntil { received.load(ordering: .relaxed) >= 3 * "data: tick\n\n".utf8.count }
        let cancelledAt = ContinuousClock.now
        task.cancel()
        #expect(await task.value?.kind == .cancelled)
        #expect(ContinuousClock.now - cancelledAt < .seconds(5))
        try await waitUntil { server.openConnections == 0 }
    }

    @Test("cancel() from another task wakes the waiting reader and closes the connection")
    func cancelResponse() async throws {
        let (server, client) = try start { _ in .chunked(chunks: ["x"], interval: .seconds(60), endless: true) }
        defer { stop(server, client) }
        let response = try await client.stream(HTTPRequest(url: server.url()))
        let reader = Task { await Self.drain(response.body) }
        try await Task.sleep(for: .milliseconds(50))
        response.cancel()
        let (bytes, error) = await reader.value
        #expect(bytes.isEmpty)
        #expect(error?.kind == .cancelled)
        try await waitUntil { server.openConnections == 0 }
        // Reading again after the end returns nothing rather than throwing again.
        var iterator = response.body.makeAsyncIterator()
        #expect(try await iterator.next() == nil)
    }

    @Test("dropping a response without reading it aborts the transfer")
    func droppedResponse() async throws {
        let (server, client) = try start { _ in .chunked(chunks: ["x"], interval: .seconds(60), endless: true) }
        defer { stop(server, client) }
        do {
            let response = try await client.stream(HTTPRequest(url: server.url()))
            #expect(response.status == 200)
        }
        try await waitUntil { server.openConnections == 0 }
    }

    @Test("an error status comes back with its body")
    func errorStatusWithBody() async throws {
        let (server, client) = try start { _ in
            .respond(
                status: 401, headers: [HTTPHeader(name: "WWW-Authenticate", value: "Bearer")],
                body: Array(#"{"error":"unauthorized"}"#.utf8))
        }
        defer { stop(server, client) }
        let response = try await client.stream(HTTPRequest(url: server.url("/v1/events/stream")))
        #expect(response.status == 401)
        #expect(response.header(named: "www-authenticate") == "Bearer")
        let (bytes, error) = await Self.drain(response.body)
        #expect(error == nil)
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"error":"unauthorized"}"#)
    }

    @Test("only the final response's head is returned after a 1xx")
    func interimResponse() async throws {
        let reply = "HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nX-Final: yes\r\n\r\nbody"
        let (server, client) = try start { _ in .raw(reply) }
        defer { stop(server, client) }
        let response = try await client.stream(HTTPRequest(url: server.url()))
        #expect(response.status == 200)
        #expect(response.header(named: "X-Final") == "yes")
        #expect(response.header(named: "Link") == nil)
        let (bytes, error) = await Self.drain(response.body)
        #expect(error == nil)
        #expect(bytes == Array("body".utf8))
    }

    @Test("a closed port fails with .connect")
    func connectionRefused() async throws {
        let client = HTTPClient()
        defer { client.shutdown() }
        let port = try TestHTTPServer.closedPort()
        let error = await failure(client, HTTPRequest(url: "http://127.0.0.1:\(port)/"))
        #expect(error?.kind == .connect)
    }

    @Test("a head that does not arrive within the request's timeout fails with .timeout")
    func headTimeout() async throws {
        let (server, client) = try start { _ in .hang }
        defer { stop(server, client) }
        let startedAt = ContinuousClock.now
        let error = await failure(client, HTTPRequest(url: server.url(), timeout: .milliseconds(300)))
        #expect(error?.kind == .timeout)
        #expect(ContinuousClock.now - startedAt >= .milliseconds(300))
        try await waitUntil { server.openConnections == 0 }
    }

    @Test("the request's timeout does not limit a stream once its head has arrived")
    func streamOutlivesTimeout() async throws {
        let (server, client) = try start { _ in .chunked(chunks: Self.events, interval: .milliseconds(150)) }
        defer { stop(server, client) }
        let response = try await client.stream(HTTPRequest(url: server.url(), timeout: .milliseconds(100)))
        let (bytes, error) = await Self.drain(response.body)
        #expect(error == nil)
        #expect(String(decoding: bytes, as: UTF8.self) == Self.events.joined())
    }

    @Test("a stream silent for longer than the idle timeout fails with .timeout")
    func idleTimeout() async throws {
        let (server, client) = try start { _ in .chunked(chunks: ["x"], interval: .seconds(60)) }
        defer { stop(server, client) }
        let response = try await client.stream(HTTPRequest(url: server.url()), idleTimeout: .seconds(1))
        let startedAt = ContinuousClock.now
        let (bytes, error) = await Self.drain(response.body)
        #expect(bytes.isEmpty)
        #expect(error?.kind == .timeout)
        #expect(ContinuousClock.now - startedAt < .seconds(5))
        try await waitUntil { server.openConnections == 0 }
    }

    @Test("small heartbeats, more often than the idle timeout, keep a stream alive")
    func heartbeatsKeepStreamAlive() async throws {
        // Three bytes each: less than libcurl's low-speed limit of 1 byte/s would let through.
        let heartbeats = Array(repeating: ":\n\n", count: 6)
        let (server, client) = try start { _ in .chunked(chunks: heartbeats, interval: .milliseconds(250)) }
        defer { stop(server, client) }
        let response = try await client.stream(HTTPRequest(url: server.url()), idleTimeout: .milliseconds(700))
        let (bytes, error) = await Self.drain(response.body)
        #expect(error == nil)
        #expect(bytes.count == 18)
    }

    @Test("a server that never answers also trips the idle timeout")
    func idleTimeoutBeforeHead() async throws {
        let (server, client) = try start { _ in .hang }
        defer { stop(server, client) }
        let error = await failure(
            client, HTTPRequest(url: server.url(), timeout: .seconds(60)), idleTimeout: .seconds(1))
        #expect(error?.kind == .timeout)
    }

    @Test("a non-positive idle timeout is refused", arguments: [Duration.zero, .seconds(-1)])
    func invalidIdleTimeout(idleTimeout: Duration) async throws {
        let client = HTTPClient()
        defer { client.shutdown() }
        let error = await failure(client, HTTPRequest(url: "http://127.0.0.1:1/"), idleTimeout: idleTimeout)
        #expect(error?.kind == .invalidRequest)
    }

    @Test("a reader that falls more than maxResponseBytes behind loses the stream")
    func readerFallsBehind() async throws {
        let chunk = String(repeating: "e", count: 1000)
        let (server, client) = try start { _ in .chunked(chunks: [chunk], interval: .milliseconds(1), endless: true) }
        defer { stop(server, client) }
        let response = try await client.stream(HTTPRequest(url: server.url(), maxResponseBytes: 16 * 1024))
        // Not reading while the server keeps sending.
        try await waitUntil { server.openConnections == 0 }
        let (bytes, error) = await Self.drain(response.body)
        #expect(bytes.count <= 16 * 1024)
        #expect(error?.kind == .responseTooLarge)
    }

    @Test("shutdown ends a stream being read with .shutDown")
    func shutdownEndsStream() async throws {
        let (server, client) = try start { _ in .chunked(chunks: ["x"], interval: .seconds(60), endless: true) }
        defer { stop(server, client) }
        let response = try await client.stream(HTTPRequest(url: server.url()))
        let reader = Task { await Self.drain(response.body) }
        try await Task.sleep(for: .milliseconds(50))
        client.shutdown()
        #expect(await reader.value.1?.kind == .shutDown)
    }

    @Test("a task cancelled before it calls stream fails without sending anything")
    func cancelledBeforeStream() async throws {
        let (server, client) = try start { _ in .chunked(chunks: ["x"], interval: .zero) }
        defer { stop(server, client) }
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await failure(client, HTTPRequest(url: server.url()))
        }
        #expect(await task.value?.kind == .cancelled)
        #expect(server.requests.isEmpty)
    }

    @Test("execute still applies its timeout to the whole exchange")
    func executeKeepsWholeTimeout() async throws {
        let (server, client) = try start { _ in .chunked(chunks: Self.events, interval: .milliseconds(150)) }
        defer { stop(server, client) }
        do {
            _ = try await client.execute(HTTPRequest(url: server.url(), timeout: .milliseconds(300)))
            Issue.record("execute returned although the body took longer than its timeout")
        } catch {
            #expect(error.kind == .timeout)
        }
    }
}
