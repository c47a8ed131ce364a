import Foundation
import Testing
@testable import Extraction

/// Scores the extraction of seeds/ against the hand-annotated gold events (see `GoldScore`).
@Suite struct GoldTests {
    @Test func seedsAgainstGold() throws {
        let gold = try GoldEvent.load(fixtures.appendingPathComponent("seeds-events.json"))
        let loaded = DocumentLoader.load(paths: [repositoryRoot.appendingPathComponent("seeds").path])
        #expect(loaded.documents.count == 5)
        let result = extractor.extract(loaded.documents)
        let score = GoldScore(events: result.events, gold: gold)
        print(score.report("gold", events: result.events, gold: gold))
        #expect(score.reported.found == score.reported.total)
        #expect(score.background.found >= 2)
        #expect(score.precision >= 0.9)
        let g08 = gold.first { $0.id == "G08" }!
        let g08Events = result.events.filter { g08.matches($0) }
        #expect(g08Events.count == 1)
        #expect(Set(g08Events.first?.sources.map(\.document) ?? []) == Set(g08.documents))
    }
}

/// Extracts a development set (`Fixtures/<name>/articles` against `Fixtures/<name>/gold.json`) and
/// prints its score with every miss and false alarm.
func scoreDevelopmentSet(_ name: String, documents: Int) throws -> GoldScore {
    let directory = fixtures.appendingPathComponent(name)
    let gold = try GoldEvent.load(directory.appendingPathComponent("gold.json"))
    let loaded = DocumentLoader.load(paths: [directory.appendingPathComponent("articles").path])
    #expect(loaded.documents.count == documents)
    let result = extractor.extract(loaded.documents)
    let score = GoldScore(events: result.events, gold: gold)
    print(score.report(name, events: result.events, gold: gold))
    return score
}

/// Scores the development set: articles written independently of the seeds and of the extractor.
/// The floors are what the extractor reaches; a lower score is a regression.
@Suite struct DevSetTests {
    @Test func devSetAgainstGold() throws {
        let score = try scoreDevelopmentSet("devset", documents: 12)
        #expect(score.reported.found >= 17)
        #expect(score.background.found >= 15)
        #expect(score.precision >= 0.99)
    }
}

/// Scores the second development set, written after the first set's rules by another session: its
/// first score (10/27 reported, 9/16 background, precision 0.413, before any rule was changed for it)
/// estimates held-out performance.
@Suite struct DevSet2Tests {
    @Test func devSet2AgainstGold() throws {
        let score = try scoreDevelopmentSet("devset2", documents: 14)
        #expect(score.reported.found >= 26)
        #expect(score.background.found >= 16)
        #expect(score.precision >= 0.91)
    }
}

/// Scores the third development set, written by another session without reading the extractor; its
/// first scores before any rule was changed for it (10/17 reported, 7/13 background, precision 0.53 at
/// main 4d28b25; 11/17, 7/13, 0.559 at main 937b0a2) estimate held-out performance.
@Suite struct DevSet3Tests {
    @Test func devSet3AgainstGold() throws {
        let score = try scoreDevelopmentSet("devset3", documents: 10)
        #expect(score.reported.found >= 16)
        #expect(score.background.found >= 13)
        #expect(score.precision >= 0.9)
    }
}

/// Scores the fourth development set, written by another session without reading the extractor, and
/// never used to tune a rule: its scores estimate held-out performance. Before the session-3 rules
/// (main dc0dcd1): 7/16 reported, 6/12 background, precision 13/34 = 0.38; with them (the floors
/// below): 9/16, 6/12, 15/33 = 0.45. Once a rule is written from its misses, a devset5 is needed.
@Suite struct DevSet4Tests {
    @Test func devSet4AgainstGold() throws {
        let score = try scoreDevelopmentSet("devset4", documents: 10)
        #expect(score.reported.found >= 9)
        #expect(score.background.found >= 6)
        #expect(score.precision >= 0.45)
    }
}
