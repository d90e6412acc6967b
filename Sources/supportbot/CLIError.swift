import Postgres

/// A runtime failure reported as one line on stderr with exit code 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// Rewrites errors from lower layers into one actionable line.
    static func wrap(_ error: any Error) -> any Error {
        if let error = error as? PostgresError {
            let oneLine = error.description.split(whereSeparator: \.isNewline).joined(separator: "; ")
            if error.code == .connectionFailed {
                return CLIError("\(oneLine) — check DATABASE_URL and that Postgres is running")
            }
            return CLIError(oneLine)
        }
        return error
    }
}

/// Runs `body`, turning database errors into one-line messages.
func reportingErrors<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch {
        throw CLIError.wrap(error)
    }
}
