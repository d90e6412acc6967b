import Foundation
import HTTPClient
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for tests, on blocking POSIX sockets: one thread accepts
/// and each connection gets its own thread, so a hanging reply never holds up other requests.
/// Connections are kept alive between requests unless the reply ends them.
final class TestHTTPServer: Sendable {
    struct Request: Sendable {
        var method: String
        var target: String
        var headers: [HTTPHeader]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    enum Reply: Sendable {
        /// A complete response with a Content-Length; the connection stays open.
        case respond(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = [])
        /// These bytes exactly, then the connection closes.
        case raw(String)
        /// A 200 with `bytes` of body written in chunks, with or without a Content-Length (without
        /// one, the end of the body is the end of the connection).
        case stream(bytes: Int, declareLength: Bool)
        /// A head with `Transfer-Encoding: chunked`, then each of `chunks` as one HTTP chunk, each
        /// sent `interval` after the one before (the first `interval` after the head), then the
        /// last chunk; or, when `endless`, `chunks` again and again until the client closes the
        /// connection, which ends the wait between chunks at once.
        case chunked(
            status: Int = 200, headers: [HTTPHeader] = [], chunks: [String], interval: Duration, endless: Bool = false)
        /// Never answer; hold the connection until the client closes it.
        case hang
        /// Close the connection without sending anything.
        case closeWithoutResponse
    }

    private struct State {
        var requests: [Request] = []
        var connections = 0
        var openSockets: Set<Int32> = []
        var stopped = false
    }

    let port: Int
    private let listener: Int32
    private let handler: @Sendable (Request) -> Reply
    private let state = Mutex(State())

