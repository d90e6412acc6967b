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

    /// Every spelling here reaches a loopback, private or otherwise internal address through
    /// `inet_aton`, getaddrinfo or a URL parser; the text-only check before issue 17 let all of
    /// them through.
    @Test(
        "numeric, bracketed and trailing-dot spellings of internal hosts are refused",
        arguments: [
            ("http://2130706433/", "a loopback address (127.0.0.1)"),
            ("http://0x7f000001/", "a loopback address (127.0.0.1)"),
            ("http://0X7F000001:8080/h", "a loopback address (127.0.0.1)"),
            ("http://0177.0.0.1/", "a loopback address (127.0.0.1)"),
            ("http://127.1/", "a loopback address (127.0.0.1)"),
            ("http://127.0.1/", "a loopback address (127.0.0.1)"),
            ("http://0x7f.1/", "a loopback address (127.0.0.1)"),
            ("http://0/", "an unspecified address (0.0.0.0)"),
            ("http://[::ffff:127.0.0.1]/", "a loopback address (::ffff:127.0.0.1)"),
            ("http://[::ffff:7f00:1]/", "a loopback address (::ffff:127.0.0.1)"),
            ("http://[::127.0.0.1]/", "a loopback address (::7f00:1)"),
            ("http://[64:ff9b::7f00:1]/", "a loopback address (64:ff9b::7f00:1)"),
            ("http://[::ffff:169.254.169.254]/", "a link-local address (::ffff:169.254.169.254)"),
            ("http://[::]/", "an unspecified address (::)"),
            ("http://[fd00::1]/", "a unique local address (fd00::1)"),
            ("http://[fe80::1]/", "a link-local address (fe80::1)"),
            ("http://localhost./", "localhost, a loopback name"),
            ("http://LOCALHOST./h", "localhost, a loopback name"),
            ("http://api.localhost./", "localhost, a loopback name"),
            ("http://127.0.0.1./", "a loopback address (127.0.0.1)"),
            ("http://169.254.169.254./latest", "a link-local address (169.254.169.254)"),
            ("http://0xa9fea9fe/", "a link-local address (169.254.169.254)"),
            ("http://%31%32%37.0.0.1/", "a loopback address (127.0.0.1)"),
            ("http://100.64.0.1/", "a carrier-grade NAT (shared, 100.64.0.0/10) address (100.64.0.1)"),
            ("http://224.0.0.1/", "a multicast address (224.0.0.1)"),
            ("http://255.255.255.255/", "the broadcast address (255.255.255.255)"),
            ("http://203.0.113.7:8080/x", "a documentation address (203.0.113.7)"),
        ])
    func spellings(url: String, reason: String) throws {
        do {
            _ = try WebhookURLPolicy.validate(url, allowPrivate: false)
            Issue.record("\(url) was accepted")
        } catch {
            #expect(error.description.contains("points at \(reason);"), "\(url): \(error.description)")
            #expect(error.description.contains("SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE=1"))
        }
        _ = try WebhookURLPolicy.validate(url, allowPrivate: true)
    }

    @Test(
        "a host that ends in a number but is no address is malformed, whoever asks",
        arguments: ["http://1.2.3.256/", "http://1.2.3.4.5/", "http://08/", "http://example.0x1g.1/", "http://./"])
    func malformed(url: String) {
        #expect(throws: WebhookURLPolicy.Rejection.self) { try WebhookURLPolicy.validate(url, allowPrivate: true) }
    }

    @Test(
        "public hosts pass, however they are spelled",
        arguments: [
            "https://hooks.example.com/supportbot", "http://93.184.216.34:8080/x", "https://172.32.0.1/",
            "http://134744072/", "http://0x08080808/", "https://[2606:4700::1111]/h", "http://[::ffff:8.8.8.8]/",
            "https://hooks.example.com./x", "https://localhost.example.com/", "https://web.127.0.0.1.nip.io/",
        ])
    func publicHosts(url: String) throws {
        _ = try WebhookURLPolicy.validate(url, allowPrivate: false)
    }

    @Test("hosts read as a connection reads them")
    func interpretation() {
        #expect(WebhookURLPolicy.interpretHost("0177.0.0.1") == .address(IPAddress(bytes: [127, 0, 0, 1])!))
        #expect(WebhookURLPolicy.interpretHost("Hooks.Example.COM.") == .name("hooks.example.com"))
        #expect(WebhookURLPolicy.interpretHost("[::1]") == .address(IPAddress("::1")!))
        #expect(WebhookURLPolicy.interpretHost("\u{FF11}\u{FF12}\u{FF17}.0.0.1") == .address(IPAddress("127.0.0.1")!))
        #expect(WebhookURLPolicy.interpretHost("127\u{3002}0\u{3002}0\u{3002}1") == .address(IPAddress("127.0.0.1")!))
        #expect(WebhookURLPolicy.interpretHost("1.2.3.999") == nil)
    }
}
