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

/// The floors of a development set: what the extractor reaches; a lower score is a regression.
struct DevelopmentSetFloor: CustomTestStringConvertible, Sendable {
    let name: String
    let documents: Int
    let reported: Int
    let background: Int
    let precision: Double
    var testDescription: String { name }
}

/// Scores the development sets: articles written independently of the seeds and of the extractor, each
/// by a session that read neither the extractor nor the other sets' articles.
/// - devset: rules were tuned on it from the start.
/// - devset2: first score before any rule was changed for it: 10/27 reported, 9/16 background, 0.413.
/// - devset3: first scores before any rule was changed for it: 10/17, 7/13, 0.53 at main 4d28b25;
///   11/17, 7/13, 0.559 at main 937b0a2.
/// - devset4: written after the session-3 rules, so its scores estimate held-out performance: 7/16,
///   6/12, 13/34 = 0.38 before those rules (main dc0dcd1), 9/16, 6/12, 15/33 = 0.45 with them (main
///   18692ee). One rule was then written from its list of misses (the pluperfect as a recall): 15/32 =
///   0.47. Round 4 wrote general rules from its list of misses (weekdays under a month header, days counted
///   from the incident told before, holidays, a yearless dateline, a headline on a state's drones, places):
///   16/16, 12/12, 28/30 = 0.93; it is a development set now, and devset5 gives the next held-out figure.
/// - devset5: written by a session that read no rule and no other set's articles; scored before any rule
///   was changed for it: 9/20, 12/15, 19/39 = 0.487 before round 4 (main aec0c0f), 10/20, 13/15, 21/39 =
///   0.538 with round 4 (main 0297132): the held-out estimate of session 4. Round 5 wrote general rules from its list
///   of misses (a round-up's dated paragraphs, "Sept 30", "25-8-2019", the day of saying, drones that struck vehicles,
///   precision strikes, smuggling drones, Israel's missiles, compass references, answers to the incident told before, "au lendemain des frappes"):
///   20/20, 14/15, 34/35 = 0.971; it is a development set now, and devset6 gives the next held-out figure.
/// - devset6: written by a session that read no rule and no other set's articles, after round 5; scored
///   untuned: 17/20, 8/15, 25/49 = 0.510 with session 3's rules (main ba2de31), 19/20, 13/15, 33/50 = 0.660
///   with round 4, 19/20, 13/15, 33/49 = 0.673 with round 5 (main 608ba41), 33/48 = 0.688 at main 2847301: the
///   held-out estimate of session 5. Round 6 wrote general rules from its list of misses (a headline that only names
///   kinds of attack, aircraft carriers, "a strike with a drone", flights diverted to other airports, a strike of
///   unstated means, a base named with its town, weapons made or studied): 20/20, 14/15, 35/39 = 0.897; it is a
///   development set now.
/// - devset7: written by a session that read no rule and no other set's articles, during round 6; scored
///   untuned: 8/17, 5/9, 12/21 = 0.571 with session 3's rules (main ba2de31), 9/17, 5/9, 13/22 = 0.591 before
///   round 6 (main 8ee7851) and with it (main 7a8facd): the held-out estimate of session 6, with devset6's first scores.
///   Round 7 wrote general rules from its list of misses (a round-up's title span, "today, 6/6", an air force's missiles,
///   a town named like a verb, "the projectiles", "the Oct. 26 strikes", weapons that struck beside their victims'
///   state, a dud second drone, north-eastern Jordan) and devset6's leftovers (strike and air strike merged across
///   documents, unplaced incidents kept apart, a date inside an "after" phrase, a distance's reference town, a headline
///   on a state's drone strike): 16/17, 8/9, 23/25 = 0.920 (devset6 35/37 = 0.946, devset2 44/46 = 0.957); it is a
///   development set now, and devset8 gives the next held-out figure.
/// - devset8: written by a session that read no rule and no other set's articles, during round 7; scored untuned:
///   10/17, 7/10, 18/35 = 0.514 (main f4221ea): the held-out estimate of session 7. Round 8 wrote general rules from its
///   list of misses (a round-up's span from one weekday to another, headings that open with their date, strikes that
///   remain possible or cannot be ruled out, tallies of hundreds of strikes, armed drones named by model, a drone whose
///   victims a state names, "the airport" without its name, "the same garrison", strikes told after an actor's missiles,
///   a night over two days, a province inside a country, the attack a response answers, missiles and drones as two
///   means): 17/17, 10/10, 29/29 = 1.000; it is a development set now.
/// - devset9: written by a session that read no rule and no other set's articles, during round 8; scored untuned:
///   11/18, 7/9, 17/26 = 0.654 (main 4b7711c), the same with session 4's rules. Round 9 wrote general capabilities from
///   its list of misses (year-first numeric dates "2023/04/11", a place's past in a relative clause, "the strikes came on
///   the eve of", a drone seen then "It was shot down", border infiltration attempts, live-fire drills, a wire's
///   "Town - A source said" dispatch place, "near the Hit district", "aucune frappe", « s'était écrasé », press spellings
///   of Qayyarah base and Albou Kamal, a drone assassination attempt): 14/18, 9/9, 23/23 = 1.000; article 10's four
///   events stay undated (no date in its text). It is a development set now, and devset10 gives the next held-out figure.
/// - devset10: written by a session that read no rule and no other set's articles, during round 9; scored untuned:
///   10/15, 7/11, 16/24 = 0.667 with session 4's rules (main 99d3c56), 11/15, 7/11, 17/24 = 0.708 after rounds 7 to 9
///   (main 8063996): the held-out estimate at the end of session 5. The one gain is round 9's year-first dates
///   ("2023/04/11"), a form the briefs of devset9 and devset10 both asked for. Article 10 dates its news only by a
///   fourth anniversary and "Published 3 hours ago", which no rule reads. Round 10 wrote general rules from its list
///   (a state's drones named in the headline across a short gap, stored weapons as a strike's target, an evening with no
///   day, a condemnation in a relative clause, a round-up span « du lundi 5 au dimanche 11 août »): 13/15, 9/11, 21/23 =
///   0.913; it is a development set now, and the next held-out figure needs a devset11.
/// - devset11: written by a session that read no rule and no other set's articles, after round 10; never tuned on:
///   12/15, 7/9, 19/28 = 0.679 with session 4's rules (main 99d3c56) and the same after rounds 7 to 10 (main e1462d2):
///   the held-out estimate at the end of session 5. Round 11 wrote general capabilities from its list of misses (two
///   dated incidents in one sentence's coordinated clauses, a neighbourhood named like a distant town, a road between two
///   towns, a state's missiles named after them, drug-carrying drones, aircraft a base hosts or that fly over, a round-up's
///   sentence dated only by its week) and from probes of its own (no weapon, unfired rounds, civilian drones, protests,
///   attacks expected, Jordan's strikes, days counted back, an hour after "after", a headline in looser words, a drone
///   strike on an airport, a hospital named after a base, the day a source spoke, drills, "this base"): 13/15, 9/9,
///   23/25 = 0.920 (06's strikes are dated only "overnight Tuesday" under a month header); devset6 went to 34/35 = 0.971
///   and devset10 to 21/21 = 1.000. It is a development set now, and devset12 gives the next held-out figure.
/// - devset12: written by a session that read no rule and no other set's articles, while round 11 was written; never
///   tuned on: 12/17, 5/10, 16/33 = 0.485 before round 11 and 12/17, 5/10, 17/34 = 0.500 after it: the held-out
///   estimate at the end of session 6. Its misses: places the gazetteer lacks (Sidakan, the Qandil mountains, the
///   Parakh resort near Zakho), a machine translation dating by "mercredi" and « avant-hier » under a month header,
///   recalls given only « mi-mars » or "late last month". Round 12 wrote general capabilities from that list and from probes
///   of its own (a weapon that destroyed something, a third of a month, "the third drone", "the projectiles", « mardi 12 »
///   under a month header and the weekday a source spoke on, last weekend, sides that exchanged fire, a capital that blames,
///   repeated attacks, a date before "lorsque", "Earlier this month", a launch that failed and a seizure, "the same night"
///   after a coarser date, strikes on Iran, where a source spoke, an apposition after the origin of fire, "the drone" told
///   before, a strike framed before "when"): 16/17, 7/10, 23/28 = 0.821; it is a development set now, and devset13 gives
///   the next held-out figure.
/// - devset13: written by a session that read no rule and no other set's articles; never tuned on: 7/17, 5/10, 14/34 =
///   0.41 before round 12 and 9/17, 5/10, 15/33 = 0.455 after it. Round 13 grouped its misses and false alarms into
///   classes and wrote general capabilities for them (a year the text writes kept against a mispaired weekday, a day and
///   month spelling out "overnight Sunday into Monday", an armed drone named by its model, "most missiles" of a salvo
///   told before, « attaque aérienne », a drone that struck a post, a funeral's day, "on the 5th", "near the perimeter",
///   "the fourth of April", a unilateral strike): 17/17, 7/10, 26/29 = 0.897; it is a development set now, and devset14 gives the next
///   held-out figure.
/// - devset14: written by a session that read no rule and no other set's articles, while round 13 was written; never
///   tuned on: 14/17, 8/10, 24/32 = 0.750 before round 12 and after it, 14/17, 8/10, 23/30 = 0.767 after round 13:
///   the held-out estimate at the end of session 7.
/// - devset17 and devset18: held out until round 16, which wrote general rules from their misses and false alarms (what an
///   attack is said not to be, dates "of the same year" and counted from a recall, a city named for its province, weapons
///   listed after a struck launcher or readied by a strike's targets, a capital made to act, a title that sums up dated
///   strikes, a night between two days, "the day after" an incident, "in the province", the day of a claim, a mountain area in
///   a list): devset17 13/16, 5/10, 17/27 = 0.630 → 13/16, 8/10, 20/25 = 0.800; devset18 12/16, 8/10, 21/27 = 0.778 →
///   15/16, 8/10, 23/23 = 1.000. They are development sets now.
/// - devset2's E22 is typed `artillery`, a type ARCHITECTURE.md lacks: the coalition's artillery is a `strike`
///   (a state's shelling), which that gold cannot match, so it counts as a false alarm (43/45 = 0.956).
@Suite struct DevSetTests {
    static let floors = [
        DevelopmentSetFloor(name: "devset", documents: 12, reported: 17, background: 15, precision: 0.99),
        DevelopmentSetFloor(name: "devset2", documents: 14, reported: 26, background: 16, precision: 0.955),
        DevelopmentSetFloor(name: "devset3", documents: 10, reported: 17, background: 13, precision: 0.99),
        DevelopmentSetFloor(name: "devset4", documents: 10, reported: 16, background: 12, precision: 0.93),
        DevelopmentSetFloor(name: "devset5", documents: 12, reported: 20, background: 14, precision: 0.99),
        DevelopmentSetFloor(name: "devset6", documents: 10, reported: 20, background: 14, precision: 0.97),
        DevelopmentSetFloor(name: "devset7", documents: 10, reported: 16, background: 8, precision: 0.92),
        DevelopmentSetFloor(name: "devset8", documents: 10, reported: 17, background: 10, precision: 0.99),
        DevelopmentSetFloor(name: "devset9", documents: 10, reported: 14, background: 9, precision: 0.99),
        DevelopmentSetFloor(name: "devset10", documents: 10, reported: 13, background: 9, precision: 0.99),
        DevelopmentSetFloor(name: "devset11", documents: 10, reported: 13, background: 9, precision: 0.92),
        DevelopmentSetFloor(name: "devset12", documents: 10, reported: 16, background: 7, precision: 0.88),
        DevelopmentSetFloor(name: "devset13", documents: 10, reported: 17, background: 10, precision: 0.96),
        DevelopmentSetFloor(name: "devset14", documents: 10, reported: 17, background: 10, precision: 0.96),
        DevelopmentSetFloor(name: "devset15", documents: 10, reported: 12, background: 6, precision: 0.79),
        DevelopmentSetFloor(name: "devset16", documents: 10, reported: 15, background: 10, precision: 0.90),
        DevelopmentSetFloor(name: "devset17", documents: 10, reported: 13, background: 8, precision: 0.79),
        DevelopmentSetFloor(name: "devset18", documents: 10, reported: 15, background: 8, precision: 0.99),
        DevelopmentSetFloor(name: "devset19", documents: 10, reported: 15, background: 7, precision: 0.91),
        DevelopmentSetFloor(name: "devset20", documents: 10, reported: 5, background: 9, precision: 0.38),
    ]

    @Test(arguments: floors)
    func developmentSetAgainstGold(_ floor: DevelopmentSetFloor) throws {
        let score = try scoreDevelopmentSet(floor.name, documents: floor.documents)
        #expect(score.reported.found >= floor.reported)
        #expect(score.background.found >= floor.background)
        #expect(score.precision >= floor.precision)
    }
}
