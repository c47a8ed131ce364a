import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 13, in French and in English.
@Suite struct Round13RuleTests {
    func summaries(_ text: String, date: String? = "2023-05-16") -> Set<String> {
        summarySet(text, date: date)
    }

    @Test func aTextThatWritesItsYearKeepsItAgainstAMispairedWeekday() {
        // "Monday, March 7" is a Monday in 2022 only: the title's 2021 keeps the reference in 2021 all the same.
        #expect(summaries("""
            Iraq digest, March 1–7, 2021

            On Monday, March 7, rockets struck Balad air base. On Thursday, March 4, a drone hit a warehouse near Erbil airport.
            """, date: nil) == ["rocket_attack balad_air_base 2021-03-07 impact", "drone_attack erbil_international_airport 2021-03-04 impact"])
        #expect(summaries("""
            Irak, semaine du 1er au 7 mars 2021

            Lundi 7 mars, des roquettes ont frappé la base aérienne de Balad. Jeudi 4 mars, un drone a frappé un entrepôt près de l'aéroport d'Erbil.
            """, date: nil) == ["rocket_attack balad_air_base 2021-03-07 impact", "drone_attack erbil_international_airport 2021-03-04 impact"])
    }

    @Test func aDayAndMonthRightAfterAWeekdaySpellItOut() {
        // "Saturday (March 5–6)" pairs the weekday with the wrong day of two: March 5 is a Saturday only in 2022.
        #expect(summaries("""
            IRAQ SECURITY DIGEST — Week of March 6–12, 2021

            - Balad: Rockets struck Balad air base overnight Friday into Saturday (March 5–6), security sources said.
            - Erbil: On Wednesday, March 10, a drone hit a warehouse near Erbil airport.
            """, date: nil) == ["rocket_attack balad_air_base 2021-03-06 impact", "drone_attack erbil_international_airport 2021-03-10 impact"])
        #expect(summaries("""
            Bilan de la semaine du 6 au 12 mars 2021

            - Balad : des roquettes ont frappé la base aérienne de Balad dans la nuit de vendredi à samedi (5-6 mars).
            - Erbil : mercredi 10 mars, un drone a frappé un entrepôt près de l'aéroport d'Erbil.
            """, date: nil) == ["rocket_attack balad_air_base 2021-03-06 impact", "drone_attack erbil_international_airport 2021-03-10 impact"])
    }
}

extension Round13RuleTests {
    @Test func aDroneNamedByAnArmedModelStrikes() {
        #expect(summaries("On Monday, a strike carried out by an MQ-9 Reaper killed two militants near Al-Qaim.")
            == ["airstrike al_qaim 2023-05-15 unknown"])
        #expect(summaries("Lundi, une frappe menée par un drone MQ-9 a tué deux combattants près d'Al-Qaïm.")
            == ["airstrike al_qaim 2023-05-15 unknown"])
        // An unnamed drone that hit a base is still a drone attack.
        #expect(summaries("On Monday, a drone hit Ain al-Asad air base.") == ["drone_attack al_asad_airbase 2023-05-15 impact"])
    }
}

extension Round13RuleTests {
    @Test func mostOfTheMissilesAreTheRaidsMissiles() {
        #expect(summaries("""
            Lundi, l'aviation israélienne a mené un raid aérien avec des missiles contre des positions près de Homs. \
            La défense antiaérienne a abattu la plupart des missiles.
            """) == ["airstrike homs 2023-05-15 intercepted"])
        #expect(summaries("""
            On Monday, Israeli missiles fired from over Lebanon struck positions near Homs, wounding two soldiers. \
            State media said most missiles were shot down.
            """) == ["airstrike homs 2023-05-15 impact"])
    }
}

extension Round13RuleTests {
    @Test func anAirAttackIsAnAirStrike() {
        #expect(summaries("Lundi, une attaque aérienne a visé un dépôt d'armes près de Homs.") == ["airstrike homs 2023-05-15 unknown"])
        #expect(summaries("On Monday, an air attack targeted a weapons depot near Homs.") == ["airstrike homs 2023-05-15 unknown"])
    }
}

extension Round13RuleTests {
    @Test func aDroneThatStruckAFieldPostIsAnArmedDrone() {
        #expect(summaries("On Monday, a drone struck a position of local fighters west of Kobani, killing two of them.")
            == ["airstrike kobani 2023-05-15 impact"])
        #expect(summaries("Lundi, un drone a frappé une position de combattants locaux à l'ouest de Kobané, tuant deux d'entre eux.")
            == ["airstrike kobani 2023-05-15 impact"])
        #expect(summaries("On Monday, a drone hit a checkpoint near Kobani.") == ["airstrike kobani 2023-05-15 impact"])
    }
}

extension Round13RuleTests {
    @Test func postsAttackedInThePassiveStayADronesAttack() {
        #expect(summaries("On Monday, our positions near Kobani were targeted by a drone.") == ["drone_attack kobani 2023-05-15 unknown"])
        #expect(summaries("Lundi, nos positions près de Kobané ont été visées par un drone.") == ["drone_attack kobani 2023-05-15 unknown"])
    }
}

extension Round13RuleTests {
    @Test func theDayOfAFuneralIsNotTheAttacksDay() {
        #expect(summaries("""
            On Thursday, a rocket hit a house in Kirkuk, killing two children. The attack was condemned at the funeral on Saturday. \
            Two days earlier, a rocket struck a market near Tuz Khurmatu.
            """, date: "2023-05-20") == ["rocket_attack kirkuk 2023-05-18 impact", "rocket_attack tuz_khurmatu 2023-05-16 impact"])
        #expect(summaries("""
            Jeudi, une roquette a frappé une maison à Kirkouk, tuant deux enfants. L'attaque a été condamnée lors des obsèques, samedi. \
            Deux jours plus tôt, une roquette s'était abattue sur un marché près de Touz Khourmatou.
            """, date: "2023-05-20") == ["rocket_attack kirkuk 2023-05-18 impact", "rocket_attack tuz_khurmatu 2023-05-16 impact"])
    }
}

extension Round13RuleTests {
    @Test func theNthIsADayOfTheMonthTheArticleSpeaksFrom() {
        #expect(summaries("A drone was shot down on the 3rd as it approached Erbil airport.", date: "2022-10")
            == ["drone_attack erbil_international_airport 2022-10-03 intercepted"])
        #expect(summaries("Un drone a été abattu le 3 courant alors qu'il approchait de l'aéroport d'Erbil.", date: "2022-10")
            == ["drone_attack erbil_international_airport 2022-10-03 intercepted"])
        // Past the reference's day, the 28th is last month's.
        #expect(summaries("A rocket hit Ain al-Asad air base on the 28th.", date: "2023-05-16")
            == ["rocket_attack al_asad_airbase 2023-04-28 impact"])
    }
}

extension Round13RuleTests {
    @Test func thePerimeterIsTheSiteToldBefore() {
        #expect(summaries("""
            On Monday, a drone was shot down near Ain al-Asad air base. In early May, a similar drone had crashed near the perimeter without exploding.
            """) == ["drone_attack al_asad_airbase 2023-05-15 intercepted", "drone_attack al_asad_airbase 2023-05-01 impact"])
        #expect(summaries("""
            Lundi, un drone a été abattu près de la base d'Aïn al-Asad. Début mai, un drone similaire s'était écrasé près du périmètre sans exploser.
            """) == ["drone_attack al_asad_airbase 2023-05-15 intercepted", "drone_attack al_asad_airbase 2023-05-01 impact"])
    }
}

extension Round13RuleTests {
    @Test func aDaySpelledInWordsBeforeItsMonth() {
        #expect(summaries("On the fourth of May, two rockets fell near the runway of Balad air base.")
            == ["rocket_attack balad_air_base 2023-05-04 impact"])
        #expect(summaries("Le quatre mai, deux roquettes sont tombées près de la piste de la base aérienne de Balad.")
            == ["rocket_attack balad_air_base 2023-05-04 impact"])
    }
}

extension Round13RuleTests {
    @Test func aUnilateralStrikeIsCentralCommandsAirStrike() {
        #expect(summaries("On Monday, U.S. forces conducted a unilateral strike near Al-Bukamal, killing an ISIS official.")
            == ["airstrike abu_kamal 2023-05-15 unknown"])
        #expect(summaries("Lundi, les forces américaines ont mené une frappe unilatérale près d'Albou Kamal, tuant un responsable de l'EI.")
            == ["airstrike abu_kamal 2023-05-15 unknown"])
    }
}
