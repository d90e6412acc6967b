import Domain
import Foundation

/// The secret key of a test run: random per test process, shared with the supportbot processes
/// it spawns (``ChildProcess`` passes it as `SUPPORTBOT_SECRET_KEY`).
public enum TestSecrets {
    public static let keyBase64 = SecretKeyring.newKeyBase64()
    public static let keyring = try! SecretKeyring(currentBase64: keyBase64)
}

extension SecretKeyring {
    /// The test run's keyring (``TestSecrets``).
    public static var test: SecretKeyring { TestSecrets.keyring }
}

extension Principal {
    /// The operator tests act as.
    public static let test = Principal.commandLine("test")
}
