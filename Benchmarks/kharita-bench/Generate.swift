import ArgumentParser
import Atlas
import Extraction
import Foundation
import Gazetteer
import GeoJSON

/// Options every command that makes synthetic data shares, so that a stage regenerates exactly the
/// events the script wrote to disk for the peer.
struct SyntheticOptions: ParsableArguments {
    @Option(help: "Seed of the synthetic data; the same seed gives the same bytes.") var seed: UInt64 = 7
    @Option(help: "Gazetteer folder whose places the synthetic data names.") var gazetteer = "gazetteer"

    func places() throws -> [Place] {
        try Gazetteer(directory: gazetteer).places
    }

    func events(count: Int) throws -> [Feature] {
        Synthetic.events(places: try places(), count: count, seed: seed)
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write synthetic inputs: articles (French and English) or events.",
        subcommands: [Articles.self, Events.self]
    )

    struct Articles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write about N MB of articles as <style>_NNNNNN.txt files into a folder.")

        @Option(help: "Megabytes (10^6 bytes) of text.") var mb: Double
        @Option(help: "recombined: the sentences of real articles (--from) with other places, dates and counts; dense: attack templates, two sentences in three an attack (a stress input).")
        var style: ArticleStyle = .recombined
        @Option(parsing: .upToNextOption,
                help: "Folders or files of source articles for --style recombined (default: seeds and every Tests/ExtractionTests/Fixtures/*/articles).")
        var from: [String] = []
        @OptionGroup var synthetic: SyntheticOptions
        @Option(name: .shortAndLong, help: "Output folder (created; earlier generated articles in it are replaced).") var output: String

        func run() throws {
            let totalBytes = Int(mb * 1_000_000)
            let articles: [(name: String, text: String)]
            switch style {
            case .dense:
                articles = Synthetic.articles(places: try synthetic.places(), totalBytes: totalBytes, seed: synthetic.seed)
            case .recombined:
                let sources = try ArticleStyle.sourceArticles(from.isEmpty ? ArticleStyle.defaultSources() : from)
                articles = Synthetic.recombinedArticles(from: sources, gazetteer: try Gazetteer(directory: synthetic.gazetteer),
                                                        totalBytes: totalBytes, seed: synthetic.seed)
            }
            let files = FileManager.default
            try files.createDirectory(atPath: output, withIntermediateDirectories: true)
            for name in try files.contentsOfDirectory(atPath: output)
            where ArticleStyle.allCases.contains(where: { name.hasPrefix($0.filePrefix) }) && name.hasSuffix(".txt") {
                try files.removeItem(atPath: output + "/" + name)
            }
            var bytes = 0
            for article in articles {
                let data = Data(article.text.utf8)
                try data.write(to: URL(fileURLWithPath: output + "/" + article.name))
                bytes += data.count
            }
            print("\(articles.count) \(style.rawValue) articles, \(bytes) bytes in \(output)")
        }
    }

    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write N events; the extension picks the format.",
            discussion: """
                .geojsonl: one Feature a line (tippecanoe, kharita tiles); .geojson: a FeatureCollection; \
                .csv: the properties then lon,lat columns (ogr2ogr's input); .xy: 'lon lat' lines (cs2cs, kharita project).
                """)

        @Option(help: "Number of events.") var count: Int
        @OptionGroup var synthetic: SyntheticOptions
        @Option(name: .shortAndLong, help: "Output file (.geojsonl, .geojson, .csv or .xy); repeat for several formats of the same events.")
        var output: [String]

        func validate() throws {
            guard !output.isEmpty else { throw ValidationError("give at least one -o FILE") }
            for path in output where !["geojsonl", "geojson", "csv", "xy"].contains(URL(fileURLWithPath: path).pathExtension) {
                throw ValidationError("\(path): the extension must be .geojsonl, .geojson, .csv or .xy")
            }
        }

        func run() throws {
            let events = try synthetic.events(count: count)
            for path in output {
                switch URL(fileURLWithPath: path).pathExtension {
                case "geojsonl": try writeGeoJSON(events, format: .sequence, to: path)
                case "geojson": try writeGeoJSON(events, format: .featureCollection, to: path)
                case "csv": try Data(EventTables.csv(events)).write(to: URL(fileURLWithPath: path))
                default: try Data(EventTables.lonLatLines(events)).write(to: URL(fileURLWithPath: path))
                }
                print("\(events.count) events in \(path)")
            }
        }

        func writeGeoJSON(_ events: [Feature], format: GeoJSONStreamWriter.Format, to path: String) throws {
            let writer = try GeoJSONStreamWriter(path: path, format: format)
            for event in events { try writer.write(event) }
            try writer.finish()
        }
    }
}

