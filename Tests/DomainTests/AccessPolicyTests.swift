import Domain
import Foundation
import Testing

@Suite("Access policy")
struct AccessPolicyTests {
    static let a = UUID()
    static let b = UUID()
    static let agentA = Principal(keyID: UUID(), name: "kim", role: .agent, tenantID: a)
    static let tenantAdminA = Principal(keyID: UUID(), name: "lee", role: .tenantAdmin, tenantID: a)
    static let admin = Principal(keyID: UUID(), name: "ops", role: .admin, tenantID: nil)

    @Test func rolesAllowWhatTheContractSays() {
        for permission in Permission.allCases {
            #expect(Self.admin.may(permission), "admin: \(permission)")
            #expect(Principal.breakGlass.may(permission), "break-glass: \(permission)")
        }
        let agent = Set(Permission.allCases.filter(Self.agentA.may))
        #expect(agent == [.readTickets, .reviewDrafts, .readStatus])
        let tenantAdmin = Set(Permission.allCases.filter(Self.tenantAdminA.may))
        #expect(tenantAdmin == Set(Permission.allCases).subtracting([.operate]))
    }

    @Test func anotherTenantIsHiddenNotForbidden() {
        #expect(Self.agentA.scope(nil) == .tenant(Self.a))
        #expect(Self.agentA.scope(Self.a) == .tenant(Self.a))
        #expect(Self.agentA.scope(Self.b) == .hidden)
        #expect(Self.admin.scope(nil) == .all && Self.admin.scope(Self.b) == .tenant(Self.b))
        #expect(Self.agentA.canSee(tenant: Self.a) && !Self.agentA.canSee(tenant: Self.b))
        #expect(Self.admin.canSee(tenant: Self.b))
        #expect(TenantScope.hidden.tenantID == nil && TenantScope.all.tenantID == nil)
    }

    @Test func keysAreGrantedDownwardOnly() {
        #expect(Role.allCases.allSatisfy(Self.admin.mayGrant))
        #expect(Self.tenantAdminA.mayGrant(.agent) && Self.tenantAdminA.mayGrant(.tenantAdmin))
        #expect(!Self.tenantAdminA.mayGrant(.admin))
        #expect(!Role.allCases.contains(where: Self.agentA.mayGrant))
        #expect(Role.agent < .tenantAdmin && Role.tenantAdmin < .admin)
    }
}

@Suite("API keys")
struct APIKeyTokenTests {
    @Test func keysAreLongRandomAndOnlyTheirHashIsKept() {
        let (key, hash) = APIKeyToken.generate()
        #expect(key.hasPrefix("sbk_") && key.count == 4 + 43)
        #expect(APIKeyToken.isWellFormed(key))
        #expect(hash == APIKeyToken.hash(key) && hash.count == 32)
        #expect(!hash.isEmpty && Array(key.utf8) != hash)
        let others = Set((0..<100).map { _ in APIKeyToken.generate().key })
        #expect(others.count == 100)
    }

    @Test func malformedTokensAreRefusedWithoutALookup() {
        for text in [
            "", "sbk_", "sbk_short", "Bearer sbk_x", "whsec_" + String(repeating: "a", count: 43),
            "sbk_" + String(repeating: "a", count: 42), "sbk_" + String(repeating: "a", count: 42) + "!",
            "sbk_" + String(repeating: "a", count: 200),
        ] {
            #expect(!APIKeyToken.isWellFormed(text), "\(text)")
        }
    }

    @Test func comparisonLooksAtEveryByte() {
        #expect(APIKeyToken.constantTimeEquals([1, 2, 3], [1, 2, 3]))
        #expect(!APIKeyToken.constantTimeEquals([1, 2, 3], [1, 2, 4]))
        #expect(!APIKeyToken.constantTimeEquals([1, 2, 3], [1, 2]))
        #expect(!APIKeyToken.constantTimeEquals([], [0]))
    }
}

@Suite("Secrets at rest")
struct SecretKeyringTests {
    static let key = SecretKeyring.newKeyBase64()

    @Test func sealedValuesOpenOnlyWithTheKeyAndInTheirPlace() throws {
        let ring = try SecretKeyring(currentBase64: Self.key)
        let sealed = try ring.seal("whsec_abc", context: "tenants.inbound:1")
        #expect(sealed.hasPrefix("sbenc:v1:\(ring.currentKeyID):") && !sealed.contains("whsec_abc"))
        #expect(try ring.seal("whsec_abc", context: "tenants.inbound:1") != sealed, "a fresh nonce each time")
        #expect(
            try ring.open(sealed, context: "tenants.inbound:1") == .init(plaintext: "whsec_abc", needsRewrap: false))
        // Copied to another tenant's row, or to the other kind of secret: refused.
        #expect(throws: SecretKeyError.self) { try ring.open(sealed, context: "tenants.inbound:2") }
        #expect(throws: SecretKeyError.self) { try ring.open(sealed, context: "tenants.outbound:1") }
        // One bit of the ciphertext flipped (decoded and re-encoded: an edited base64 character
        // near the end may only touch padding bits).
        let colon = sealed.lastIndex(of: ":")!
        var bytes = [UInt8](Data(base64Encoded: String(sealed[sealed.index(after: colon)...]))!)
        bytes[bytes.count / 2] ^= 0x01
        let tampered = String(sealed[...colon]) + Data(bytes).base64EncodedString()
        #expect(throws: SecretKeyError.self) { try ring.open(tampered, context: "tenants.inbound:1") }
        let other = try SecretKeyring(currentBase64: SecretKeyring.newKeyBase64())
        #expect(throws: SecretKeyError.self) { try other.open(sealed, context: "tenants.inbound:1") }
    }

    @Test func aRotatedKeyStillOpensOldValuesAndMarksThemForRewrap() throws {
        let old = try SecretKeyring(currentBase64: Self.key)
        let sealed = try old.seal("whsec_abc", context: "c")
        let rotated = try SecretKeyring(currentBase64: SecretKeyring.newKeyBase64(), previousBase64: [Self.key])
        #expect(try rotated.open(sealed, context: "c") == .init(plaintext: "whsec_abc", needsRewrap: true))
        #expect(try rotated.open("whsec_plain", context: "c") == .init(plaintext: "whsec_plain", needsRewrap: true))
    }

    @Test func keysComeFromTheEnvironmentOrAFileAndBadOnesSayHowToFixThem() throws {
        #expect(try SecretKeyring.load(environment: [:], readFile: { _ in "" }) == nil)
        let fromFile = try SecretKeyring.load(
            environment: ["SUPPORTBOT_SECRET_KEY_FILE": "/k"], readFile: { _ in Self.key + "\n" })
        #expect(fromFile?.currentKeyID == (try SecretKeyring(currentBase64: Self.key)).currentKeyID)
        #expect(throws: SecretKeyError.self) {
            try SecretKeyring.load(environment: ["SUPPORTBOT_SECRET_KEY": "c2hvcnQ="], readFile: { _ in "" })
        }
        do {
            _ = try SecretKeyring.load(
                environment: ["SUPPORTBOT_SECRET_KEY_FILE": "/nope"],
                readFile: { _ in throw CocoaError(.fileNoSuchFile) })
            Issue.record("an unreadable key file was accepted")
        } catch {
            #expect(error.code == .unreadableKeyFile && error.message.contains("/nope"))
        }
        #expect(SecretKeyError.missing.message.contains("secrets new-key"))
    }
}
