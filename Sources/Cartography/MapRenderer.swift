import Foundation
import GeoJSON
import Projection

/// A drawn scale bar: its end points on the page and on the ground.
public struct ScaleBar: Hashable, Sendable {
    public var kilometres: Double
    public var x1: Double
    public var x2: Double
    public var y: Double
    /// The bar's ends in WGS 84 degrees, found with PROJ's inverse of the map's projection.
    public var startLongitude, startLatitude, endLongitude, endLatitude: Double
}

/// Where things went on a map, for callers and tests that check the layout.
public struct MapLayout: Sendable {
    public var width: Double
    public var height: Double
    /// The map's rectangle on the page.
    public var view: Box
    public var labels: [PlacedLabel]
    /// Boxes of every event symbol and count badge.
    public var symbolBoxes: [Box]
    /// Labels that found no free position and were left off.
    public var droppedLabels: Int
    public var scaleBar: ScaleBar
    /// True when events were drawn as hexagonal bins.
    public var aggregated: Bool
}

public struct RenderedMap: Sendable {
    public var svg: String
    public var layout: MapLayout
}

/// Draws static SVG maps of events over the basemap.
///
/// ```swift
/// let renderer = try MapRenderer(basemap: basemap, options: MapOptions(language: .fr, extent: runExtent, generatedOn: "2022-01-05"))
/// let svg = try renderer.render(events: windowEvents, windowLabel: "2021-07")
/// ```
/// The same inputs always give the same bytes.
public struct MapRenderer: Sendable {
    public let basemap: Basemap
    public let options: MapOptions

    /// Checks the options (a CRS PROJ cannot use fails here, with PROJ's message).
    public init(basemap: Basemap, options: MapOptions) throws {
        guard options.width >= 480 else { throw CartographyError("map width \(options.width) is below the 480 px minimum") }
        if let height = options.height, height < 300 { throw CartographyError("map height \(height) is below the 300 px minimum") }
        if let crs = options.crs { _ = try Transform(from: "EPSG:4326", to: crs) }
        if let e = options.extent, !(e.west < e.east && e.south < e.north) {
            throw CartographyError("extent west \(e.west) east \(e.east) south \(e.south) north \(e.north) is empty")
        }
        self.basemap = basemap
        self.options = options
    }

    /// One window's map. `windowLabel` ("2021-07", "2021-W27", …) gives the title unless `options.title` is set.
    public func render(events: [Feature], windowLabel: String?) throws -> String {
        try draw(events: events, windowLabel: windowLabel).svg
    }

    /// Like `render`, also returning the layout (labels, symbols, scale bar).
    public func draw(events: [Feature], windowLabel: String?) throws -> RenderedMap {
        let located = MapEvent.located(events, window: windowLabel ?? "")
        let title = options.title ?? windowLabel.map { WindowTitle.title(for: $0, language: options.language) }
            ?? Vocabulary.allEvents(options.language)
        let extent = options.extent ?? MapExtent.fitting(events)
        return try MapComposer(renderer: self, extent: extent, events: located, title: title,
                               coloring: options.colorBy,
                               windowOrder: windowLabel.map { [$0] } ?? []).compose()
    }

    /// All windows on one map, coloured by window (or by year when `options.colorBy == .year`). Only
    /// windows with events get a colour and a legend entry; when more than eight windows have events,
    /// too many for colours to stay apart, the map is coloured by year and its legend says so.
    public func renderOverview(windows: [(label: String, events: [Feature])]) throws -> String {
        try drawOverview(windows: windows).svg
    }

    public func drawOverview(windows: [(label: String, events: [Feature])]) throws -> RenderedMap {
        var located: [MapEvent] = []
        for window in windows { located += MapEvent.located(window.events, window: window.label) }
        located.sort { ($0.date, $0.id, $0.window) < ($1.date, $1.id, $1.window) }
        let extent = options.extent ?? MapExtent.fitting(windows.flatMap(\.events))
        let coloring: MapColoring = options.colorBy == .year ? .year : .window
        return try MapComposer(renderer: self, extent: extent, events: located,
                               title: options.title ?? Vocabulary.allEvents(options.language),
                               coloring: coloring, windowOrder: windows.map(\.label)).compose()
    }
}
