import Foundation
import HTTPClient
import Testing

/// `.publicOnly` requests are checked where the connection is made: every spelling or name that
/// leads to the local test server is refused there, and the server sees nothing.
@Suite("HTTP client address policy")
struct AddressPolicyTests {
    func start() throws -> (TestHTTPServer, HTTPClient) {
        (try TestHTTPServer { _ in .respond(status: 200, body: Array("reached".utf8)) }, HTTPClient())
    }

    func failure(_ client: HTTPClient, _ request: HTTPRequest) async -> HTTPClientError? {
        do {
            _ = try await client.execute(request)
            return nil
        } catch {
            return error
        }
    }

    /// Hosts that reach 127.0.0.1 (or 0.0.0.0, which Linux connects to the local host), each
    /// spelled as a URL parser or `inet_aton` reads it, and `localhost` from /etc/hosts.
    /// (`localhost.` does not resolve on this machine's resolver; the URL check refuses it.)
    static let loopbackSpellings = ["127.0.0.1", "2130706433", "0x7f000001", "0177.0.0.1", "127.1", "0", "localhost"]

    @Test("a .publicOnly request to a loopback host is refused before anything is sent", arguments: loopbackSpellings)
    func refusedSpellings(host: String) async throws {
        let (server, client) = try start()
        defer {
            client.shutdown()
            server.stop()
        }
        let url = "http://\(host):\(server.port)/hook?token=secret"
        let error = try #require(
            await failure(client, HTTPRequest(method: "POST", url: url, body: [1], addressPolicy: .publicOnly)))
        #expect(error.kind == .addressRefused)
        #expect(error.kind != .connect)
        let resolved =
            error.message.hasPrefix("the host resolved to a loopback address (127.0.0.1)")
            || error.message.hasPrefix("the host resolved to a loopback address (::1)")
            || error.message.hasPrefix("the host resolved to an unspecified address (0.0.0.0)")
        #expect(resolved, "\(error.message)")
        #expect(error.description == "http client addressRefused: \(error.message)")
        #expect(!error.description.contains("secret") && !error.description.contains(String(server.port)))
        #expect(server.requests.isEmpty)
        #expect(server.connectionCount == 0, "not even a TCP connection")
    }

    @Test(
        "the same spellings connect with .any, so the refusals above are the policy's doing",
        arguments: loopbackSpellings)
    func anyConnects(host: String) async throws {
        let (server, client) = try start()
        defer {
            client.shutdown()
            server.stop()
        }
        let response = try await client.execute(HTTPRequest(url: "http://\(host):\(server.port)/"))
        #expect(response.status == 200)
        #expect(server.requests.count == 1)
    }

    @Test("an IPv4-mapped IPv6 literal of 127.0.0.1 is refused")
    func mappedIPv6() async throws {
        let (server, client) = try start()
        defer {
            client.shutdown()
            server.stop()
        }
        let error = await failure(
            client, HTTPRequest(url: "http://[::ffff:127.0.0.1]:\(server.port)/", addressPolicy: .publicOnly))
        #expect(error?.kind == .addressRefused)
        #expect(error?.message == "the host resolved to a loopback address (::ffff:127.0.0.1)")
        #expect(server.requests.isEmpty)
    }

    @Test("a made-up name pinned to 127.0.0.1 is refused; with .any the pin reaches the server")
    func pinnedName() async throws {
        let (server, client) = try start()
        defer {
            client.shutdown()
            server.stop()
        }
        let url = "http://hooks.supportbot-test.example:\(server.port)/hook"
        let pin = ["hooks.supportbot-test.example:\(server.port):127.0.0.1"]
        let error = await failure(client, HTTPRequest(url: url, addressPolicy: .publicOnly, resolveOverrides: pin))
        #expect(error?.kind == .addressRefused)
        #expect(error?.message == "the host resolved to a loopback address (127.0.0.1)")
        #expect(server.connectionCount == 0)

        let other = HTTPClient()
        defer { other.shutdown() }
        let response = try await other.execute(HTTPRequest(url: url, resolveOverrides: pin))
        #expect(response.status == 200)
        #expect(server.requests.first?.header("Host") == "hooks.supportbot-test.example:\(server.port)")
    }

    @Test("a connection opened by an .any request is not reused by a .publicOnly one")
    func reusedConnection() async throws {
        let (server, client) = try start()
        defer {
            client.shutdown()
            server.stop()
        }
        #expect(try await client.execute(HTTPRequest(url: server.url("/first"))).status == 200)
        let error = await failure(client, HTTPRequest(url: server.url("/second"), addressPolicy: .publicOnly))
        #expect(error?.kind == .addressRefused)
        #expect(error?.message == "the host resolved to a loopback address (127.0.0.1)")
        #expect(server.requests.map(\.target) == ["/first"])
        // The connection is still good for requests that may use it.
        #expect(try await client.execute(HTTPRequest(url: server.url("/third"))).status == 200)
        #expect(server.requests.map(\.target) == ["/first", "/third"])
    }

    @Test("streams are refused the same way")
    func stream() async throws {
        let (server, client) = try start()
        defer {
            client.shutdown()
            server.stop()
        }
        do {
            _ = try await client.stream(HTTPRequest(url: server.url(), addressPolicy: .publicOnly))
            Issue.record("the stream connected")
        } catch {
            #expect(error.kind == .addressRefused)
        }
        #expect(server.requests.isEmpty)
    }

    @Test("a closed port on a refused address is still a refusal, and a closed port with .any still .connect")
    func distinctFromConnect() async throws {
        let client = HTTPClient()
        defer { client.shutdown() }
        let port = try TestHTTPServer.closedPort()
        let refused = await failure(client, HTTPRequest(url: "http://127.0.0.1:\(port)/", addressPolicy: .publicOnly))
        #expect(refused?.kind == .addressRefused)
        let closed = await failure(client, HTTPRequest(url: "http://127.0.0.1:\(port)/"))
        #expect(closed?.kind == .connect)
    }

    @Test("resolve overrides with control characters are invalid")
    func invalidOverride() async throws {
        let client = HTTPClient()
        defer { client.shutdown() }
        let error = await failure(
            client, HTTPRequest(url: "http://127.0.0.1:1/", resolveOverrides: ["a.test:80:127.0.0.1\r\nX"]))
        #expect(error?.kind == .invalidRequest)
    }
}
