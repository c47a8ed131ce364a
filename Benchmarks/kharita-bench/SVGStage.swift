import ArgumentParser
import Cartography
import Foundation
import GeoJSON

/// The SVG map of the busiest month among N events, the largest window a monthly build draws. Making
/// the events, cutting them into months and loading the basemap are not timed; rendering is.
struct SVGStage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "svg", abstract: "Render the SVG map of the busiest month of N synthetic events.")

    @Option(help: "Number of events (the window holds about a 72nd of them: six years of months).") var count: Int
    @Option(help: "Folder with countries.geojson and rivers.geojson.") var basemap = "gazetteer/basemap"
    @OptionGroup var synthetic: SyntheticOptions
    @OptionGroup var runCount: RunCount
    @Option(name: .shortAndLong, help: "Where to write the last run's SVG.") var output: String

    func run() throws {
        let (label, window) = Self.busiestMonth(try synthetic.events(count: count))
        let renderer = try MapRenderer(basemap: Basemap(countries: try readLayer("countries.geojson"), rivers: try readLayer("rivers.geojson")),
                                       options: MapOptions(generatedOn: "2025-01-01"))
        for _ in 0..<runCount.runs {
            let (svg, seconds) = try timed { try renderer.render(events: window, windowLabel: label) }
            let bytes = Data(svg.utf8)
            try bytes.write(to: URL(fileURLWithPath: output))
            emit(Measurement(stage: "svg", size: count, tool: "kharita", seconds: seconds, bytes: bytes.count, items: window.count))
        }
    }

    func readLayer(_ name: String) throws -> [Feature] {
        let path = basemap + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("\(path): cannot read") }
        return try GeoJSONReader.readFeatureCollection(Array(data)).features
    }

    /// The month ("YYYY-MM" of `date`) with the most events; the earliest of equals.
    static func busiestMonth(_ events: [Feature]) -> (label: String, events: [Feature]) {
        var months: [String: [Feature]] = [:]
        for event in events {
            guard case .string(let date)? = event.properties?["date"] else { continue }
            months[String(date.prefix(7)), default: []].append(event)
        }
        let busiest = months.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }!
        return (busiest.key, busiest.value)
    }
}
