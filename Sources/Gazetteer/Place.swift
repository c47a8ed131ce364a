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

/// A gazetteer entry. Its fields live in one shared, immutable box: places are copied into every
/// mention, incident and event, and a copy then costs one reference count instead of one per string.
public struct Place: Hashable, Sendable {
    private final class Storage: Sendable {
        let id: String
        let name: String
        let kind: PlaceKind
        let country: String
        let admin1: String?
        let latitude: Double
        let longitude: Double
        let radiusKm: Double
        let parentID: String?
        let aliases: [String]
        let source: String
        let tier: PlaceTier
        /// Parent, grandparent… up to a country, filled in by the gazetteer that holds the place.
        let ancestorIDs: [String]
        /// Hashes of `id` and of `ancestorIDs`: merging compares places pair by pair, and different ids
        /// almost always differ in their hashes, which compare without touching the strings.
        let idHash: UInt64
        let ancestorIDHashes: [UInt64]
        /// `lineageBit` of this place and of each of its ancestors, or every bit when the chain is not known.
        let lineageMask: UInt64

        init(id: String, name: String, kind: PlaceKind, country: String, admin1: String?, latitude: Double,
             longitude: Double, radiusKm: Double, parentID: String?, aliases: [String], source: String, tier: PlaceTier,
             ancestorIDs: [String]) {
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
            self.ancestorIDs = ancestorIDs
            idHash = Place.hash(id)
            ancestorIDHashes = ancestorIDs.map(Place.hash)
            lineageMask = ancestorIDs.isEmpty && parentID != nil
                ? ~0 : ancestorIDHashes.reduce(Place.lineageBit(idHash)) { $0 | Place.lineageBit($1) }
        }
    }

    private let storage: Storage

    public var id: String { storage.id }
    /// English display name.
    public var name: String { storage.name }
    public var kind: PlaceKind { storage.kind }
    /// ISO 3166-1 alpha-2.
    public var country: String { storage.country }
    public var admin1: String? { storage.admin1 }
    public var latitude: Double { storage.latitude }
    public var longitude: Double { storage.longitude }
    /// How far from the point the place reaches; events within it are "at" the place.
    public var radiusKm: Double { storage.radiusKm }
    public var parentID: String? { storage.parentID }
    /// Every spelling that names this place in text, the display name included.
    public var aliases: [String] { storage.aliases }
    /// Where the coordinate comes from.
    public var source: String { storage.source }
    public var tier: PlaceTier { storage.tier }
    /// The chain of parent ids nearest first, when a gazetteer made this place (empty otherwise).
    var ancestorIDs: [String] { storage.ancestorIDs }

    /// Whether `ancestor`'s id is on the chain of `ancestorIDs`.
    func hasAncestorID(of ancestor: Place) -> Bool {
        let wanted = ancestor.storage.idHash
        for (k, hash) in storage.ancestorIDHashes.enumerated() where hash == wanted {
            if storage.ancestorIDs[k] == ancestor.storage.id { return true }
        }
        return false
    }

    /// One of 64 bits, picked by the id's hash.
    public var lineageBit: UInt64 { Place.lineageBit(storage.idHash) }
    /// A place `p` that is this place or one of its ancestors has `p.lineageBit` in this mask, so a pair of places
    /// whose masks miss each other's bit is neither the same place nor ancestor and descendant.
    public var lineageMask: UInt64 { storage.lineageMask }

    private static func lineageBit(_ idHash: UInt64) -> UInt64 { 1 << (idHash >> 58) }

    /// Whether the two places have the same id: the same place of one gazetteer, answered mostly without
    /// comparing strings.
    public func hasSameID(as other: Place) -> Bool {
        storage === other.storage || (storage.idHash == other.storage.idHash && storage.id == other.storage.id)
    }

    /// FNV-1a over the id's UTF-8 bytes.
    private static func hash(_ id: String) -> UInt64 {
        id.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    public init(id: String, name: String, kind: PlaceKind, country: String, admin1: String?,
                latitude: Double, longitude: Double, radiusKm: Double, parentID: String?,
                aliases: [String], source: String, tier: PlaceTier) {
        storage = Storage(id: id, name: name, kind: kind, country: country, admin1: admin1, latitude: latitude,
                          longitude: longitude, radiusKm: radiusKm, parentID: parentID, aliases: aliases,
                          source: source, tier: tier, ancestorIDs: [])
    }

    /// `place` with its chain of ancestors, as its gazetteer resolved it.
    init(_ place: Place, ancestorIDs: [String]) {
        storage = Storage(id: place.id, name: place.name, kind: place.kind, country: place.country, admin1: place.admin1,
                          latitude: place.latitude, longitude: place.longitude, radiusKm: place.radiusKm,
                          parentID: place.parentID, aliases: place.aliases, source: place.source, tier: place.tier,
                          ancestorIDs: ancestorIDs)
    }

    public static func == (a: Place, b: Place) -> Bool {
        if a.storage === b.storage { return true }
        return a.id == b.id && a.name == b.name && a.kind == b.kind && a.country == b.country && a.admin1 == b.admin1
            && a.latitude == b.latitude && a.longitude == b.longitude && a.radiusKm == b.radiusKm
            && a.parentID == b.parentID && a.aliases == b.aliases && a.source == b.source && a.tier == b.tier
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
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
