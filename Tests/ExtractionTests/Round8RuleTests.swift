import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 8, in French and in English.
@Suite struct Round8RuleTests {
    @Test func aRoundUpFromOneWeekdayToAnotherDatesItsWeekdaysInsideTheSpan() {
        // 3 to 9 March 2022 runs from a Thursday to a Wednesday; the Thursday is the span's first day, not the day after it.
        #expect(summarySet("""
            This digest covers the incidents reported from Thursday, Mar. 3, to Wednesday, Mar. 9.

            THURSDAY – HARIR. A drone hit Harir air base before dawn on Thursday.

            MONDAY – SINJAR. Three rockets landed near Sinjar.
            """, date: "2022-03") == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
        #expect(summarySet("""
            Ce bulletin couvre les incidents signalés du jeudi 3 mars au mercredi 9 mars.

            JEUDI – HARIR. Un drone a frappé la base aérienne d'Harir avant l'aube jeudi.

            LUNDI – SINJAR. Trois roquettes sont tombées près de Sinjar.
            """, date: "2022-03") == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
    }
}

extension Round8RuleTests {
    @Test func strikesThatRemainPossibleOrCannotBeRuledOutAreNoEvent() {
        #expect(summarySet("A fresh round of strikes on Sinjar remains possible, analysts say, although none has happened yet.").isEmpty)
        #expect(summarySet("Une nouvelle série de frappes sur Sinjar reste possible, selon des analystes, mais aucune n'a encore eu lieu.").isEmpty)
        #expect(summarySet("Officials said on Monday that more strikes on rocket teams near Kirkuk cannot be ruled out.").isEmpty)
        #expect(summarySet("Lundi, des responsables ont dit que d'autres frappes contre des lanceurs près de Kirkouk ne peuvent être exclues.").isEmpty)
        // Rockets told as fired stay an event.
        #expect(summarySet("On Monday, three rockets landed near Kirkuk, officials said.") == ["rocket_attack kirkuk 2021-07-05 impact"])
    }

    @Test func aTallyOfHundredsOfStrikesIsNoIncident() {
        #expect(summarySet("Turkey has conducted hundreds of strikes in northern Iraq since the start of its operation in 2019.").isEmpty)
        #expect(summarySet("La Turquie a mené des centaines de frappes dans le nord de l'Irak depuis le début de son opération en 2019.").isEmpty)
    }
}

extension Round8RuleTests {
    @Test func aStatesDroneNamedByItsModelIsItsAirStrike() {
        #expect(summarySet("On Monday, a U.S. MQ-9 Reaper drone struck a militia site near Al-Qaim, killing two militants.")
            == ["airstrike al_qaim 2021-07-05 impact"])
        #expect(summarySet("Lundi, un drone MQ-9 Reaper américain a frappé un site de miliciens près d'Al-Qaïm, tuant deux miliciens.")
            == ["airstrike al_qaim 2021-07-05 impact"])
        #expect(summarySet("On Monday, a Turkish Bayraktar drone hit a house near Sinjar.") == ["airstrike sinjar 2021-07-05 impact"])
    }
}

extension Round8RuleTests {
    @Test func aDronesVictimsNamedAsEnemiesByAStateAreItsAirStrike() {
        #expect(summarySet("Lundi, un drone a tué trois hommes présentés par Ankara comme des membres du PKK près de Sinjar.")
            == ["airstrike sinjar 2021-07-05 unknown"])
        #expect(summarySet("On Monday, a drone killed three men near Sinjar whom Ankara described as PKK members.")
            == ["airstrike sinjar 2021-07-05 unknown"])
        // Victims a militia names are no state's.
        #expect(summarySet("On Monday, a drone killed three men near Sinjar, the militia said.")
            == ["drone_attack sinjar 2021-07-05 unknown"])
    }

    @Test func theStatesDroneMultiplyingStrikesIsATally() {
        #expect(summarySet("Côté turc, les drones ont multiplié les frappes contre les villages autour de Sinjar.").isEmpty)
        #expect(summarySet("On the Turkish side, drones have stepped up their strikes on the villages around Sinjar.").isEmpty)
    }
}

extension Round8RuleTests {
    @Test func theAirportWithoutItsNameIsTheAirportTheArticleNamed() {
        let english = summarySet("""
            BEIRUT, March 5, 2022 (AFP) - Flights at Damascus International Airport were suspended on Saturday after Israeli missiles damaged its runway yesterday.

            An Israeli strike at about 2 a.m. on Friday hit the airport east of the city, state media said.

            Earlier this year, strikes on the T4 air base were also reported.
            """, date: nil)
        #expect(english.contains("airstrike damascus_international_airport 2022-03-04 impact"), "\(english)")
        #expect(!english.contains { $0.contains("tiyas_air_base 2022-03-04") }, "\(english)")
        let french = summarySet("""
            BEYROUTH, 5 mars 2022 (AFP) - Les vols à l'aéroport international de Damas étaient suspendus samedi après que des missiles israéliens ont endommagé sa piste hier.

            Une frappe israélienne vers 2 heures vendredi a touché l'aéroport à l'est de la ville, selon les médias d'État.

            Plus tôt cette année, des frappes contre la base aérienne T4 avaient aussi été signalées.
            """, date: nil)
        #expect(french.contains("airstrike damascus_international_airport 2022-03-04 impact"), "\(french)")
        #expect(!french.contains { $0.contains("tiyas_air_base 2022-03-04") }, "\(french)")
    }
}

extension Round8RuleTests {
    @Test func theSameGarrisonIsTheSiteToldBefore() {
        #expect(summarySet("""
            On Monday, two drones struck the al-Tanf garrison.

            In May, rockets had targeted the same garrison, which led to U.S. strikes in Deir ez-Zor province.
            """).contains("rocket_attack al_tanf 2021-05-01 unknown"))
        #expect(summarySet("""
            Lundi, deux drones ont frappé la garnison d'al-Tanf.

            En mai, des roquettes avaient ciblé la même garnison, ce qui avait conduit à des frappes américaines dans la province de Deir ez-Zor.
            """).contains("rocket_attack al_tanf 2021-05-01 unknown"))
    }
}

extension Round8RuleTests {
    @Test func strikesToldAfterAnActorsMissilesAreThoseMissiles() {
        #expect(summarySet("""
            On Monday, the Revolutionary Guards fired ballistic missiles at opposition groups in Iraqi Kurdistan.

            The strikes began at around 9:00 a.m. and targeted the headquarters of an Iranian Kurdish party near Koya, officials said.
            """) == ["missile_attack koya 2021-07-05 unknown"])
        #expect(summarySet("""
            Lundi, les Gardiens de la Révolution ont tiré des missiles balistiques contre des groupes d'opposition au Kurdistan irakien.

            Les frappes ont commencé vers 9h00 et ont visé le siège d'un parti kurde iranien près de Koya, selon des responsables.
            """) == ["missile_attack koya 2021-07-05 unknown"])
    }
}

extension Round8RuleTests {
    @Test func anUnplacedStrikeADayBesideTheStrikeToldIsThatStrike() {
        #expect(summarySet("""
            11:40 – U.S. aircraft struck weapons depots near Abu Kamal on Tuesday, the Pentagon said.

            10:15 – Welcome to our live coverage. Rockets hit the Green Zone last month.

            09:30 – The air strikes took place on the night of Monday to Tuesday, a spokesman said, and killed four fighters.
            """, date: "2021-07-06").filter { $0.contains("2021-07-0") } == ["airstrike abu_kamal 2021-07-06 impact"])
        #expect(summarySet("""
            11h40 – Des avions américains ont frappé mardi des dépôts d'armes près d'Abou Kamal, selon le Pentagone.

            10h15 – Bienvenue dans ce direct. Des roquettes ont frappé la Zone verte le mois dernier.

            09h30 – Les frappes aériennes ont eu lieu dans la nuit de lundi à mardi, selon un porte-parole, et ont tué quatre combattants.
            """, date: "2021-07-06").filter { $0.contains("2021-07-0") } == ["airstrike abu_kamal 2021-07-06 impact"])
    }
}

extension Round8RuleTests {
    @Test func aStrikeInAProvinceOfACountryIsNotAtASiteElsewhereInThatCountry() {
        #expect(summarySet("On May 3, drones targeted al-Tanf, and on May 9 U.S. aircraft struck depots in Syria's Deir ez-Zor province.")
            == ["drone_attack al_tanf 2021-05-03 unknown", "airstrike deir_ez_zor_governorate 2021-05-09 impact"])
        #expect(summarySet("Le 3 mai, des drones ont visé al-Tanf, et le 9 mai des avions américains ont frappé des dépôts dans la province de Deir ez-Zor, en Syrie.")
            == ["drone_attack al_tanf 2021-05-03 unknown", "airstrike deir_ez_zor_governorate 2021-05-09 impact"])
    }
}

extension Round8RuleTests {
    @Test func theAttackANewsStrikeAnswersIsRecalled() {
        let english = extract("""
            On Wednesday, U.S. aircraft struck militia depots near Al-Qaim.

            These strikes respond to the drone attack that wounded three soldiers last Sunday at Ain al-Asad air base.
            """, date: "2021-07-08").events
        #expect(english.map(summary).sorted() == ["airstrike al_qaim 2021-07-07 impact", "drone_attack al_asad_airbase 2021-07-04 unknown"])
        #expect(english.first { $0.eventType == .droneAttack }?.context == .background)
        let french = extract("""
            Mercredi, des avions américains ont frappé des dépôts de milices près d'Al-Qaïm.

            Ces frappes répondent à l'attaque de drone qui a blessé trois soldats dimanche dernier à la base aérienne d'Ain al-Asad.
            """, date: "2021-07-08").events
        #expect(french.map(summary).sorted() == ["airstrike al_qaim 2021-07-07 impact", "drone_attack al_asad_airbase 2021-07-04 unknown"])
        #expect(french.first { $0.eventType == .droneAttack }?.context == .background)
    }
}

extension Round8RuleTests {
    @Test func missilesAndDronesJoinedByAndAreTwoMeans() {
        #expect(summarySet("On Monday, the Revolutionary Guards fired missiles and drones at a camp near Koya.")
            == ["missile_attack koya 2021-07-05 unknown", "drone_attack koya 2021-07-05 unknown"])
        #expect(summarySet("Lundi, les Gardiens de la Révolution ont tiré des missiles et des drones sur un camp près de Koya.")
            == ["missile_attack koya 2021-07-05 unknown", "drone_attack koya 2021-07-05 unknown"])
        // A missile a drone fired is the drone's strike, not a means of its own.
        #expect(summarySet("On Monday, a drone fired a missile at a camp near Koya.") == ["airstrike koya 2021-07-05 unknown"])
    }
}

extension Round8RuleTests {
    @Test func aDateTheFollowingIsAfterTheDateToldBefore() {
        #expect(summarySet("""
            Le 28 septembre 2022, des drones ont frappé un camp près de Koya.

            Le 14 novembre suivant, des roquettes ont touché la base aérienne de Harir.
            """, date: "2024-06").contains("rocket_attack harir_air_base 2022-11-14 impact"))
        #expect(summarySet("""
            On Sept. 28, 2022, drones struck a camp near Koya.

            The following March, rockets hit Harir air base.
            """, date: "2024-06").contains("rocket_attack harir_air_base 2023-03-01 impact"))
        #expect(summarySet("""
            Le 28 septembre 2022, des drones ont frappé un camp près de Koya.

            En mars suivant, des roquettes ont touché la base aérienne de Harir.
            """, date: "2024-06").contains("rocket_attack harir_air_base 2023-03-01 impact"))
    }
}
