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

/// A date is read within its sentence: a number that ends one paragraph ("… GMT+7") and a month that
/// opens the next ("Dec. 4, …") are not one date. Found by the 50 MB benchmark, where such a date crashed
/// the clause rules.
@Suite struct SentenceBoundDateTests {
    @Test func aDayEndingOneParagraphIsNotTheDayOfTheNextMonth() {
        let text = "Updated November 17, 2022, 6:12 AM GMT+7\nDec. 4, 2022 Rockets hit the Green Zone in Baghdad."
        #expect(extract(text, date: "2022-12").events.map { $0.date } == ["2022-12-04"])
        // "7" and "Déc." would make 7 December; the month is all the heading gives.
        let french = extract("Mis à jour à 6h12 GMT+7\nDéc. : des roquettes ont frappé la Zone verte à Bagdad.", date: "2022-12")
        #expect(french.events.count == 1)
        #expect(french.events.allSatisfy { $0.date != "2022-12-07" }, "\(french.events.map(summary))")
    }

    @Test func aCueJustAfterASentenceBoundaryOpensNoClauseBeforeIt() {
        let events = extract("Updated 6:12 AM GMT+7\nDec. firing missiles at the base in Erbil killed no one on Monday.", date: "2022-12").events
        #expect(events.map { $0.eventType.rawValue } == ["missile_attack"])
    }
}
