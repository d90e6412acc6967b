import Foundation
import HTTPClient
import Testing

@Suite("HTTP client")
struct HTTPClientTests {
    /// A fresh server answering with `handler`, and a client; pass both to `stop` when done.
    func start(
        _ handler: @escaping @Sendable (TestHTTPServer.Request) -> TestHTTPServer.Reply
    ) throws -> (TestHTTPServer, HTTPClient) {
        (try TestHTTPServer(handler: handler), HTTPClient())
    }

    func stop(_ server: TestHTTPServer, _ client: HTTPClient) {
        client.shutdown()
        server.stop()
    }

    /// The error `execute` throws, or nil if it returned a response.
    func failure(_ client: HTTPClient, _ request: HTTPRequest) async -> HTTPClientError? {
        do {
            _ = try await client.execute(request)
            return nil
        } catch {
            return error
        }
    }

    /// Polls until `condition` holds, for at most thirty seconds (the whole suite runs many server
    /// processes at once; the test server's threads may wait a while for a core).
    func waitUntil(_ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while !condition(), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        try #require(condition())
    }

    static func echo(_ request: TestHTTPServer.Request) -> TestHTTPServer.Reply {
        .respond(status: 200, headers: [HTTPHeader(name: "X-Method", value: request.method)], body: request.body)
    }

    @Test("GET sends its headers and returns status, headers and body")
    func getRoundTrip() async throws {
        let (server, client) = try start { _ in
            .respond(status: 200, headers: [HTTPHeader(name: "X-Reply", value: "yes")], body: Array("hello".utf8))
        }
        defer { stop(server, client) }
        let response = try await client.execute(
            HTTPRequest(url: server.url("/hello?x=1"), headers: [HTTPHeader(name: "X-Test", value: "1")]))
        #expect(response.status == 200)
        #expect(response.text == "hello")
        #expect(response.header(named: "x-reply") == "yes")
        #expect(response.header(named: "X-REPLY") == "yes")
        #expect(response.header(named: "content-length") == "5")
        #expect(response.header(named: "missing") == nil)
        let request = try #require(server.requests.first)
        #expect(request.method == "GET")
        #expect(request.target == "/hello?x=1")
        #expect(request.header("X-Test") == "1")
        #expect(request.body.isEmpty)
    }

    @Test("POST sends the body and its content type; the body comes back")
    func postRoundTrip() async throws {
        let (server, client) = try start(Self.echo)
        defer { stop(server, client) }
        let payload = Array(#"{"event":"ticket.created","note":"nul\u{0}byte"}"#.utf8)
        let response = try await client.execute(
            HTTPRequest(
                method: "POST", url: server.url("/hook"),
                headers: [HTTPHeader(name: "Content-Type", value: "application/json")], body: payload))
        #expect(response.status == 200)
        #expect(response.body == payload)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.body == payload)
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("Content-Length") == "\(payload.count)")
    }

    @Test("a body without a Content-Type is not labelled as a form; empty header values are sent")
    func noDefaultContentType() async throws {
        let (server, client) = try start(Self.echo)
        defer { stop(server, client) }
        _ = try await client.execute(
            HTTPRequest(
                method: "POST", url: server.url(), headers: [HTTPHeader(name: "X-Empty", value: "")],
                body: Array("a=b".utf8)))
        let request = try #require(server.requests.first)
        #expect(request.header("Content-Type") == nil)
        #expect(request.header("X-Empty") == "")
    }

    @Test("POST without a body sends Content-Length: 0")
    func postWithoutBody() async throws {
        let (server, client) = try start(Self.echo)
        defer { stop(server, client) }
        let response = try await client.execute(HTTPRequest(method: "POST", url: server.url()))
        #expect(response.status == 200)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.header("Content-Length") == "0")
    }

    @Test("other methods are sent as written, with or without a body", arguments: ["PUT", "PATCH", "DELETE"])
    func customMethods(method: String) async throws {
        let (server, client) = try start(Self.echo)
        defer { stop(server, client) }
        let withBody = try await client.execute(HTTPRequest(method: method, url: server.url(), body: [1, 2, 3]))
        #expect(withBody.header(named: "X-Method") == method)
        #expect(withBody.body == [1, 2, 3])
        let withoutBody = try await client.execute(HTTPRequest(method: method, url: server.url()))
        #expect(withoutBody.header(named: "X-Method") == method)
        #expect(server.requests.map(\.method) == [method, method])
    }

    @Test("HEAD reads no body and ignores the declared length")
    func head() async throws {
        let (server, client) = try start { _ in .raw("HTTP/1.1 200 OK\r\nContent-Length: 50000000\r\n\r\n") }
        defer { stop(server, client) }
        let response = try await client.execute(HTTPRequest(method: "HEAD", url: server.url()))
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
        #expect(response.header(named: "Content-Length") == "50000000")
        #expect(server.requests.first?.method == "HEAD")
    }

