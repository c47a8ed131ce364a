import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 5, in French and in English.
@Suite struct Round5RuleTests {
    @Test func aParagraphOpeningWithItsDateIsARoundUpSection() {
        // 6 and 8 March 2023 are a Monday and a Wednesday; the round-up speaks from Friday 10 March.
        #expect(summarySet("""
            La semaine en Irak

            Lundi 6 mars - Harir. Deux roquettes ont frappé la base aérienne.

            Mercredi 8 mars - Taji. Un drone a visé le camp.

            Vendredi 10 mars - Bagdad. Le gouvernement a promis une enquête.
            """, date: "2023-03") == ["rocket_attack harir_air_base 2023-03-06 impact", "drone_attack camp_taji 2023-03-08 unknown"])
        #expect(summarySet("""
            The week in Iraq

            Monday, March 6: Harir. Two rockets hit the air base.

            Wednesday, March 8: Taji. A drone targeted the camp.

            Friday, March 10: Baghdad. The government promised an inquiry.
            """, date: "2023-03") == ["rocket_attack harir_air_base 2023-03-06 impact", "drone_attack camp_taji 2023-03-08 unknown"])
    }

    @Test func septIsSeptemberBeforeADayNumber() {
        // 14 September 2020 is a Monday.
        #expect(summarySet("BAGHDAD, Sept 14 (Reuters) - Three rockets hit Harir air base late on Monday, officials said.", date: "2020-09")
            == ["rocket_attack harir_air_base 2020-09-14 impact"])
        let events = extract("Sept roquettes ont frappé la base d'Harir lundi.", date: "2020-09-16").events
        #expect(events.map(summary) == ["rocket_attack harir_air_base 2020-09-14 impact"])
        #expect(events.first?.weaponCount == 7)
    }

    @Test func dayMonthYearWithDashes() {
        #expect(summarySet("A security source said that rockets hit Camp Taji on the evening of 14-3-2023.", date: nil)
            == ["rocket_attack camp_taji 2023-03-14 impact"])
        #expect(summarySet("Des roquettes ont frappé le camp de Taji le 14-3-2023 au soir.", date: nil)
            == ["rocket_attack camp_taji 2023-03-14 impact"])
    }

    @Test func theDayOfSayingGivesWayToTheIncidentsDay() {
        // 5 July 2021 is a Monday.
        #expect(summarySet("Un responsable a déclaré, mardi, qu'un drone a frappé la base d'Harir dimanche soir.", date: "2021-07-06")
            == ["drone_attack harir_air_base 2021-07-04 impact"])
        #expect(summarySet("Officials said on Tuesday that a drone hit Harir air base on Sunday evening.", date: "2021-07-06")
            == ["drone_attack harir_air_base 2021-07-04 impact"])
        // Alone, it is the best day there is.
        #expect(summarySet("Officials said on Tuesday that a drone hit Harir air base.", date: "2021-07-06")
            == ["drone_attack harir_air_base 2021-07-06 impact"])
    }

    @Test func aDroneThatStruckAVehicleIsAnArmedDronesStrike() {
        #expect(summarySet("Lundi, un drone a bombardé un pick-up près de Sinjar, tuant deux combattants.")
            == ["airstrike sinjar 2021-07-05 unknown"])
        #expect(summarySet("On Monday, two drones struck a car near Sinjar, killing its driver.")
            == ["airstrike sinjar 2021-07-05 impact"])
        #expect(summarySet("Two drones target militia vehicles near Sinjar, killing a commander")
            == ["airstrike sinjar 2021-07-05 unknown"])
        // A kamikaze drone, a drone that hit a base, or a vehicle on a base, stays a drone attack.
        #expect(summarySet("Lundi, un drone kamikaze a percuté une voiture près de Sinjar.") == ["drone_attack sinjar 2021-07-05 impact"])
        #expect(summarySet("On Monday, a drone struck Harir air base.") == ["drone_attack harir_air_base 2021-07-05 impact"])
        #expect(summarySet("On Monday, a drone hit a truck parked inside Harir air base.") == ["drone_attack harir_air_base 2021-07-05 impact"])
        #expect(summarySet("Lundi, un drone a touché un véhicule garé sur la base d'Harir.") == ["drone_attack harir_air_base 2021-07-05 impact"])
    }

    @Test func precisionStrikesAreAirStrikes() {
        #expect(summarySet("On Monday, U.S. forces conducted precision strikes on two facilities near Al-Qaim.")
            == ["airstrike al_qaim 2021-07-05 unknown"])
        #expect(summarySet("Lundi, les forces américaines ont mené des frappes de précision contre deux sites près d'Al-Qaïm.")
            == ["airstrike al_qaim 2021-07-05 unknown"])
    }

    @Test func roundsThatCrashedDownHit() {
        #expect(summarySet("Le 3 juillet, six roquettes s'étaient abattues sur la base d'Ain al-Asad.")
            == ["rocket_attack al_asad_airbase 2021-07-03 impact"])
    }

    @Test func aSmugglersDroneIsNoAttack() {
        #expect(summarySet("Lundi, l'armée jordanienne a abattu un drone chargé de drogue près de la frontière syrienne.").isEmpty)
        #expect(summarySet("On Monday, the Jordanian army shot down a drone smuggling narcotics across the Syrian border.").isEmpty)
        // Rockets of militias that live off the drug trade are fired all the same.
        #expect(summarySet("On Monday, militias that smuggle drugs fired three rockets at Harir air base.")
            == ["rocket_attack harir_air_base 2021-07-05 unknown"])
        // A strike on smugglers is a strike.
        #expect(summarySet("On Monday, Jordanian warplanes struck drug smugglers near Sweida, killing four.")
            == ["airstrike suwayda 2021-07-05 impact"])
    }

    @Test func dronesSeenInTheSkyAreNoAttack() {
        #expect(summarySet("On Tuesday, explosions hit an arms depot near Balad air base; witnesses said drones were seen in the sky.").isEmpty)
        #expect(summarySet("Mardi, des explosions ont frappé un dépôt d'armes près de la base de Balad ; des drones ont été vus dans le ciel.").isEmpty)
        // Seen, then shot down: an attack.
        #expect(summarySet("On Monday, a drone was spotted near Harir air base and shot down.")
            == ["drone_attack harir_air_base 2021-07-05 intercepted"])
    }

    @Test func israelsMissilesAreAirStrikes() {
        #expect(summarySet("On Friday, Israel fired a barrage of missiles at Damascus airport.", date: "2022-06-10")
            == ["airstrike damascus_international_airport 2022-06-10 unknown"])
        #expect(summarySet("Vendredi, Israël a tiré des missiles sur l'aéroport de Damas.", date: "2022-06-10")
            == ["airstrike damascus_international_airport 2022-06-10 unknown"])
    }

    @Test func aircraftToldWithFlightsStrikeNothing() {
        #expect(summarySet("Lundi, la Turquie a interdit son espace aérien aux avions qui décollent de l'aéroport de Souleimaniye ou y atterrissent.").isEmpty)
        #expect(summarySet("On Monday, Turkey closed its airspace to aircraft flying from Sulaymaniyah airport; flights landed in Erbil instead.").isEmpty)
        // A state's aircraft that struck still strike.
        #expect(summarySet("Lundi, des avions turcs ont bombardé des positions près de Sinjar.") == ["airstrike sinjar 2021-07-05 unknown"])
    }

    @Test func aSubjectAcrossASemicolonStrikesNothing() {
        // One drone hit: the attack's outcome is an impact, with two interceptions.
        #expect(summarySet("Lundi, trois drones ont visé la base d'Harir. Deux ont été abattus par les forces de la coalition ; le troisième a touché un hangar.")
            == ["drone_attack harir_air_base 2021-07-05 impact"])
        #expect(summarySet("On Monday, three drones targeted Harir air base. Two were shot down by coalition forces; the third hit a hangar.")
            == ["drone_attack harir_air_base 2021-07-05 impact"])
    }

    @Test func aPlaceACompassPointCountsFromIsNoIncidentsPlace() {
        #expect(summarySet("Lundi, des obus de mortier sont tombés près de Tell Baydar, au nord de Hassaké.")
            == ["mortar_attack tell_baydar 2021-07-05 impact"])
        #expect(summarySet("On Monday, mortar rounds landed near Tell Baydar, north of Hasakah.")
            == ["mortar_attack tell_baydar 2021-07-05 impact"])
        // Beside a country only, the place counted from is the nearest there is.
        #expect(summarySet("On Monday, rockets landed on a farm north of Baghdad, in Iraq.")
            == ["rocket_attack baghdad 2021-07-05 impact"])
    }

    @Test func strikesThatAnswerAnAttackAreTheStrikesToldBefore() {
        #expect(summarySet("On July 3, U.S. jets struck two sites near Al-Qaim. \"These strikes are a response to the attack on Harir,\" a U.S. general said.")
            == ["airstrike al_qaim 2021-07-03 impact"])
    }

    @Test func aDroneStrikeOnABaseIsADroneAttack() {
        #expect(summarySet("On Monday, a drone strike on a base near Erbil wounded two U.S. soldiers.")
            == ["drone_attack erbil 2021-07-05 unknown"])
        #expect(summarySet("Lundi, une frappe de drone contre la base d'Harir a blessé deux soldats américains.")
            == ["drone_attack harir_air_base 2021-07-05 unknown"])
        // A state's drone strike stays its air strike.
        #expect(summarySet("On Monday, a U.S. drone strike in Baghdad killed two militia commanders.")
            == ["airstrike baghdad 2021-07-05 unknown"])
    }

    @Test func theDayAfterAnIncidentDatesItTheDayBefore() {
        // 5 July 2021 is a Monday.
        #expect(summarySet("Les milices ont enterré lundi leurs morts, au lendemain des frappes aériennes américaines près d'Al-Qaïm.")
            == ["airstrike al_qaim 2021-07-04 unknown"])
        #expect(summarySet("The militias buried their dead on Monday, the day after the U.S. airstrikes near Al-Qaim.")
            == ["airstrike al_qaim 2021-07-04 unknown"])
    }

    @Test func strikesThatAnswerTakeTheDayToldBefore() {
        #expect(summarySet("On July 3, rockets hit Ain al-Asad air base. The U.S. responded with strikes on two sites near Al-Qaim.")
            == ["rocket_attack al_asad_airbase 2021-07-03 impact", "strike al_qaim 2021-07-03 unknown"])
        #expect(summarySet("Le 3 juillet, des roquettes ont frappé la base d'Ain al-Asad. Washington a riposté par des frappes contre deux sites près d'Al-Qaïm.")
            == ["rocket_attack al_asad_airbase 2021-07-03 impact", "strike al_qaim 2021-07-03 unknown"])
    }
}
