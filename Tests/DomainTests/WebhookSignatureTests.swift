import Domain
import Foundation
import Testing

@Suite("Standard Webhooks signatures")
struct WebhookSignatureTests {
    // The test vector published with the Standard Webhooks specification.
    let specSecret = WebhookSecret(encoded: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")!
    let specID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
    let specTimestamp: Int64 = 1_614_265_330
    let specBody = Array(#"{"test": 2432232314}"#.utf8)
    let specSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

    @Test("signing matches the specification's test vector")
    func specVector() {
        #expect(
            WebhookSignature.sign(id: specID, timestamp: specTimestamp, body: specBody, secret: specSecret)
                == specSignature)
    }

    @Test("verifies the test vector within tolerance, with other signatures around it")
    func verifies() throws {
        let now = Date(timeIntervalSince1970: Double(specTimestamp) + 299)
        try WebhookSignature.verify(
            id: specID, timestamp: String(specTimestamp), signatures: "v1,bm90IGl0 \(specSignature) v2,xyz",
            body: specBody, secrets: [specSecret], now: now)
    }

    @Test("refuses tampering, stale or future timestamps, and missing headers")
    func refuses() {
        let now = Date(timeIntervalSince1970: Double(specTimestamp))
        func verify(
            id: String? = "msg_p5jXN8AQM9LWM0D4loKWxJek", ts: String? = "1614265330", sig: String?,
            body: [UInt8]? = nil, at: Date? = nil
        )
            -> WebhookSignature.Failure?
        {
            do {
                try WebhookSignature.verify(
                    id: id, timestamp: ts, signatures: sig, body: body ?? specBody, secrets: [specSecret],
                    now: at ?? now)
                return nil
            } catch { return error }
        }
        #expect(verify(sig: specSignature) == nil)
        #expect(verify(sig: specSignature, body: Array(#"{"test": 2432232315}"#.utf8)) == .noValidSignature)
        #expect(verify(id: "msg_other", sig: specSignature) == .noValidSignature)
        #expect(verify(sig: "v1,AAAA") == .noValidSignature)
        #expect(verify(sig: specSignature, at: now.addingTimeInterval(301)) == .timestampOutOfTolerance)
        #expect(verify(sig: specSignature, at: now.addingTimeInterval(-301)) == .timestampOutOfTolerance)
        #expect(verify(ts: "soon", sig: specSignature) == .invalidTimestamp)
        #expect(verify(id: nil, sig: specSignature) == .missingHeader("webhook-id"))
        #expect(verify(ts: nil, sig: specSignature) == .missingHeader("webhook-timestamp"))
        #expect(verify(sig: nil) == .missingHeader("webhook-signature"))
        let other = WebhookSecret.generate()
        #expect(throws: WebhookSignature.Failure.noValidSignature) {
            try WebhookSignature.verify(
                id: specID, timestamp: String(specTimestamp), signatures: specSignature, body: specBody,
                secrets: [other],
                now: now)
        }
    }

    @Test("a rotation header carries one signature per secret and verifies with either")
    func rotation() throws {
        let old = WebhookSecret.generate()
        let new = WebhookSecret.generate()
        let body = Array("{}".utf8)
        let header = WebhookSignature.signatureHeader(id: "msg_1", timestamp: 100, body: body, secrets: [new, old])
        #expect(header.split(separator: " ").count == 2)
        for secret in [old, new] {
            try WebhookSignature.verify(
                id: "msg_1", timestamp: "100", signatures: header, body: body, secrets: [secret],
                now: Date(timeIntervalSince1970: 100))
        }
    }

    @Test("generated secrets are whsec_ + base64 of at least 24 random bytes, and redacted in logs")
    func secrets() throws {
        let a = WebhookSecret.generate()
        let b = WebhookSecret.generate()
        #expect(a != b)
        #expect(a.encoded.hasPrefix("whsec_"))
        #expect(a.key.count >= 24)
        #expect(WebhookSecret(encoded: a.encoded) == a)
        #expect(!"\(a)".contains(a.encoded))
        #expect(WebhookSecret(encoded: "whsec_short") == nil)
    }
}
