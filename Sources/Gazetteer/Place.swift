/// What kind of thing a gazetteer entry is; it decides specificity when several places match.
public enum PlaceKind: String, CaseIterable, Sendable {
    case country, governorate, region, city, town, district
    case base, airbase, airport, embassy, compound, oilfield, gasfield, site

    /// Higher is more specific: a named site beats the town around it.
    public var specificity: Int {
        switch self {
        case .country: 0
        case .governorate, .region: 1
        case .city, .town: 2
        case .district: 3
        case .airport, .oilfield, .gasfield: 4
        case .base, .airbase, .compound, .site: 5
        case .embassy: 6
        }
    }
}

/// Which file a place came from: curated entries outrank the GeoNames towns.
public enum PlaceTier: Int, Comparable, Sendable {
    case geonames = 0
    case curated = 1
    public static func < (a: PlaceTier, b: PlaceTier) -> Bool { a.rawValue < b.rawValue }
}

public struct Place: Hashable, Sendable {
    public let id: String
    /// English display name.
    public let name: String
    public let kind: PlaceKind
    /// ISO 3166-1 alpha-2.
    public let country: String
    public let admin1: String?
    public let latitude: Double
    public let longitude: Double
    /// How far from the point the place reaches; events within it are "at" the place.
    public let radiusKm: Double
    public let parentID: String?
    /// Every spelling that names this place in text, the display name included.
    public let aliases: [String]
    /// Where the coordinate comes from.
    public let source: String
    public let tier: PlaceTier

    public init(id: String, name: String, kind: PlaceKind, country: String, admin1: String?,
                latitude: Double, longitude: Double, radiusKm: Double, parentID: String?,
                aliases: [String], source: String, tier: PlaceTier) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.admin1 = admin1
        self.latitude = latitude
        self.longitude = longitude
        self.radiusKm = radiusKm
        self.parentID = parentID
        self.aliases = aliases
        self.source = source
        self.tier = tier
    }
}

public struct ScoredPlace: Hashable, Sendable {
    public let place: Place
    /// 0…1; higher is a better reading of the mention.
    public let score: Double
    public init(place: Place, score: Double) {
        self.place = place
        self.score = score
    }
}

/// A place name found in running text.
public struct PlaceMatch: Hashable, Sendable {
    /// UTF-8 byte offsets into the scanned text.
    public let range: Range<Int>
    /// The mention as written in the text.
    public let text: String
    /// Best first; never empty.
    public let candidates: [ScoredPlace]
    public var best: ScoredPlace { candidates[0] }

    public init(range: Range<Int>, text: String, candidates: [ScoredPlace]) {
        self.range = range
        self.text = text
        self.candidates = candidates
    }
}
