import Domain
import Logging
import Store

/// Runs one kind of job. A thrown error means "retry with backoff".
///
/// Handlers must not hold a transaction while they call a model or a webhook: they compute, then
/// return their effects for the worker to commit together with the outcome.
public protocol JobHandler: Sendable {
    /// The `jobs.kind` this handler runs.
    var kind: JobKind { get }
    /// The lane it runs in.
    var lane: JobLane { get }
    func run(_ job: ClaimedJob, logger: Logger) async throws -> JobResult
}
