import Cartography
import Extraction
import Foundation
import GeoJSON
import Gazetteer
import Tiles

/// What `kharita build` is asked to do.
public struct BuildOptions {
    public var inputs: [String] = ["seeds"]
    public var gazetteer = "gazetteer"
    public var output = "output"
    public var scheme: WindowScheme = .calendar(.month)
    /// How the scheme was written on the command line, for the manifest.
    public var schemeText = "month"
    public var skipBadGazetteerRows = false
    public var maps = MapSettings()
    public var tileFormats: [TileFormat] = [.pmtiles]
    public var tiling = TilingOptions()
    /// Worker threads for map rendering; output bytes do not depend on it.
    public var threads = ProcessInfo.processInfo.activeProcessorCount
    public init() {}
}

/// Why a build stopped. Each kind has its own exit code, documented in `kharita build --help`.
public enum BuildFailure: Error, CustomStringConvertible {
    case gazetteer(String)
    case input(String)
    case output(String)

    public var description: String {
        switch self {
        case .gazetteer(let message), .input(let message), .output(let message): message
        }
    }
}

public struct BuildSummary: Sendable {
    public let documents: Int
    public let events: Int
    public let windows: [(label: String, count: Int)]
    public let imprecise: Int
    public let unresolved: Int
    public let warnings: [String]
    public let files: Int
}

/// The main job: documents → events → windows → layers and a manifest, written into a staging
/// folder that replaces the previous output only once every file is written.
public enum AtlasBuild {
    static let impreciseLabel = "imprecise"

    public static func run(_ options: BuildOptions) throws -> BuildSummary {
        let gazetteer: Gazetteer
        do {
            gazetteer = try Gazetteer(directory: options.gazetteer, skipBadRows: options.skipBadGazetteerRows)
        } catch {
            throw BuildFailure.gazetteer(String(describing: error))
        }
        let (documents, loadWarnings) = DocumentLoader.load(paths: options.inputs)
        guard !documents.isEmpty else {
            throw BuildFailure.input("no documents found in \(options.inputs.joined(separator: ", ")) (expected .txt or .jsonl files)")
        }
        let basemap: Basemap
        do {
            basemap = try AtlasMaps.loadBasemap(options.gazetteer + "/basemap")
        } catch {
            throw BuildFailure.input(String(describing: error))
        }
        let result = Extractor(gazetteer: gazetteer).extract(documents)
        let layers = EventLayers(result: result, scheme: options.scheme)
        let places = layers.placeIDs.compactMap { gazetteer.place(id: $0) }.map { gazetteer.feature(for: $0) }

        let staged: StagedOutput
        do {
            staged = try StagedOutput(destination: options.output)
        } catch {
            throw BuildFailure.output(String(describing: error))
        }
        var fileCount = 0
        var tileWarnings: [String] = []
        do {
            try writeLayers(layers, places: places, result: result, to: staged)
            try AtlasMaps.write(layers, documents: documents, settings: options.maps, basemap: basemap,
                                threads: options.threads, to: staged)
            if !options.tileFormats.isEmpty {
                let tileLayers = AtlasTiles.layers(events: AtlasTiles.eventFeatures(layers.features, windows: layers.windowLabels),
                                                   places: places, basemap: basemap)
                tileWarnings = try AtlasTiles.write(tileLayers, options: options.tiling, formats: options.tileFormats) { format in
                    try staged.streamingPath(for: AtlasTiles.buildPaths[format]!)
                }
            }
            let inputs = try inputFiles(documents: documents, gazetteer: options.gazetteer)
            let manifest = Manifest.make(options: options, inputs: inputs, layers: layers, result: result,
                                         staged: staged, documents: documents.count)
            try staged.write(JSONWriter.encode(manifest, pretty: true), to: "manifest.json")
            fileCount = staged.files().count
            try staged.commit()
        } catch {
            staged.discard()
            throw BuildFailure.output(String(describing: error))
        }
        let warnings = gazetteer.issues.map(\.description) + loadWarnings.map(\.description) + result.warnings.map(\.description)
            + tileWarnings
        return BuildSummary(
            documents: documents.count, events: layers.features.count,
            windows: zip(layers.assignment.windows, layers.assignment.members).map { ($0.label, $1.count) },
            imprecise: layers.assignment.imprecise.count, unresolved: result.unresolved.count,
            warnings: warnings, files: fileCount)
    }

