import GeoJSON

/// The basemap layers drawn under the events: country polygons (properties `iso_a2`, `name`) and rivers
/// (LineStrings), as read from `gazetteer/basemap/`. Focus countries are drawn lighter than their neighbours.
public struct Basemap: Sendable {
    public var countries: [Feature]
    public var rivers: [Feature]
    public var focusCountries: Set<String>

    public init(countries: [Feature], rivers: [Feature], focusCountries: Set<String> = ["IQ", "SY", "JO"]) {
        self.countries = countries
        self.rivers = rivers
        self.focusCountries = focusCountries
    }
}

/// The language of every word on a map: titles, legend, tooltips, country names.
public enum MapLanguage: String, Sendable, CaseIterable {
    case fr, en
}

/// A geographic view in WGS 84 degrees.
public struct MapExtent: Hashable, Sendable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double

    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// The view used when there are no events: Iraq, Syria and Jordan.
    public static let focusRegion = MapExtent(west: 35.0, south: 29.0, east: 48.7, north: 37.5)

    /// The smallest view holding every located event, grown by `padding` (a fraction of each span) and to
    /// at least `minimumSpan` degrees each way so that a single event still shows its surroundings.
    /// Returns `focusRegion` when no event has a point.
    public static func fitting(_ events: [Feature], padding: Double = 0.15, minimumSpan: Double = 8) -> MapExtent {
        var west = Double.infinity, south = Double.infinity, east = -Double.infinity, north = -Double.infinity
        for event in events {
            guard case .point(let p)? = event.geometry else { continue }
            west = min(west, p.longitude); east = max(east, p.longitude)
            south = min(south, p.latitude); north = max(north, p.latitude)
        }
        guard west.isFinite else { return focusRegion }
        let lonSpan = max((east - west) * (1 + 2 * padding), minimumSpan)
        let latSpan = max((north - south) * (1 + 2 * padding), minimumSpan * 0.75)
        let lonMid = (west + east) / 2, latMid = (south + north) / 2
        return MapExtent(west: lonMid - lonSpan / 2, south: max(latMid - latSpan / 2, -85),
                         east: lonMid + lonSpan / 2, north: min(latMid + latSpan / 2, 85))
    }
}

/// How event symbols are coloured. Symbols are always filled for impacts and hollow for interceptions;
/// the colour carries the outcome, the time window or the year.
public enum MapColoring: String, Sendable {
    case outcome, window, year
}

/// Everything about a map that is not the events.
public struct MapOptions: Sendable {
    /// SVG width in pixels.
    public var width: Double
    /// SVG height in pixels; `nil` sizes the map to the extent's shape.
    public var height: Double?
    public var language: MapLanguage
    /// A CRS PROJ understands (EPSG code, PROJ string, WKT); `nil` lets `ProjectionChooser` pick a
    /// conformal projection for the extent.
    public var crs: String?
    /// The view; `nil` fits each map to its own events. Pass the same extent for every window of a run
    /// so that stepping through windows does not jump.
    public var extent: MapExtent?
    /// Replaces the title derived from the window label.
    public var title: String?
    /// `YYYY-MM-DD` printed as the generation date; taken from the inputs, never from the clock.
    public var generatedOn: String
    /// Credits printed in the footer; `defaultAttribution(language)` unless given.
    public var attribution: String
    public var colorBy: MapColoring
    /// Above this many events (default 500) a map draws hexagonal bins with counts instead of one symbol
    /// per event: past a few hundred symbols a 1200 px map is no longer readable, and bins keep a
    /// 100 000-event map near 150 kB (well under 5 MB).
    public var aggregationThreshold: Int

    /// The credits for the project's basemap and gazetteer, in the map's language.
    public static func defaultAttribution(_ language: MapLanguage) -> String {
        switch language {
        case .en: "Basemap: Digital Chart of the World (GMT 6.4 DCW), GSHHG 2.3 rivers, LGPL-3 · Places: Kharita gazetteer (GeoNames, CC BY 4.0)"
        case .fr: "Fond de carte : Digital Chart of the World (GMT 6.4 DCW), cours d’eau GSHHG 2.3, LGPL-3 · Lieux : répertoire Kharita (GeoNames, CC BY 4.0)"
        }
    }

    public init(width: Double = 1200, height: Double? = nil, language: MapLanguage = .en, crs: String? = nil,
                extent: MapExtent? = nil, title: String? = nil, generatedOn: String,
                attribution: String? = nil, colorBy: MapColoring = .outcome,
                aggregationThreshold: Int = 500) {
        self.width = width
        self.height = height
        self.language = language
        self.crs = crs
        self.extent = extent
        self.title = title
        self.generatedOn = generatedOn
        self.attribution = attribution ?? MapOptions.defaultAttribution(language)
        self.colorBy = colorBy
        self.aggregationThreshold = aggregationThreshold
    }
}

/// Why a map could not be drawn.
public struct CartographyError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String
    public var description: String { message }
    public init(_ message: String) { self.message = message }
}
