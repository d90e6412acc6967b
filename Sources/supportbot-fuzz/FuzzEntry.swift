import Foundation

#if FUZZING
    // Built by Tests/Fuzz/run.sh with -sanitize=fuzzer: libFuzzer provides `main` and calls these.
    nonisolated(unsafe) var fuzzTarget = "webhook"

    @_cdecl("LLVMFuzzerInitialize")
    public func fuzzInitialize(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
    ) -> Int32 {
        fuzzTarget = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "webhook"
        return 0
    }

    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        FuzzTargets.run(fuzzTarget, Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
#else
    /// `supportbot-fuzz TARGET FILE…`: runs saved inputs (the corpus, past findings) through a
    /// target without libFuzzer, as a regression check. Exit 0 when every input returns.
    @main
    struct FuzzReplay {
        static func main() {
            let arguments = Array(CommandLine.arguments.dropFirst())
            guard let target = arguments.first, FuzzTargets.names.contains(target) else {
                FileHandle.standardError.write(
                    Data("usage: supportbot-fuzz \(FuzzTargets.names.joined(separator: "|")) FILE…\n".utf8))
                exit(2)
            }
            var count = 0
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                    exit(1)
                }
                FuzzTargets.run(target, Array(data))
                count += 1
            }
            print("\(target): \(count) inputs replayed")
        }
    }
#endif
