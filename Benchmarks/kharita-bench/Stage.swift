import ArgumentParser

/// Each stage subcommand prepares its input first (untimed), then times only the stage itself and
/// prints one `Measurement` line per run.
struct Stage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time one stage in-process; prints one JSON line per run.",
        subcommands: [ExtractionStage.self, GeoJSONStage.self, SVGStage.self, ProjectionStage.self]
    )
}

struct RunCount: ParsableArguments {
    @Option(help: "Timed runs in this process.") var runs = 1

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
    }
}
