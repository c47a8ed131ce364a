import Foundation
import GeoJSON
import Testing
@testable import Extraction

/// One incident, however many times and places it is told, is one event with a stable id.
@Suite struct MergeTests {
    let tweets = """
    Un drone aurait été intercepté au-dessus de l'ambassade américaine à Bagdad. pic.twitter.com/a – A (@a) 5 juillet 2021

    Images du drone abattu au-dessus de la zone verte de #Bagdad pic.twitter.com/b — B (@b) 5 juillet 2021
    """
    let followUp = "Lundi soir, un drone a été abattu au-dessus de l'ambassade américaine à Bagdad par le C-RAM."
    let unrelated = "Deux roquettes ont frappé mardi la base aérienne d'Ain al-Asad."

    @Test func tweetsInOneArticleAreOneEvent() {
        let events = extract(tweets, date: "2021-07").events
        #expect(events.map(summary) == ["drone_attack us_embassy_baghdad 2021-07-05 intercepted"])
        #expect(events.first?.sources.count == 2)
        #expect(events.first?.sources.map(\.offset) == [0, Array(tweets.utf8).firstIndex(of: 0x49)!])
    }

    @Test func articlesAboutOneIncidentAreOneEvent() {
        let result = extractor.extract([Document(id: "a.txt", text: tweets, headerDate: "2021-07"),
                                        Document(id: "b.txt", text: followUp, headerDate: "2021-07-06")])
        #expect(result.events.count == 1)
        #expect(result.events.first?.sourceCount == 2)
        #expect(result.events.first?.defenseSystem == "C-RAM")
        #expect(result.events.first?.feature().properties?["source_count"] == .integer(2))
    }

    @Test func frenchAndEnglishReportsMerge() {
        let result = extractor.extract([
            Document(id: "fr.txt", text: "Deux drones piégés ont été abattus lundi au-dessus de l'aéroport de Bagdad.", headerDate: "2022-01"),
            Document(id: "en.txt", text: "Two drones were shot down over Baghdad airport this morning pic.twitter.com/x — Someone (@some1) January 3, 2022"),
        ])
        #expect(result.events.map(summary) == ["drone_attack baghdad_international_airport 2022-01-03 intercepted"])
        #expect(result.events.first?.sourceCount == 2)
        #expect(result.events.first?.timePrecision == .day)
        #expect(result.documentDates["en.txt"]?.source == .tweet)
    }

