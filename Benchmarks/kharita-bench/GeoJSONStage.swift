import ArgumentParser
import GeoJSON

/// Writing the events layer: N events streamed as an RFC 7946 FeatureCollection to a file, the work
/// `ogr2ogr -f GeoJSON -lco RFC7946=YES` does from the same events in CSV.
struct GeoJSONStage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geojson", abstract: "Stream N synthetic events to a GeoJSON FeatureCollection file.")

    @Option(help: "Number of events.") var count: Int
    @OptionGroup var synthetic: SyntheticOptions
    @OptionGroup var runCount: RunCount
    @Option(name: .shortAndLong, help: "Output .geojson file.") var output: String

    func run() throws {
        let events = try synthetic.events(count: count)
        for _ in 0..<runCount.runs {
            let (_, seconds) = try timed {
                let writer = try GeoJSONStreamWriter(path: output, format: .featureCollection)
                for event in events { try writer.write(event) }
                try writer.finish()
            }
            emit(Measurement(stage: "geojson", size: count, tool: "kharita", seconds: seconds,
                             bytes: fileSize(output), items: events.count))
        }
    }
}