    @Test("error statuses and redirects are returned as they are", arguments: [200, 404, 500, 302])
    func statusesAsIs(status: Int) async throws {
        let (server, client) = try start { request in
            request.target == "/elsewhere"
                ? .respond(status: 200, body: Array("followed".utf8))
                : .respond(
                    status: status, headers: [HTTPHeader(name: "Location", value: "/elsewhere")],
                    body: Array("status \(status)".utf8))
        }
        defer { stop(server, client) }
        let response = try await client.execute(HTTPRequest(url: server.url("/start")))
        #expect(response.status == status)
        #expect(response.text == "status \(status)")
        #expect(response.header(named: "location") == "/elsewhere")
        #expect(server.requests.map(\.target) == ["/start"])
    }

    @Test("only the final response's headers are kept after a 1xx")
    func interimResponse() async throws {
        let reply = """
            HTTP/1.1 103 Early Hints\r
            Link: </style.css>; rel=preload\r
            \r
            HTTP/1.1 201 Created\r
            X-Final: yes\r
            Content-Length: 2\r
            \r
            ok
            """
        let (server, client) = try start { _ in .raw(reply) }
        defer { stop(server, client) }
        let response = try await client.execute(HTTPRequest(url: server.url()))
        #expect(response.status == 201)
        #expect(response.text == "ok")
        #expect(response.header(named: "X-Final") == "yes")
        #expect(response.header(named: "Link") == nil)
    }

