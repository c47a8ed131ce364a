import ArgumentParser
import Atlas
import Foundation

/// What a stage measures and how to show it. The order of `all` is the order of the table.
struct StageDescription: Sendable {
    enum Metric: Sendable {
        /// Items per second; `divisor` turns items into the unit (10^6 for MB of text).
        case rate(unit: String, divisor: Double)
        case seconds
    }

    var key: String
    var title: String
    var metric: Metric
    var sizeUnit: SizeUnit
    /// The per-item quantity in the growth section ("byte", "event", "point").
    var item: String
    /// Why the per-item cost can fall as the input grows.
    var sublinearReason: String
    /// Why it can rise.
    var superlinearReason: String

    enum SizeUnit: String, Sendable {
        /// Sizes in kB, shown in MB.
        case textKB, events, points
    }

    func sizeLabel(_ size: Int) -> String {
        switch sizeUnit {
        case .textKB: size.isMultiple(of: 1000) ? "\(size / 1000) MB" : String(format: "%g MB", Double(size) / 1000)
        case .events, .points: "\(grouped(size)) \(sizeUnit.rawValue)"
        }
    }

    static let all: [StageDescription] = [
        StageDescription(
            key: "extract-recombined", title: "Extraction, one core: recombined news → events", metric: .rate(unit: "MB/s", divisor: 1e6),
            sizeUnit: .textKB, item: "byte",
            sublinearReason: "the work per run that does not grow with the text (sorting and numbering the merged events, the per-document reference dates) is spread over more bytes; and the first run of a size warms the caches",
            superlinearReason: "every article moves its sources' dates into 2019–2024 and names places of the gazetteer's ~500, so the more text, the more reports fall on the same place, type and week; merged groups grow with the corpus, and so do the heads of a type and day (or, for a month- or year-dated incident, of its whole span) that `Extractor.mergeAcrossDocuments` compares an incident with; and the more articles there are, the more of the month-dated ones find their weekday's incident dated in another article and are read again with that day (18 % of the articles at 50 MB)"),
        StageDescription(
            key: "extract-dense", title: "Extraction, one core: dense attack templates → events (stress)", metric: .rate(unit: "MB/s", divisor: 1e6),
            sizeUnit: .textKB, item: "byte",
            sublinearReason: "the work per run that does not grow with the text is spread over more bytes",
            superlinearReason: "the dense corpus puts two sentences in three on some 70 sites over six years, so the more text, the more reports of the same site, type and day; merged groups grow with the corpus, and so do the heads of a type and day that `Extractor.mergeAcrossDocuments` compares an incident with and the source lists each event sorts"),
        StageDescription(
            key: "geojson", title: "GeoJSON layer: events.geojson", metric: .rate(unit: "events/s", divisor: 1),
            sizeUnit: .events, item: "event",
            sublinearReason: "opening the file and the first buffer flush are a fixed cost that small inputs do not amortise",
            superlinearReason: "the page cache fills and the kernel starts writing back dirty pages during the run, which small outputs never wait for"),
        StageDescription(
            key: "svg", title: "SVG map of the largest month window", metric: .seconds,
            sizeUnit: .events, item: "event",
            sublinearReason: "the basemap (countries, rivers), frame, legend and labels cost the same at any size, and above the aggregation threshold events are counted into a fixed grid of hexagonal bins, so the SVG stops growing with the events",
            superlinearReason: "label placement tests each new label against those already placed"),
        StageDescription(
            key: "tiles", title: "Tiling to PMTiles z0–14 (whole process)", metric: .seconds,
            sizeUnit: .events, item: "event",
            sublinearReason: "the events fall around the same few dozen sites, so the number of tiles holding them grows much more slowly than the events (and the low zooms are a fixed set of tiles); reading the file and starting the process are fixed costs too",
            superlinearReason: "dense tiles at low zooms are clustered and re-encoded until they fit the tile size limit, and that work grows with the events per tile, not with the tiles"),
        StageDescription(
            key: "project", title: "Batch projection in-process (EPSG:4326 → UTM 38N)", metric: .rate(unit: "points/s", divisor: 1),
            sizeUnit: .points, item: "point",
            sublinearReason: "a batch call has a fixed cost (PROJ's per-call checks, the first touches of the arrays) that 10 000 points do not amortise",
            superlinearReason: "the batch is the one `proj_trans_generic` call raw PROJ makes, and raw PROJ shows the same step, so the step is the machine's, not Kharita's: at 100 000 points the coordinates (1.6 MB) no longer fit the core's L2 cache, and timings of a few milliseconds vary with the other work sharing the two cores; compare the rows with their peer rather than across sizes"),
        StageDescription(
            key: "project-process", title: "Projecting a file of points (whole process)", metric: .rate(unit: "points/s", divisor: 1),
            sizeUnit: .points, item: "point",
            sublinearReason: "starting the process and finding the operation in PROJ's database take tens of milliseconds whatever the number of points",
            superlinearReason: "the whole input is read and split into lines before any point is projected, so memory grows with the file"),
    ]

