import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// A real HTTP receiver on a loopback port for delivery tests: records every request and answers
/// as told (a status script, a delay, a huge or endless body).
public final class WebhookReceiver: Sendable {
    public init() {}

    public struct Received: Sendable {
        public var id: String
        public var timestamp: String
        public var signature: String
        public var body: [UInt8]
        public var json: [String: Any]? { try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] }
        public var type: String? { json?["type"] as? String }
    }

    public enum Answer: Sendable {
        case status(Int)
        case statusAfter(Int, Duration)
        case retryAfter(Int, seconds: Int)
        /// 200 with a body of this many bytes.
        case huge(Int)
        /// 200 and a body that never ends.
        case endless
        /// 200 with bytes that are not text (NUL included).
        case binary
    }

    private struct State {
        public var received: [Received] = []
        var script: [Answer] = []
        var fallback: Answer = .status(200)
    }

    private let state = Mutex(State())

    /// Answers for the next requests, in order; then `fallback`.
    public func script(_ answers: [Answer], then fallback: Answer = .status(200)) {
        state.withLock {
            $0.script = answers
            $0.fallback = fallback
        }
    }

    public var received: [Received] { state.withLock { $0.received } }

    func application(port: Int) -> some ApplicationProtocol {
        let router = Router()
        router.post("hook") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            let answer = self.state.withLock { state -> Answer in
                state.received.append(
                    Received(
                        id: request.headers[HTTPField.Name("webhook-id")!] ?? "",
                        timestamp: request.headers[HTTPField.Name("webhook-timestamp")!] ?? "",
                        signature: request.headers[HTTPField.Name("webhook-signature")!] ?? "",
                        body: Array(body.readableBytesView)))
                return state.script.isEmpty ? state.fallback : state.script.removeFirst()
            }
            switch answer {
            case .status(let code):
                return Response(status: .init(code: code))
            case .statusAfter(let code, let delay):
                try await Task.sleep(for: delay)
                return Response(status: .init(code: code))
            case .retryAfter(let code, let seconds):
                return Response(status: .init(code: code), headers: [.retryAfter: String(seconds)])
            case .huge(let count):
                let chunk = ByteBuffer(repeating: UInt8(ascii: "x"), count: 64 * 1024)
                return Response(
                    status: .ok,
                    body: ResponseBody { writer in
                        var sent = 0
                        while sent < count {
                            try await writer.write(chunk)
                            sent += chunk.readableBytes
                        }
                        try await writer.finish(nil)
                    })
            case .binary:
                return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(bytes: [0, 255, 0, 1, 2])))
            case .endless:
                let chunk = ByteBuffer(repeating: UInt8(ascii: "y"), count: 16 * 1024)
                return Response(
                    status: .ok,
                    body: ResponseBody { writer in
                        while !Task.isCancelled {
                            try await writer.write(chunk)
                            try await Task.sleep(for: .milliseconds(5))
                        }
                    })
            }
        }
        var logger = Logger(label: "test.receiver")
        logger.logLevel = .critical
        return Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger)
    }

    /// Runs the receiver on `port` while `body` runs.
    public func serve<T: Sendable>(port: Int, _ body: @Sendable () async throws -> T) async throws -> T {
        var logger = Logger(label: "test.receiver")
        logger.logLevel = .critical
        let group = ServiceGroup(
            configuration: .init(services: [application(port: port)], gracefulShutdownSignals: [], logger: logger))
        return try await withThrowingTaskGroup(of: T?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            // Until the port answers.
            for _ in 0..<100 {
                if (try? await Self.probe(port)) == true { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            let result: Result<T, any Error>
            do { result = .success(try await body()) } catch { result = .failure(error) }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return try result.get()
        }
    }

    public static func probe(_ port: Int) async throws -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
