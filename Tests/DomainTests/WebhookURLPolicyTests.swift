import Domain
import Testing

@Suite("Tenant webhook URL policy")
struct WebhookURLPolicyTests {
    @Test("http(s) only", arguments: ["ftp://example.com/x", "example.com/hook", "javascript:alert(1)", "https://"])
    func schemes(url: String) {
        #expect(throws: WebhookURLPolicy.Rejection.self) { try WebhookURLPolicy.validate(url, allowPrivate: true) }
    }

    @Test(
        "private and loopback hosts need the operator's permission",
        arguments: [
            "http://localhost:9999/h", "http://127.0.0.1/h", "http://10.1.2.3/h", "http://172.20.0.1/h",
            "http://192.168.1.10/h", "http://169.254.169.254/latest", "http://[::1]:8080/h", "http://0.0.0.0/h",
        ])
    func privateHosts(url: String) throws {
        #expect(throws: WebhookURLPolicy.Rejection.self) { try WebhookURLPolicy.validate(url, allowPrivate: false) }
        _ = try WebhookURLPolicy.validate(url, allowPrivate: true)
    }

    @Test(
        "public hosts pass",
        arguments: ["https://hooks.example.com/supportbot", "http://203.0.113.7:8080/x", "https://172.32.0.1/"])
    func publicHosts(url: String) throws {
        _ = try WebhookURLPolicy.validate(url, allowPrivate: false)
    }
}
