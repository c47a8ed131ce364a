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
        #expect(summaries("On Monday, U.S. jets struck two depots near Sinjar that were used to store weapons and drones.")
            == ["airstrike sinjar 2022-03-14 impact"])
        #expect(summaries("Lundi, des avions américains ont frappé près de Sinjar deux hangars qui servaient à stocker des drones.")
            == ["airstrike sinjar 2022-03-14 impact"])
        #expect(summaries("Lundi, des avions américains ont frappé près de Sinjar un site utilisé pour lancer des drones.")
            == ["airstrike sinjar 2022-03-14 impact"])
    }
}
