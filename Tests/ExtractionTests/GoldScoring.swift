import Foundation
@testable import Extraction

/// Hand-annotated events in the format of shared/gold/seeds-events.json, and their matching rule:
/// same event type, date inside [date_min, date_max] (inside the month for month precision),
/// point within radius_km of the gold point.
struct GoldEvent: Decodable {
    let id: String
    let context: String
    let documents: [String]
    let date_min: String
    let date_max: String
    let time_precision: String
    let lat: Double
    let lon: Double
    let radius_km: Double
    let event_type: String

    func matches(_ event: Event) -> Bool {
        guard event.eventType.rawValue == event_type, let date = event.date, let place = event.place else { return false }
        let inRange = time_precision == "month" ? date.prefix(7) == date_min.prefix(7) : (date_min...date_max).contains(date)
        let r = Double.pi / 180
        let dLat = (place.latitude - lat) * r, dLon = (place.longitude - lon) * r
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat * r) * cos(place.latitude * r) * sin(dLon / 2) * sin(dLon / 2)
        let km = 2 * 6371.0088 * asin(min(1, sqrt(h)))
        return inRange && km <= radius_km
    }

    static func load(_ url: URL) throws -> [GoldEvent] {
        struct File: Decodable { let events: [GoldEvent] }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).events
    }
}

/// Recall by context and precision of extracted events against gold events. An event that matches
/// only optional gold events is neither a hit nor a false alarm.
struct GoldScore {
    let reported: (found: Int, total: Int)
    let background: (found: Int, total: Int)
    let correct: Int
    let scored: Int
    let missed: [GoldEvent]
    let falseAlarms: [Event]

    var precision: Double { scored == 0 ? 0 : Double(correct) / Double(scored) }
    var reportedRecall: Double { reported.total == 0 ? 1 : Double(reported.found) / Double(reported.total) }
    var backgroundRecall: Double { background.total == 0 ? 1 : Double(background.found) / Double(background.total) }

    init(events: [Event], gold: [GoldEvent]) {
        let required = gold.filter { $0.context != "optional" }
        let found = required.filter { g in events.contains { g.matches($0) } }
        let foundIDs = Set(found.map(\.id))
        func tally(_ context: String) -> (Int, Int) {
            let all = required.filter { $0.context == context }
            return (all.filter { foundIDs.contains($0.id) }.count, all.count)
        }
        reported = tally("reported")
        background = tally("background")
        missed = required.filter { !foundIDs.contains($0.id) }
        let scoredEvents = events.filter { e in
            let hits = gold.filter { $0.matches(e) }
            return hits.isEmpty || hits.contains { $0.context != "optional" }
        }
        scored = scoredEvents.count
        falseAlarms = scoredEvents.filter { e in !required.contains { $0.matches(e) } }
        correct = scored - falseAlarms.count
    }

    /// Scores, then every miss and every false alarm with its first quote.
    func report(_ name: String, events: [Event], gold: [GoldEvent]) -> String {
        var lines = ["\(name): reported \(reported.found)/\(reported.total), background \(background.found)/\(background.total), "
                     + "precision \(correct)/\(scored) = \(String(format: "%.3f", precision))"]
        for g in missed { lines.append("  miss \(g.id) \(g.context) \(g.event_type) \(g.date_min)…\(g.date_max) \(g.documents.first ?? "")") }
        for e in falseAlarms {
            let quote = e.sources.first.map { "\($0.document.prefix(3)): \($0.quote.prefix(160))" } ?? ""
            lines.append("  false alarm \(summary(e)) \(e.context.rawValue) — \(quote)")
        }
        for e in events {
            let documents = Set(e.sources.map { String($0.document.prefix(3)) }).sorted().joined(separator: ",")
            lines.append("    event \(summary(e)) \(e.context.rawValue) [\(documents)] gold=\(gold.filter { $0.matches(e) }.map(\.id))")
        }
        return lines.joined(separator: "\n")
    }
}
