import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 6, in French and in English.
@Suite struct Round6RuleTests {
    @Test func aStrikeWithADroneIsAnAirStrike() {
        #expect(summarySet("On Monday, U.S. forces carried out a strike with a drone on a militia headquarters near Al-Qaim.")
            == ["airstrike al_qaim 2021-07-05 unknown"])
        #expect(summarySet("Lundi, les forces américaines ont mené une frappe avec un drone contre un QG de milice près d'Al-Qaïm.")
            == ["airstrike al_qaim 2021-07-05 unknown"])
    }

    @Test func anAircraftCarrierStrikesNothing() {
        #expect(summarySet("Two rockets hit Harir air base on Monday. Washington said an aircraft carrier had sailed to the Gulf.")
            == ["rocket_attack harir_air_base 2021-07-05 impact"])
        #expect(summarySet("Deux roquettes ont frappé la base d'Harir lundi. Washington a envoyé un porte-avions dans le Golfe.")
            == ["rocket_attack harir_air_base 2021-07-05 impact"])
    }
}

extension Round6RuleTests {
    @Test func aHeadlineThatOnlyNamesKindsOfAttackMakesNoEvent() {
        // 5 July 2021 is a Monday: the body tells one incident, the headline sums it up.
        #expect(summarySet("""
            La semaine en Irak : frappes et roquettes près de Sinjar et d'Harir

            Lundi, deux roquettes ont touché la base aérienne d'Harir.
            """) == ["rocket_attack harir_air_base 2021-07-05 impact"])
        #expect(summarySet("""
            Week in review: rockets and drone strikes around Sinjar and Harir

            On Monday, two rockets hit Harir air base.
            """) == ["rocket_attack harir_air_base 2021-07-05 impact"])
        // A headline that says what happened is an incident of its own.
        #expect(summarySet("""
            Rockets hit Harir air base

            Officials gave no details on Monday.
            """) == ["rocket_attack harir_air_base 2021-07-05 impact"])
    }
}

extension Round6RuleTests {
    @Test func placesFlightsWereDivertedToWereNotStruck() {
        #expect(summarySet("Lundi, deux drones ont frappé l'aéroport d'Erbil, et les avions ont été détournés vers Bagdad et Souleimaniye.")
            == ["drone_attack erbil_international_airport 2021-07-05 impact"])
        #expect(summarySet("On Monday, two drones hit Erbil airport, and incoming flights were diverted to Baghdad and Sulaymaniyah.")
            == ["drone_attack erbil_international_airport 2021-07-05 impact"])
    }
}

extension Round6RuleTests {
    @Test func aStrikeToldWithoutItsMeansStaysAStrike() {
        #expect(summarySet("On Monday, Turkish jets struck an oil field near Qamishli. Turkish forces also hit a farm near Sinjar on Monday, killing a man, local officials said without specifying how.")
            == ["airstrike qamishli 2021-07-05 impact", "strike sinjar 2021-07-05 impact"])
        #expect(summarySet("Lundi, des avions turcs ont frappé un champ pétrolier près de Qamichli. Les forces turques ont aussi touché une ferme près de Sinjar lundi, tuant un homme, sans préciser comment.")
            == ["airstrike qamishli 2021-07-05 impact", "strike sinjar 2021-07-05 impact"])
    }
}

extension Round6RuleTests {
    @Test func aBaseNamedWithItsTownIsTheBase() {
        #expect(summarySet("""
            Drones strike Iraqi air base at Balad, no one hurt

            On Monday, two drones hit Balad air base, officials said.
            """) == ["drone_attack balad_air_base 2021-07-05 impact"])
        #expect(summarySet("""
            Des drones frappent une base aérienne irakienne à Balad, aucun blessé

            Lundi, deux drones ont touché la base aérienne de Balad, selon des responsables.
            """) == ["drone_attack balad_air_base 2021-07-05 impact"])
    }
}

extension Round6RuleTests {
    @Test func weaponsMadeOrStudiedWereNotFired() {
        #expect(summarySet("Lundi, des frappes turques ont touché un dépôt près de Sinjar, où se trouve un atelier soupçonné de fabriquer des drones.")
            == ["strike sinjar 2021-07-05 impact"])
        #expect(summarySet("On Monday, Turkish strikes hit a depot near Sinjar, where a workshop is suspected of building drones.")
            == ["strike sinjar 2021-07-05 impact"])
    }
}
