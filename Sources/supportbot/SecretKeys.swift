import Domain
import Foundation

/// The secret keyring from the environment (`SUPPORTBOT_SECRET_KEY`, `_FILE`, `_PREVIOUS`).
enum SecretKeys {
    /// The configured keyring, or nil when none is; a malformed key is a one-line error.
    static func load() throws -> SecretKeyring? {
        do {
            return try SecretKeyring.load(environment: ProcessInfo.processInfo.environment) { path in
                try String(contentsOfFile: path, encoding: .utf8)
            }
        } catch {
            throw CLIError(error.message)
        }
    }

    /// The keyring, for a command that needs a tenant secret: exit 1 saying how to make one.
    static func require() throws -> SecretKeyring {
        guard let keyring = try load() else { throw CLIError(SecretKeyError.missing.message) }
        return keyring
    }
}

/// Who an operator at the command line is, for audit rows: `--actor`, else `cli:<OS user>`.
enum OperatorIdentity {
    static func principal(_ named: String? = nil) -> Principal {
        if let named, !named.trimmingCharacters(in: .whitespaces).isEmpty { return .commandLine(named) }
        let user = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
        return .commandLine("cli:\(user)")
    }
}