    @Test func differentDaysOrPlacesStayApart() {
        let result = extractor.extract([
            Document(id: "a.txt", text: "Deux roquettes ont frappé lundi la base aérienne d'Ain al-Asad.", headerDate: "2021-07-05"),
            Document(id: "b.txt", text: "Deux roquettes ont frappé mardi la base aérienne d'Ain al-Asad.", headerDate: "2021-07-06"),
            Document(id: "c.txt", text: "Deux roquettes ont frappé lundi l'aéroport de Bagdad.", headerDate: "2021-07-05"),
        ])
        #expect(Set(result.events.map(summary)) == ["rocket_attack al_asad_airbase 2021-07-05 impact",
                                                    "rocket_attack baghdad_international_airport 2021-07-05 impact",
                                                    "rocket_attack al_asad_airbase 2021-07-06 impact"])
        let order = result.events.map { ($0.date ?? "", $0.id) }
        #expect(order.map(\.0) == ["2021-07-05", "2021-07-05", "2021-07-06"])
        #expect(order[0].1 < order[1].1)
        #expect(result.events.count == 3)
    }

    @Test func idsDoNotDependOnOrderOrOtherDocuments() {
        let a = Document(id: "a.txt", text: tweets, headerDate: "2021-07")
        let b = Document(id: "b.txt", text: followUp, headerDate: "2021-07-06")
        let c = Document(id: "c.txt", text: unrelated, headerDate: "2021-07-07")
        let first = extractor.extract([a, b]).events
        let reordered = extractor.extract([b, a]).events
        let withMore = extractor.extract([c, a, b]).events
        #expect(first.map(\.id) == reordered.map(\.id))
        #expect(Set(first.map(\.id)).isSubset(of: Set(withMore.map(\.id))))
        #expect(withMore.count == 2)
        #expect(first.first?.id == Extractor.eventID("drone_attack|us_embassy_baghdad|2021-07-05|day"))
        #expect(first.first?.id.count == 16)
    }

    /// A file of many articles read as one document is grouped window by window (`Extractor.groupingWindowBytes`); merging
    /// then joins what the windows report alike, so an article whose body is told again and again, far past the window,
    /// tells the same events (its headline stays one: a headline repeated inside the body would be a sentence of it).
    @Test func articleRepeatedPastTheGroupingWindowTellsTheSameEvents() {
        let seeds = DocumentLoader.load(paths: [repositoryRoot.appendingPathComponent("seeds").path]).documents
        let repeated = seeds.map { seed in
            let text = seed.text.utf8
            let afterHeader = text.dropFirst(Document.header(of: text)?.length ?? 0).drop { $0 == 0x0A }
            let headlineEnd = afterHeader.firstIndex(of: 0x0A) ?? afterHeader.endIndex
            let body = String(decoding: text[headlineEnd...], as: UTF8.self)
            let copies = Extractor.groupingWindowBytes * 3 / body.utf8.count + 1
            return Document(id: seed.id, text: String(decoding: text[..<headlineEnd], as: UTF8.self)
                                + Array(repeating: body, count: copies).joined(separator: "\n\n"), headerDate: seed.headerDate)
        }
        #expect(repeated.allSatisfy { $0.text.utf8.count > 3 * Extractor.groupingWindowBytes })
        let once = extractor.extract(seeds).events
        let many = extractor.extract(repeated).events
        #expect(many.map(summary) == once.map(summary))
        // Each told again cites every telling; an event told only by the headline keeps its one source.
        #expect(zip(many, once).allSatisfy { $0.sources.count >= $1.sources.count })
        let citations = (many: many.reduce(0) { $0 + $1.sources.count }, once: once.reduce(0) { $0 + $1.sources.count })
        #expect(citations.many > 20 * citations.once)
    }

    @Test func seedIDsAreStable() {
        let loaded = DocumentLoader.load(paths: [repositoryRoot.appendingPathComponent("seeds").path]).documents
        let once = extractor.extract(loaded).events.map { $0.feature() }
        let again = extractor.extract(loaded.reversed()).events.map { $0.feature() }
        #expect(once == again)
    }

    @Test func featureFollowsTheSchemaOrder() {
        let event = extract("Au moins trois roquettes ont frappé lundi à 14h45 la base aérienne d'Ain al-Asad, sans faire de victimes ni de dégâts. Le C-RAM a été engagé.",
                            date: "2021-07-05").events.first!
        let feature = event.feature()
        #expect(Array(feature.properties!.keys) == [
            "date", "date_end", "time_precision", "time_local", "event_type", "outcome", "weapon_count", "defense_system",
            "fatalities", "injuries", "damage", "actor", "place_id", "place_name", "country", "admin1", "geo_precision",
            "context", "acled_event_type", "acled_sub_event_type", "sources", "source_count", "confidence"])
        #expect(feature.id == .string(event.id))
        #expect(feature.geometry == .point(Position(42.4412, 33.7856083)))
        let p = feature.properties!
        #expect(p["date"] == "2021-07-05")
        #expect(p["time_local"] == "14:45")
        #expect(p["weapon_count"] == 3)
        #expect(p["fatalities"] == 0)
        #expect(p["damage"] == "none")
        #expect(p["place_id"] == "al_asad_airbase")
        #expect(p["geo_precision"] == 1)
        #expect(p["acled_sub_event_type"] == "Shelling/artillery/missile attack")
        let source = p["sources"]?.arrayValue?.first?.objectValue
        #expect(source?["document"] == "doc.txt")
        #expect(source?["offset"] == 0)
        #expect(source?["quote"]?.stringValue?.hasPrefix("Au moins trois roquettes") == true)
    }
}
