import Foundation

/// One timed run of one stage by one tool: the line `stage` prints and `report` reads.
/// `items` counts what the throughput is measured in (bytes of text, events or points) and `bytes` the
/// output written (0 when the stage writes nothing). `rssKB` is the peak resident set of a whole-process
/// run, as `/usr/bin/time -v` reports it; in-process timings have none. `cpuSeconds` is the user plus
/// system time the process spent in the timed call, where the stage measures it.
struct Measurement: Codable, Equatable {
    var stage: String
    var size: Int
    var tool: String
    var seconds: Double
    var bytes: Int
    var items: Int
    var rssKB: Int?
    var cpuSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case stage, size, tool, seconds, bytes, items
        case rssKB = "rss_kb"
        case cpuSeconds = "cpu_seconds"
    }

    func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }
}

/// A stage and size the script stopped or did not start because an earlier run outgrew its time budget
/// (see `budgeted` in scripts/bench.sh). `budgetSeconds` is set when this very run was stopped.
struct Unfinished: Codable, Equatable {
    var stage: String
    var size: Int
    var note: String
    var budgetSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case stage, size, note
        case budgetSeconds = "budget_seconds"
    }
}

/// Seconds on the monotonic clock, immune to wall-clock adjustments during a run.
func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Runs `body` and returns its result with the elapsed monotonic seconds.
func timed<Result>(_ body: () throws -> Result) rethrows -> (result: Result, seconds: Double) {
    let start = monotonicSeconds()
    let result = try body()
    return (result, monotonicSeconds() - start)
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}

/// Writes the line at once, unbuffered: the script reads stdout as the runs happen.
func emit(_ measurement: Measurement) {
    FileHandle.standardOutput.write(Data((measurement.jsonLine() + "\n").utf8))
}
