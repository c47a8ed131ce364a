import Foundation
import Testing
@testable import Gazetteer

/// Every place mention in the five seed articles, as listed by hand in
/// Fixtures/seed-mentions.tsv (document, byte offset, text, place id).
@Suite struct SeedMentionTests {
    struct Mention: Equatable, CustomStringConvertible {
        let offset: Int
        let text: String
        let placeID: String
        var description: String { "\(offset) \(text) → \(placeID)" }
    }

    static func expected() throws -> [String: [Mention]] {
        let table = try String(contentsOf: fixtures.appendingPathComponent("seed-mentions.tsv"), encoding: .utf8)
        var byDocument: [String: [Mention]] = [:]
        for line in table.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            byDocument[fields[0], default: []].append(Mention(offset: Int(fields[1])!, text: fields[2], placeID: fields[3]))
        }
        return byDocument
    }

    static let documents = ["000_b845082235ac34ad.txt", "001_a6554d4f7dcfda61.txt", "002_42d25c0f64ab8fe8.txt",
                            "003_71c96d678e5f51be.txt", "004_407d9e01ae6f739a.txt"]

    @Test(arguments: documents)
    func matcherFindsEveryMentionInSeed(_ document: String) throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("seeds").appendingPathComponent(document),
                              encoding: .utf8)
        let found = projectGazetteer.matches(in: text).map {
            Mention(offset: $0.range.lowerBound, text: $0.text, placeID: $0.best.place.id)
        }
        let expected = try Self.expected()[document] ?? []
        #expect(!expected.isEmpty)
        #expect(found == expected)
        // The byte range points at the mention in the original text.
        let bytes = Array(text.utf8)
        for match in projectGazetteer.matches(in: text) {
            #expect(String(decoding: bytes[match.range], as: UTF8.self) == match.text)
        }
    }

    @Test func fixtureCoversTheSeedSites() throws {
        let ids = Set(try Self.expected().values.flatMap { $0.map(\.placeID) })
        for id in ["al_asad_airbase", "baghdad_international_airport", "bdsc", "green_village", "green_zone",
                   "us_embassy_baghdad", "deir_ez_zor", "anbar_governorate", "kurdistan_region", "baghdad", "iraq", "syria"] {
            #expect(ids.contains(id), "no seed mention of \(id)")
        }
    }
}
