import Domain
import Logging

/// Runs `body` every `interval` of `clock`'s time until cancelled; a failure is logged and the
/// next round tries again.
func repeatEvery(
    _ interval: Duration, on clock: any JobClock, logger: Logger, what: String,
    _ body: @Sendable () async throws -> Void
) async {
    while !Task.isCancelled {
        guard (try? await clock.sleep(for: interval)) != nil, !Task.isCancelled else { return }
        do {
            try await body()
        } catch {
            logger.warning("job maintenance failed", metadata: ["maintenance": "\(what)", "error": "\(error)"])
        }
    }
}