    static func writeLayers(_ layers: EventLayers, places: [Feature], result: ExtractionResult, to staged: StagedOutput) throws {
        let writer = GeoJSONWriter()
        try staged.write(writer.encode(FeatureCollection(features: layers.features)), to: "events.geojson")
        let sequence = try GeoJSONStreamWriter(path: staged.streamingPath(for: "events.geojsonl"), format: .sequence)
        for feature in layers.features { try sequence.write(feature) }
        try sequence.finish()
        try staged.write(ACLEDCSV.encode(layers.features), to: "events.csv")

        try staged.write(writer.encode(FeatureCollection(features: places)), to: "places.geojson")
        try staged.write(JSONWriter.encode(unresolvedReport(result), pretty: true), to: "unresolved.json")

        for window in layers.windowLayers {
            try staged.write(writer.encode(FeatureCollection(features: window.events)), to: "windows/\(window.label)/events.geojson")
        }
    }

    /// Everything that could not become a placed, dated event, with the sentences it came from, and
    /// where each document's reference date came from.
    static func unresolvedReport(_ result: ExtractionResult) -> JSONValue {
        let documents: [JSONValue] = result.documentDates.keys.sorted().map { id in
            let date = result.documentDates[id]!
            return .object([
                "document": .string(id),
                "reference_date": date.text.map { .string($0) } ?? .null,
                "date_source": .string(date.source.rawValue),
            ])
        }
        return .object([
            "unresolved": .array(result.unresolved.map { $0.json() }),
            "warnings": .array(result.warnings.map { .string($0.description) }),
            "documents": .array(documents),
        ])
    }

    static func inputFiles(documents: [Document], gazetteer: String) throws -> [(path: String, bytes: [UInt8])] {
        var paths = documents.compactMap(\.path)
        var seen = Set<String>()
        paths = paths.filter { seen.insert($0).inserted }
        let gazetteerFiles = ["places.tsv", "towns.tsv", "basemap/countries.geojson", "basemap/rivers.geojson"]
            .map { gazetteer + "/" + $0 }
            .filter { FileManager.default.fileExists(atPath: $0) }
        return try (paths + gazetteerFiles).map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw OutputError(description: "\(path): cannot read it again to record its digest")
            }
            return (path, [UInt8](data))
        }
    }
}

/// Events as features, and where each goes in time.
struct EventLayers {
    let features: [Feature]
    let assignment: WindowAssignment
    /// The gazetteer places the events refer to, sorted.
    let placeIDs: [String]

    init(result: ExtractionResult, scheme: WindowScheme) {
        let dated = result.events.compactMap { event -> (Feature, CalendarDay, CalendarDay)? in
            guard let start = event.date.flatMap(CalendarDay.init(iso:)) else { return nil }
            return (event.feature(), start, event.dateEnd.flatMap(CalendarDay.init(iso:)) ?? start)
        }
        features = dated.map(\.0)
        placeIDs = Set(result.events.compactMap { $0.place?.id }).sorted()
        assignment = WindowAssignment(scheme: scheme, intervals: dated.map { ($0.1, $0.2) })
    }

    /// Each window's events in window order, then the `imprecise` layer when some event fits no window.
    var windowLayers: [(label: String, events: [Feature])] {
        var result = zip(assignment.windows, assignment.members).map { window, members in
            (label: window.label, events: members.map { features[$0] })
        }
        if !assignment.imprecise.isEmpty {
            result.append((AtlasBuild.impreciseLabel, assignment.imprecise.map { features[$0] }))
        }
        return result
    }

    /// For each feature, the first window holding it, or `imprecise`.
    var windowLabels: [String] {
        var labels = [String](repeating: AtlasBuild.impreciseLabel, count: features.count)
        for (window, members) in zip(assignment.windows, assignment.members).reversed() {
            for index in members { labels[index] = window.label }
        }
        return labels
    }

    /// [west, south, east, north] of the placed features among `indices`, nil when none is placed.
    func bbox(of indices: [Int]) -> [Double]? {
        FeatureCollection(features: indices.map { features[$0] }).bounds
    }
}
