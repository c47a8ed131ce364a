import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 10, in French and in English.
@Suite struct Round10RuleTests {
    func summaries(_ text: String, date: String? = "2022-03-14") -> Set<String> {
        summarySet(text, date: date)
    }

    @Test func aHeadlineOnAStatesDroneCampaignMakesItsUnattributedDroneStrikesAirStrikes() {
        #expect(summaries("""
            Turkey's relentless drone war over Sinjar

            On Monday, a drone hit a house near Sinjar.
            """) == ["airstrike sinjar 2022-03-14 impact"])
        #expect(summaries("""
            La guerre silencieuse des drones d'Ankara

            Lundi, un drone a frappé une maison près de Sinjar.
            """) == ["airstrike sinjar 2022-03-14 impact"])
        // A headline that names no state's drones leaves the drone a drone attack.
        #expect(summaries("""
            A relentless drone war over Sinjar

            On Monday, a drone hit a house near Sinjar.
            """) == ["drone_attack sinjar 2022-03-14 impact"])
    }
}

extension Round10RuleTests {
    @Test func dronesStoredAtAStruckSiteAreItsTargetNotADroneAttack() {
        #expect(summaries("Lundi, des F-16 ont frappé près de Sinjar deux hangars qui servaient à stocker des roquettes et des drones.")
            == ["airstrike sinjar 2022-03-14 impact"])
        #expect(summaries("Lundi, des F-16 ont frappé près de Sinjar deux bâtiments qui servaient à entreposer des armes et à lancer des drones.")
            == ["airstrike sinjar 2022-03-14 impact"])
        #expect(summaries("Lundi, des F-16 ont bombardé près de Sinjar un dépôt de drones des milices.")
            == ["airstrike sinjar 2022-03-14 unknown"])
        #expect(summaries("On Monday, F-16 jets bombed a drone depot near Sinjar.") == ["airstrike sinjar 2022-03-14 unknown"])
    }
}

extension Round10RuleTests {
    @Test func anEveningWithoutADayIsTheEveningOfTheDayToldBefore() {
        #expect(summaries("""
            Notre revue de la semaine, du lundi 14 au dimanche 20 mars.

            Le calme a pris fin mardi près de Sinjar. Trois roquettes sont tombées dans la soirée sur un camp de l'armée.
            """, date: "2022-03") == ["rocket_attack sinjar 2022-03-15 impact"])
        #expect(summaries("""
            Our weekly review, Monday March 14 to Sunday March 20.

            The calm near Sinjar ended on Tuesday. Three rockets landed on an army camp there in the evening.
            """, date: "2022-03") == ["rocket_attack sinjar 2022-03-15 impact"])
    }

    @Test func aSourcesCondemnationInARelativeClauseLeavesTheStrikeAnEvent() {
        #expect(summaries("Lundi, un drone turc a touché un camion près de Sinjar, tuant trois combattants, selon un maire local, qui a condamné cette « agression ».")
            == ["airstrike sinjar 2022-03-14 impact"])
        #expect(summaries("On Monday, a Turkish drone hit a truck near Sinjar, killing three fighters, said a local mayor, who condemned the attack.")
            == ["airstrike sinjar 2022-03-14 impact"])
        // A condemnation that is the sentence's news stays no event.
        #expect(summaries("Lundi, le maire de Sinjar a condamné la frappe d'un drone turc contre un camion.").isEmpty)
    }
}

extension Round10RuleTests {
    @Test func aWeeklyRoundUpsMondayIsTheSpansFirstDayNotTheDayAfterIt() {
        #expect(summaries("""
            Notre revue de la semaine, du lundi 14 au dimanche 20 mars.

            Lundi soir, deux roquettes sont tombées près de Sinjar, sans faire de victime.
            """, date: "2022-03") == ["rocket_attack sinjar 2022-03-14 impact"])
        #expect(summaries("""
            Our weekly review, from Monday 14 to Sunday 20 March.

            On Monday evening, two rockets fell near Sinjar, causing no casualties.
            """, date: "2022-03") == ["rocket_attack sinjar 2022-03-14 impact"])
    }
}