    static func named(_ key: String) -> StageDescription? { all.first { $0.key == key } }
}

/// Median time and the rest of one (stage, size, tool) over its runs.
struct Summary {
    var seconds: Double
    var bytes: Int
    var items: Int
    var peakRSSKB: Int?
    /// Median CPU seconds, when the stage measured them.
    var cpuSeconds: Double?
    var runs: Int

    /// The time rates and per-item costs are computed from: CPU time where the stage measured it (the
    /// one-core extraction, where another process's turns on that core would count in wall time),
    /// wall time otherwise.
    var costSeconds: Double { cpuSeconds ?? seconds }

    init(_ runs: [Measurement]) {
        seconds = median(runs.map(\.seconds))
        let cpu = runs.compactMap(\.cpuSeconds)
        cpuSeconds = cpu.isEmpty ? nil : median(cpu)
        bytes = Int(median(runs.map { Double($0.bytes) }))
        items = runs[0].items
        peakRSSKB = runs.compactMap(\.rssKB).max()
        self.runs = runs.count
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read measurement lines and write the results table (Markdown) with the machine and the growth analysis.")

    @Option(help: "File of measurement JSON lines (from `stage` and the script's peer runs).") var measurements: String
    @Option(name: .shortAndLong, help: "Markdown file to write (also printed).") var output: String
    @Option(help: "Machine description line (cores, CPU model, memory).") var machine: String
    @Option(help: "Versions of the peers, one line.") var peers: String
    @Option(help: "The command that produced the measurements.") var command: String
    @Option(help: "Date of the run (UTC), passed in so the report does not read the clock.") var date: String
    @Option(help: "Wall-clock seconds of the whole benchmark.") var totalSeconds: Double
    @Option(help: "A paragraph to add under the table (repeatable), e.g. about a stage re-measured later.") var note: [String] = []

    func run() throws {
        let lines = try String(contentsOfFile: measurements, encoding: .utf8).split(separator: "\n")
        let decoder = JSONDecoder()
        var all: [Measurement] = []
        var unfinished: [Unfinished] = []
        for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let data = Data(line.utf8)
            do {
                if let stopped = try? decoder.decode(Unfinished.self, from: data) {
                    unfinished.append(stopped)
                } else {
                    all.append(try decoder.decode(Measurement.self, from: data))
                }
            } catch {
                throw ValidationError("\(measurements):\(index + 1): not a measurement line: \(error)")
            }
        }
        let text = ResultsDocument(measurements: all, unfinished: unfinished, machine: machine, peers: peers,
                                   command: command, date: date, totalSeconds: totalSeconds, notes: note).markdown()
        try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        print(text, terminator: "")
    }
}

/// The Markdown that goes into bench/results.md and the README's performance section.
struct ResultsDocument {
    var measurements: [Measurement]
    var unfinished: [Unfinished]
    var machine: String
    var peers: String
    var command: String
    var date: String
    var totalSeconds: Double
    var notes: [String] = []

    /// Per-item costs that differ by less than this fraction across sizes count as linear.
    static let linearTolerance = 0.30

    func summaries(stage: String, tool: (String) -> Bool) -> [(size: Int, summary: Summary)] {
        let runs = measurements.filter { $0.stage == stage && tool($0.tool) }
        let sizes = Set(runs.map(\.size)).sorted()
        return sizes.map { size in (size, Summary(runs.filter { $0.size == size })) }
    }

