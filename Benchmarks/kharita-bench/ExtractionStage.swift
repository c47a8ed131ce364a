import ArgumentParser
import Extraction
import Foundation
import Gazetteer

/// Extraction over a folder of articles: reading the files and building the gazetteer are not timed,
/// `Extractor.extract` over every document is, on the wall clock and in CPU time.
struct ExtractionStage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Extract events from a folder of articles; throughput in bytes of text.")

    @Option(help: "Folder of articles (from `generate articles`).") var input: String
    @Option(help: "How the articles were made (`generate articles --style`); names the row.") var style: ArticleStyle = .recombined
    @Option(help: "Nominal size in kB (10^3 bytes), the row label.") var size: Int
    @Option(help: "Gazetteer folder.") var gazetteer = "gazetteer"
    @Flag(help: "Run every thread of this process on one CPU (the extractor analyses documents in parallel otherwise).")
    var oneCore = false
    @OptionGroup var runCount: RunCount

    func run() throws {
        if oneCore { try CPUAffinity.pinProcessToOneCPU() }
        let (documents, warnings) = DocumentLoader.load(paths: [input])
        guard !documents.isEmpty else { throw ValidationError("\(input): no articles (run `kharita-bench generate articles` first)") }
        guard warnings.isEmpty else { throw ValidationError("\(input): \(warnings[0])") }
        let textBytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let extractor = Extractor(gazetteer: try Gazetteer(directory: gazetteer))
        for _ in 0..<runCount.runs {
            let cpuBefore = processCPUSeconds()
            let (result, seconds) = timed { extractor.extract(documents) }
            let cpuSeconds = processCPUSeconds() - cpuBefore
            // Both corpora report attacks in many sentences; none found means a broken stage.
            guard !result.events.isEmpty else { throw ValidationError("\(input): extraction found no events") }
            // CPU time above the wall time means a second core worked, whatever the pinning said.
            if oneCore && cpuSeconds > seconds * 1.05 + 0.01 {
                throw ValidationError(String(format: "--one-core: %.2f s of CPU in %.2f s; the pinning did not hold", cpuSeconds, seconds))
            }
            emit(Measurement(stage: "extract-\(style.rawValue)", size: size, tool: "kharita", seconds: seconds, bytes: 0,
                             items: textBytes, cpuSeconds: cpuSeconds))
        }
    }
}

/// Pins the process's threads to one CPU, so that a stage that runs work in parallel measures one core.
enum CPUAffinity {
    /// glibc's `sched_getaffinity` / `sched_setaffinity` (pid or thread id, mask size, mask); Swift's
    /// Glibc module leaves them out because they need `_GNU_SOURCE`.
    private typealias AffinityCall = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32
    /// cpu_set_t: 1024 CPUs, one bit each.
    private static let maskBytes = 128

    /// Every thread that exists now (`/proc/self/task`) goes to the first CPU the process may use;
    /// threads made later inherit the mask from the thread that makes them.
    static func pinProcessToOneCPU() throws {
        let process = dlopen(nil, RTLD_NOW)
        guard let getSymbol = dlsym(process, "sched_getaffinity"), let setSymbol = dlsym(process, "sched_setaffinity") else {
            throw ValidationError("--one-core: this C library has no sched_setaffinity")
        }
        let getAffinity = unsafeBitCast(getSymbol, to: AffinityCall.self)
        let setAffinity = unsafeBitCast(setSymbol, to: AffinityCall.self)
        var allowed = [UInt8](repeating: 0, count: maskBytes)
        guard allowed.withUnsafeMutableBytes({ getAffinity(0, maskBytes, $0.baseAddress!) }) == 0 else {
            throw ValidationError("--one-core: sched_getaffinity failed (errno \(errno))")
        }
        guard let byte = allowed.firstIndex(where: { $0 != 0 }) else { throw ValidationError("--one-core: the process may use no CPU") }
        var single = [UInt8](repeating: 0, count: maskBytes)
        single[byte] = 1 << allowed[byte].trailingZeroBitCount
        let threads = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []).compactMap { pid_t($0) }
        for thread in threads + [0] where single.withUnsafeMutableBytes({ setAffinity(thread, maskBytes, $0.baseAddress!) }) != 0 {
            throw ValidationError("--one-core: sched_setaffinity(\(thread)) failed (errno \(errno))")
        }
    }
}

/// User plus system CPU seconds of the whole process so far.
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}
