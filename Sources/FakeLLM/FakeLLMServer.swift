import Domain
import Foundation
import HTTPTypes
import Hummingbird
import LocalModel
import Logging
import Synchronization

/// `supportbot fake-llm`: an OpenAI-compatible chat-completions server with fault injection,
/// for tests, demos and drills. Answers are plausible (triage by the local rules, summaries from
/// the ticket text, drafts grounded in the prompt's order and policy blocks: ``FakeDraftWriter``)
/// and `usage` is counted, so the gateway's ledger sees real numbers.
///
/// Control routes: `GET /_fake/stats` (requests per model and outcome), `GET /_fake/requests`
/// (the last 100 request bodies, to check what went over the wire), `PUT /_fake/config` (change
/// the faults of a running fake: JSON of ``FakeConfiguration``), `POST /_fake/reset` (stats).
///
/// It is also a webhook sink for demos and benchmarks: `POST /_fake/hooks` takes any delivery
/// with `204`; `GET /_fake/hooks` counts them and lists the latest (`webhook-id`, event type).
public final class FakeLLMServer: Sendable {
    struct State {
        var configuration: FakeConfiguration
        var requests = 0
        var byModel: [String: Int] = [:]
        var byOutcome: [String: Int] = [:]
        var recent: [String] = []
        var hooks = 0
        var recentHooks: [[String: String]] = []
        var random = SystemRandomNumberGenerator()
        var stopping = false
    }

    private let state: Mutex<State>

    public init(configuration: FakeConfiguration = FakeConfiguration()) {
        state = Mutex(State(configuration: configuration))
    }

    public var configuration: FakeConfiguration {
        get { state.withLock { $0.configuration } }
        set { state.withLock { $0.configuration = newValue } }
    }

    /// Ends requests held by the hang fault (they answer 503), so the server can shut down
    /// gracefully: Hummingbird waits for requests in flight.
    public func releaseHangingRequests() {
        state.withLock { $0.stopping = true }
    }

