import Extraction
import Foundation
import Gazetteer
import KharitaTestSupport
import XCTest
@testable import Atlas

final class RecombinedArticlesTests: XCTestCase {
    /// The seeds and the extraction test sets' articles, as `kharita-bench generate articles` reads them by default.
    static let realSources: [(name: String, text: String)] = {
        let fixtures = repositoryRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures")
        let sets = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted()
            .map { fixtures.appendingPathComponent($0).appendingPathComponent("articles").path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        let (documents, warnings) = DocumentLoader.load(paths: [repositoryRoot.appendingPathComponent("seeds").path] + sets)
        precondition(warnings.isEmpty && documents.count >= 17, "source articles do not load: \(warnings)")
        return documents.map { ($0.id, $0.text) }
    }()

    func generate(_ sources: [(name: String, text: String)], bytes: Int, seed: UInt64) -> [(name: String, text: String)] {
        Synthetic.recombinedArticles(from: sources, gazetteer: projectGazetteer, totalBytes: bytes, seed: seed)
    }

    func testSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        let first = generate(Self.realSources, bytes: 150_000, seed: 11)
        let again = generate(Self.realSources, bytes: 150_000, seed: 11)
        let other = generate(Self.realSources, bytes: 150_000, seed: 12)
        XCTAssertEqual(first.map(\.name), again.map(\.name))
        XCTAssertEqual(first.map(\.text), again.map(\.text))
        XCTAssertEqual(first.first?.name, "recombined_000000.txt")
        XCTAssertNotEqual(first.map(\.text), other.map(\.text))
    }

    func testReachesTheRequestedSizeByLessThanOneArticle() {
        for requested in [1, 40_000, 250_000] {
            let articles = generate(Self.realSources, bytes: requested, seed: 3)
            let sizes = articles.map(\.text.utf8.count)
            let total = sizes.reduce(0, +)
            XCTAssertGreaterThanOrEqual(total, requested)
            XCTAssertLessThan(total - sizes.last!, requested, "one article too many at \(requested) bytes")
        }
    }

    func testNamesGazetteerPlacesTheSourcesDoNotName() {
        func placeIDs(_ texts: [String]) -> Set<String> {
            Set(texts.flatMap { projectGazetteer.matches(in: $0).map(\.best.place.id) })
        }
        let sourcePlaces = placeIDs(Self.realSources.map(\.text))
        let generatedPlaces = placeIDs(generate(Self.realSources, bytes: 200_000, seed: 5).map(\.text))
        let newPlaces = generatedPlaces.subtracting(sourcePlaces)
        XCTAssertGreaterThanOrEqual(newPlaces.count, 100, "places: \(generatedPlaces.count) named, \(newPlaces.count) new")
        // Towns from GeoNames and curated sites alike.
        XCTAssertTrue(newPlaces.contains { $0.hasPrefix("geonames:") })
        XCTAssertTrue(newPlaces.contains { id in projectGazetteer.place(id: id).map { [.base, .airbase, .airport].contains($0.kind) } ?? false })
    }

    func testKeepsParagraphsAndMixesSentencesAcrossArticles() {
        let alpha = " date 2020-03 Alpha un. Alpha deux.\n\nAlpha trois.\n\nAlpha quatre. Alpha cinq. Alpha six.\n"
        let bravo = " date 2020-03 Bravo un.\n\nBravo deux. Bravo trois.\n"
        let articles = generate([("alpha.txt", alpha), ("bravo.txt", bravo)], bytes: 6_000, seed: 9)
        var mixed = 0
        for article in articles {
            let paragraphs = article.text.components(separatedBy: "\n\n").map { $0.components(separatedBy: ". ").count }
            XCTAssertTrue(paragraphs == [2, 1, 3] || paragraphs == [1, 2], "\(article.name): sentences per paragraph \(paragraphs)")
            if article.text.contains("Alpha") && article.text.contains("Bravo") { mixed += 1 }
        }
        XCTAssertGreaterThan(articles.count, 50)
        XCTAssertGreaterThan(mixed, articles.count / 3, "sentences of both articles in one")
    }

