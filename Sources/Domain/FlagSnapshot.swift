import Foundation

/// The flags in force, as one immutable value: read on the hot path with no database round trip.
///
/// Resolution for a key and tenant: the tenant's own setting, else the global one, else on. An AI
/// feature is on only if `ai` is on too (resolved the same way). Before any snapshot has been read
/// a process uses ``failClosed``: AI features off (rules and canned replies) and deliveries paused.
public struct FlagSnapshot: Sendable, Equatable {
    public var global: [FlagKey: Bool]
    public var tenants: [UUID: [FlagKey: Bool]]
    /// Whether this came from the database (false only for ``failClosed``).
    public var loaded: Bool

    public init(global: [FlagKey: Bool] = [:], tenants: [UUID: [FlagKey: Bool]] = [:], loaded: Bool = true) {
        self.global = global
        self.tenants = tenants
        self.loaded = loaded
    }

    /// What a process assumes before it has ever read the flags.
    public static let failClosed = FlagSnapshot(
        global: Dictionary(uniqueKeysWithValues: FlagKey.allCases.map { ($0, false) }), loaded: false)

    /// The key's own setting for `tenant`, ignoring `ai`.
    public func setting(_ key: FlagKey, tenant: UUID? = nil) -> Bool {
        if let tenant, let value = tenants[tenant]?[key] { return value }
        return global[key] ?? true
    }

    /// Whether the feature is on for `tenant`: its own setting and, for AI features, `ai`'s.
    public func isEnabled(_ key: FlagKey, tenant: UUID? = nil) -> Bool {
        guard setting(key, tenant: tenant) else { return false }
        return !key.isAIFeature || key == .ai || setting(.ai, tenant: tenant)
    }

    /// Keys that are off for `tenant` (or globally when nil), for status lines.
    public func disabled(tenant: UUID? = nil) -> [FlagKey] {
        FlagKey.allCases.filter { !isEnabled($0, tenant: tenant) }
    }
}
