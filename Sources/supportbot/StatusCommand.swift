import ArgumentParser
import Domain
import Foundation
import Store

/// `supportbot status [--json]`: what the system is doing, in 80 columns.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract:
            "Queue depth per kind and state, due jobs per lane and their age, dead letters, breakers, spend, flags."
    )

    @OptionGroup var database: DatabaseOptions
    @Flag(help: "The JSON of GET /v1/status (without this process's flags_in_force)") var json = false

    func run() async throws {
        _ = LogSetup.bootstrap()
        let report = try await database.withPool { try await StatusStore(pool: $0).report() }
        if json {
            print(try jsonLine(report))
            return
        }
        print(StatusText.render(report).joined(separator: "\n"))
    }
}

/// The human form of a status report; every line fits 80 columns.
enum StatusText {
    static let states = JobState.allCases

    static func render(_ report: StatusReport) -> [String] {
        var lines = ["supportbot status at \(RFC3339.format(report.generatedAt))", ""]
        lines.append("JOBS            " + states.map { pad($0.rawValue, 11, right: true) }.joined())
        let kinds = Set(report.queue.map(\.kind)).sorted()
        if kinds.isEmpty { lines.append("  (no jobs)") }
        for kind in kinds {
            let counts = states.map { state in
                report.queue.first { $0.kind == kind && $0.state == state }?.count ?? 0
            }
            lines.append(
                pad(String(kind.rawValue.prefix(15)), 16) + counts.map { pad(String($0), 11, right: true) }.joined())
        }
        lines.append("")
        if report.lanes.isEmpty {
            lines.append("Due now: none")
        } else {
            for lane in report.lanes {
                lines.append(
                    "Due now in \(pad(lane.lane, 12)) \(pad(String(lane.due), 7, right: true)) jobs, oldest \(DeadJobTable.age(lane.oldestDueSeconds))"
                )
            }
        }
        lines.append("Dead letters: \(report.deadLetters)\(report.deadLetters > 0 ? " (supportbot dlq list)" : "")")
        lines.append("")
        if report.breakers.isEmpty {
            lines.append("Breakers: all closed")
        } else {
            lines.append("Breakers:")
            for breaker in report.breakers {
                let until = breaker.openUntil.map { " until \(RFC3339.format($0))" } ?? ""
                lines.append("  \(pad(breaker.model, 24)) \(breaker.state)\(breaker.state == "open" ? until : "")")
            }
        }
        lines.append("")
        if report.spend.isEmpty {
            lines.append("Tenants: no backlog, no spend")
        } else {
            lines.append(
                "TENANT       plan      share  backlog  today (USD)  daily budget      month  monthly budget   used")
            for spend in report.spend.prefix(10) {
                func money(_ value: Double?) -> String { value.map { String(format: "%.4f", $0) } ?? "-" }
                let share = spend.backlog > 0 ? String(format: "%.0f%%", spend.share * 100) : "-"
                lines.append(
                    pad(String(spend.name.prefix(12)), 13) + pad(spend.plan, 9) + pad(share, 6, right: true)
                        + pad("\(spend.backlog)", 9, right: true) + pad(money(spend.todayUSD), 13, right: true)
                        + pad(money(spend.dailyBudgetUSD), 16, right: true)
                        + pad(money(spend.monthUSD), 11, right: true)
                        + pad(money(spend.monthlyBudgetUSD), 16, right: true)
                        + pad(spend.percent.map { "\(Int($0))%" } ?? "-", 7, right: true))
            }
            if report.spend.count > 10 {
                lines.append("  … \(report.spend.count - 10) more (supportbot status --json)")
            }
        }
        lines.append("")
        let hooks = report.webhooks
        lines.append(
            "Webhooks: \(hooks.pending) pending"
                + (hooks.pending > 0 ? " (oldest \(DeadJobTable.age(hooks.oldestPendingSeconds)))" : "")
                + ", \(hooks.dead) dead\(hooks.dead > 0 ? " (supportbot dlq list)" : "")")
        for endpoint in hooks.disabledEndpoints.prefix(10) {
            lines.append("  endpoint off: \(endpoint.name.prefix(16)): \(endpoint.reason.prefix(50))")
        }
        for endpoint in hooks.refusedEndpoints.prefix(10) {
            lines.append("  refused: \(endpoint.name.prefix(16)) (\(endpoint.events) pending):")
            lines.append("    \(endpoint.lastError.prefix(76))")
        }
        lines.append("")
        let effectiveOff = FlagSnapshot(report.flags).disabled()
        lines.append(
            "Flags off globally: "
                + (effectiveOff.isEmpty ? "none" : effectiveOff.map(\.rawValue).joined(separator: ", ")))
        let overrides = report.flags.filter { $0.tenantID != nil }
        for setting in overrides.prefix(10) {
            lines.append(
                "  tenant \(setting.tenantID!.prefix(8)): \(setting.key) \(setting.enabled ? "on" : "off") (\(setting.reason.prefix(40)))"
            )
        }
        if overrides.count > 10 { lines.append("  … \(overrides.count - 10) more overrides (supportbot flags list)") }
        return lines.map { String($0.prefix(80)) }
    }
}
