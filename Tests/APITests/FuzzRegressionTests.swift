import Foundation
import TestSupport
import Testing

/// Every saved fuzz input (the seed corpus and each past finding, kept in Tests/Fuzz/corpus) runs
/// through its target again in the normal build of `supportbot-fuzz`: a fixed crash stays fixed.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let corpus = TestDatabase.schemaDirectory().deletingLastPathComponent()
        .appendingPathComponent("Tests/Fuzz/corpus")

    @Test(arguments: ["webhook", "signature", "redactor"])
    func savedInputsStillReturn(target: String) async throws {
        let directory = Self.corpus.appendingPathComponent(target)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            .map { directory.appendingPathComponent($0).path }
        #expect(!files.isEmpty)
        let binary = URL(fileURLWithPath: try ChildProcess.supportbotBinary()).deletingLastPathComponent()
            .appendingPathComponent("supportbot-fuzz").path
        let replay = try ChildProcess(binary, [target] + files)
        let status = await replay.wait()
        #expect(status == 0, "\(replay.logTail())")
        #expect(replay.logTail().contains("\(target): \(files.count) inputs replayed"))
    }
}
