import HTTPTypes
import Synchronization

/// The routes the router serves, so a request for a known path with a method it does not take is
/// answered 405 with `Allow`, not 404 (a 404 would claim the path does not exist).
final class RouteTable: Sendable {
    private let routes = Mutex<[(method: HTTPRequest.Method, segments: [Substring])]>([])

    /// Called once the router is complete, with its `routes` (paths like `/v1/tickets/{id}`).
    func set(_ described: [(method: HTTPRequest.Method, path: String)]) {
        routes.withLock { $0 = described.map { ($0.method, Self.segments($0.path)) } }
    }

    /// The methods `path` is served with (empty for a path no route has).
    func methods(for path: String) -> [HTTPRequest.Method] {
        let wanted = Self.segments(path)
        return routes.withLock { routes in
            routes.filter { route in
                route.segments.count == wanted.count
                    && zip(route.segments, wanted).allSatisfy { pattern, actual in
                        Self.isCapture(pattern) || pattern == actual
                    }
            }.map(\.method)
        }
    }

    static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    static func isCapture(_ segment: Substring) -> Bool {
        segment.hasPrefix(":") || segment.hasPrefix("{") || segment == "*"
    }
}
