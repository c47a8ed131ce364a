import ArgumentParser
import Atlas
import Cartography
import Tiles
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the main job: articles → events → GeoJSON layers, maps and tiles per time window.",
        discussion: """
            Writes everything under a hidden staging folder next to --out and moves it into place only \
            when every file is written: a failed run leaves the previous output as it was.

            An event belongs to every window that holds its whole interval [date, date_end]; events no \
            window holds whole (a month-precision event in week windows) go to windows/imprecise/.

            Exit status:
              0   output written
              2   bad input: the gazetteer has a bad row (see --skip-bad-rows) or no document was found
              3   the output could not be written; the previous output is unchanged
              64  bad command line (e.g. an unknown --window)
            """
    )

    @Option(help: "Folder (or files) of articles: .txt with an optional ' date YYYY-MM' first line, or .jsonl.")
    var seeds: [String] = ["seeds"]
    @Option(help: "Gazetteer folder (places.tsv, towns.tsv, basemap/).") var gazetteer = "gazetteer"
    @Option(help: "Output folder.") var out = "output"
    @Option(help: "Window: day, week (ISO), month, quarter, year, or an ISO 8601 duration such as P10D (with --anchor).")
    var window: String?
    @Option(help: "First day of the first duration window (YYYY-MM-DD).") var anchor: String?
    @Option(help: "Explicit windows: start/end,start/end,… (YYYY-MM-DD/YYYY-MM-DD).") var windows: String?
    @Option(help: "Map language, fr or en (default: the documents' language).") var lang: MapLanguage?
    @Option(help: "Map CRS (EPSG code, PROJ string or WKT; default: a conformal projection chosen for the extent).") var crs: String?
    @Option(help: "fixed: one extent for every window of the run; fit: each map fits its own events.") var extent: ExtentMode = .fixed
    @Option(help: "Threads for map rendering; the output is the same for any value.") var threads = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "Tilesets to write, comma-separated: pmtiles, mbtiles, dir (z/x/y folder with tilejson.json), or none.")
    var tiles = "pmtiles"
    @Option(help: "Lowest tile zoom.") var minzoom = 0
    @Option(help: "Highest tile zoom; every event is present at this zoom.") var maxzoom = 12
    @Flag(help: "Report bad gazetteer rows and skip them instead of failing.") var skipBadRows = false
    @Flag(help: "Print nothing but errors.") var quiet = false

    func run() throws {
        var options = BuildOptions()
        do {
            options.scheme = try WindowScheme.parse(window: window, anchor: anchor, windows: windows)
        } catch {
            throw ValidationError(String(describing: error))
        }
        options.schemeText = windows.map { "windows " + $0 } ?? ([window ?? "month", anchor].compactMap { $0 }.joined(separator: " anchor "))
        options.inputs = seeds
        options.gazetteer = gazetteer
        options.output = out
        options.skipBadGazetteerRows = skipBadRows
        options.maps.language = lang
        options.maps.crs = crs
        options.maps.fixedExtent = extent == .fixed
        options.threads = max(1, threads)
        options.tileFormats = try parseTileFormats(tiles)
        options.tiling.minZoom = minzoom
        options.tiling.maxZoom = maxzoom
        guard (0...Tiler.deepestZoom).contains(minzoom), (minzoom...Tiler.deepestZoom).contains(maxzoom) else {
            throw ValidationError("--minzoom and --maxzoom must satisfy 0 ≤ minzoom ≤ maxzoom ≤ \(Tiler.deepestZoom)")
        }
        do {
            let summary = try AtlasBuild.run(options)
            if !quiet { printSummary(summary) }
        } catch let failure as BuildFailure {
            standardError("kharita build: \(failure)")
            switch failure {
            case .gazetteer, .input: throw ExitCode(2)
            case .output: throw ExitCode(3)
            }
        }
    }

    func printSummary(_ summary: BuildSummary) {
        for warning in summary.warnings { standardError("warning: \(warning)") }
        standardError("\(summary.documents) documents, \(summary.events) events, \(summary.unresolved) unresolved, \(summary.imprecise) imprecise")
        let counts = summary.windows.map { "\($0.label) \($0.count)" }
        standardError("\(summary.windows.count) windows: \(counts.joined(separator: ", "))")
        standardError("\(summary.files) files written to \(out)/")
    }
}

func parseTileFormats(_ text: String) throws -> [TileFormat] {
    if text == "none" { return [] }
    return try text.split(separator: ",").map { name in
        guard let format = TileFormat(rawValue: String(name)) else {
            throw ValidationError("--tiles: '\(name)' is not one of pmtiles, mbtiles, dir, none")
        }
        return format
    }
}

enum ExtentMode: String, ExpressibleByArgument {
    case fixed, fit
}

extension MapLanguage: ExpressibleByArgument {}

func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
