import Extraction
import Foundation
import GeoJSON
import Gazetteer

/// SplitMix64: a small, fast, seedable generator, so synthetic data is the same for the same seed
/// on every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Benchmark inputs made by recombining sentence templates with gazetteer places, dates, counts and
/// outcomes: news-like articles in French and English, and events as GeoJSON features.
public enum Synthetic {
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let frenchWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let frenchCounts = ["deux", "trois", "quatre", "cinq", "au moins deux", "au moins trois", "plusieurs"]
    static let englishCounts = ["two", "three", "four", "five", "at least two", "at least three", "several"]

    static let frenchEvents = [
        "{count} roquettes ont frappé {place} {when}, selon un responsable de la sécurité.",
        "Un drone armé a été abattu au-dessus de {place} {when}, a indiqué la coalition.",
        "{count} drones piégés visant {place} ont été interceptés par le système C-RAM {when}.",
        "Des tirs de roquettes ont visé {place} {when} sans faire de victime.",
        "Une attaque au drone contre {place} a été signalée {when}; les dégâts sont en cours d'évaluation.",
        "{count} missiles balistiques ont touché {place} {when}, faisant {casualties} blessés.",
        "Des obus de mortier sont tombés près de {place} {when}, a rapporté l'agence.",
    ]
    static let englishEvents = [
        "{count} rockets hit {place} {when}, a security official said.",
        "An armed drone was shot down over {place} {when}, the coalition said.",
        "{count} explosive-laden drones targeting {place} were intercepted by C-RAM {when}.",
        "Rockets were fired at {place} {when}, causing no casualties.",
        "A drone attack on {place} was reported {when}; damage is being assessed.",
        "{count} ballistic missiles struck {place} {when}, wounding {casualties} people.",
        "Mortar rounds landed near {place} {when}, the agency reported.",
    ]
    static let frenchFiller = [
        "Les autorités ont ouvert une enquête et n'ont pas désigné de responsable.",
        "Ces attaques sont souvent imputées à des factions armées soutenues par l'Iran.",
        "La coalition internationale conserve quelques milliers de soldats dans la région.",
        "Le gouvernement a condamné une violation de la souveraineté nationale.",
        "Aucun groupe n'a revendiqué l'opération dans l'immédiat.",
    ]
    static let englishFiller = [
        "Authorities opened an investigation and did not name anyone responsible.",
        "Such attacks are often blamed on Iran-backed armed factions.",
        "The international coalition keeps a few thousand troops in the region.",
        "The government condemned a violation of national sovereignty.",
        "No group immediately claimed responsibility for the operation.",
    ]

    /// Articles in French and English (alternating) until `totalBytes` of text, each with a ` date YYYY-MM`
    /// header like the seeds. Returns (file name, text) pairs.
    public static func articles(places: [Place], totalBytes: Int, seed: UInt64) -> [(name: String, text: String)] {
        var random = SeededGenerator(seed: seed)
        let names = places.filter { $0.tier == .curated && $0.kind != .country }.flatMap { place in place.aliases.prefix(3) }
        precondition(!names.isEmpty, "the gazetteer has no curated places to write about")
        var result: [(String, String)] = []
        var written = 0
        while written < totalBytes {
            let french = result.count.isMultiple(of: 2)
            let year = Int.random(in: 2019...2024, using: &random)
            let month = Int.random(in: 1...12, using: &random)
            var text = " date \(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2)) "
            for sentenceIndex in 0..<Int.random(in: 8...20, using: &random) {
                if sentenceIndex % 3 == 2 {
                    text += (french ? frenchFiller : englishFiller).randomElement(using: &random)!
                } else {
                    let day = Int.random(in: 1...28, using: &random)
                    let when: String = Bool.random(using: &random)
                        ? (french ? "\((frenchWeekdays.randomElement(using: &random))!) soir" : "on \((englishWeekdays.randomElement(using: &random))!) night")
                        : (french ? "le \(day) \(frenchMonths[month - 1]) \(year)" : "on \(englishMonths[month - 1]) \(day), \(year)")
                    text += (french ? frenchEvents : englishEvents).randomElement(using: &random)!
                        .replacingOccurrences(of: "{count}", with: (french ? frenchCounts : englishCounts).randomElement(using: &random)!)
                        .replacingOccurrences(of: "{place}", with: names.randomElement(using: &random)!)
                        .replacingOccurrences(of: "{when}", with: when)
                        .replacingOccurrences(of: "{casualties}", with: String(Int.random(in: 1...9, using: &random)))
                        .capitalizingFirst()
                }
                text += sentenceIndex % 4 == 3 ? "\n\n" : " "
            }
            text += "\n"
            written += text.utf8.count
            result.append(("synthetic_\(CalendarDay.pad(result.count, 6)).txt", text))
        }
        return result
    }

    static let eventTypes = ["rocket_attack", "drone_attack", "missile_attack", "mortar_attack", "airstrike", "strike"]
    static let outcomes = ["intercepted", "impact", "failed", "unknown"]

    /// `count` events shaped like Kharita's own, scattered around the gazetteer's curated places
    /// (within about their radius) over 2019–2024, sorted by date then id.
    public static func events(places: [Place], count: Int, seed: UInt64) -> [Feature] {
        var random = SeededGenerator(seed: seed)
        let anchors = places.filter { $0.tier == .curated && $0.kind != .country && $0.kind != .governorate }
        precondition(!anchors.isEmpty, "the gazetteer has no curated sites to scatter events around")
        let firstDay = CalendarDay(year: 2019, month: 1, day: 1)!.ordinal
        let lastDay = CalendarDay(year: 2024, month: 12, day: 31)!.ordinal
        var rows: [(date: CalendarDay, id: String, feature: Feature)] = []
        rows.reserveCapacity(count)
        for index in 0..<count {
            let place = anchors.randomElement(using: &random)!
            let spread = max(0.01, place.radiusKm / 111)
            let longitude = place.longitude + Double.random(in: -spread...spread, using: &random)
            let latitude = place.latitude + Double.random(in: -spread...spread, using: &random)
            let date = CalendarDay(ordinal: Int.random(in: firstDay...lastDay, using: &random))
            let id = "syn-\(CalendarDay.pad(index, 7))"
            let properties: Properties = [
                "date": .string(date.iso), "date_end": .string(date.iso), "time_precision": "day",
                "event_type": .string(eventTypes.randomElement(using: &random)!),
                "outcome": .string(outcomes.randomElement(using: &random)!),
                "weapon_count": .integer(Int.random(in: 1...6, using: &random)),
                "place_id": .string(place.id), "place_name": .string(place.name), "country": .string(place.country),
                "geo_precision": 1, "context": "reported", "source_count": 1, "confidence": 0.8,
            ]
            rows.append((date, id, Feature(id: .string(id), geometry: .point(Position(longitude, latitude)), properties: properties)))
        }
        rows.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        return rows.map(\.feature)
    }
}

extension String {
    func capitalizingFirst() -> String { prefix(1).uppercased() + dropFirst() }
}
