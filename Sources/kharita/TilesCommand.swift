import ArgumentParser
import Atlas
import Foundation
import Tiles

struct TilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tiles",
        abstract: "Write Mapbox Vector Tiles of an events file as PMTiles, MBTiles or a z/x/y folder.",
        discussion: """
            Reads a GeoJSON FeatureCollection, or a GeoJSON text sequence (.geojsonl), of events. The \
            `events` layer carries id, date, date_end, window, event_type, outcome, weapon_count, \
            place_name and source_count; below the maximum zoom, nearby events are clustered with \
            point_count and counts by event type. With --basemap, `countries` and `rivers` layers are added.

            Example: kharita tiles --events output/events.geojson -o events.pmtiles
            """
    )
    @Option(help: "Events GeoJSON or GeoJSONSeq file.") var events: String
    @Option(name: .shortAndLong, help: "Output file (pmtiles, mbtiles) or folder (dir).") var output: String
    @Option(help: "pmtiles, mbtiles or dir.") var format: TileFormat = .pmtiles
    @Option(help: "Lowest zoom.") var minzoom = 0
    @Option(help: "Highest zoom, or 'auto' to choose it from the events' spacing.") var maxzoom = "12"
    @Option(help: "Basemap folder for countries and rivers layers.") var basemap: String?
    @Flag(help: "Print nothing but errors.") var quiet = false

    func run() throws {
        let highest: Int?
        if maxzoom == "auto" {
            highest = nil
        } else if let zoom = Int(maxzoom), (minzoom...Tiler.deepestZoom).contains(zoom) {
            highest = zoom
        } else {
            throw ValidationError("--maxzoom must be 'auto' or a zoom from --minzoom (\(minzoom)) to \(Tiler.deepestZoom)")
        }
        do {
            let (count, warnings) = try AtlasTiles.tile(eventsPath: events, output: output, format: format, minZoom: minzoom,
                                                        maxZoom: highest, basemapFolder: basemap)
            for warning in warnings { standardError("warning: \(warning)") }
            if !quiet { standardError("\(count) events tiled into \(output)") }
        } catch {
            standardError("kharita tiles: \(error)")
            throw ExitCode(2)
        }
    }
}

extension TileFormat: ExpressibleByArgument {}
