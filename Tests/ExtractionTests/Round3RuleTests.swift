import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 3, each in French and English.
@Suite struct Round3RuleTests {
    @Test func aStatesArmedDroneThatFiredIsAnAirStrike() {
        // 5 July 2021 is a Monday.
        #expect(summaries("Un drone turc a bombardé lundi une voiture près de Sinjar, tuant deux combattants.")
            == ["airstrike sinjar 2021-07-05 unknown"])
        #expect(summaries("A Turkish drone bombed a car near Sinjar on Monday, killing two fighters.")
            == ["airstrike sinjar 2021-07-05 unknown"])
        #expect(summaries("An Israeli drone struck a truck outside Abu Kamal on Monday.")
            == ["airstrike abu_kamal 2021-07-05 impact"])
    }

    @Test func aStatesDroneShotDownOrAnIranianOneIsADroneAttack() {
        #expect(summaries("Lundi, un drone turc a été abattu près de Sinjar.") == ["drone_attack sinjar 2021-07-05 intercepted"])
        #expect(summaries("On Monday, Iranian drones struck Kurdish party offices near Koya.")
            == ["drone_attack koya 2021-07-05 impact"])
    }

    @Test func theNextEveningCountsFromTheDayToldBefore() {
        #expect(summaries("Le 3 juillet, des roquettes ont frappé la base d'Ain al-Asad. Le lendemain soir, un drone a visé le camp de Taji.")
            == ["rocket_attack al_asad_airbase 2021-07-03 impact", "drone_attack camp_taji 2021-07-04 unknown"])
        #expect(summaries("On July 3, rockets hit Ain al-Asad air base. The following evening, a drone targeted Camp Taji.")
            == ["rocket_attack al_asad_airbase 2021-07-03 impact", "drone_attack camp_taji 2021-07-04 unknown"])
    }

    @Test func thatSameEveningIsTheDayToldBefore() {
        #expect(Set(summaries("Le 3 juillet, des roquettes ont frappé la base d'Ain al-Asad. Dans la même soirée, un drone a visé le camp de Taji."))
            == ["rocket_attack al_asad_airbase 2021-07-03 impact", "drone_attack camp_taji 2021-07-03 unknown"])
        #expect(Set(summaries("On July 3, rockets hit Ain al-Asad air base. That same night, a drone targeted Camp Taji."))
            == ["rocket_attack al_asad_airbase 2021-07-03 impact", "drone_attack camp_taji 2021-07-03 unknown"])
    }

    @Test func atTheSameTimeIsTheDayToldBefore() {
        #expect(Set(summaries("Le 3 juillet, des roquettes ont frappé la base d'Ain al-Asad. Au même moment, un drone a visé le camp de Taji."))
            == ["rocket_attack al_asad_airbase 2021-07-03 impact", "drone_attack camp_taji 2021-07-03 unknown"])
        #expect(Set(summaries("On July 3, rockets hit Ain al-Asad air base. At about the same time, a drone targeted Camp Taji."))
            == ["rocket_attack al_asad_airbase 2021-07-03 impact", "drone_attack camp_taji 2021-07-03 unknown"])
    }

    @Test func unmannedAerialSystemsAreDrones() {
        #expect(summaries("Lundi, deux systèmes aériens sans pilote ont visé le camp de Taji.") == ["drone_attack camp_taji 2021-07-05 unknown"])
        #expect(summaries("On Monday, two unmanned aerial systems targeted Camp Taji.") == ["drone_attack camp_taji 2021-07-05 unknown"])
    }

    @Test func placesJoinedThroughSettlementNounsAreOneIncidentEach() {
        #expect(Set(summaries("Lundi, des frappes aériennes ont visé la ville de Mayadine et le désert autour d'Abu Kamal."))
            == ["airstrike mayadin 2021-07-05 unknown", "airstrike abu_kamal 2021-07-05 unknown"])
        #expect(Set(summaries("On Monday, air strikes targeted the town of Mayadin and the desert area outside Abu Kamal."))
            == ["airstrike mayadin 2021-07-05 unknown", "airstrike abu_kamal 2021-07-05 unknown"])
    }

    @Test func aDayInsideACoarserSpanSaysWhichDayItWas() {
        // 15 July 2021 is a Thursday: "last week" is 5–11 July.
        #expect(summaries("Le raid israélien de la semaine dernière près de Palmyre a tué deux soldats dans la nuit du 7 juillet.", date: "2021-07-15")
            == ["airstrike palmyra 2021-07-07 unknown"])
        #expect(summaries("The Israeli air strike last week near Palmyra killed two soldiers on the night of July 7.", date: "2021-07-15")
            == ["airstrike palmyra 2021-07-07 unknown"])
    }

    @Test func theseStatesRaidsAreAirStrikes() {
        #expect(summaries("Lundi, un raid turc a visé un véhicule près de Sinjar.") == ["airstrike sinjar 2021-07-05 unknown"])
        #expect(summaries("On Monday, a Turkish raid targeted a vehicle near Sinjar.") == ["airstrike sinjar 2021-07-05 unknown"])
    }

    @Test func aCountryNamedAsTheAgentIsNotThePlace() {
        // Jordan's strikes are air strikes (round 11), as devset3's gold types them.
        let french = extract("Lundi, une frappe attribuée à la Jordanie a tué dix personnes. Le village se trouve près de Salkhad.").events
        #expect(french.map(summary) == ["airstrike geonames:SY:salkhad 2021-07-05 unknown"])
        #expect(french.first?.actor == "Jordan")
        let english = extract("On Monday, a strike blamed on Jordan killed ten people. The village lies near Salkhad.").events
        #expect(english.map(summary) == ["airstrike geonames:SY:salkhad 2021-07-05 unknown"])
        #expect(english.first?.actor == "Jordan")
    }

    @Test func aircraftThatBombedAreAnAirStrike() {
        #expect(summaries("Lundi, des avions ont bombardé un dépôt de munitions près d'Abu Kamal.") == ["airstrike abu_kamal 2021-07-05 unknown"])
        #expect(summaries("On Monday, aircraft bombed an ammunition depot near Abu Kamal.") == ["airstrike abu_kamal 2021-07-05 unknown"])
        #expect(summaries("Lundi, l'avion du ministre a atterri à Erbil.").isEmpty)
    }

    /// French writes "mardi 14 mars", which was already read; this is the English order.
    @Test func aWeekdayWithItsAmericanDateFixesTheDayOfAMonthDatedArticle() {
        // 14 March 2023 is a Tuesday: "late Monday" is the 13th.
        #expect(summaries("A drone hit Camp Taji late Monday, officials said on Tuesday, March 14.", date: "2023-03")
            == ["drone_attack camp_taji 2023-03-13 impact"])
        #expect(summaries("Drones targeted Camp Taji on Monday night, the ministry said Wednesday, Mar. 15.", date: "2023-03")
            == ["drone_attack camp_taji 2023-03-13 unknown"])
    }

    @Test func aDateHeadingDatesTheBulletsUnderIt() {
        let english = "Our weekly round-up.\n\nTuesday, Mar. 14\n- Camp Taji: a drone was shot down above the base.\n\n"
            + "Thursday, Mar. 16\n- Ain al-Asad: rockets hit the base.\n\nWhat else happened\n- Rockets hit Camp Taji."
        #expect(Set(summaries(english, date: "2023-03-18")) == ["drone_attack camp_taji 2023-03-14 intercepted",
                                                              "rocket_attack al_asad_airbase 2023-03-16 impact",
                                                              "rocket_attack camp_taji 2023-03-18 impact"])
        let french = "Notre revue de la semaine.\n\nMardi 14 mars\n- Camp Taji : un drone a été abattu au-dessus de la base.\n\n"
            + "Jeudi 16 mars\n- Ain al-Asad : des roquettes ont frappé la base.\n\nPar ailleurs\n- Des roquettes ont frappé le camp de Taji."
        #expect(Set(summaries(french, date: "2023-03-18")) == ["drone_attack camp_taji 2023-03-14 intercepted",
                                                             "rocket_attack al_asad_airbase 2023-03-16 impact",
                                                             "rocket_attack camp_taji 2023-03-18 impact"])
    }

    @Test func weaponsJoinedByAndStruckTheSamePlace() {
        #expect(Set(summaries("Lundi, l'Iran a frappé avec des missiles balistiques et des drones kamikazes des bureaux de partis kurdes à Koya."))
            == ["missile_attack koya 2021-07-05 impact", "drone_attack koya 2021-07-05 impact"])
        #expect(Set(summaries("On Monday, ballistic missiles and one-way attack drones struck Kurdish party offices in Koya."))
            == ["missile_attack koya 2021-07-05 impact", "drone_attack koya 2021-07-05 impact"])
    }

    @Test func aYearBehindAnAppositionTellsOfThePlace() {
        #expect(summaries("Lundi, des roquettes ont frappé Kobané (Aïn al-Arab), ville devenue en 2015 le symbole de la guerre.")
            == ["rocket_attack kobani 2021-07-05 impact"])
        #expect(summaries("On Monday, rockets hit Kobani (Ain al-Arab), a town that became a symbol of the war in 2015.")
            == ["rocket_attack kobani 2021-07-05 impact"])
    }

    @Test func theStrikesAfterASeriesOfAirStrikesAreAirStrikes() {
        let french = summaries("L'aviation turque a mené dans la nuit de samedi à dimanche une série de frappes aériennes contre "
            + "des positions kurdes en Syrie et en Irak.\n\nSelon une ONG, au moins 31 personnes ont été tuées.\n\n"
            + "Les premières frappes ont visé vers 23h45 les environs de Kobané.", date: "2022-11-20")
        #expect(french.contains { $0.hasPrefix("airstrike kobani 2022-11-") }, "\(french)")
        let english = summaries("Turkish warplanes carried out a series of air strikes on Kurdish positions in Syria and Iraq "
            + "overnight Saturday to Sunday.\n\nA monitor said at least 31 people were killed.\n\n"
            + "The first strikes targeted the outskirts of Kobani at around 11:45 p.m.", date: "2022-11-20")
        #expect(english.contains("airstrike kobani 2022-11-20 unknown"), "\(english)")
    }

    @Test func theWeaponToldOfBeforeKeepsItsDay() {
        #expect(Set(summaries("Le 3 juillet, un drone a visé la base d'Ain al-Asad.\n\nLe drone a été abattu au-dessus du camp de Taji."))
            == ["drone_attack al_asad_airbase 2021-07-03 unknown", "drone_attack camp_taji 2021-07-03 intercepted"])
        #expect(Set(summaries("On July 3, a drone targeted Ain al-Asad air base.\n\nThe drone was shot down above Camp Taji."))
            == ["drone_attack al_asad_airbase 2021-07-03 unknown", "drone_attack camp_taji 2021-07-03 intercepted"])
    }

    @Test func aVowDoesNotUndoAnIncidentDatedBeforeTheArticle() {
        #expect(summaries("Les milices ont promis de venger leur chef, tué par une frappe aérienne américaine près de Falloujah le 3 mars 2020.")
            == ["airstrike fallujah 2020-03-03 unknown"])
        #expect(summaries("The militias vowed to avenge their commander, killed by a US air strike near Fallujah on March 3, 2020.")
            == ["airstrike fallujah 2020-03-03 unknown"])
        #expect(summaries("Les milices ont menacé de frapper la base d'Ain al-Asad avec des roquettes.").isEmpty)
    }

    @Test func aRegionBetweenTwoSitesStillLetsThemBeListed() {
        #expect(Set(summaries("Lundi, des missiles ont frappé Ain al-Asad dans l'ouest de l'Irak et une base près d'Erbil."))
            == ["missile_attack al_asad_airbase 2021-07-05 impact", "missile_attack erbil 2021-07-05 impact"])
        #expect(Set(summaries("On Monday, missiles hit Ain al-Asad in western Iraq and a base near Erbil in the north."))
            == ["missile_attack al_asad_airbase 2021-07-05 impact", "missile_attack erbil 2021-07-05 impact"])
    }

    @Test func theSiteTheWeaponTargetedIsItsPlace() {
        #expect(summaries("C'est la première attaque contre Harir depuis un an ; elle survient après que deux drones ont visé lundi la base d'Ain al-Asad.")
            == ["drone_attack al_asad_airbase 2021-07-05 unknown"])
        #expect(summaries("The attack is the first on Harir in a year, and came hours after two drones targeted Ain al-Asad airbase on Monday.")
            == ["drone_attack al_asad_airbase 2021-07-05 unknown"])
    }

    @Test func theClaimOfTheStrikeIsNotAnotherStrike() {
        #expect(summaries("Lundi, des missiles iraniens ont frappé Erbil.\n\nLes Gardiens de la révolution ont revendiqué la frappe contre un « centre d'espionnage ».")
            == ["missile_attack erbil 2021-07-05 impact"])
        #expect(summaries("On Monday, Iranian missiles hit Erbil.\n\nThe Revolutionary Guards claimed the strike on what they called a spy centre.")
            == ["missile_attack erbil 2021-07-05 impact"])
    }

    @Test func aFigureBeforeStrikesIsATally() {
        #expect(summaries("Selon un décompte, la région de Sinjar a subi plus de 200 frappes turques depuis 2020.").isEmpty)
        #expect(summaries("By one count, the Sinjar region has suffered more than 200 Turkish strikes since 2020.").isEmpty)
    }

    @Test func aSignatureWithoutItsOwnDashDoesNotTakeTheOneBefore() {
        // The second signature has no dash of its own: the first's dash is not its.
        let text = "Updates\n\nRockets hit Ain al-Asad air base. — CJTF (@CJTFOIR, Jul 3, 2021) A drone hit Camp Taji (@SecMedia, Jul 4, 2021)"
        #expect(Set(summaries(text, date: "2021-07-05")) == ["rocket_attack al_asad_airbase 2021-07-03 impact", "drone_attack camp_taji 2021-07-05 impact"])
    }

    @Test func aTweetDatedInsideItsBracketsSpeaksFromThatDay() {
        #expect(summaries("Mise à jour\n\n> « Aujourd'hui, des roquettes ont frappé la base d'Ain al-Asad. » (@CJTFOIR, 3 juillet 2021)", date: "2021-07-05")
            == ["rocket_attack al_asad_airbase 2021-07-03 impact"])
        #expect(summaries("Updates\n\n> \"Today, rockets hit Ain al-Asad air base.\" (@CJTFOIR, Jul 3, 2021)", date: "2021-07-05")
            == ["rocket_attack al_asad_airbase 2021-07-03 impact"])
    }

    @Test func aDroneThatFiredMissilesIsAStrike() {
        #expect(summaries("Lundi, le drone a tiré deux missiles sur un véhicule près de Sinjar.") == ["airstrike sinjar 2021-07-05 unknown"])
        #expect(summaries("On Monday, the drone fired two missiles at a vehicle near Sinjar.") == ["airstrike sinjar 2021-07-05 unknown"])
        #expect(summaries("On Monday, a drone and two missiles hit a base near Sinjar.").contains("drone_attack sinjar 2021-07-05 impact"))
    }

    @Test func aDateBeforeWhenDatesWhatWhenTells() {
        #expect(summaries("Le camp de Taji a été visé l'an dernier par plusieurs attaques à la roquette, la plus récente début mai 2021, "
            + "lorsqu'une roquette est tombée dans la base.", date: "2022-01") == ["rocket_attack camp_taji 2021-05-01 impact"])
        #expect(summaries("Camp Taji was targeted last year by several rocket attacks, the most recent of them in early May 2021, "
            + "when a rocket fell inside the base.", date: "2022-01") == ["rocket_attack camp_taji 2021-05-01 impact"])
    }

    @Test func debrisOfAWeaponFollowsUpTheIncidentJustTold() {
        let french = extract("Lundi, un drone a été abattu au-dessus de la base d'Ain al-Asad. Un soldat a été blessé au camp de Taji par les débris d'un drone.").events
        #expect(french.map(summary) == ["drone_attack al_asad_airbase 2021-07-05 intercepted"])
        #expect(french.first?.injuries == 1)
        let english = extract("On Monday, a drone was shot down over Ain al-Asad air base. One soldier was wounded at Camp Taji by debris from a drone.").events
        #expect(english.map(summary) == ["drone_attack al_asad_airbase 2021-07-05 intercepted"])
        #expect(english.first?.injuries == 1)
    }

    @Test func aCountryNamedAsTheAgentIsNoPlaceOfItsParagraph() {
        #expect(Set(summaries("Lundi, une frappe aérienne a tué dix personnes près de Salkhad.\n\nEn mai 2021, une frappe attribuée à la Jordanie avait tué huit personnes.")) == ["airstrike geonames:SY:salkhad 2021-07-05 unknown", "airstrike geonames:SY:salkhad 2021-05-01 unknown"])
        #expect(Set(summaries("On Monday, an air strike killed ten people near Salkhad.\n\nIn May 2021, a strike blamed on Jordan had killed eight people.")) == ["airstrike geonames:SY:salkhad 2021-07-05 unknown", "airstrike geonames:SY:salkhad 2021-05-01 unknown"])
    }

    @Test func thePlaceADistanceIsCountedFromIsNotTheIncidents() {
        #expect(summaries("Lundi, des roquettes ont frappé la base de Harir, à 70 kilomètres au nord-est d'Erbil.")
            == ["rocket_attack harir_air_base 2021-07-05 impact"])
        #expect(summaries("On Monday, rockets hit a base in Erbil province, some 70 kilometers northeast of Erbil.")
            == ["rocket_attack erbil_governorate 2021-07-05 impact"])
    }
}
