import Hummingbird
import Logging

/// The request context for every route: Hummingbird's core storage plus our body limit.
public struct APIRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: Source) {
        self.coreContext = .init(source: source)
    }

    /// CONTRACT.md: ticket webhooks over 256 KiB are refused with 413.
    public var maxUploadSize: Int { APIRequestContext.maxBodyBytes }

    public static let maxBodyBytes = 256 * 1024
}
