/// Why ``HTTPClient/execute(_:)`` produced no response.
///
/// `description` is safe to log: it never contains the URL, headers or body, since webhook URLs
/// and headers can carry secrets (an `.addressRefused` message names the refused IP address). `debugDescription` adds libcurl's own message, which may name
/// the host, for debug logs only.
public struct HTTPClientError: Error, Sendable, Equatable, CustomStringConvertible,
    CustomDebugStringConvertible
{
    /// What went wrong, in terms a caller can act on.
    public enum Kind: String, Sendable {
        /// The request or its connection did not finish within its timeout. The server may have
        /// received and acted on the request.
        case timeout
        /// No connection could be made: the name did not resolve or the connection was refused or
        /// unreachable. The server never saw the request.
        case connect
        /// A ``HTTPRequest/AddressPolicy-swift.enum/publicOnly`` request was refused because the
        /// host resolved to (or the connection was to) an address that is not public. Nothing was
        /// sent. The message names the address class and the address, never the URL: "the host
        /// resolved to a loopback address (127.0.0.1)". Distinct from ``connect``: nothing failed,
        /// the client refused.
        case addressRefused
        /// The response body was larger than the request's `maxResponseBytes`.
        case responseTooLarge
        /// The request could not be sent as given: a bad URL or scheme, or a method or header
        /// that contains characters HTTP does not allow.
        case invalidRequest
        /// Any other failure from the connection or the protocol, such as a TLS error or the
        /// server closing the connection without answering.
        case transport
        /// The task awaiting the response was cancelled.
        case cancelled
        /// The client was shut down before the response arrived.
        case shutDown
    }

    public let kind: Kind
    /// A short explanation without request data; safe to log.
    public let message: String
    /// The libcurl result code (`CURLcode`), when libcurl reported the failure.
    public let curlCode: Int?
    /// libcurl's detailed message, which may contain the host name: debug output only.
    public let curlMessage: String?

    public init(_ kind: Kind, message: String, curlCode: Int? = nil, curlMessage: String? = nil) {
        self.kind = kind
        self.message = message
        self.curlCode = curlCode
        self.curlMessage = curlMessage
    }

    public var description: String { "http client \(kind.rawValue): \(message)" }

    public var debugDescription: String {
        var text = description
        if let curlCode { text += " (curl code \(curlCode))" }
        if let curlMessage, !curlMessage.isEmpty { text += " curl: \(curlMessage)" }
        return text
    }
}
