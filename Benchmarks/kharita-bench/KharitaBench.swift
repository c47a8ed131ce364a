import ArgumentParser

/// The benchmark driver behind `make bench`: makes deterministic synthetic inputs, times one stage at a
/// time in-process, and turns the collected measurements into the results table.
struct KharitaBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kharita-bench",
        abstract: "Synthetic inputs, per-stage timings and the results table for `make bench`.",
        discussion: """
            `scripts/bench.sh` drives it: `generate` writes inputs once, `stage` times one stage and prints \
            one JSON line per run ({stage, size, tool, seconds, bytes, items}), `report` reads those lines \
            (and the peers' timings the script adds) and writes the table.
            """,
        subcommands: [Generate.self, Stage.self, Report.self]
    )
}