    init(handler: @escaping @Sendable (Request) -> Reply) throws {
        self.handler = handler
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length) == 0 && listen(listener, 512) == 0
                    && getsockname(listener, pointer, &length) == 0
            }
        }
        guard bound else {
            close(listener)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [self] in acceptLoop() }.start()
    }

    func url(_ path: String = "/") -> String { "http://127.0.0.1:\(port)\(path)" }

    var requests: [Request] { state.withLock { $0.requests } }
    var connectionCount: Int { state.withLock { $0.connections } }
    var openConnections: Int { state.withLock { $0.openSockets.count } }

    /// Stops accepting and drops every open connection.
    func stop() {
        state.withLock { state in
            guard !state.stopped else { return }
            state.stopped = true
            // shutdown() wakes threads blocked in accept() or recv(); close() alone would not.
            _ = shutdown(listener, Int32(SHUT_RDWR))
            for socket in state.openSockets { _ = shutdown(socket, Int32(SHUT_RDWR)) }
        }
    }

    /// A port that nothing listens on, found by binding one and closing it again.
    static func closedPort() throws -> Int {
        let server = try TestHTTPServer { _ in .closeWithoutResponse }
        server.stop()
        return server.port
    }

    private func acceptLoop() {
        defer { close(listener) }
        while true {
            let connection = accept(listener, nil, nil)
            let accepted = state.withLock { state -> Bool in
                guard !state.stopped, connection >= 0 else { return false }
                state.connections += 1
                state.openSockets.insert(connection)
                return true
            }
            guard accepted else {
                if connection >= 0 { close(connection) }
                if errno == EINTR || errno == ECONNABORTED, !state.withLock({ $0.stopped }) { continue }
                return
            }
            Thread { [self] in serve(connection) }.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer {
            state.withLock { _ = $0.openSockets.remove(connection) }
            close(connection)
        }
        var buffer: [UInt8] = []
        while let request = readRequest(connection, &buffer) {
            state.withLock { $0.requests.append(request) }
            switch handler(request) {
            case .respond(let status, let headers, let body):
                var head = "HTTP/1.1 \(status) Test\r\nContent-Length: \(body.count)\r\n"
                for header in headers { head += "\(header.name): \(header.value)\r\n" }
                guard sendAll(connection, Array((head + "\r\n").utf8) + body) else { return }
            case .raw(let text):
                _ = sendAll(connection, Array(text.utf8))
                return
            case .stream(let bytes, let declareLength):
                let lengthField = declareLength ? "Content-Length: \(bytes)\r\n" : "Connection: close\r\n"
                guard sendAll(connection, Array("HTTP/1.1 200 OK\r\n\(lengthField)\r\n".utf8)) else { return }
                let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 64 * 1024)
                var sent = 0
                while sent < bytes {
                    let count = min(chunk.count, bytes - sent)
                    guard sendAll(connection, Array(chunk[..<count])) else { return }
                    sent += count
                }
                if !declareLength { return }
            case .chunked(let status, let headers, let chunks, let interval, let endless):
                guard sendChunked(connection, status, headers, chunks, interval, endless) else { return }
            case .hang:
                var scratch = [UInt8](repeating: 0, count: 4096)
                while recv(connection, &scratch, scratch.count, 0) > 0 {}
                return
            case .closeWithoutResponse:
                return
            }
        }
    }

    /// Reads one request (head and Content-Length body); nil at end of stream or on an error.
    private func readRequest(_ connection: Int32, _ buffer: inout [UInt8]) -> Request? {
        let separator = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while true {
            if buffer.count >= 4 {
                headEnd = (0...(buffer.count - 4)).first { buffer[$0..<$0 + 4].elementsEqual(separator) }
            }
            if headEnd != nil { break }
            guard receive(connection, into: &buffer) else { return nil }
        }
        guard let headEnd else { return nil }
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count == 3 else { return nil }
        let headers = lines.compactMap { line -> HTTPHeader? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return HTTPHeader(
                name: String(line[..<colon]),
                value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let length = Int(headers.first { $0.name.lowercased() == "content-length" }?.value ?? "0") ?? 0
        let bodyStart = headEnd + 4
        while buffer.count < bodyStart + length {
            guard receive(connection, into: &buffer) else { return nil }
        }
        let request = Request(
            method: String(requestLine[0]), target: String(requestLine[1]), headers: headers,
            body: Array(buffer[bodyStart..<bodyStart + length]))
        buffer.removeFirst(bodyStart + length)
        return request
    }

    private func receive(_ connection: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = recv(connection, &chunk, chunk.count, 0)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[..<count])
            return true
        }
    }

    /// False when the connection is gone or the reply ended it.
    private func sendChunked(
        _ connection: Int32, _ status: Int, _ headers: [HTTPHeader], _ chunks: [String], _ interval: Duration,
        _ endless: Bool
    ) -> Bool {
        var head = "HTTP/1.1 \(status) Test\r\nTransfer-Encoding: chunked\r\n"
        for header in headers { head += "\(header.name): \(header.value)\r\n" }
        guard sendAll(connection, Array((head + "\r\n").utf8)) else { return false }
        repeat {
            for chunk in chunks {
                guard !waitForClose(connection, interval) else { return false }
                let bytes = Array(chunk.utf8)
                guard sendAll(connection, Array((String(bytes.count, radix: 16) + "\r\n").utf8) + bytes + [13, 10])
                else { return false }
            }
        } while endless
        return sendAll(connection, Array("0\r\n\r\n".utf8))
    }

    /// Waits `interval`, or less if the client closes the connection first; true if it did.
    /// A request sent early (pipelining) would end the wait too, which these tests never do.
    private func waitForClose(_ connection: Int32, _ interval: Duration) -> Bool {
        let deadline = ContinuousClock.now + interval
        while true {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return false }
            var descriptor = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            let (seconds, attoseconds) = left.components
            let milliseconds = min(seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1, 60_000)
            let ready = poll(&descriptor, 1, Int32(milliseconds))
            if ready < 0, errno == EINTR { continue }
            if ready != 0 { return true }
        }
    }

    private func sendAll(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            // MSG_NOSIGNAL: a client that aborted must not raise SIGPIPE in the test process.
            let count = bytes[offset...].withUnsafeBytes {
                send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
}
