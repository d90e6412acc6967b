import Crypto
import Foundation

/// Encrypts tenant secrets at rest with AES-256-GCM under `SUPPORTBOT_SECRET_KEY`.
///
/// A stored value is an envelope `sbenc:v1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>`. The key id
/// (derived from the key, so nothing else needs configuring) says which key wrote it, so after a
/// rotation the previous key (`SUPPORTBOT_SECRET_KEY_PREVIOUS`) still opens old values until
/// `supportbot secrets rewrap` has re-sealed them. Each value is bound to where it is stored (the
/// `context`, e.g. `tenants.inbound_secret:<tenant id>`) as associated data: a ciphertext copied to
/// another tenant's row or column fails to open instead of lending that tenant the secret.
public struct SecretKeyring: Sendable {
    public static let envelopePrefix = "sbenc:v1:"

    // Raw bytes: swift-crypto's `SymmetricKey` is not `Sendable`; one is made for each use.
    /// The key that seals; also opens.
    let current: [UInt8]
    /// Keys that only open (after a rotation).
    let previous: [[UInt8]]

    public init(current: [UInt8], previous: [[UInt8]] = []) {
        precondition(current.count == 32 && previous.allSatisfy { $0.count == 32 }, "AES-256 keys are 32 bytes")
        self.current = current
        self.previous = previous
    }

    /// Parses keys given as base64 of 32 bytes.
    public init(currentBase64: String, previousBase64: [String] = []) throws(SecretKeyError) {
        self.init(
            current: try Self.parseKey(currentBase64, name: "SUPPORTBOT_SECRET_KEY"),
            previous: try previousBase64.map { (text) throws(SecretKeyError) in
                try Self.parseKey(text, name: "SUPPORTBOT_SECRET_KEY_PREVIOUS")
            })
    }

    /// The keyring configured in `environment`: `SUPPORTBOT_SECRET_KEY` or the file named by
    /// `SUPPORTBOT_SECRET_KEY_FILE` (read with `readFile`), plus `SUPPORTBOT_SECRET_KEY_PREVIOUS`
    /// (comma-separated). Nil when no key is configured.
    public static func load(
        environment: [String: String], readFile: (String) throws -> String
    ) throws(SecretKeyError) -> SecretKeyring? {
        var text = environment["SUPPORTBOT_SECRET_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        if text == nil, let path = environment["SUPPORTBOT_SECRET_KEY_FILE"], !path.isEmpty {
            do {
                text = try readFile(path)
            } catch {
                throw SecretKeyError(
                    .unreadableKeyFile,
                    "SUPPORTBOT_SECRET_KEY_FILE names \(path), which cannot be read: \(error.localizedDescription)")
            }
        }
        guard let text else { return nil }
        let previous = (environment["SUPPORTBOT_SECRET_KEY_PREVIOUS"] ?? "").split(separator: ",").map(String.init)
        return try SecretKeyring(currentBase64: text, previousBase64: previous)
    }

    /// A new random key, base64: what `supportbot secrets new-key` prints.
    public static func newKeyBase64() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
    }

    /// What to tell someone who has no key.
    public static let howToMakeAKey =
        "set SUPPORTBOT_SECRET_KEY (or SUPPORTBOT_SECRET_KEY_FILE) to a key from `supportbot secrets new-key` "
        + "(base64 of 32 random bytes); tenant secrets are encrypted with it"

    /// The short id of `key` stored in each envelope.
    public static func keyID(_ key: [UInt8]) -> String {
        let digest = SHA256.hash(data: Array("supportbot-secret-key-id:".utf8) + key)
        return digest.prefix(4).map { String(format: "%02x", $0) }.joined()
    }

    public var currentKeyID: String { Self.keyID(current) }

    /// Encrypts `plaintext` for the place named by `context`.
    public func seal(_ plaintext: String, context: String) throws(SecretKeyError) -> String {
        do {
            let box = try AES.GCM.seal(
                Array(plaintext.utf8), using: SymmetricKey(data: current), authenticating: Array(context.utf8))
            guard let combined = box.combined else { throw SecretKeyError(.sealFailed, "AES-GCM gave no output") }
            return Self.envelopePrefix + currentKeyID + ":" + combined.base64EncodedString()
        } catch let error as SecretKeyError {
            throw error
        } catch {
            throw SecretKeyError(.sealFailed, "AES-GCM failed: \(error)")
        }
    }

    /// What a stored value holds.
    public struct Opened: Sendable, Equatable {
        public var plaintext: String
        /// True when the value was not sealed with the current key (written in the clear by an
        /// older version, or under a previous key): `secrets rewrap` re-seals it.
        public var needsRewrap: Bool

        public init(plaintext: String, needsRewrap: Bool) {
            self.plaintext = plaintext
            self.needsRewrap = needsRewrap
        }
    }

    /// Decrypts a stored value. A value without the envelope prefix was written by a version
    /// that stored secrets in the clear; it is returned as it is, marked for rewrapping.
    public func open(_ stored: String, context: String) throws(SecretKeyError) -> Opened {
        guard stored.hasPrefix(Self.envelopePrefix) else { return Opened(plaintext: stored, needsRewrap: true) }
        let rest = stored.dropFirst(Self.envelopePrefix.count)
        guard let colon = rest.firstIndex(of: ":"),
            let combined = Data(base64Encoded: String(rest[rest.index(after: colon)...]))
        else { throw SecretKeyError(.malformed, "a stored secret is not a valid envelope") }
        let id = String(rest[..<colon])
        guard let key = ([current] + previous).first(where: { Self.keyID($0) == id }) else {
            throw SecretKeyError(
                .unknownKey,
                "a stored secret was sealed with key \(id), which is neither SUPPORTBOT_SECRET_KEY (\(currentKeyID)) "
                    + "nor in SUPPORTBOT_SECRET_KEY_PREVIOUS; set the key that wrote it as previous, then run `supportbot secrets rewrap`"
            )
        }
        do {
            let box = try AES.GCM.SealedBox(combined: combined)
            let plain = try AES.GCM.open(box, using: SymmetricKey(data: key), authenticating: Array(context.utf8))
            return Opened(plaintext: String(decoding: plain, as: UTF8.self), needsRewrap: id != currentKeyID)
        } catch {
            throw SecretKeyError(
                .authenticationFailed, "a stored secret failed authentication (tampered, or moved from another row)")
        }
    }

    static func parseKey(_ text: String, name: String) throws(SecretKeyError) -> [UInt8] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let data = Data(base64Encoded: trimmed), data.count == 32 else {
            throw SecretKeyError(
                .invalidKey,
                "\(name) must be the base64 of exactly 32 bytes (make one with `supportbot secrets new-key`)")
        }
        return Array(data)
    }
}

/// Why a secret could not be sealed or opened, or the key not loaded. The message never holds
/// key material or a secret.
public struct SecretKeyError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case invalidKey = "invalid_key"
        case unreadableKeyFile = "unreadable_key_file"
        case missingKey = "missing_key"
        case unknownKey = "unknown_key"
        case malformed
        case authenticationFailed = "authentication_failed"
        case sealFailed = "seal_failed"
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public static let missing = SecretKeyError(.missingKey, "no secret key: " + SecretKeyring.howToMakeAKey)

    public var description: String { message }
}
