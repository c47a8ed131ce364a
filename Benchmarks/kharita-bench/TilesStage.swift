import ArgumentParser
import Foundation
import GeoJSON
import Tiles

/// Tiling a GeoJSONL file of events into one PMTiles archive, the job `kharita tiles` does, for the
/// whole-process comparison with tippecanoe until the CLI has that subcommand. Reading the file is timed
/// apart: the line printed is tiling and writing only, while the script times the whole process.
struct TilesStage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tiles", abstract: "Tile a GeoJSONL file of events into a PMTiles archive.")

    @Option(help: "Events, one GeoJSON Feature a line.") var input: String
    @Option(name: .shortAndLong, help: "Output .pmtiles file.") var output: String
    @Option(name: .customLong("minzoom")) var minZoom = 0
    @Option(name: .customLong("maxzoom")) var maxZoom = 14
    @OptionGroup var runCount: RunCount

    func run() throws {
        guard let data = FileManager.default.contents(atPath: input) else { throw ValidationError("\(input): cannot read") }
        let events = try GeoJSONReader.readSequence(Array(data))
        var options = TilingOptions()
        options.minZoom = minZoom
        options.maxZoom = maxZoom
        for _ in 0..<runCount.runs {
            let (_, seconds) = try timed {
                let tiles = try Tiler.build(layers: [TileLayerInput(name: "events", features: events)], options: options)
                try TileWriter.write(tiles, format: .pmtiles, to: output, name: "events",
                                     attribution: "synthetic events", description: "kharita-bench")
            }
            emit(Measurement(stage: "tiles-in-process", size: events.count, tool: "kharita", seconds: seconds,
                             bytes: fileSize(output), items: events.count))
        }
    }
}
