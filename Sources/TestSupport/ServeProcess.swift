import Foundation
import HTTPClient

extension ChildProcess {
    /// Starts `supportbot serve --role all` on a free port with `environment` and waits until
    /// `/readyz` answers 200 (30 s at most, then the server's log tail is the error).
    public static func startServe(environment: [String: String]) async throws -> (ChildProcess, Int) {
        let port = try TemporaryPostgresCluster.freePort()
        let process = try ChildProcess(
            try supportbotBinary(), ["serve", "--role", "all", "--port", "\(port)"], environment: environment)
        let http = HTTPClient(maxConnections: 1)
        defer { http.shutdown() }
        let deadline = ContinuousClock.now + .seconds(30)
        while (try? await http.execute(HTTPRequest(url: "http://127.0.0.1:\(port)/readyz")))?.status != 200 {
            guard ContinuousClock.now < deadline else {
                process.signal(SIGKILL)
                throw TestSupportError("server did not start: \(process.logTail())")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return (process, port)
    }
}