    /// A French article: the full date moves with the header; the day and month of an earlier
    /// incident move by the same months and days; counts and places change.
    func testFrenchDatesCountsAndPlacesMoveWithTheHeader() throws {
        let source = " date 2021-07 Trois roquettes ont frappé Erbil le 5 juillet 2021, selon la coalition.\n\n"
            + "Le 9 juin, deux drones avaient visé l'aéroport de Bagdad.\n"
        let months = Synthetic.frenchMonths.joined(separator: "|")
        let attackPattern = try NSRegularExpression(pattern: "(\\w+) roquettes ont frappé (.+?) le (\\d+|1er) (\(months)) (\\d{4}), selon")
        let recalledPattern = try NSRegularExpression(pattern: "Le (\\d+|1er) (\(months)), (\\w+) drones avaient visé (.+?)\\.")
        func day(_ text: String) -> Int { text == "1er" ? 1 : Int(text)! }
        func month(_ name: String) -> Int { Synthetic.frenchMonths.firstIndex(of: name)! + 1 }
        var counts = Set<String>()
        var places = Set<String>()
        var attacks = 0
        var recalls = 0
        let articles = generate([("juillet.txt", source)], bytes: 30_000, seed: 21)
        for article in articles {
            let header = try XCTUnwrap(Document(id: article.name, text: article.text).headerDate)
            let year = Int(header.prefix(4))!
            let headerMonth = Int(header.suffix(2))!
            // The source's July 5 and June 9 move to the header's month and the one before, give or take ten days.
            let attackBase = CalendarDay(year: year, month: headerMonth, day: 5)!
            let recalledBase = CalendarDay(year: year, month: headerMonth, day: 1)!.adding(days: -1)
            for match in Self.matches(attackPattern, in: article.text) {
                let attack = CalendarDay(year: Int(match[4])!, month: month(match[3]), day: day(match[2]))!
                XCTAssertLessThanOrEqual(abs(attack.ordinal - attackBase.ordinal), 10, "\(article.name): \(attack) under \(header)")
                counts.insert(match[0].lowercased())
                places.insert(match[1])
                attacks += 1
            }
            for match in Self.matches(recalledPattern, in: article.text) {
                let recalledMonth = month(match[1])
                let recalledYear = recalledMonth > headerMonth ? year - 1 : year
                let recalled = CalendarDay(year: recalledYear, month: recalledMonth, day: day(match[0]))!
                let expected = CalendarDay(year: recalledBase.year, month: recalledBase.month, day: min(9, CalendarDay.daysIn(month: recalledBase.month, year: recalledBase.year)))!
                XCTAssertLessThanOrEqual(abs(recalled.ordinal - expected.ordinal), 10, "\(article.name): \(recalled) under \(header)")
                counts.insert(match[2])
                places.insert(match[3])
                recalls += 1
            }
        }
        XCTAssertGreaterThan(attacks, articles.count / 2)
        XCTAssertGreaterThan(recalls, articles.count / 3)
        XCTAssertGreaterThanOrEqual(counts.count, 10, "count words: \(counts.sorted())")
        XCTAssertGreaterThanOrEqual(places.count, 50, "places: \(places.sorted())")
    }

    /// The capture groups of every match, in order.
    static func matches(_ pattern: NSRegularExpression, in text: String) -> [[String]] {
        pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { String(text[Range(match.range(at: $0), in: text)!]) }
        }
    }

    /// Wire style: abbreviated months keep their dot or its absence, March to July are written out.
    func testEnglishMonthsKeepTheWireStyle() throws {
        let source = " date 2024-01 A drone attack on Jan. 28 killed three soldiers at Tower 22.\n\n"
            + "The strikes began on Feb 2, 2024 near Al-Qaim, officials said.\n"
        let dotted = try NSRegularExpression(pattern: "on (\\w+\\.?) (\\d{1,2}) killed (\\w+) soldiers")
        let plain = try NSRegularExpression(pattern: "on (\\w+\\.?) (\\d{1,2}), (\\d{4}) near")
        let counts = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty"]
        var dottedMonths = Set<String>()
        var plainMonths = Set<String>()
        for article in generate([("wire.txt", source)], bytes: 20_000, seed: 4) {
            for match in Self.matches(dotted, in: article.text) {
                dottedMonths.insert(match[0])
                XCTAssertTrue(counts.contains(match[2]), match[2])
            }
            for match in Self.matches(plain, in: article.text) {
                plainMonths.insert(match[0])
                XCTAssertTrue((2018...2025).contains(Int(match[2])!), "year \(match[2])")
            }
        }
        XCTAssertEqual(dottedMonths, ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."])
        XCTAssertEqual(plainMonths, ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"])
    }

    /// The extractor reads the recombined text as news: the events it reports fall in the month of their
    /// article's header or next to it. Recalled (background) incidents are dated where the text puts them,
    /// so they are not counted: their share grows with the analysis articles in the sentence pool.
    func testExtractedEventsFallNearTheHeaderMonth() {
        let articles = generate(Self.realSources, bytes: 120_000, seed: 8)
        let documents = articles.map { Document(id: $0.name, text: $0.text) }
        let headerMonth = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.headerDate!) })
        let result = Extractor(gazetteer: projectGazetteer).extract(documents)
        var near = 0
        var sources = 0
        for event in result.events where event.context == .reported {
            let date = CalendarDay(iso: event.date!)!
            for source in event.sources {
                let header = CalendarDay(iso: headerMonth[source.document]! + "-01")!
                let months = (date.year * 12 + date.month) - (header.year * 12 + header.month)
                if abs(months) <= 1 { near += 1 }
                sources += 1
            }
        }
        XCTAssertGreaterThan(result.events.count, articles.count * 2, "\(result.events.count) events in \(articles.count) articles")
        XCTAssertGreaterThan(Double(near) / Double(sources), 0.9, "\(near) of \(sources) reported event sources within a month of the header")
    }
}
