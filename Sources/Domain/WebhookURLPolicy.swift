import Foundation

/// Which tenant webhook URLs are acceptable when a URL is set (`tenant create`/`update`,
/// `POST /v1/tenants`, `PATCH /v1/tenants/{id}`).
///
/// Only http(s) with a host. Unless the operator allows private targets
/// (`SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE=1`, for the local demo and tests), a host that is written as
/// an address is refused at once when that address is not public (``IPAddress/nonPublicClass``),
/// however it is spelled: the host is read the way `inet_aton` and URL parsers read it, so
/// `2130706433`, `0x7f000001`, `0177.0.0.1`, `127.1`, `0`, `[::ffff:127.0.0.1]`, percent-encoded
/// and full-width digits all count as 127.0.0.1 or 0.0.0.0. `localhost` and `*.localhost` are
/// refused too, with or without a trailing dot. A host that ends in a number but is not a valid
/// address is refused as malformed.
///
/// This is a check of the text only, for a clear answer when the URL is set. Other names cannot be
/// judged here, since what they resolve to can change at any time: each delivery attempt checks
/// the address it actually connects to, at the socket (`HTTPRequest.AddressPolicy.publicOnly`),
/// and refuses to send to a non-public one.
public enum WebhookURLPolicy {
    public struct Rejection: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// What a URL's host is, read as a connection would read it.
    public enum Host: Sendable, Equatable {
        /// A literal address, in any of the spellings that `inet_aton` or URL parsers accept.
        case address(IPAddress)
        /// A DNS name, lower case, without trailing dots.
        case name(String)
    }

    /// Returns the parsed URL, or throws why it is refused.
    public static func validate(_ text: String, allowPrivate: Bool) throws(Rejection) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https"
        else { throw Rejection(description: "webhook URL must start with http:// or https://") }
        guard let rawHost = url.host(percentEncoded: true), !rawHost.isEmpty else {
            throw Rejection(description: "webhook URL has no host")
        }
        guard let host = interpretHost(rawHost) else {
            throw Rejection(description: "webhook URL host is malformed: it looks like an IP address but is not one")
        }
        if !allowPrivate, let reason = nonPublicReason(host) {
            throw Rejection(
                description:
                    "webhook URL points at \(reason); such targets are refused unless the operator sets SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE=1"
            )
        }
        return url
    }

    /// Reads a URL host (as written between `//` and the port, brackets included) the way
    /// libcurl, `inet_aton` and WHATWG URL parsers do: percent-decoded, full-width characters
    /// and ideographic dots folded, lower case, trailing dots dropped; then a bracketed IPv6
    /// address, an IPv4 address in any `inet_aton` spelling, or a name. Nil when the host ends
    /// in a number but is not a valid address, or is empty once trailing dots are dropped.
    public static func interpretHost(_ rawHost: String) -> Host? {
        var host = rawHost.removingPercentEncoding ?? rawHost
        // IDNA maps these to ASCII digits and dots, so resolvers would see them as such.
        host = host.precomposedStringWithCompatibilityMapping
            .replacingOccurrences(of: "\u{3002}", with: ".")
            .lowercased()
        if host.hasPrefix("[") {
            guard host.hasSuffix("]"), let address = IPAddress(host) else { return nil }
            return .address(address)
        }
        if host.contains(":") {
            // Not bracketed: some parsers still hand back a bare IPv6 host.
            return IPAddress(host).map(Host.address)
        }
        while host.hasSuffix(".") { host.removeLast() }
        guard !host.isEmpty else { return nil }
        if let address = IPAddress(inetAton: host) { return .address(address) }
        // WHATWG: a host whose last label is a number is an IPv4 address or a failure, never a name.
        let last = host.split(separator: ".").last ?? ""
        if last.allSatisfy({ $0.isASCII && $0.isNumber })
            || (last.hasPrefix("0x") && last.dropFirst(2).allSatisfy(\.isHexDigit))
        {
            return nil
        }
        return .name(host)
    }

    /// Why `host` is not a public target, as a phrase ("a loopback address (127.0.0.1)"), or nil
    /// when the text alone gives no reason: a public address, or a name other than localhost.
    public static func nonPublicReason(_ host: Host) -> String? {
        switch host {
        case .address(let address):
            return address.nonPublicClass.map { "\($0.phrase) (\(address))" }
        case .name(let name):
            return name == "localhost" || name.hasSuffix(".localhost") ? "localhost, a loopback name" : nil
        }
    }

    /// True for `localhost` and literal addresses that are not public, in any spelling.
    public static func isPrivateHost(_ rawHost: String) -> Bool {
        guard let host = interpretHost(rawHost) else { return true }
        return nonPublicReason(host) != nil
    }
}
