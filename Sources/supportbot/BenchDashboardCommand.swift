import ArgumentParser
import Dashboard
import DashboardCore
import Domain
import Foundation
import HTTPClient
import Logging
import Postgres
import Store

/// `supportbot bench dashboard`: what the dashboard costs on a big inbox, with the code it runs:
/// opening it, each page query, filters, and every key press of a walk through all rows (reduce,
/// the page fetch it triggers, render and diff), without the terminal write.
struct BenchDashboard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Dashboard open time, page queries and per-key latency on an inbox of --tickets drafts.",
        discussion: """
            Adds --tickets triaged tickets with pending drafts for a new tenant (use a throwaway \
            database: Benchmarks/dashboard.sh makes one) and an agent key for it, then measures with the \
            dashboard's own DashboardData and DashboardCore, through the HTTP API of the server at --url \
            (a `supportbot serve` on the same database). Prints one JSON line.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The server the dashboard talks to (serving the same database)")
    var url = "http://127.0.0.1:8080"

    @Option(help: "Tickets with a pending draft to add before measuring")
    var tickets = 10_000

    @Option(help: "Runs of each query; the median is reported")
    var repeats = 20

    func validate() throws {
        guard (1...1_000_000).contains(tickets) else { throw ValidationError("--tickets must be 1 to 1000000") }
        guard (1...1000).contains(repeats) else { throw ValidationError("--repeats must be 1 to 1000") }
    }

    struct Result: Encodable {
        var tickets: Int
        var inboxTotal: Int
        var openMilliseconds: Double
        var pageMilliseconds: [String: Double]
        var filterMilliseconds: [String: Double]
        var ticketViewMilliseconds: Double
        var keys: Int
        var keyP50Milliseconds: Double
        var keyP99Milliseconds: Double
        var keyMaxMilliseconds: Double
        var renderDiffMicroseconds: Double

        enum CodingKeys: String, CodingKey {
            case tickets, keys
            case inboxTotal = "inbox_total"
            case openMilliseconds = "open_ms"
            case pageMilliseconds = "page_ms"
            case filterMilliseconds = "filter_ms"
            case ticketViewMilliseconds = "ticket_view_ms"
            case keyP50Milliseconds = "key_p50_ms"
            case keyP99Milliseconds = "key_p99_ms"
            case keyMaxMilliseconds = "key_max_ms"
            case renderDiffMicroseconds = "render_diff_us"
        }
    }

    func run() async throws {
        let client = HTTPClient(maxConnections: 4)
        defer { client.shutdown() }
        try await database.withPool(maxConnections: 4) { pool in
            let tenant = try await seed(pool)
            let key = try await KeyStore(pool: pool).create(
                name: "bench-agent", role: .agent, tenantID: tenant, by: OperatorIdentity.principal())
            let data = DashboardData(
                client: client, baseURL: url, apiKey: key.key, tenant: nil, logger: Logger(label: "bench"))
            var result = Result(
                tickets: tickets, inboxTotal: 0, openMilliseconds: 0, pageMilliseconds: [:], filterMilliseconds: [:],
                ticketViewMilliseconds: 0, keys: 0, keyP50Milliseconds: 0, keyP99Milliseconds: 0,
                keyMaxMilliseconds: 0, renderDiffMicroseconds: 0)

            // Opening: the status bar and the first page, as the app does before the first paint.
            var state = DashboardState(size: .standard, now: Date())
            result.openMilliseconds = try await median {
                var fresh = DashboardState(size: .standard, now: Date())
                _ = try await data.status()
                try await perform(fresh.start(), on: &fresh, data)
            }
            try await perform(state.start(), on: &state, data)
            result.inboxTotal = state.inbox.total

            let window = state.neededWindow
            for sort in InboxSort.allCases {
                for (name, offset) in [("top", 0), ("middle", tickets / 2), ("end", max(0, tickets - window.limit))] {
                    let request = InboxRequest(
                        query: DashboardCore.InboxQuery(sort: sort),
                        window: RowWindow(offset: offset, limit: window.limit),
                        generation: 0)
                    result.pageMilliseconds["\(sort.rawValue) \(name)"] = try await median {
                        _ = try await data.page(request)
                    }
                }
            }
            for filter in ["Ticket 99", "cat:order_status", "pri:urgent", "no such words"] {
                var query = DashboardCore.InboxQuery()
                query.setFilter(filter)
                let request = InboxRequest(query: query, window: window, generation: 0)
                result.filterMilliseconds[filter] = try await median { _ = try await data.page(request) }
            }
            if let row = state.inbox.rows.first {
                result.ticketViewMilliseconds = try await median { _ = try await data.ticket(row.ticketID) }
            }

            // A walk through every row a page at a time and back to the top, as an agent scrolling.
            var screen = render(state, size: state.size)
            var keyTimes: [Double] = []
            var renderTimes: [Double] = []
            let pages = (state.inbox.total + state.inboxViewportRows - 1) / max(1, state.inboxViewportRows)
            for key in Array(repeating: Key.pageDown, count: pages) + [.home, .end, .home] {
                let started = ContinuousClock.now
                try await perform(reduce(&state, .key(key)), on: &state, data)
                let drawn = ContinuousClock.now
                let next = render(state, size: state.size)
                _ = diff(screen, next)
                screen = next
                renderTimes.append((ContinuousClock.now - drawn).inMilliseconds)
                keyTimes.append((ContinuousClock.now - started).inMilliseconds)
            }
            keyTimes.sort()
            renderTimes.sort()
            result.keys = keyTimes.count
            result.keyP50Milliseconds = percentile(keyTimes, 0.5)
            result.keyP99Milliseconds = percentile(keyTimes, 0.99)
            result.keyMaxMilliseconds = keyTimes.last ?? 0
            result.renderDiffMicroseconds = percentile(renderTimes, 0.5) * 1000
            print(try jsonLine(result))
        }
    }

    /// Runs the effects the way the app does, but inline: fetches answer before the next key.
    private func perform(_ effects: [Effect], on state: inout DashboardState, _ data: DashboardData) async throws {
        for effect in effects {
            if case .fetchInbox(let request) = effect {
                let page = try await data.page(request)
                try await perform(reduce(&state, .inboxLoaded(page)), on: &state, data)
            }
        }
    }

    private func median(_ body: () async throws -> Void) async throws -> Double {
        var times: [Double] = []
        for _ in 0..<repeats {
            let started = ContinuousClock.now
            try await body()
            times.append((ContinuousClock.now - started).inMilliseconds)
        }
        times.sort()
        return percentile(times, 0.5)
    }

    /// Triaged tickets with a pending draft each, as the pipeline leaves them; priorities and
    /// categories spread, creation times one second apart.
    private func seed(_ pool: PostgresPool) async throws -> UUID {
        let tenant = try await TenantStore(pool: pool, keyring: try SecretKeys.require()).create(
            name: "bench-dashboard", webhookURL: nil, by: OperatorIdentity.principal())
        try await pool.query(
            """
            WITH t AS (
                INSERT INTO tickets (tenant_id, external_id, subject, customer_email, customer_name)
                SELECT \(tenant.id)::uuid, 'BENCH-' || g, 'Ticket ' || g || ' about my order',
                       'c' || g || '@example.com', 'Customer ' || g
                FROM generate_series(1, \(tickets)::int) g
                RETURNING id, (regexp_replace(external_id, '\\D', '', 'g'))::int AS n
            ), tr AS (
                INSERT INTO ticket_triage (ticket_id, category, priority, sentiment, language, source)
                SELECT id, (ARRAY['order_status','return_refund','shipping_delay','other'])[1 + n % 4],
                       (ARRAY['urgent','high','normal','normal','low'])[1 + n % 5], 'neutral', 'en', 'rules'
                FROM t
            )
            INSERT INTO drafts (ticket_id, message_id, body, language, source, created_at)
            SELECT id, gen_random_uuid(), 'Hi, thanks for writing.', 'en', 'canned',
                   now() - make_interval(secs => n)
            FROM t
            """)
        try await pool.query("ANALYZE")
        return tenant.id
    }
}
