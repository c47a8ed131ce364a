import Testing
@testable import Extraction

/// Wire copy gives local times with the GMT time in military notation: "(2030 GMT)" is 8:30 p.m., not
/// the year 2030.
@Suite struct ClockTimeTests {
    @Test func aTimeInGMTIsNoYear() {
        // Nothing else dates the dispatch, so its events stay undated rather than moving to 2030.
        let english = extract("ERBIL, Iraq, April 15 (Reuters) - A drone struck Erbil airport late on Wednesday at about 11:30 p.m. (2030 GMT), officials said.",
                              date: nil)
        #expect(english.events.isEmpty, "\(english.events.map(summary))")
        #expect(english.unresolved.map(\.kind) == ["undated_event"])
        let french = extract("ERBIL, 15 avril (AFP) - Un drone a frappé l'aéroport d'Erbil mercredi vers 23h30 (2030 GMT), selon les autorités.",
                             date: nil)
        #expect(french.events.isEmpty, "\(french.events.map(summary))")
    }

    @Test func theYearElsewhereDatesTheDispatch() {
        let events = extract("ERBIL, Iraq, April 15 (Reuters) - A drone struck Erbil airport late on Wednesday at about 11:30 p.m. (2030 GMT). It was the first drone attack on the airport since 2021 began.",
                             date: nil).events
        #expect(events.map(summary) == ["drone_attack erbil_international_airport 2021-04-14 impact"])
    }

    @Test func aYearBeforeOtherWordsIsStillAYear() {
        #expect(extract("Le 14 avril 2021, un drone a frappé l'aéroport d'Erbil.", date: nil).events.map { $0.date } == ["2021-04-14"])
    }
}

/// The day of a dateline is not a count of what follows it.
@Suite struct DatelineCountTests {
    @Test func theDayOfADatelineCountsNothing() {
        let english = extract("ERBIL, Iraq, April 15 (Reuters) - A drone struck Erbil airport late on Wednesday, officials said.",
                              date: "2021-04")
        #expect(english.events.map(\.weaponCount) == [nil], "\(english.events.map(summary))")
        let french = extract("BAGDAD, 30 décembre (AFP) - Des roquettes ont frappé l'ambassade américaine dimanche.", date: "2021-12")
        #expect(french.events.map(\.weaponCount) == [nil], "\(french.events.map(summary))")
        let counted = extract("Le 3 janvier, 12 roquettes ont frappé l'ambassade américaine.", date: "2021-01")
        #expect(counted.events.map(\.weaponCount) == [12])
    }
}
