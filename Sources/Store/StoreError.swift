import Domain
import Postgres

/// Errors from the store that callers act on. The API maps each code to its HTTP answer, so no
/// layer above the store needs to know the database driver (``StoreError/classify(_:)``).
public struct StoreError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Code: String, Sendable {
        case notFound = "not_found"
        case invalidArgument = "invalid_argument"
        /// The object is not in a state that allows the change (a reviewed or superseded draft).
        case conflict
        /// The database cannot be reached or is saturated; retrying later can succeed.
        case unavailable
        /// The server is not configured to do this (no secret key, a key that cannot open a secret).
        case misconfigured
    }

    public let code: Code
    public let message: String
    /// A machine-readable reason for `.conflict` (`already_reviewed`, `superseded`).
    public let reason: String?

    public init(_ code: Code, _ message: String, reason: String? = nil) {
        self.code = code
        self.message = message
        self.reason = reason
    }

    public var description: String { message }

    /// The store's view of any error a store call threw: a `StoreError` as it is, an unavailable
    /// database as `.unavailable`, a secret-key problem as `.misconfigured`; nil for anything else
    /// (a bug, to be logged and answered 500).
    public static func classify(_ error: any Error) -> StoreError? {
        switch error {
        case let error as StoreError: error
        case let error as PostgresError where error.isUnavailable:
            StoreError(.unavailable, "the database is unavailable")
        // A value that cannot be sent at all (a NUL byte in text): the request's fault.
        case let error as PostgresError where error.code == .encoding:
            StoreError(.invalidArgument, "a value contains a character that cannot be stored (a NUL byte)")
        case let error as SecretKeyError: StoreError(.misconfigured, error.message)
        default: nil
        }
    }
}