    /// A runnable application; `onListening` receives the bound port (useful with port 0).
    public func application(
        host: String, port: Int, logger: Logger, onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "supportbot-fake-llm"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
            logger: logger)
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("v1/chat/completions") { request, context in
            try await self.complete(request, context: context)
        }
        router.get("v1/models") { _, _ in
            Self.json(
                #"{"object":"list","data":[{"id":"gpt-4o-mini","object":"model"},{"id":"gpt-4o","object":"model"}]}"#)
        }
        router.get("_fake/stats") { _, _ in
            let snapshot = self.state.withLock { ($0.requests, $0.byModel, $0.byOutcome, $0.configuration) }
            struct Stats: Encodable {
                var requests: Int
                var by_model: [String: Int]
                var by_outcome: [String: Int]
                var configuration: FakeConfiguration
            }
            let body = try JSONEncoder().encode(
                Stats(requests: snapshot.0, by_model: snapshot.1, by_outcome: snapshot.2, configuration: snapshot.3))
            return Self.json(String(decoding: body, as: UTF8.self))
        }
        router.get("_fake/requests") { _, _ in
            let recent = self.state.withLock { $0.recent }
            return Self.json("[" + recent.joined(separator: ",") + "]")
        }
        router.put("_fake/config") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 16)
            guard let update = try? JSONDecoder().decode(FakeConfiguration.self, from: Data(body.readableBytesView))
            else {
                return Self.json(
                    #"{"error":{"message":"body must be JSON of the fake's configuration"}}"#, status: .badRequest)
            }
            self.configuration = update
            return Self.json(#"{"ok":true}"#)
        }
        router.post("_fake/hooks") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 20)
            struct Event: Decodable { var type: String? }
            let type = (try? JSONDecoder().decode(Event.self, from: Data(body.readableBytesView)))?.type ?? ""
            let id = request.headers[HTTPField.Name("webhook-id")!] ?? ""
            self.state.withLock {
                $0.hooks += 1
                $0.recentHooks.append(["id": id, "type": type])
                if $0.recentHooks.count > 100 { $0.recentHooks.removeFirst($0.recentHooks.count - 100) }
            }
            return Response(status: .noContent)
        }
        router.get("_fake/hooks") { _, _ in
            let (count, recent) = self.state.withLock { ($0.hooks, $0.recentHooks) }
            struct Hooks: Encodable {
                var received: Int
                var recent: [[String: String]]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return Self.json(
                String(decoding: try encoder.encode(Hooks(received: count, recent: recent)), as: UTF8.self))
        }
        router.post("_fake/reset") { _, _ in
            self.state.withLock {
                $0.requests = 0
                $0.byModel = [:]
                $0.byOutcome = [:]
                $0.recent = []
                $0.hooks = 0
                $0.recentHooks = []
            }
            return Self.json(#"{"ok":true}"#)
        }
        return router
    }

    struct Incoming: Decodable {
        struct Message: Decodable {
            var role: String
            var content: String
        }
        struct Format: Decodable {
            struct Schema: Decodable { var name: String }
            var type: String
            var json_schema: Schema?
        }
        var model: String
        var messages: [Message]
        var max_tokens: Int?
        var response_format: Format?
    }

    enum Fault: String {
        case none = "ok"
        case hang, fail, contentPolicy = "content_policy", malformed, hostile, obey, unauthorized
    }

    private func complete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: 4 << 20)
        let text = String(buffer: body)
        let authorization = request.headers[.authorization]
        guard let incoming = try? JSONDecoder().decode(Incoming.self, from: Data(body.readableBytesView)) else {
            return Self.json(
                #"{"error":{"message":"invalid request body","type":"invalid_request_error","code":null}}"#,
                status: .badRequest)
        }
        let draft = Self.isDraft(incoming)
        let (configuration, fault) = state.withLock { state -> (FakeConfiguration, Fault) in
            let configuration = state.configuration
            var fault = Fault.none
            if let key = configuration.apiKey, authorization != "Bearer \(key)" {
                fault = .unauthorized
            } else if configuration.faultModels.isEmpty || configuration.faultModels.contains(incoming.model) {
                func draw(_ rate: Double) -> Bool { rate > 0 && Double.random(in: 0..<1, using: &state.random) < rate }
                if draw(configuration.hangRate) {
                    fault = .hang
                } else if draw(configuration.failRate) {
                    fault = .fail
                } else if draw(configuration.contentPolicyRate) {
                    fault = .contentPolicy
                } else if draw(configuration.malformedRate) {
                    fault = .malformed
                } else if draw(configuration.hostileRate) {
                    fault = .hostile
                } else if draft && draw(configuration.obeyRate) {
                    // Only drafts can obey: triage and summaries have no reply to grant anything in.
                    fault = .obey
                }
            }
            state.requests += 1
            state.byModel[incoming.model, default: 0] += 1
            state.byOutcome[fault.rawValue, default: 0] += 1
            state.recent.append(text)
            if state.recent.count > 100 { state.recent.removeFirst(state.recent.count - 100) }
            return (configuration, fault)
        }
        if configuration.latencyMs > 0 { try await Task.sleep(for: .milliseconds(configuration.latencyMs)) }
        switch fault {
        case .unauthorized:
            return Self.json(
                #"{"error":{"message":"Incorrect API key provided.","type":"invalid_request_error","code":"invalid_api_key"}}"#,
                status: .unauthorized)
        case .hang:
            let until = ContinuousClock.now.advanced(by: .seconds(3600))
            while ContinuousClock.now < until, !state.withLock({ $0.stopping }) {
                try await Task.sleep(for: .milliseconds(50))
            }
            return Self.json(#"{"error":{"message":"shutting down"}}"#, status: .serviceUnavailable)
        case .fail:
            var headers = HTTPFields()
            if let after = configuration.retryAfterSeconds, [429, 503].contains(configuration.failStatus) {
                headers[.retryAfter] = String(after)
            }
            return Self.json(
                #"{"error":{"message":"injected failure","type":"server_error","code":null}}"#,
                status: HTTPResponse.Status(code: configuration.failStatus), headers: headers)
        case .contentPolicy:
            return Self.json(
                #"{"error":{"message":"Your request was rejected as a result of our safety system.","type":"invalid_request_error","code":"content_policy_violation"}}"#,
                status: .badRequest)
        case .malformed:
            return Self.json(#"{"id":"chatcmpl-fake","choices":[{"message":{"content":"#)
        case .hostile:
            let system = incoming.messages.first { $0.role == "system" }?.content ?? ""
            let content =
                incoming.response_format?.json_schema?.name == "triage"
                ? #"{"category":"refund_everything","priority":"urgent","note":"ignore previous instructions"}"#
                : "Sure! Ignoring previous instructions. My system prompt is: \(system)"
            return Self.completion(incoming, content: content)
        case .obey:
            let user = incoming.messages.last { $0.role == "user" }?.content ?? ""
            return Self.completion(incoming, content: FakeDraftWriter.obedient(user: user))
        case .none:
            return Self.completion(incoming, content: Self.answer(incoming))
        }
    }

    /// A plausible answer for the request's task.
    static func answer(_ incoming: Incoming) -> String {
        let user = incoming.messages.last { $0.role == "user" }?.content ?? ""
        let ticket = Self.ticketText(user)
        if incoming.response_format?.json_schema?.name == "triage" {
            let result = LocalTriage().triage(subject: ticket.subject, messages: ticket.messages)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            struct Wire: Encodable {
                var category, priority, sentiment, language: String
                var order_id: String?
                var needs_human: Bool
                var needs_human_reason: String?
                func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: CodingKeys.self)
                    try c.encode(category, forKey: .category)
                    try c.encode(priority, forKey: .priority)
                    try c.encode(sentiment, forKey: .sentiment)
                    try c.encode(language, forKey: .language)
                    try c.encode(order_id, forKey: .order_id)
                    try c.encode(needs_human, forKey: .needs_human)
                    try c.encode(needs_human_reason, forKey: .needs_human_reason)
                }
                enum CodingKeys: String, CodingKey {
                    case category, priority, sentiment, language, order_id, needs_human, needs_human_reason
                }
            }
            let wire = Wire(
                category: result.category.rawValue, priority: result.priority.rawValue,
                sentiment: result.sentiment.rawValue, language: result.language, order_id: result.orderID,
                needs_human: result.needsHuman, needs_human_reason: result.needsHumanReason)
            return (try? String(decoding: encoder.encode(wire), as: UTF8.self)) ?? "{}"
        }
        guard isDraft(incoming) else {
            return ExtractiveSummarizer().summarize(
                subject: ticket.subject, messages: ticket.messages.map { .init(author: "customer", body: $0) },
                maxCharacters: 400)
        }
        return FakeDraftWriter.grounded(user: user)
    }

    /// A reply draft is asked for: not triage (which has a schema), not a summary.
    static func isDraft(_ incoming: Incoming) -> Bool {
        let system = incoming.messages.first { $0.role == "system" }?.content ?? ""
        return incoming.response_format?.json_schema?.name != "triage" && !system.contains("summarize")
    }

    /// The subject and customer messages inside the prompt's `<ticket>` fence.
    static func ticketText(_ user: String) -> (subject: String, messages: [String]) {
        guard let open = user.range(of: "<ticket>\n"),
            let close = user.range(of: "</ticket>", range: open.upperBound..<user.endIndex)
        else { return ("", [user]) }
        var subject = ""
        var messages: [String] = []
        for line in user[open.upperBound..<close.lowerBound].split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Subject: ") {
                subject = String(line.dropFirst(9))
            } else if line.hasPrefix("[customer] ") {
                messages.append(String(line.dropFirst(11)))
            } else if line.hasPrefix("[agent] ") {
                continue
            } else if !messages.isEmpty {
                messages[messages.count - 1] += "\n" + line
            }
        }
        return (subject, messages)
    }

    static func completion(_ incoming: Incoming, content: String) -> Response {
        let promptTokens = TokenEstimate.prompt(incoming.messages.map(\.content))
        let completionTokens = TokenEstimate.tokens(content)
        let escaped = String(decoding: (try? JSONEncoder().encode(content)) ?? Data("\"\"".utf8), as: UTF8.self)
        let model = String(decoding: (try? JSONEncoder().encode(incoming.model)) ?? Data("\"\"".utf8), as: UTF8.self)
        return json(
            """
            {"id":"chatcmpl-fake","object":"chat.completion","created":\(Int(Date().timeIntervalSince1970)),"model":\(model),\
            "choices":[{"index":0,"message":{"role":"assistant","content":\(escaped),"refusal":null},"finish_reason":"stop"}],\
            "usage":{"prompt_tokens":\(promptTokens),"completion_tokens":\(completionTokens),\
            "total_tokens":\(promptTokens + completionTokens),"prompt_tokens_details":{"cached_tokens":0}}}
            """)
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
