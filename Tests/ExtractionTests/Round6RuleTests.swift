import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 6, in French and in English.
@Suite struct Round6RuleTests {
    func summaries(_ text: String, date: String? = "2021-07-05") -> Set<String> {
        Set(extract(text, date: date).events.map(summary))
    }

    @Test func aStrikeWithADroneIsAnAirStrike() {
        #expect(summaries("On Monday, U.S. forces carried out a strike with a drone on a militia headquarters near Al-Qaim.")
            == ["airstrike al_qaim 2021-07-05 unknown"])
        #expect(summaries("Lundi, les forces américaines ont mené une frappe avec un drone contre un QG de milice près d'Al-Qaïm.")
            == ["airstrike al_qaim 2021-07-05 unknown"])
    }

    @Test func anAircraftCarrierStrikesNothing() {
        #expect(summaries("Two rockets hit Harir air base on Monday. Washington said an aircraft carrier had sailed to the Gulf.")
            == ["rocket_attack harir_air_base 2021-07-05 impact"])
        #expect(summaries("Deux roquettes ont frappé la base d'Harir lundi. Washington a envoyé un porte-avions dans le Golfe.")
            == ["rocket_attack harir_air_base 2021-07-05 impact"])
    }
}

extension Round6RuleTests {
    @Test func aHeadlineThatOnlyNamesKindsOfAttackMakesNoEvent() {
        // 5 July 2021 is a Monday: the body tells one incident, the headline sums it up.
        #expect(summaries("""
            La semaine en Irak : frappes et roquettes près de Sinjar et d'Harir

            Lundi, deux roquettes ont touché la base aérienne d'Harir.
            """) == ["rocket_attack harir_air_base 2021-07-05 impact"])
        #expect(summaries("""
            Week in review: rockets and drone strikes around Sinjar and Harir

            On Monday, two rockets hit Harir air base.
            """) == ["rocket_attack harir_air_base 2021-07-05 impact"])
        // A headline that says what happened is an incident of its own.
        #expect(summaries("""
            Rockets hit Harir air base

            Officials gave no details on Monday.
            """) == ["rocket_attack harir_air_base 2021-07-05 impact"])
    }
}

extension Round6RuleTests {
    @Test func placesFlightsWereDivertedToWereNotStruck() {
        #expect(summaries("Lundi, deux drones ont frappé l'aéroport d'Erbil, et les avions ont été détournés vers Bagdad et Souleimaniye.")
            == ["drone_attack erbil_international_airport 2021-07-05 impact"])
        #expect(summaries("On Monday, two drones hit Erbil airport, and incoming flights were diverted to Baghdad and Sulaymaniyah.")
            == ["drone_attack erbil_international_airport 2021-07-05 impact"])
    }
}

extension Round6RuleTests {
    @Test func aStrikeToldWithoutItsMeansStaysAStrike() {
        #expect(summaries("On Monday, Turkish jets struck an oil field near Qamishli. Turkish forces also hit a farm near Sinjar on Monday, killing a man, local officials said without specifying how.")
            == ["airstrike qamishli 2021-07-05 impact", "strike sinjar 2021-07-05 impact"])
        #expect(summaries("Lundi, des avions turcs ont frappé un champ pétrolier près de Qamichli. Les forces turques ont aussi touché une ferme près de Sinjar lundi, tuant un homme, sans préciser comment.")
            == ["airstrike qamishli 2021-07-05 impact", "strike sinjar 2021-07-05 impact"])
    }
}

extension Round6RuleTests {
    @Test func aBaseNamedWithItsTownIsTheBase() {
        #expect(summaries("""
            Drones strike Iraqi air base at Balad, no one hurt

            On Monday, two drones hit Balad air base, officials said.
            """) == ["drone_attack balad_air_base 2021-07-05 impact"])
        #expect(summaries("""
            Des drones frappent une base aérienne irakienne à Balad, aucun blessé

            Lundi, deux drones ont touché la base aérienne de Balad, selon des responsables.
            """) == ["drone_attack balad_air_base 2021-07-05 impact"])
    }
}

extension Round6RuleTests {
    @Test func weaponsMadeOrStudiedWereNotFired() {
        #expect(summaries("Lundi, des frappes turques ont touché un dépôt près de Sinjar, où se trouve un atelier soupçonné de fabriquer des drones.")
            == ["strike sinjar 2021-07-05 impact"])
        #expect(summaries("On Monday, Turkish strikes hit a depot near Sinjar, where a workshop is suspected of building drones.")
            == ["strike sinjar 2021-07-05 impact"])
    }
}
