import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing

/// Setting a tenant's webhook URL through the API and the CLI refuses internal addresses in any
/// spelling, with a message that says which address it is.
@Suite("Webhook URLs set through the API and the CLI")
struct WebhookURLAPITests {
    static let refused = [
        ("http://2130706433/h", "a loopback address (127.0.0.1)"),
        ("http://0x7f000001/h", "a loopback address (127.0.0.1)"),
        ("http://0177.0.0.1/h", "a loopback address (127.0.0.1)"),
        ("http://127.1/h", "a loopback address (127.0.0.1)"),
        ("http://0/h", "an unspecified address (0.0.0.0)"),
        ("http://[::ffff:127.0.0.1]/h", "a loopback address (::ffff:127.0.0.1)"),
        ("http://localhost./h", "localhost, a loopback name"),
        ("http://169.254.169.254./latest", "a link-local address (169.254.169.254)"),
    ]

    static func send(
        _ http: HTTPClient, _ method: String, _ url: String, _ body: String
    ) async throws -> (Int, String) {
        let response = try await http.execute(
            HTTPRequest(
                method: method, url: url,
                headers: [
                    HTTPHeader(name: "Authorization", value: "Bearer \(InProcessAPI.adminToken)"),
                    HTTPHeader(name: "Content-Type", value: "application/json"),
                ],
                body: Array(body.utf8)))
        return (response.status, response.text)
    }

    @Test func postAndPatchRefuseInternalAddressesInEverySpelling() async throws {
        let pool = try await TestDatabase.shared.pool()
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "url checks", webhookURL: "https://hooks.example.com/a", by: .test
        ).id
        try await InProcessAPI.with(pool: pool, webhookURLAllowPrivate: false) { base in
            let http = HTTPClient(maxConnections: 2)
            defer { http.shutdown() }
            for (url, reason) in Self.refused {
                let (patched, patchBody) = try await Self.send(
                    http, "PATCH", "\(base)/v1/tenants/\(tenant.lowercased)", #"{"webhook_url":"\#(url)"}"#)
                #expect(patched == 400, "\(url)")
                #expect(patchBody.contains("invalid_field"))
                #expect(patchBody.contains("points at \(reason);"), "\(url): \(patchBody)")
                let (created, createBody) = try await Self.send(
                    http, "POST", "\(base)/v1/tenants", #"{"name":"x","webhook_url":"\#(url)"}"#)
                #expect(created == 400, "\(url)")
                #expect(createBody.contains("points at \(reason);"), "\(url): \(createBody)")
            }
            let (ok, _) = try await Self.send(
                http, "PATCH", "\(base)/v1/tenants/\(tenant.lowercased)",
                #"{"webhook_url":"https://hooks.example.com/b"}"#)
            #expect(ok == 200)
        }
        #expect(try await TenantStore(pool: pool).get(tenant).webhookURL == "https://hooks.example.com/b")
    }

    /// A few spellings, one process at a time: the API test above covers them all, and the suite
    /// runs many processes at once already.
    @Test func tenantUpdateAndCreateRefuseThemBeforeTouchingTheDatabase() async throws {
        for (url, reason) in Self.refused
        where ["http://2130706433/h", "http://[::ffff:127.0.0.1]/h", "http://localhost./h"].contains(url) {
            for arguments in [
                ["tenant", "update", UUID().uuidString, "--webhook-url", url],
                ["tenant", "create", "--name", "x", "--webhook-url", url],
            ] {
                let process = try ChildProcess(
                    try ChildProcess.supportbotBinary(), arguments,
                    environment: [
                        "DATABASE_URL": "host=127.0.0.1 port=1 dbname=none", "SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE": "0",
                    ])
                #expect(await process.wait() == 2)
                let output = (try? String(contentsOfFile: process.logPath, encoding: .utf8)) ?? ""
                #expect(output.contains("points at \(reason);"), "\(arguments): \(output)")
            }
        }
    }
}
