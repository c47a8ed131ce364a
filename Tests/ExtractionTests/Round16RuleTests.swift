import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 16, in French and in English.
@Suite struct Round16RuleTests {
    func summaries(_ text: String, date: String? = "2023-05-10") -> Set<String> {
        summarySet(text, date: date)
    }

    @Test func whatAnAttackIsSaidNotToBeDidNotHappen() {
        #expect(summaries("Dimanche, des hommes armés ont pris d'assaut un poste de police. Cet assaut n'était pas une frappe aérienne ni un tir de mortier, selon la police.")
            == [])
        #expect(summaries("On Sunday gunmen stormed a checkpoint near Kirkuk; officials stressed it was not a drone attack or a rocket strike.")
            == [])
        #expect(summaries("Selon l'armée, il ne s'agit pas d'une attaque de drone : le transformateur a explosé seul près de Kirkouk.") == [])
        #expect(summaries("On Monday, it was not a drone but a missile that hit Balad air base, officials said.")
            == ["missile_attack balad_air_base 2023-05-08 impact"])
        #expect(summaries("Lundi, ce n'est pas un drone mais un missile qui a frappé la base de Balad, selon des responsables.")
            == ["missile_attack balad_air_base 2023-05-08 impact"])
        // What the negation does not name still happened.
        #expect(summaries("On Sunday, two rockets hit Balad air base; it was not the first attack on the base this month.")
            == ["rocket_attack balad_air_base 2023-05-07 impact"])
    }

    @Test func aDateOfTheSameYearTakesTheYearOfTheDateToldBefore() {
        #expect(summaries("""
            Le 12 mars 2021, des roquettes ont frappé la base de Balad. Le 11 août de la même année, une frappe de drone turc a tué \
            deux soldats près de Zakho.
            """) == ["rocket_attack balad_air_base 2021-03-12 impact", "airstrike zakho 2021-08-11 unknown"])
        #expect(summaries("""
            On March 12, 2021, rockets hit Balad air base. On August 11 of the same year, a Turkish drone strike killed two soldiers \
            near Zakho.
            """) == ["rocket_attack balad_air_base 2021-03-12 impact", "airstrike zakho 2021-08-11 unknown"])
        #expect(summaries("""
            On March 12, 2021, rockets hit Balad air base. In August that year, a Turkish drone strike killed two soldiers near Zakho.
            """) == ["rocket_attack balad_air_base 2021-03-12 impact", "airstrike zakho 2021-08-01 unknown"])
        // « cette année » alone is the reference's year.
        #expect(summaries("Le 12 mars 2021, des roquettes ont frappé la base de Balad. En avril de cette année, un drone a frappé Zakho.")
            == ["rocket_attack balad_air_base 2021-03-12 impact", "drone_attack zakho 2023-04-01 impact"])
    }

    @Test func aDayCountedFromTheOneToldBeforeGivesAYearlessMonthItsYear() {
        // An analysis written in the autumn: April is not this year's news.
        #expect(summaries("""
            Le 12 mars 2021, des roquettes ont frappé la base de Balad. Trois semaines plus tard, début avril, un drone s'est écrasé \
            près de la même base.
            """, date: "2023-10-02") == ["rocket_attack balad_air_base 2021-03-12 impact", "drone_attack balad_air_base 2021-04-01 impact"])
        #expect(summaries("""
            In mid-March 2021, rockets hit Balad air base. Two weeks later, in early April, a drone crashed near the same base.
            """, date: "2023-10-02") == ["rocket_attack balad_air_base 2021-03-11 impact", "drone_attack balad_air_base 2021-04-01 impact"])
        // A date of the news keeps the reference's year, whatever day was told before.
        #expect(summaries("""
            Monday marked the anniversary of the killing of Soleimani on January 3, 2020. The next day, Tuesday, 4/1, air defences shot down \
            a drone over Balad air base.
            """, date: "2022-01") == ["drone_attack balad_air_base 2022-01-04 intercepted"])
    }

    @Test func aCityNamedForItsProvinceIsNotThePlaceOfATownTheSentenceNames() {
        #expect(summaries("""
            Weekly round-up

            Silêmanî province – A Turkish armed drone struck a car on a road near the town of Raniye on May 4th, killing two people.
            """, date: "2021-05") == ["airstrike geonames:IQ:raniye 2021-05-04 impact"])
        #expect(summaries("""
            Bilan de la semaine

            Duhok (Dihok) province – Des avions turcs ont bombardé des positions dans les montagnes au nord d'Amêdî lundi soir.
            """, date: "2021-05-08") == ["airstrike amadiya 2021-05-03 unknown"])
        // Alone, the city still places the strike in its province.
        #expect(summaries("""
            Weekly round-up

            Silêmanî province – A Turkish armed drone struck a car on a mountain road on May 4th, killing two people.
            """, date: "2021-05") == ["airstrike sulaymaniyah 2021-05-04 impact"])
        // Nor does it give way to a town that is no place of the strike (where the drone took off), which would leave the
        // strike to the round-up's earlier place.
        #expect(summaries("""
            Weekly round-up

            Erbil – Two drones were shot down near Erbil airport on May 2nd, officials said. Another drone was shot down over Erbil on May 3rd.

            Silêmanî province – A drone launched from Raniye struck a car on a mountain road on May 4th, killing two people.
            """, date: "2021-05") == ["drone_attack erbil_international_airport 2021-05-02 intercepted", "drone_attack erbil 2021-05-03 intercepted",
                                      "airstrike sulaymaniyah 2021-05-04 impact"])
    }
}

@Suite struct Round16TargetRuleTests {
    func summaries(_ text: String, date: String? = "2023-05-10") -> Set<String> {
        summarySet(text, date: date)
    }

    @Test func aWeaponListedAfterAStruckLauncherIsAnotherTarget() {
        #expect(summaries("On Saturday, US forces struck three rocket launchers, a mortar and a tank near Deir ez-Zor.")
            == ["strike deir_ez_zor 2023-05-06 impact"])
        #expect(summaries("Samedi, les forces américaines ont détruit deux lance-roquettes, un mortier et un char près de Deir ez-Zor.")
            == ["strike deir_ez_zor 2023-05-06 impact"])
        // Fired from launchers, a mortar round is an attack of its own.
        #expect(summaries("On Saturday, militants fired rockets from launchers near Tikrit, and a mortar hit a house.")
            == ["rocket_attack tikrit 2023-05-06 unknown", "mortar_attack tikrit 2023-05-06 impact"])
        // Troops a rocket hit do not strike its launcher.
        #expect(summaries("On Saturday, a rocket fired from a launcher near Tikrit hit US forces at the airport.")
            == ["rocket_attack tikrit 2023-05-06 impact"])
    }

    @Test func weaponsThoseAStrikeHitWerePreparingAreNoAttack() {
        #expect(summaries("""
            Le 3 mai, une frappe américaine a visé un site près de Tikrit, tuant quatre membres d'une cellule qui, selon Washington, \
            préparait le lancement de drones.
            """) == ["airstrike tikrit 2023-05-03 unknown"])
        #expect(summaries("""
            On May 3, a US strike hit a site near Tikrit, killing four members of a cell that officials said was preparing the \
            launch of drones.
            """) == ["airstrike tikrit 2023-05-03 impact"])
        #expect(summaries("Israeli strikes on Saturday hit a farm near Tikrit which a spokesman said was used by militias to prepare the drones.")
            == ["airstrike tikrit 2023-05-06 impact"])
        #expect(summaries("Samedi, des frappes israéliennes ont touché une ferme près de Tikrit qui servait selon l'armée à préparer des drones.")
            == ["airstrike tikrit 2023-05-06 impact"])
        #expect(summaries("""
            On Saturday, Israeli jets struck a farm near Tikrit. The army said the drones were to be launched at dawn.
            """) == ["airstrike tikrit 2023-05-06 impact"])
        #expect(summaries("""
            Samedi, des avions israéliens ont frappé une ferme près de Tikrit. Selon l'armée, les drones devaient être lancés à l'aube.
            """) == ["airstrike tikrit 2023-05-06 impact"])
    }
}

extension Round16TargetRuleTests {
    @Test func aLaunchThatWasToComeAndFailedWasTried() {
        #expect(summaries("Samedi soir, une roquette devait être tirée contre la base de Balad, mais elle a explosé sur sa rampe de lancement.")
            == ["rocket_attack balad_air_base 2023-05-06 failed"])
        #expect(summaries("On Saturday night, a rocket was to be fired at Balad air base, but it exploded on its launcher.")
            == ["rocket_attack balad_air_base 2023-05-06 failed"])
    }
}

@Suite struct Round16PlaceRuleTests {
    func summaries(_ text: String, date: String? = "2023-05-10") -> Set<String> {
        summarySet(text, date: date)
    }

    @Test func aCapitalMadeToActIsItsGovernment() {
        #expect(summaries("""
            Lundi, une frappe de drone turc a tué deux gardes-frontières près d'un village de la province de Dohouk, ce qui a conduit \
            Bagdad à convoquer l'ambassadeur.
            """) == ["airstrike duhok_governorate 2023-05-08 unknown"])
        #expect(summaries("""
            On Monday, a Turkish drone strike killed two border guards near a village in Duhok province, prompting Baghdad to summon \
            the ambassador.
            """) == ["airstrike duhok_governorate 2023-05-08 unknown"])
        // A capital the rockets flew to stays their place.
        #expect(summaries("On Monday, rockets fired at Baghdad hit a house.") == ["rocket_attack baghdad 2023-05-08 impact"])
    }

    /// A release published weeks after the strikes it dates, its title under the release's own line.
    @Test func aTitlePlacedOnlyInACountrySumsUpTheStrikesTheTextDates() {
        let english = """
            Press release | May 10, 2023

            Coalition Strikes Militant Camps in Syria

            On April 12, coalition aircraft struck a militant camp near Palmyra, killing 12 fighters. On April 20, coalition aircraft \
            struck a second camp near Deir ez-Zor.
            """
        #expect(summaries(english) == ["airstrike palmyra 2023-04-12 impact", "airstrike deir_ez_zor 2023-04-20 impact"])
        let french = """
            Communiqué de presse

            La coalition frappe des camps jihadistes en Syrie

            Le 12 avril, des avions de la coalition ont frappé un camp près de Palmyre, tuant 12 combattants. Le 20 avril, des avions de \
            la coalition ont frappé un second camp près de Deir ez-Zor.
            """
        #expect(summaries(french) == ["airstrike palmyra 2023-04-12 impact", "airstrike deir_ez_zor 2023-04-20 impact"])
    }
}

@Suite struct Round16DateRuleTests {
    func summaries(_ text: String, date: String? = "2023-05-10") -> Set<String> {
        summarySet(text, date: date)
    }

    @Test func aNightBetweenTwoDaysOfTheMonthEndsOnTheSecond() {
        #expect(summaries("""
            Weekly round-up: May 8–14, 2023

            - Balad air base was hit by two rockets around midnight between the 9th and the 10th, officials said.
            """, date: "2023-05-14") == ["rocket_attack balad_air_base 2023-05-10 impact"])
        #expect(summaries("""
            Bilan de la semaine du 8 au 14 mai 2023

            - Deux roquettes ont touché la base de Balad vers minuit, entre le 9 et le 10, selon des responsables.
            """, date: "2023-05-14") == ["rocket_attack balad_air_base 2023-05-10 impact"])
        // Days of a named month are that month's.
        #expect(summaries("Two rockets hit Balad air base between the 9th and the 10th of April.", date: "2023-05-14")
            == ["rocket_attack balad_air_base 2023-04-10 impact"])
    }
}

extension Round16DateRuleTests {
    @Test func theIncidentNamedAgainOnItsWeekdayKeepsItsDay() {
        // 17 April 2023 was a Monday.
        #expect(summaries("""
            On April 17, coalition aircraft struck a militant camp near Palmyra. The strike, which began Monday night, killed 12 fighters.
            """) == ["airstrike palmyra 2023-04-17 impact"])
        #expect(summaries("""
            Le 17 avril, des avions de la coalition ont frappé un camp près de Palmyre. La frappe, lancée lundi soir, a tué 12 combattants.
            """) == ["airstrike palmyra 2023-04-17 impact"])
        // A new incident on Monday is the week's.
        #expect(summaries("""
            On April 17, coalition aircraft struck a militant camp near Palmyra. On Monday, rockets hit Balad air base.
            """) == ["airstrike palmyra 2023-04-17 impact", "rocket_attack balad_air_base 2023-05-08 impact"])
    }
}

extension Round16DateRuleTests {
    @Test func whatFollowsTheDayAfterCameTheDayBefore() {
        #expect(summaries("""
            On May 3, US forces struck two rocket launchers near Deir ez-Zor, the day after rockets were fired at US troops near Hasakah.
            """) == ["strike deir_ez_zor 2023-05-03 impact", "rocket_attack hasakah 2023-05-02 unknown"])
        // « Le jour suivant » is the day after the date told, whatever follows.
        #expect(summaries("""
            Le 3 mai, des roquettes ont visé la base de Balad. Le jour suivant, un drone a frappé Zakho.
            """) == ["rocket_attack balad_air_base 2023-05-03 unknown", "drone_attack zakho 2023-05-04 impact"])
        #expect(summaries("""
            On May 3, rockets targeted Balad air base. The day after, a drone struck Zakho.
            """) == ["rocket_attack balad_air_base 2023-05-03 unknown", "drone_attack zakho 2023-05-04 impact"])
    }
}

extension Round16PlaceRuleTests {
    @Test func theProvinceWithoutItsNameIsTheProvinceOfTheTownTold() {
        #expect(summaries("""
            On May 3, US forces struck two rocket launchers near Deir ez-Zor, the day after rockets were fired at US troops in the province.
            """) == ["strike deir_ez_zor 2023-05-03 impact", "rocket_attack deir_ez_zor_governorate 2023-05-02 unknown"])
        #expect(summaries("""
            Le 3 mai, les forces américaines ont détruit deux lance-roquettes près de Deir ez-Zor, au lendemain de tirs de roquettes \
            contre des soldats américains dans la province.
            """) == ["strike deir_ez_zor 2023-05-03 impact", "rocket_attack deir_ez_zor_governorate 2023-05-02 unknown"])
    }
}

extension Round16DateRuleTests {
    @Test func theDayOfAClaimGivesWayToTheAttacksOwn() {
        #expect(summaries("""
            Une faction a revendiqué, lundi, le tir de roquettes contre la base de Balad. Selon une source sécuritaire, trois roquettes \
            ont été tirées dimanche soir vers la base.
            """) == ["rocket_attack balad_air_base 2023-05-07 unknown"])
        #expect(summaries("""
            A faction claimed, on Monday, the rocket attack on Balad air base. A security source said three rockets were fired at the \
            base on Sunday evening.
            """) == ["rocket_attack balad_air_base 2023-05-07 unknown"])
    }
}

extension Round16PlaceRuleTests {
    @Test func aNamedMountainAreaIsATargetOfItsOwnInAList() {
        #expect(summaries("""
            Turkish warplanes struck militant positions on Monday, hitting the town of Sinjar and the Qandil mountains near the border.
            """) == ["airstrike sinjar 2023-05-08 impact", "airstrike qandil 2023-05-08 impact"])
        #expect(summaries("""
            Lundi, des avions turcs ont bombardé des positions près de Sinjar et dans les monts Qandil, près de la frontière iranienne.
            """) == ["airstrike sinjar 2023-05-08 unknown", "airstrike qandil 2023-05-08 unknown"])
        // A province around its town is no second target.
        #expect(summaries("Lundi, des avions turcs ont bombardé des positions près de Sinjar, dans la province de Ninive.")
            == ["airstrike sinjar 2023-05-08 unknown"])
    }
}