    func markdown() -> String {
        var out = "## Performance\n\n"
        out += "Measured by `\(command)` on \(date): \(machine). Kharita \(Atlas.version); peers: \(peers). "
        out += "Each figure is the median of the runs shown (kharita and its peer alternate, on the same input); "
        out += "the whole benchmark took \(Int(totalSeconds.rounded())) s.\n\n"
        out += "| stage | size | kharita | peer | speed ratio | peak RSS kharita / peer | output bytes kharita / peer | runs |\n"
        out += "|---|---|---|---|---|---|---|---|\n"
        var missing: [String] = []
        for stage in StageDescription.all {
            let ours = summaries(stage: stage.key) { $0 == "kharita" }
            guard !ours.isEmpty else { missing.append(stage.title); continue }
            let peerName = Set(measurements.filter { $0.stage == stage.key && $0.tool != "kharita" }.map(\.tool)).sorted().first
            let theirs = peerName.map { name in summaries(stage: stage.key) { $0 == name } } ?? []
            for (size, summary) in ours {
                let peer = theirs.first { $0.size == size }?.summary
                var cells = [stage.title, stage.sizeLabel(size), value(summary, stage)]
                cells.append(peer.map { "\(peerName!): \(value($0, stage))" } ?? "—")
                cells.append(peer.map { String(format: "%.2f×", $0.seconds / summary.seconds) } ?? "—")
                cells.append(pair(summary.peakRSSKB.map { megabytes($0 * 1024) }, peer?.peakRSSKB.map { megabytes($0 * 1024) }))
                cells.append(pair(summary.bytes > 0 ? megabytes(summary.bytes) : nil, peer.flatMap { $0.bytes > 0 ? megabytes($0.bytes) : nil }))
                cells.append(peer.map { "\(summary.runs) + \($0.runs)" } ?? "\(summary.runs)")
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            for stopped in unfinished where stopped.stage == stage.key && !ours.contains(where: { $0.size == stopped.size }) {
                let peer = theirs.first { $0.size == stopped.size }?.summary
                let peerCells = peer.map { ["\(peerName!): \(value($0, stage))", "—", pair(nil, $0.peakRSSKB.map { megabytes($0 * 1024) }),
                                            pair(nil, $0.bytes > 0 ? megabytes($0.bytes) : nil), "0 + \($0.runs)"] }
                    ?? ["—", "—", "—", "—", "—"]
                out += "| " + ([stage.title, stage.sizeLabel(stopped.size), stopped.note] + peerCells).joined(separator: " | ") + " |\n"
            }
        }
        out += "\nSpeed ratio: the peer's time divided by Kharita's (above 1: Kharita is faster). "
        out += "In-process timings exclude making and reading the input; whole-process timings (tiling, projecting a file, and every peer run) include starting the process and reading the input. "
        out += "ogr2ogr converts the same events from CSV (`-lco RFC7946=YES`, typed columns) and so also parses its input, which the in-process GeoJSON figure does not. "
        out += "Peak RSS is the largest `Maximum resident set size` of `/usr/bin/time -v` over the runs of a whole process. "
        out += "Extraction runs with every thread pinned to one CPU (`kharita-bench stage extract --one-core`), the issue's per-core figure; its MB/s are per CPU second (user + system time of the timed call), which equal the wall-clock rate on an idle core and leave out the turns other processes take on that core. "
        out += "The recombined corpus is made of the sentences of the seeds and the extraction dev-set articles, shuffled across articles with other gazetteer places, shifted dates and changed counts (`kharita-bench generate articles --style recombined`); the dense corpus is attack templates, two sentences in three an attack.\n"
        out += notes.map { "\n\($0)\n" }.joined()
        if !missing.isEmpty {
            out += "\nNot measured in this run (the module had not landed): " + missing.joined(separator: "; ") + ".\n"
        }
        out += growth()
        return out
    }

    func growth() -> String {
        var out = "\n### How cost grows\n\n"
        out += "Per-item cost (Kharita's median time ÷ items) at each size; a stage counts as linear when its largest per-item cost is less than \(Int(Self.linearTolerance * 100)) % above its smallest.\n\n"
        out += "| stage | cost per item by size | input × → time × | growth |\n|---|---|---|---|\n"
        var notes: [String] = []
        for stage in StageDescription.all {
            let ours = summaries(stage: stage.key) { $0 == "kharita" }
            if let row = stoppedGrowthRow(stage, measured: ours) {
                out += row
                notes.append("**\(stage.title)** is superlinear: \(stage.superlinearReason).")
                continue
            }
            guard ours.count >= 2 else { continue }
            let costs = ours.map { $0.summary.costSeconds / Double($0.summary.items) }
            let costCells = zip(ours, costs).map { "\(stage.sizeLabel($0.size)): \(perItem($1, stage))" }.joined(separator: ", ")
            let steps = (1..<ours.count).map { index -> String in
                let itemRatio = Double(ours[index].summary.items) / Double(ours[index - 1].summary.items)
                let timeRatio = ours[index].summary.costSeconds / ours[index - 1].summary.costSeconds
                return String(format: "×%.1f → ×%.1f", itemRatio, timeRatio)
            }.joined(separator: "; ")
            // Variation: the largest per-item cost over the smallest, less one.
            let spread = costs.max()! / costs.min()! - 1
            let trend = costs.last! / costs.first!
            let verdict: String
            if spread < Self.linearTolerance {
                verdict = String(format: "linear (per-item costs within %.0f %% of each other)", spread * 100)
            } else if trend < 1 {
                verdict = String(format: "sublinear (per-item cost ×%.2f from smallest to largest)¹", trend)
                notes.append("**\(stage.title)** is sublinear: \(stage.sublinearReason).")
            } else {
                verdict = String(format: "superlinear (per-item cost ×%.2f from smallest to largest)¹", trend)
                notes.append("**\(stage.title)** is superlinear: \(stage.superlinearReason).")
            }
            out += "| \(stage.title) | \(costCells) | \(steps) | \(verdict) |\n"
        }
        if !notes.isEmpty {
            out += "\n¹ Why:\n\n" + notes.map { "- \($0)\n" }.joined()
        }
        return out
    }

    /// A run stopped at its time budget still bounds the growth from below: it took longer than the
    /// budget where the size before it took its median time.
    func stoppedGrowthRow(_ stage: StageDescription, measured: [(size: Int, summary: Summary)]) -> String? {
        guard let stopped = unfinished.first(where: { $0.stage == stage.key && $0.budgetSeconds != nil }),
              let before = measured.last(where: { $0.size < stopped.size }) else { return nil }
        let sizeRatio = Double(stopped.size) / Double(before.size)
        let timeRatio = stopped.budgetSeconds! / before.summary.seconds
        guard timeRatio > sizeRatio * (1 + Self.linearTolerance) else { return nil }
        let costCells = measured.map { "\(stage.sizeLabel($0.size)): \(perItem($0.summary.costSeconds / Double($0.summary.items), stage))" }
            + ["\(stage.sizeLabel(stopped.size)): more than \(perItem(stopped.budgetSeconds! / (Double(before.summary.items) * sizeRatio), stage))"]
        return "| \(stage.title) | \(costCells.joined(separator: ", ")) | " + String(format: "×%.0f → more than ×%.0f", sizeRatio, timeRatio)
            + " | superlinear (the larger size did not finish within \(Int(stopped.budgetSeconds!)) s)¹ |\n"
    }

    func value(_ summary: Summary, _ stage: StageDescription) -> String {
        switch stage.metric {
        case .rate(let unit, let divisor):
            let rate = Double(summary.items) / divisor / summary.costSeconds
            let times = summary.cpuSeconds.map { "CPU \(seconds($0)), wall \(seconds(summary.seconds))" } ?? seconds(summary.seconds)
            return "\(quantity(rate)) \(unit) (\(times))"
        case .seconds:
            return seconds(summary.seconds)
        }
    }

    func perItem(_ secondsPerItem: Double, _ stage: StageDescription) -> String {
        let nanoseconds = secondsPerItem * 1e9
        let time = nanoseconds >= 1000 ? String(format: "%.1f µs", nanoseconds / 1000) : String(format: "%.1f ns", nanoseconds)
        return "\(time)/\(stage.item)"
    }

    func pair(_ ours: String?, _ theirs: String?) -> String {
        switch (ours, theirs) {
        case (nil, nil): "—"
        case (let ours?, nil): ours
        case (nil, let theirs?): "— / \(theirs)"
        case (let ours?, let theirs?): "\(ours) / \(theirs)"
        }
    }
}

func seconds(_ value: Double) -> String {
    value >= 10 ? String(format: "%.1f s", value) : value >= 0.1 ? String(format: "%.2f s", value) : String(format: "%.1f ms", value * 1000)
}

func quantity(_ value: Double) -> String {
    value >= 1e6 ? String(format: "%.2f M", value / 1e6) : value >= 1e4 ? String(format: "%.0f k", value / 1e3) : String(format: "%.1f", value)
}

func megabytes(_ bytes: Int) -> String {
    bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1e6) : String(format: "%.0f kB", Double(bytes) / 1e3)
}

func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var out = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index).isMultiple(of: 3) { out.append("\u{2009}") }
        out.append(digit)
    }
    return out
}
