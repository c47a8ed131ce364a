import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 7, in French and in English.
@Suite struct Round7RuleTests {
    @Test func aWeeklyRoundUpDatesItsWeekdaysInsideItsSpan() {
        // 2 to 8 March 2022 runs from a Wednesday to a Tuesday.
        #expect(summarySet("""
            NORTHERN IRAQ DIGEST | Mar 2-8, 2022

            - Harir: On Thursday, a drone hit Harir air base.
            - Sinjar: On Monday evening, three rockets landed near Sinjar.
            """, date: nil) == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
        #expect(summarySet("""
            LETTRE SÉCURITÉ IRAK | 2-8 mars 2022

            - Harir : jeudi, un drone a frappé la base aérienne d'Harir.
            - Sinjar : lundi soir, trois roquettes sont tombées près de Sinjar.
            """, date: nil) == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
    }

    @Test func aDayAndMonthAfterTodayTakeTheYearOfTheHeader() {
        #expect(summarySet("A security source said that two rockets hit Balad air base at noon today, 14/7.", date: "2021-07")
            == ["rocket_attack balad_air_base 2021-07-14 impact"])
        #expect(summarySet("Une source sécuritaire a indiqué que deux roquettes ont frappé la base aérienne de Balad à midi aujourd'hui 14/7.", date: "2021-07")
            == ["rocket_attack balad_air_base 2021-07-14 impact"])
    }
}

extension Round7RuleTests {
    @Test func anAirForcesMissilesAreItsAirStrike() {
        #expect(summarySet("Lundi, l'ennemi israélien a mené une agression aérienne avec des missiles contre des positions près de Palmyre.")
            == ["airstrike palmyra 2021-07-05 unknown"])
        #expect(summarySet("On Monday, the Israeli enemy carried out an aerial aggression with a barrage of missiles on sites near Palmyra.")
            == ["airstrike palmyra 2021-07-05 unknown"])
        #expect(summarySet("Lundi, l'armée israélienne a visé un dépôt près de Palmyre avec des missiles.")
            == ["airstrike palmyra 2021-07-05 unknown"])
        #expect(summarySet("On Monday, Israel targeted a depot near Palmyra with missiles.")
            == ["airstrike palmyra 2021-07-05 unknown"])
        // "the aggression's missiles" are the raid's, which state media tell apart from its damage.
        #expect(summarySet("Lundi, l'ennemi israélien a mené une agression aérienne contre des positions près de Palmyre. La défense aérienne a fait face aux missiles de l'agression.")
            == ["airstrike palmyra 2021-07-05 unknown"])
        #expect(summarySet("On Monday, the Israeli enemy carried out an aerial aggression on sites near Palmyra. Air defences confronted the aggression missiles.")
            == ["airstrike palmyra 2021-07-05 unknown"])
        // A militia's missiles stay its missile attack, and so do missiles fired at a force.
        #expect(summarySet("Lundi, des positions israéliennes près de Palmyre ont été visées par des missiles.")
            == ["missile_attack palmyra 2021-07-05 unknown"])
        #expect(summarySet("On Monday, Iran targeted a base near Erbil with missiles.")
            == ["missile_attack erbil 2021-07-05 unknown"])
    }
}

extension Round7RuleTests {
    @Test func aTownNamedLikeAVerbIsNoResult() {
        // The town of Hit labels the item and ends its sentence: the police seized rockets that were never fired.
        #expect(summarySet("""
            - Harir: On Monday, two rockets hit Harir air base.
            - Hit: On Monday, police seized a launcher loaded with three rockets outside Hit.
            """) == ["rocket_attack harir_air_base 2021-07-05 impact"])
        #expect(summarySet("""
            - Harir : lundi, deux roquettes ont frappé la base aérienne d'Harir.
            - Hit : lundi, la police a saisi un lanceur chargé de trois roquettes près de Hit.
            """) == ["rocket_attack harir_air_base 2021-07-05 impact"])
    }
}

extension Round7RuleTests {
    @Test func theProjectilesAreTheWeaponsToldBefore() {
        #expect(summarySet("""
            On Monday, four rockets hit Balad air base.

            The projectiles were launched around 9 p.m. from a farm south of the base, officials said.
            """) == ["rocket_attack balad_air_base 2021-07-05 impact"])
        #expect(summarySet("""
            Lundi, quatre roquettes ont frappé la base aérienne de Balad.

            Selon des responsables, les projectiles ont été tirés vers 21h00 depuis une ferme au sud de la base.
            """) == ["rocket_attack balad_air_base 2021-07-05 impact"])
        // Projectiles told with a result of their own are an attack.
        #expect(summarySet("On Monday, projectiles hit Balad air base.") == ["missile_attack balad_air_base 2021-07-05 impact"])
    }
}

extension Round7RuleTests {
    func documents(_ texts: [String], date: String = "2021-07-05") -> [Event] {
        extractor.extract(texts.enumerated().map { Document(id: "doc\($0.offset).txt", text: $0.element, headerDate: date) }).events
    }

    @Test func aStrikeAnotherDocumentTellsAsAnAirStrikeIsThatAirStrike() {
        for texts in [["On Monday, U.S. forces struck a militia depot near Al-Qaim.", "On Monday, U.S. F-15 jets bombed a militia depot near Al-Qaim."],
                      ["Lundi, les forces américaines ont frappé un dépôt de milice près d'Al-Qaïm.", "Lundi, des avions F-15 américains ont bombardé un dépôt de milice près d'Al-Qaïm."]] {
            let events = documents(texts)
            #expect(events.map(summary) == ["airstrike al_qaim 2021-07-05 impact"])
            #expect(Set(events.first?.sources.map(\.document) ?? []) == ["doc0.txt", "doc1.txt"])
        }
    }

    @Test func anIncidentWithoutAPlaceStaysApartFromAnotherDocuments() {
        for texts in [["On Monday, a drone attacked Harir air base.", "Tension is rising in Iraq. Officials said a drone attacked a base on Monday."],
                      ["Lundi, un drone a attaqué la base aérienne d'Harir.", "La tension monte en Irak. Des responsables ont indiqué qu'un drone a attaqué une base lundi."]] {
            let events = documents(texts)
            #expect(Set(events.map(summary)) == ["drone_attack harir_air_base 2021-07-05 unknown", "drone_attack iraq 2021-07-05 unknown"])
            #expect(events.allSatisfy { $0.sources.count == 1 })
        }
    }
}

extension Round7RuleTests {
    @Test func theDayOfADateIsNoTally() {
        #expect(summarySet("""
            On June 12, U.S. forces conducted precision strikes against a depot near Mayadin.

            These strikes follow the May 26 strikes on two facilities near Al-Qaim.
            """, date: "2021-06") == ["airstrike al_qaim 2021-05-26 unknown", "airstrike mayadin 2021-06-12 unknown"])
        #expect(summarySet("""
            Le 12 juin, les forces américaines ont mené des frappes de précision contre un dépôt près de Mayadine.

            Ces frappes font suite aux frappes du 26 mai contre deux installations près d'Al-Qaïm.
            """, date: "2021-06") == ["airstrike al_qaim 2021-05-26 unknown", "airstrike mayadin 2021-06-12 unknown"])
        // A figure before the strikes is a tally.
        #expect(summarySet("There have been 27 strikes near Al-Qaim since June.", date: "2021-07") == [])
    }
}

extension Round7RuleTests {
    @Test func weaponsThatStruckAreNoStateStrike() {
        // The Americans killed name the state of the victims, not the force that struck: the only state strike is the
        // bombing of the first paragraph.
        #expect(summarySet("""
            Le 20 juin, des avions américains avaient bombardé un dépôt près d'Al-Qaïm.

            L'été avait été marqué par les tirs contre la base de Balad : le 1er juillet, des roquettes y avaient tué deux Américains ; le 3 juillet, une vingtaine de projectiles avaient encore frappé la base, blessant un soldat.
            """).filter { $0.hasPrefix("airstrike") || $0.hasPrefix("strike") } == ["airstrike al_qaim 2021-06-20 unknown"])
        #expect(summarySet("""
            On June 20, U.S. jets had bombed a depot near Al-Qaim.

            The summer saw fire on Balad air base: on July 1, rockets killed two Americans there; on July 3, some twenty projectiles struck the base again, wounding a soldier.
            """).filter { $0.hasPrefix("airstrike") || $0.hasPrefix("strike") } == ["airstrike al_qaim 2021-06-20 unknown"])
    }
}

extension Round7RuleTests {
    @Test func aHeadlineAndASecondDroneAreTheBodysIncident() {
        #expect(summarySet("""
            Drone attack targets Balad air base, security source

            A security source said that an explosive-laden drone attacked Balad air base at dawn today, 14/7. The source added that a second drone fell in a field near the base without exploding.
            """, date: "2021-07") == ["drone_attack balad_air_base 2021-07-14 impact"])
        #expect(summarySet("""
            Une attaque de drone vise la base aérienne de Balad, selon une source sécuritaire

            Une source sécuritaire a indiqué qu'un drone chargé d'explosifs a attaqué la base aérienne de Balad à l'aube aujourd'hui 14/7. La source a ajouté qu'un second drone est tombé dans un champ près de la base sans exploser.
            """, date: "2021-07") == ["drone_attack balad_air_base 2021-07-14 impact"])
    }
}

extension Round7RuleTests {
    @Test func northEasternJordanIsTheBorderDesert() {
        #expect(summarySet("On Monday, a drone struck an outpost in northeastern Jordan near the Syrian border.")
            == ["drone_attack northeastern_jordan 2021-07-05 impact"])
        #expect(summarySet("Lundi, un drone a frappé un avant-poste du nord-est de la Jordanie, près de la frontière syrienne.")
            == ["drone_attack northeastern_jordan 2021-07-05 impact"])
    }
}

extension Round7RuleTests {
    @Test func aDateAfterAfterDatesWhatItNames() {
        #expect(summarySet("After the attack on a police station in Ankara on June 28, Turkish drones struck a farm near Sinjar on July 2.")
            == ["airstrike sinjar 2021-07-02 impact"])
        #expect(summarySet("Après l'attentat contre un commissariat d'Ankara le 28 juin, des drones turcs ont frappé une ferme près de Sinjar le 2 juillet.")
            == ["airstrike sinjar 2021-07-02 impact"])
    }
}

extension Round7RuleTests {
    @Test func theTownADistanceIsCountedFromIsNotTheIncidentsPlace() {
        #expect(summarySet("""
            On Monday, two rockets hit Sinjar.

            The rockets struck a market about forty kilometers west of Tal Afar.
            """) == ["rocket_attack sinjar 2021-07-05 impact"])
        #expect(summarySet("""
            Lundi, deux roquettes ont frappé Sinjar.

            Les roquettes ont touché un marché à une quarantaine de kilomètres à l'ouest de Tal Afar.
            """) == ["rocket_attack sinjar 2021-07-05 impact"])
        // "near" names the incident's place, whatever distance the sentence gives.
        #expect(summarySet("On Monday, a drone came within half a kilometer of the troops near Tal Afar and hit a truck.")
            == ["drone_attack tal_afar 2021-07-05 impact"])
    }
}

extension Round7RuleTests {
    @Test func aRoundUpSpanNeedsNoYearUnderAMonthHeader() {
        #expect(summarySet("""
            NORTHERN IRAQ DIGEST | Mar 2-8

            Thursday: a drone hit Harir air base.

            Monday: three rockets landed near Sinjar.
            """, date: "2022-03") == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
        #expect(summarySet("""
            LETTRE SÉCURITÉ IRAK | Mar 2-8

            Jeudi : un drone a frappé la base aérienne d'Harir.

            Lundi : trois roquettes sont tombées près de Sinjar.
            """, date: "2022-03") == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
    }
}

extension Round7RuleTests {
    @Test func aRoundUpSpanInFrenchOrder() {
        for title in ["LETTRE SÉCURITÉ IRAK | 2-8 mars", "LETTRE SÉCURITÉ IRAK, du 2 au 8 mars"] {
            #expect(summarySet("""
                \(title)

                Jeudi : un drone a frappé la base aérienne d'Harir.

                Lundi : trois roquettes sont tombées près de Sinjar.
                """, date: "2022-03") == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
        }
        // A night from one day to the next is the day it ends on.
        #expect(summarySet("Dans la nuit du 3 au 4 mars 2022, deux roquettes ont frappé la base aérienne d'Harir.", date: "2022-03")
            == ["rocket_attack harir_air_base 2022-03-04 impact"])
    }
}

extension Round7RuleTests {
    @Test func aHeadlineOnAStatesDroneStrikeMakesTheBodysDroneItsStrike() {
        #expect(summarySet("""
            Irak : deux morts dans une frappe de drone turc près de Sinjar

            Lundi, le drone a visé un bâtiment à l'entrée du camp de Sinjar, selon des responsables locaux.
            """) == ["airstrike sinjar 2021-07-05 unknown"])
        // A U.S. drone strike headline leaves the militias' drones their own.
        #expect(summarySet("""
            Irak : une frappe de drone américaine tue un commandant à Bagdad

            Lundi, un drone a visé la base aérienne d'Harir.
            """) == ["airstrike baghdad 2021-07-05 unknown", "drone_attack harir_air_base 2021-07-05 unknown"])
    }
}

extension Round7RuleTests {
    @Test func aRoundUpSpanWithItsWordForTo() {
        #expect(summarySet("""
            IRAQ SECURITY BRIEF, Mar 2 to 8, 2022

            Thursday: a drone hit Harir air base.

            Monday: three rockets landed near Sinjar.
            """, date: nil) == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
        #expect(summarySet("""
            NOTE SÉCURITÉ IRAK, du 2 au 8 mars 2022

            Jeudi : un drone a frappé la base aérienne d'Harir.

            Lundi : trois roquettes sont tombées près de Sinjar.
            """, date: nil) == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
    }
}
