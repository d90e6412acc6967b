import Foundation

/// Who is asking: an API key's identity, the break-glass admin token, or an operator on the
/// command line. Every write records it (`reviewed_by`, a flag's actor, the audit log).
public struct Principal: Sendable, Equatable {
    /// The key's id; nil for the break-glass token and the command line.
    public var keyID: UUID?
    /// The key's name: what reviews and audit rows record as the actor.
    public var name: String
    public var role: Role
    /// The one tenant the principal acts for; nil only for admins.
    public var tenantID: UUID?
    /// The break-glass token (`SUPPORTBOT_ADMIN_TOKEN`): the only principal whose request body may
    /// name another actor (`agent`, `actor`), for tools that act on behalf of people.
    public var isBreakGlass: Bool

    public init(keyID: UUID?, name: String, role: Role, tenantID: UUID?, isBreakGlass: Bool = false) {
        precondition((role == .admin) == (tenantID == nil), "only admins act across tenants")
        self.keyID = keyID
        self.name = name
        self.role = role
        self.tenantID = tenantID
        self.isBreakGlass = isBreakGlass
    }

    /// The break-glass token, named `admin` as CONTRACT.md says.
    public static let breakGlass = Principal(keyID: nil, name: "admin", role: .admin, tenantID: nil, isBreakGlass: true)

    /// An operator running a command with database access: `cli:<user>` unless named.
    public static func commandLine(_ name: String) -> Principal {
        Principal(keyID: nil, name: name, role: .admin, tenantID: nil)
    }
}
