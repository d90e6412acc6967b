import Foundation

/// Which tenant webhook URLs are acceptable.
///
/// Only http(s). Loopback, private, link-local and unspecified addresses are refused unless the
/// operator allows them (`SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE=1`, for the local demo and tests), so a
/// tenant cannot point deliveries at services inside our network. Host names are checked here as
/// written; the delivery worker checks resolved addresses again before connecting.
public enum WebhookURLPolicy {
    public struct Rejection: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    public static func validate(_ text: String, allowPrivate: Bool) throws(Rejection) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https"
        else { throw Rejection(description: "webhook URL must start with http:// or https://") }
        guard let host = url.host, !host.isEmpty else {
            throw Rejection(description: "webhook URL has no host")
        }
        if !allowPrivate, isPrivateHost(host) {
            throw Rejection(
                description:
                    "webhook URL points at a private or loopback address; set SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE=1 to allow it"
            )
        }
        return url
    }

    /// True for `localhost` and literal loopback, private, link-local, CGNAT or unspecified IPs.
    public static func isPrivateHost(_ rawHost: String) -> Bool {
        let host = rawHost.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if host == "localhost" || host.hasSuffix(".localhost") { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4, let o = Optional(parts.compactMap { UInt8($0) }), o.count == 4 {
            switch (o[0], o[1]) {
            case (10, _), (127, _), (0, _): return true
            case (172, 16...31), (192, 168), (169, 254): return true
            case (100, 64...127): return true
            default: return false
            }
        }
        if host.contains(":") {
            return host == "::1" || host == "::" || host.hasPrefix("fc") || host.hasPrefix("fd")
                || host.hasPrefix("fe80") || host.hasPrefix("::ffff:")
        }
        return false
    }
}
