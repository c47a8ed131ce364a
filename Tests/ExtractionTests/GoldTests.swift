import Foundation
import Testing
@testable import Extraction

/// Scores the extraction of seeds/ against the hand-annotated gold events, with the file's own
/// matching rule: same event type, date inside [date_min, date_max] (inside the month for month
/// precision), point within radius_km of the gold point.
@Suite struct GoldTests {
    struct Gold: Decodable {
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
    }

    struct GoldFile: Decodable { let events: [Gold] }

    static func matches(_ event: Event, _ gold: Gold) -> Bool {
        guard event.eventType.rawValue == gold.event_type, let date = event.date, let place = event.place else { return false }
        let inRange = gold.time_precision == "month" ? date.prefix(7) == gold.date_min.prefix(7)
            : (gold.date_min...gold.date_max).contains(date)
        let r = Double.pi / 180
        let dLat = (place.latitude - gold.lat) * r, dLon = (place.longitude - gold.lon) * r
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(gold.lat * r) * cos(place.latitude * r) * sin(dLon / 2) * sin(dLon / 2)
        let km = 2 * 6371.0088 * asin(min(1, sqrt(h)))
        return inRange && km <= gold.radius_km
    }

    @Test func seedsAgainstGold() throws {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("seeds-events.json"))
        let gold = try JSONDecoder().decode(GoldFile.self, from: data).events
        let loaded = DocumentLoader.load(paths: [repositoryRoot.appendingPathComponent("seeds").path])
        #expect(loaded.documents.count == 5)
        let result = extractor.extract(loaded.documents)
        for event in result.events {
            let hit = gold.filter { GoldTests.matches(event, $0) }.map(\.id)
            print("  \(event.id) \(summary(event)) \(event.context.rawValue) n=\(event.weaponCount.map(String.init) ?? "-") docs=\(Set(event.sources.map(\.document)).sorted().map { $0.prefix(3) }) gold=\(hit)")
        }
        let required = gold.filter { $0.context != "optional" }
        let optionalOnly = result.events.filter { e in
            let hits = gold.filter { GoldTests.matches(e, $0) }
            return !hits.isEmpty && hits.allSatisfy { $0.context == "optional" }
        }
        let scored = result.events.count - optionalOnly.count
        let correct = result.events.filter { e in required.contains { GoldTests.matches(e, $0) } }.count
        let precision = scored == 0 ? 0 : Double(correct) / Double(scored)
        let reported = required.filter { $0.context == "reported" }
        let background = required.filter { $0.context == "background" }
        let reportedFound = reported.filter { g in result.events.contains { GoldTests.matches($0, g) } }
        let backgroundFound = background.filter { g in result.events.contains { GoldTests.matches($0, g) } }
        let g08 = result.events.filter { GoldTests.matches($0, gold.first { $0.id == "G08" }!) }
        print("gold: reported \(reportedFound.count)/\(reported.count), background \(backgroundFound.count)/\(background.count), precision \(correct)/\(scored) = \(String(format: "%.3f", precision))")
        print("missed: \(required.filter { g in !result.events.contains { GoldTests.matches($0, g) } }.map(\.id))")
        #expect(reportedFound.count == reported.count)
        #expect(backgroundFound.count >= 2)
        #expect(precision >= 0.9)
        #expect(g08.count == 1)
        #expect(Set(g08.first?.sources.map(\.document) ?? []) == Set(gold.first { $0.id == "G08" }!.documents))
    }
}
