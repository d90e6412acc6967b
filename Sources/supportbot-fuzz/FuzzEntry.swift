import Foundation

#if FUZZING
    // Built by Tests/Fuzz/run.sh with -sanitize=fuzzer. SwiftPM gives the executable's entry point
    // its own name, so libFuzzer's `main` is not used: this one hands control to libFuzzer's driver.
    nonisolated(unsafe) var fuzzTarget = "webhook"

    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        FuzzTargets.run(fuzzTarget, bytes)
        return 0
    }

    @main
    struct FuzzMain {
        static func main() {
            fuzzTarget = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "webhook"
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
        }
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
