import Cartography
import Dispatch
import Extraction
import Foundation
import GeoJSON

/// How the maps of a run are drawn.
public struct MapSettings: Sendable {
    /// nil: from the documents' language.
    public var language: MapLanguage?
    /// nil: a conformal projection chosen for the extent.
    public var crs: String?
    /// true: one extent for every window of the run, so stepping through windows does not jump.
    public var fixedExtent = true
    public var width = 1200.0
    public init() {}
}

/// Window maps, the overview and the index page of a build.
enum AtlasMaps {
    static func write(_ layers: EventLayers, documents: [Document], settings: MapSettings,
                      basemap: Basemap, threads: Int, to staged: StagedOutput) throws {
        let language = settings.language ?? DocumentLanguage.guess(documents.map(\.text))
        let placed = layers.features.filter { $0.geometry != nil }
        var options = MapOptions(width: settings.width, language: language, crs: settings.crs,
                                 extent: settings.fixedExtent ? MapExtent.fitting(placed) : nil,
                                 generatedOn: generationDate(layers.features))

        let windows = layers.windowLayers
        let maps = try renderInParallel(windows, basemap: basemap, options: options, threads: threads)
        for (window, svg) in zip(windows, maps) {
            try staged.write(Array(svg.utf8), to: "windows/\(window.label)/map.svg")
        }
        options.colorBy = .window
        try staged.write(Array(MapRenderer(basemap: basemap, options: options).renderOverview(windows: windows).utf8), to: "overview.svg")

        let entries = windows.map { window in
            IndexPage.WindowEntry(
                label: window.label, title: WindowTitle.title(for: window.label, language: language),
                eventCount: window.events.count, mapPath: "windows/\(window.label)/map.svg",
                geojsonPath: "windows/\(window.label)/events.geojson",
                events: window.events.map(row))
        }
        let title = language == .fr ? "Kharita — attaques signalées" : "Kharita — reported attacks"
        try staged.write(Array(IndexPage.html(title: title, overviewPath: "overview.svg", windows: entries, language: language).utf8),
                         to: "index.html")
    }

    /// Renders each window with one renderer per worker (PROJ transforms are per thread); results are
    /// stored by window index, so the bytes do not depend on the thread count.
    static func renderInParallel(_ windows: [(label: String, events: [Feature])], basemap: Basemap, options: MapOptions,
                                 threads: Int) throws -> [String] {
        let workers = max(1, min(threads, windows.count))
        let results = ResultSlots<String>(count: windows.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            do {
                let renderer = try MapRenderer(basemap: basemap, options: options)
                for index in stride(from: worker, to: windows.count, by: workers) {
                    results.set(index, try renderer.render(events: windows[index].events, windowLabel: windows[index].label))
                }
            } catch {
                results.fail(error)
            }
        }
        return try results.values()
    }

    static func loadBasemap(_ folder: String) throws -> Basemap {
        Basemap(countries: try readFeatures(folder + "/countries.geojson"), rivers: try readFeatures(folder + "/rivers.geojson"))
    }

    /// The maps' "as of" date: the latest event end date, so the same inputs print the same date.
    static func generationDate(_ features: [Feature]) -> String {
        features.compactMap { $0.properties?["date_end"]?.stringValue ?? $0.properties?["date"]?.stringValue }.max() ?? "undated"
    }

    static func row(_ feature: Feature) -> IndexPage.EventRow {
        let p = feature.properties ?? [:]
        let id: String = if case .string(let s) = feature.id { s } else { "" }
        return IndexPage.EventRow(id: id, date: p["date"]?.stringValue ?? "", type: p["event_type"]?.stringValue ?? "",
                                  outcome: p["outcome"]?.stringValue ?? "", place: p["place_name"]?.stringValue ?? "")
    }
}

/// Results written by index from concurrent workers, and the first error any of them met.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private var firstError: Error?
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
    }

    func fail(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if firstError == nil { firstError = error }
    }

    func values() throws -> [Value] {
        if let firstError { throw firstError }
        return slots.map { $0! }
    }
}

/// Guesses whether a corpus is French or English from its commonest short words, for map titles.
enum DocumentLanguage {
    static let french: Set<String> = ["le", "la", "les", "des", "du", "une", "est", "dans", "pour", "qui", "sur", "avec", "ont", "été"]
    static let english: Set<String> = ["the", "and", "of", "was", "were", "with", "for", "that", "from", "have", "has", "by", "on"]

    static func guess(_ texts: [String]) -> MapLanguage {
        var frenchCount = 0, englishCount = 0
        for text in texts {
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                let word = String(word)
                if french.contains(word) { frenchCount += 1 } else if english.contains(word) { englishCount += 1 }
            }
        }
        return englishCount > frenchCount ? .en : .fr
    }
}
