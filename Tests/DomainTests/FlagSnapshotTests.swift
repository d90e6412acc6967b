import Domain
import Foundation
import Testing

@Suite("Flag resolution")
struct FlagSnapshotTests {
    let tenant = UUID()
    let other = UUID()

    @Test("unset keys are on; a global off applies to every tenant")
    func defaults() {
        let none = FlagSnapshot()
        #expect(FlagKey.allCases.allSatisfy { none.isEnabled($0, tenant: tenant) })
        let off = FlagSnapshot(global: [.drafts: false])
        #expect(!off.isEnabled(.drafts) && !off.isEnabled(.drafts, tenant: tenant))
        #expect(off.isEnabled(.triage, tenant: tenant))
    }

    @Test("per tenant beats global, in both directions")
    func tenantWins() {
        let snapshot = FlagSnapshot(
            global: [.drafts: false, .cache: true], tenants: [tenant: [.drafts: true, .cache: false]])
        #expect(snapshot.isEnabled(.drafts, tenant: tenant))
        #expect(!snapshot.isEnabled(.drafts, tenant: other))
        #expect(!snapshot.isEnabled(.cache, tenant: tenant))
        #expect(snapshot.isEnabled(.cache, tenant: other))
    }

    @Test("ai off switches every AI feature off, but not webhooks")
    func aiMaster() {
        let snapshot = FlagSnapshot(global: [.ai: false], tenants: [tenant: [.ai: true]])
        for key in FlagKey.allCases where key != .webhooks {
            #expect(!snapshot.isEnabled(key), "\(key)")
            #expect(snapshot.isEnabled(key, tenant: tenant), "\(key) for the tenant that turned ai back on")
        }
        #expect(snapshot.isEnabled(.webhooks))
        #expect(snapshot.disabled() == FlagKey.allCases.filter { $0 != .webhooks })
    }

    @Test("before any snapshot: AI off and deliveries paused (fail closed)")
    func failClosed() {
        #expect(FlagKey.allCases.allSatisfy { !FlagSnapshot.failClosed.isEnabled($0, tenant: tenant) })
        #expect(!FlagSnapshot.failClosed.loaded)
    }

    @Test("keys parse from their contract names only")
    func keys() {
        #expect(FlagKey(rawValue: "model.full") == .modelFull)
        #expect(FlagKey(rawValue: "model_full") == nil)
        #expect(FlagKey.validList == "ai, triage, summarize, drafts, model.full, cache, webhooks")
    }
}
