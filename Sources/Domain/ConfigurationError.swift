/// A setting from the environment that cannot be used; the message names the variable and what
/// it accepts, so the operator can fix it.
public struct ConfigurationError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Typed reads of environment variables for configuration loaders, each validated once at start-up.
public struct EnvironmentReader: Sendable {
    public let values: [String: String]

    public init(_ values: [String: String]) {
        self.values = values
    }

    /// A non-empty string.
    public func string(_ key: String) -> String? {
        values[key].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A number within `range`.
    public func double(_ key: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let text = string(key) else { return nil }
        guard let value = Double(text), range.contains(value) else {
            throw ConfigurationError("\(key) must be a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A whole number within `range`.
    public func int(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = string(key) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw ConfigurationError("\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// Milliseconds within `range`, as a duration.
    public func milliseconds(_ key: String, in range: ClosedRange<Int>) throws -> Duration? {
        try int(key, in: range).map { .milliseconds($0) }
    }
}
