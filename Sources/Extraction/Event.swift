import GeoJSON
import Gazetteer

public enum EventType: String, Sendable, CaseIterable {
    case rocketAttack = "rocket_attack"
    case droneAttack = "drone_attack"
    case missileAttack = "missile_attack"
    case mortarAttack = "mortar_attack"
    /// By a state air force or an armed drone.
    case airstrike
    /// Another attack by a state force, means unspecified.
    case strike
}

public enum Outcome: String, Sendable, CaseIterable {
    case intercepted, impact, failed, unknown

    /// When mentions disagree, the strongest claim about the incident wins: a hit beats
    /// an interception ("most were shot down, one hit"), which beats a failed launch.
    var strength: Int {
        switch self {
        case .impact: 3
        case .intercepted: 2
        case .failed: 1
        case .unknown: 0
        }
    }
}

public enum Damage: String, Sendable {
    case none, minor, major
}

public enum EventContext: String, Sendable {
    /// The article's news.
    case reported
    /// An earlier incident the article recalls.
    case background
}

/// One sentence an event rests on.
public struct SourceRef: Hashable, Sendable, Comparable {
    public let document: String
    /// UTF-8 byte offset into the document text.
    public let offset: Int
    /// UTF-8 byte length.
    public let length: Int
    public let quote: String

    public init(document: String, offset: Int, length: Int, quote: String) {
        self.document = document
        self.offset = offset
        self.length = length
        self.quote = quote
    }

    public static func < (a: SourceRef, b: SourceRef) -> Bool {
        (a.document, a.offset, a.length) < (b.document, b.offset, b.length)
    }

    public func json() -> JSONValue {
        ["document": .string(document), "offset": .integer(offset), "length": .integer(length), "quote": .string(quote)]
    }
}

public struct Event: Sendable {
    /// Stable: derived from the event's type, place and date, never from input order.
    public let id: String
    public let date: String?
    public let dateEnd: String?
    public let timePrecision: TimePrecision?
    /// `HH:MM` local time.
    public let timeLocal: String?
    public let eventType: EventType
    public let outcome: Outcome
    public let weaponCount: Int?
    public let defenseSystem: String?
    public let fatalities: Int?
    public let injuries: Int?
    public let damage: Damage?
    public let target: String?
    /// Attributed or claiming actor; "unknown" when the text names none.
    public let actor: String
    public let place: Place?
    /// ACLED geo-precision: 1 named site or town, 2 near a named place, 3 region only.
    public let geoPrecision: Int?
    public let context: EventContext
    public let sources: [SourceRef]
    /// 0…1.
    public let confidence: Double

    public var sourceCount: Int { Set(sources.map(\.document)).count }

    public var acledEventType: String {
        outcome == .intercepted || outcome == .failed ? "Strategic developments" : "Explosions/Remote violence"
    }

    public var acledSubEventType: String {
        if outcome == .intercepted || outcome == .failed { return "Disrupted weapons use" }
        switch eventType {
        case .droneAttack, .airstrike: return "Air/drone strike"
        case .rocketAttack, .missileAttack, .mortarAttack, .strike: return "Shelling/artillery/missile attack"
        }
    }

    /// The GeoJSON Feature: keys in ARCHITECTURE.md's order, absent when unknown.
    public func feature() -> Feature {
        var p = Properties()
        if let date { p["date"] = .string(date) }
        if let dateEnd { p["date_end"] = .string(dateEnd) }
        if let timePrecision { p["time_precision"] = .string(timePrecision.rawValue) }
        if let timeLocal { p["time_local"] = .string(timeLocal) }
        p["event_type"] = .string(eventType.rawValue)
        p["outcome"] = .string(outcome.rawValue)
        if let weaponCount { p["weapon_count"] = .integer(weaponCount) }
        if let defenseSystem { p["defense_system"] = .string(defenseSystem) }
        if let fatalities { p["fatalities"] = .integer(fatalities) }
        if let injuries { p["injuries"] = .integer(injuries) }
        if let damage { p["damage"] = .string(damage.rawValue) }
        if let target { p["target"] = .string(target) }
        p["actor"] = .string(actor)
        if let place {
            p["place_id"] = .string(place.id)
            p["place_name"] = .string(place.name)
            p["country"] = .string(place.country)
            if let admin1 = place.admin1 { p["admin1"] = .string(admin1) }
        }
        if let geoPrecision { p["geo_precision"] = .integer(geoPrecision) }
        p["context"] = .string(context.rawValue)
        p["acled_event_type"] = .string(acledEventType)
        p["acled_sub_event_type"] = .string(acledSubEventType)
        p["sources"] = .array(sources.map { $0.json() })
        p["source_count"] = .integer(sourceCount)
        p["confidence"] = .number(confidence)
        let geometry: Geometry? = place.map { .point(Position($0.longitude, $0.latitude)) }
        return Feature(id: .string(id), geometry: geometry, properties: p)
    }
}

/// Something the extractor could not place or date; kept with its sources so nothing is dropped silently.
public struct UnresolvedItem: Sendable {
    /// "unplaced_event", "undated_event" or "unknown_place_mention".
    public let kind: String
    public let text: String
    public let sources: [SourceRef]
    public let reason: String

    public func json() -> JSONValue {
        ["kind": .string(kind), "text": .string(text), "reason": .string(reason),
         "sources": .array(sources.map { $0.json() })]
    }
}

public enum ReferenceDateSource: String, Sendable {
    /// The ` date YYYY-MM` first line or the JSON Lines `date`.
    case header
    /// The latest date of a tweet quoted in the article.
    case tweet
    /// A full date written in the text.
    case explicitText = "explicit_text"
    /// A weekday with a day of month ("lundi 7 juin") fixing the year.
    case weekdayInference = "weekday_inference"
    case none
}

/// The date a document speaks from; relative dates ("lundi", "hier") count back from it.
public struct ReferenceDate: Sendable, Equatable {
    /// The reference day; for month precision, the first of the month.
    public let day: CalendarDay?
    /// `.day` or `.month` (a header that gives only the month).
    public let precision: TimePrecision
    public let source: ReferenceDateSource

    /// "YYYY-MM-DD", "YYYY-MM" or nil.
    public var text: String? {
        guard let day else { return nil }
        return precision == .day ? day.description : String(day.description.prefix(7))
    }
}

public struct ExtractionResult: Sendable {
    /// Dated events, sorted by date then id. Events without a date are in `unresolved` only.
    public let events: [Event]
    public let unresolved: [UnresolvedItem]
    public let warnings: [ExtractionWarning]
    /// Keyed by document id.
    public let documentDates: [String: ReferenceDate]
}

extension EventType {
    /// The position of the type's name in alphabetical order: merging sorts by it as it would by the
    /// name, without comparing strings.
    var nameOrder: Int {
        switch self {
        case .airstrike: 0
        case .droneAttack: 1
        case .missileAttack: 2
        case .mortarAttack: 3
        case .rocketAttack: 4
        case .strike: 5
        }
    }

    /// Hashes the case, not its name (a raw value's default): merging and dating key dictionaries by type.
    public func hash(into hasher: inout Hasher) { hasher.combine(nameOrder) }
}
