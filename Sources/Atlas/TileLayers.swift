import Cartography
import Foundation
import GeoJSON
import Tiles

/// Vector tiles of events: the `events` layer (each event with its window label, so a client can
/// filter by time without new tiles), and optionally `places`, `countries` and `rivers`.
public enum AtlasTiles {
    /// The event attributes tiles carry; the full record stays in the GeoJSON layers.
    static let eventKeys = ["date", "date_end", "event_type", "outcome", "weapon_count", "place_name", "source_count"]
    /// Where `kharita build` puts each kind of tileset inside its output folder.
    static let buildPaths: [TileFormat: String] = [.pmtiles: "tiles/events.pmtiles", .mbtiles: "tiles/events.mbtiles", .dir: "tiles/xyz"]
    static let attribution = "Kharita · basemap: DCW (GMT 6.4) and GSHHG 2.3, LGPL-3 · places: GeoNames, CC BY 4.0"

    /// Reduces each event to the tile attributes and adds `window` (the first window holding it, or
    /// `imprecise`). Unplaced events have nothing to draw and are left out.
    static func eventFeatures(_ features: [Feature], windows: [String]) -> [Feature] {
        zip(features, windows).compactMap { feature, window in
            guard feature.geometry != nil else { return nil }
            var properties: Properties = [:]
            if case .string(let id) = feature.id { properties["id"] = .string(id) }
            for key in eventKeys { if let value = feature.properties?[key] { properties[key] = value } }
            properties["window"] = .string(window)
            return Feature(id: feature.id, geometry: feature.geometry, properties: properties)
        }
    }

    static func layers(events: [Feature], places: [Feature], basemap: Basemap?) -> [TileLayerInput] {
        var layers = [TileLayerInput(name: "events", features: events), TileLayerInput(name: "places", features: places)]
        if let basemap {
            layers += [TileLayerInput(name: "countries", features: basemap.countries),
                       TileLayerInput(name: "rivers", features: basemap.rivers)]
        }
        return layers
    }

    /// Streams each tile into the writer as it is encoded; each extra format tiles again, which costs
    /// time but not memory.
    /// Returns a warning for each tile kept over the size limits at the maximum zoom (where every
    /// event stays).
    static func write(_ layers: [TileLayerInput], options: TilingOptions, formats: [TileFormat],
                      paths: (TileFormat) throws -> String) throws -> [String] {
        var oversized: [OversizedTile] = []
        for format in formats {
            oversized = try Tiler.write(layers: layers, options: options, format: format, to: paths(format), name: "Kharita events",
                                        attribution: attribution, description: "Attacks reported in the news, by Kharita")
        }
        return oversized.map { "\($0) (kept whole at the maximum zoom; a higher --maxzoom splits it)" }
    }

    /// `kharita tiles`: tiles of any events GeoJSON or GeoJSONSeq file (with `window` from each event's
    /// own `window` property when it has one).
    /// Returns the number of events tiled and the warnings.
    public static func tile(eventsPath: String, output: String, format: TileFormat, minZoom: Int, maxZoom: Int?,
                            basemapFolder: String?) throws -> (events: Int, warnings: [String]) {
        // Only the reduced tile features stay alive; the parsed file is released before tiling.
        let events: [Feature] = try {
            let features = try readFeatures(eventsPath)
            return eventFeatures(features, windows: features.map { $0.properties?["window"]?.stringValue ?? "" })
        }()
        let layers = layers(events: events, places: [], basemap: try basemapFolder.map(AtlasMaps.loadBasemap))
        var options = TilingOptions()
        options.minZoom = minZoom
        options.maxZoom = try maxZoom ?? Tiler.maxZoomFromSpacing(layers: Array(layers.prefix(1)))
        let warnings = try write(layers, options: options, formats: [format]) { _ in output }
        return (events.count, warnings)
    }
}
