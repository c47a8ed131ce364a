import ArgumentParser
import Atlas
import Cartography
import Foundation

struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one SVG map from any events GeoJSON.",
        discussion: """
            Keeps the events whose whole interval [date, date_end] lies in --window (2021-07, 2021-W27, \
            2021-07-05, 2021-Q3, 2021 or START--END); without --window every event is drawn. The extent \
            fits all events of the file, so maps of several windows of one file line up.

            Example: kharita map --events output/events.geojson --window 2021-07 -o july.svg
            """
    )
    @Option(help: "Events GeoJSON or GeoJSONSeq (.geojsonl), e.g. output/events.geojson or a file edited in QGIS.") var events: String
    @Option(help: "Window label.") var window: String?
    @Option(name: .shortAndLong, help: "Output SVG.") var output: String
    @Option(help: "Basemap folder.") var basemap = "gazetteer/basemap"
    @Option(help: "Map CRS (default: a conformal projection chosen for the extent).") var crs: String?
    @Option(help: "Width in pixels.") var width = 1200.0
    @Option(help: "fr or en.") var lang: MapLanguage = .en

    func run() throws {
        var settings = MapSettings()
        settings.crs = crs
        settings.width = width
        settings.language = lang
        do {
            let svg = try SingleMap.render(eventsPath: events, windowLabel: window, basemapFolder: basemap, settings: settings)
            try EventExport.writeAtomically(Array(svg.utf8), to: output)
        } catch {
            standardError("kharita map: \(error)")
            throw ExitCode(2)
        }
    }
}