/// How `generate articles` writes: recombined real sentences (the realistic input) or dense attack templates.
enum ArticleStyle: String, CaseIterable, ExpressibleByArgument {
    case recombined, dense

    /// The names `Synthetic` gives its files.
    var filePrefix: String { self == .recombined ? "recombined_" : "synthetic_" }

    /// seeds/ and the extraction test sets' article folders, in name order.
    static func defaultSources() -> [String] {
        let fixtures = "Tests/ExtractionTests/Fixtures"
        let sets = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? []).sorted()
            .map { "\(fixtures)/\($0)/articles" }
            .filter { FileManager.default.fileExists(atPath: $0) }
        return ["seeds"] + sets
    }

    /// The articles of the given folders and files; any file that does not load is an error.
    static func sourceArticles(_ paths: [String]) throws -> [(name: String, text: String)] {
        let (documents, warnings) = DocumentLoader.load(paths: paths)
        if let warning = warnings.first { throw ValidationError("source articles: \(warning)") }
        guard !documents.isEmpty else { throw ValidationError("no source articles in \(paths.joined(separator: ", "))") }
        return documents.map { ($0.id, $0.text) }
    }
}

/// The synthetic events as plain tables for the peers that cannot read GeoJSON sequences.
enum EventTables {
    /// The first event's property keys (every synthetic event has the same ones) then `lon,lat`, with
    /// the feature id as the `id` column: what ogr2ogr needs to write the same GeoJSON as Kharita.
    static func csv(_ events: [Feature]) -> [UInt8] {
        let keys = Array(events.first?.properties?.keys ?? [])
        var out: [UInt8] = []
        out.reserveCapacity(200 * (events.count + 1))
        out.append(contentsOf: (["id"] + keys + ["lon", "lat"]).joined(separator: ",").utf8)
        out.append(UInt8(ascii: "\n"))
        for event in events {
            var fields: [String] = []
            fields.reserveCapacity(keys.count + 3)
            if case .string(let id)? = event.id { fields.append(quoted(id)) } else { fields.append("") }
            for key in keys { fields.append(cell(event.properties?[key])) }
            let (lon, lat) = coordinates(event)
            fields.append(lon)
            fields.append(lat)
            out.append(contentsOf: fields.joined(separator: ",").utf8)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    static func lonLatLines(_ events: [Feature]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(24 * events.count)
        for event in events {
            let (lon, lat) = coordinates(event)
            out.append(contentsOf: "\(lon) \(lat)\n".utf8)
        }
        return out
    }

    /// Six decimals, as Kharita's GeoJSON writes them, so both tools read the same points.
    static func coordinates(_ event: Feature) -> (String, String) {
        guard case .point(let position)? = event.geometry else { return ("", "") }
        return (String(format: "%.6f", position.longitude), String(format: "%.6f", position.latitude))
    }

    static func cell(_ value: JSONValue?) -> String {
        switch value {
        case .string(let text)?: quoted(text)
        case .integer(let number)?: String(number)
        case .number(let number)?: String(number)
        case .bool(let flag)?: flag ? "true" : "false"
        default: ""
        }
    }

    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