    @Test("a 2 MiB body is sent without Expect: 100-continue")
    func largeBodyWithoutExpect() async throws {
        let (server, client) = try start { request in .respond(status: 200, body: Array("\(request.body.count)".utf8)) }
        defer { stop(server, client) }
        let payload = (0..<(2 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let response = try await client.execute(HTTPRequest(method: "POST", url: server.url(), body: payload))
        #expect(response.text == "\(payload.count)")
        let request = try #require(server.requests.first)
        #expect(request.body == payload)
        #expect(request.header("Expect") == nil)
    }

    @Test("sequential requests reuse one connection")
    func connectionReuse() async throws {
        let (server, client) = try start(Self.echo)
        defer { stop(server, client) }
        for index in 0..<5 {
            let response = try await client.execute(
                HTTPRequest(method: "POST", url: server.url(), body: Array("\(index)".utf8)))
            #expect(response.text == "\(index)")
        }
        #expect(server.requests.count == 5)
        #expect(server.connectionCount == 1)
    }

    @Test("200 concurrent requests each get their own response")
    func concurrentRequests() async throws {
        let (server, client) = try start(Self.echo)
        defer { stop(server, client) }
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let body = Array("request \(index)".utf8)
                    let response = try await client.execute(
                        HTTPRequest(method: "POST", url: server.url("/\(index)"), body: body))
                    return response.status == 200 && response.body == body
                }
            }
            var correct = 0
            for try await matched in group where matched { correct += 1 }
            #expect(correct == 200)
        }
        #expect(server.requests.count == 200)
    }

    @Test("maxConnections bounds the connections open at once; extra requests wait for one")
    func connectionLimit() async throws {
        let server = try TestHTTPServer(handler: Self.echo)
        let client = HTTPClient(maxConnections: 4)
        defer { stop(server, client) }
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<40 {
                group.addTask {
                    let body = Array("request \(index)".utf8)
                    return try await client.execute(HTTPRequest(method: "POST", url: server.url(), body: body)).body
                        == body
                }
            }
            var correct = 0
            for try await matched in group where matched { correct += 1 }
            #expect(correct == 40)
        }
        #expect(server.connectionCount <= 4)
    }

    @Test("a server that never answers times out")
    func timeout() async throws {
        let (server, client) = try start { _ in .hang }
        defer { stop(server, client) }
        let error = await failure(client, HTTPRequest(url: server.url(), timeout: .milliseconds(300)))
        #expect(error?.kind == .timeout)
    }

    @Test("a closed port fails with .connect")
    func connectionRefused() async throws {
        let client = HTTPClient()
        defer { client.shutdown() }
        let port = try TestHTTPServer.closedPort()
        let error = await failure(client, HTTPRequest(url: "http://127.0.0.1:\(port)/"))
        #expect(error?.kind == .connect)
        #expect(error?.curlCode == 7)
    }

    @Test("a connection closed without a response fails with .transport")
    func closedWithoutResponse() async throws {
        let (server, client) = try start { _ in .closeWithoutResponse }
        defer { stop(server, client) }
        let error = await failure(client, HTTPRequest(url: server.url()))
        #expect(error?.kind == .transport)
    }

    @Test("a body over the cap fails with .responseTooLarge", arguments: [true, false])
    func responseTooLarge(declareLength: Bool) async throws {
        let (server, client) = try start { _ in .stream(bytes: 5_000_000, declareLength: declareLength) }
        defer { stop(server, client) }
        let error = await failure(client, HTTPRequest(url: server.url(), maxResponseBytes: 1 << 20))
        #expect(error?.kind == .responseTooLarge)
    }

    @Test("endless response headers fail with .responseTooLarge")
    func headersTooLarge() async throws {
        let padding = (0..<10_000).map { "X-Pad-\($0): \(String(repeating: "p", count: 40))\r\n" }.joined()
        let (server, client) = try start { _ in .raw("HTTP/1.1 200 OK\r\n\(padding)Content-Length: 0\r\n\r\n") }
        defer { stop(server, client) }
        let error = await failure(client, HTTPRequest(url: server.url()))
        #expect(error?.kind == .responseTooLarge)
    }

    @Test("in truncating mode a body over the cap is cut there and the response returned", arguments: [true, false])
    func truncatedResponse(declareLength: Bool) async throws {
        let (server, client) = try start { _ in .stream(bytes: 5_000_000, declareLength: declareLength) }
        defer { stop(server, client) }
        let response = try await client.execute(
            HTTPRequest(url: server.url(), maxResponseBytes: 1024, truncatesResponse: true))
        #expect(response.status == 200)
        #expect(response.body.count == 1024)
        #expect(response.truncated)
    }

    @Test("a body exactly at the cap is accepted")
    func responseAtCap() async throws {
        let (server, client) = try start { _ in .stream(bytes: 100_000, declareLength: false) }
        defer { stop(server, client) }
        let response = try await client.execute(HTTPRequest(url: server.url(), maxResponseBytes: 100_000))
        #expect(response.body.count == 100_000)
    }

    @Test(
        "requests that cannot be sent fail with .invalidRequest",
        arguments: [
            HTTPRequest(url: "ftp://127.0.0.1/file"),
            HTTPRequest(url: "http://exa mple.com/"),
            HTTPRequest(url: "http://127.0.0.1/\0"),
            HTTPRequest(method: "GE T", url: "http://127.0.0.1/"),
            HTTPRequest(url: "http://127.0.0.1/", headers: [HTTPHeader(name: "X-Bad", value: "a\r\nInjected: 1")]),
            HTTPRequest(url: "http://127.0.0.1/", headers: [HTTPHeader(name: "Bad Name", value: "a")]),
            HTTPRequest(method: "HEAD", url: "http://127.0.0.1/", body: []),
            HTTPRequest(url: "http://127.0.0.1/", timeout: .zero),
        ])
    func invalidRequests(request: HTTPRequest) async throws {
        let client = HTTPClient()
        defer { client.shutdown() }
        let error = await failure(client, request)
        #expect(error?.kind == .invalidRequest)
    }

    @Test("error descriptions leave out the URL; debug descriptions add curl's detail")
    func errorDescriptions() async throws {
        let (server, client) = try start { _ in .hang }
        defer { stop(server, client) }
        let error = try #require(
            await failure(client, HTTPRequest(url: server.url("/hook?token=secret"), timeout: .milliseconds(100))))
        #expect(!error.description.contains("secret"))
        #expect(!error.description.contains("127.0.0.1"))
        #expect(error.debugDescription.contains("curl code 28"))
    }

    @Test("cancelling the waiting task aborts the transfer promptly")
    func cancellation() async throws {
        let (server, client) = try start { _ in .hang }
        defer { stop(server, client) }
        let task = Task { await failure(client, HTTPRequest(url: server.url(), timeout: .seconds(30))) }
        try await waitUntil { server.requests.count == 1 }
        let cancelledAt = ContinuousClock.now
        task.cancel()
        let error = await task.value
        #expect(error?.kind == .cancelled)
        // Far below the request's 30 s timeout, without depending on the machine's speed.
        #expect(ContinuousClock.now - cancelledAt < .seconds(5))
        // The client drops the connection, which ends the server's wait for it to close.
        try await waitUntil { server.openConnections == 0 }
    }

    @Test("a task cancelled before it calls execute fails without sending anything")
    func cancelledBeforeExecute() async throws {
        let (server, client) = try start(Self.echo)
        defer { stop(server, client) }
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await failure(client, HTTPRequest(url: server.url()))
        }
        #expect(await task.value?.kind == .cancelled)
        #expect(server.requests.isEmpty)
    }

    @Test("shutdown fails requests in flight and every later request")
    func shutdown() async throws {
        let (server, client) = try start { _ in .hang }
        defer { stop(server, client) }
        try await withThrowingTaskGroup(of: HTTPClientError.Kind?.self) { group in
            for _ in 0..<3 {
                group.addTask { await failure(client, HTTPRequest(url: server.url(), timeout: .seconds(30)))?.kind }
            }
            try await waitUntil { server.requests.count == 3 }
            client.shutdown()
            var kinds: [HTTPClientError.Kind?] = []
            for try await kind in group { kinds.append(kind) }
            #expect(kinds == [.shutDown, .shutDown, .shutDown])
        }
        #expect(await failure(client, HTTPRequest(url: server.url()))?.kind == .shutDown)
        #expect(server.requests.count == 3)
    }

    @Test("a client released without shutdown stops its thread and closes its connections")
    func releasedClient() async throws {
        let server = try TestHTTPServer(handler: Self.echo)
        defer { server.stop() }
        do {
            let client = HTTPClient()
            #expect(try await client.execute(HTTPRequest(url: server.url())).status == 200)
        }
        try await waitUntil { server.openConnections == 0 }
    }
}
