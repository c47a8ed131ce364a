import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 12, in French and in English.
@Suite struct Round12RuleTests {
    func summaries(_ text: String, date: String? = "2023-05-16") -> Set<String> {
        summarySet(text, date: date)
    }

    func dates(_ text: String, date: String? = "2023-05-16") -> Set<String> {
        Set(extract(text, date: date).events.map { "\($0.date ?? "-")…\($0.dateEnd ?? "-") \($0.timePrecision?.rawValue ?? "-")" })
    }

    @Test func aWeaponThatDestroyedSomethingHitIt() {
        #expect(summaries("Lundi, un drone a pulvérisé un camion près de Sinjar, tuant le chauffeur.") == ["airstrike sinjar 2023-05-15 impact"])
        #expect(summaries("On Monday, a drone destroyed a pickup near Sinjar, killing the driver.") == ["airstrike sinjar 2023-05-15 impact"])
        #expect(summaries("Lundi, une roquette a détruit deux maisons près de Kirkouk.") == ["rocket_attack kirkuk 2023-05-15 impact"])
        // Destroyed by the defences, or in the passive: intercepted.
        #expect(summaries("On Monday, a drone was destroyed near Sinjar by air defences.") == ["drone_attack sinjar 2023-05-15 intercepted"])
        #expect(summaries("Lundi, la défense aérienne a détruit un drone près de Sinjar.") == ["drone_attack sinjar 2023-05-15 intercepted"])
    }

    @Test func aThirdOfAMonthIsItsTenDays() {
        #expect(dates("À la mi-avril, une roquette avait frappé la base d'Aïn al-Asad.") == ["2023-04-11…2023-04-20 week"])
        #expect(dates("In mid-April, a rocket had hit Ain al-Asad air base.") == ["2023-04-11…2023-04-20 week"])
        #expect(dates("Late last month, a rocket hit Ain al-Asad air base.") == ["2023-04-21…2023-04-30 week"])
        #expect(dates("À la fin du mois dernier, une roquette a frappé la base d'Aïn al-Asad.") == ["2023-04-21…2023-04-30 week"])
        #expect(dates("Début février 2022, une roquette a frappé la base d'Aïn al-Asad.") == ["2022-02-01…2022-02-10 week"])
        #expect(dates("At the end of February 2022, a rocket hit Ain al-Asad air base.") == ["2022-02-21…2022-02-28 week"])
        // "Earlier this month" is the whole month so far.
        #expect(dates("Earlier this month, a rocket hit Ain al-Asad air base.") == ["2023-05-01…2023-05-31 month"])
    }
}

extension Round12RuleTests {
    @Test func aWeaponNamedByItsRankIsOneOfTheSalvoToldBefore() {
        #expect(summaries("""
            Lundi, trois roquettes ont visé la base d'Aïn al-Asad. La troisième roquette est tombée près du village de Baghdadi sans exploser.
            """) == ["rocket_attack al_asad_airbase 2023-05-15 impact"])
        #expect(summaries("""
            On Monday, two drones targeted Ain al-Asad air base. The second drone crashed in a field near Baghdadi.
            """) == ["drone_attack al_asad_airbase 2023-05-15 impact"])
        // "the second drone attack" is another incident.
        #expect(summaries("""
            On Monday, a drone targeted Ain al-Asad air base. The second drone attack of the week hit Erbil airport on Thursday.
            """).count == 2)
    }

    @Test func projectilesWithADefiniteArticleAreTheWeaponsToldBefore() {
        #expect(summaries("""
            Lundi, quatre roquettes se sont abattues sur l'aéroport international de Bagdad. Les projectiles sont tombés près d'une piste.
            """) == ["rocket_attack baghdad_international_airport 2023-05-15 impact"])
        #expect(summaries("""
            On Monday, four rockets struck Baghdad International Airport. The projectiles landed near a runway.
            """) == ["rocket_attack baghdad_international_airport 2023-05-15 impact"])
    }
}

extension Round12RuleTests {
    @Test func aWeekdayWithItsDayFallsInTheMonthWhereTheyAgree() {
        // Under a month header, in the header's month: Thursday 9 March 2023.
        #expect(summaries("""
            Une source locale a indiqué, vendredi, que deux roquettes sont tombées sur la base de Harir dans la nuit de jeudi 9 à vendredi.
            """, date: "2023-03") == ["rocket_attack harir_air_base 2023-03-09 impact"])
        #expect(summaries("On Thursday the 9th, a drone was shot down over Harir air base.", date: "2023-03")
            == ["drone_attack harir_air_base 2023-03-09 intercepted"])
        // Under a day header, the latest month before it where that day is that weekday: Friday 28 April 2023.
        #expect(summaries("Vendredi 28, une roquette a frappé la base de Harir.", date: "2023-05-16")
            == ["rocket_attack harir_air_base 2023-04-28 impact"])
    }

    @Test func theWeekdayASourceSpokeOnFollowsTheDayTheTextFixed() {
        // « mardi 12 » fixes 12 April 2022; the source spoke on Wednesday the 13th, so « avant-hier » is the 11th.
        #expect(summaries("""
            Une source a déclaré, mercredi, que deux roquettes sont tombées sur la base de Harir dans la nuit de mardi 12 à mercredi.

            Par ailleurs, un drone chargé d'explosifs s'est écrasé avant-hier près de l'aéroport d'Erbil.
            """, date: "2022-04") == ["rocket_attack harir_air_base 2022-04-12 impact", "drone_attack erbil_international_airport 2022-04-11 impact"])
        #expect(summaries("""
            A source said on Wednesday that two rockets hit Harir air base on the night of Tuesday 12 to Wednesday.

            Separately, a drone crashed near Erbil airport the day before yesterday.
            """, date: "2022-04") == ["rocket_attack harir_air_base 2022-04-12 impact", "drone_attack erbil_international_airport 2022-04-11 impact"])
    }
}

extension Round12RuleTests {
    @Test func lastWeekendIsTheSaturdayAndSundayBefore() {
        // Tuesday 16 May 2023: the weekend of 13–14 May.
        #expect(dates("Le week-end dernier, des frappes aériennes turques ont visé des positions près de Sinjar.")
            == ["2023-05-13…2023-05-14 week"])
        #expect(dates("Turkish air strikes hit positions near Sinjar over the weekend, officials said.") == ["2023-05-13…2023-05-14 week"])
    }

    @Test func sidesThatExchangedFireAttacked() {
        #expect(summaries("On Monday, government forces and Kurdish fighters exchanged mortar fire in Deir ez-Zor city, wounding two civilians.")
            == ["mortar_attack deir_ez_zor 2023-05-15 unknown"])
        #expect(summaries("Lundi, un échange de tirs de mortier entre l'armée et les FDS a blessé deux civils à Deir ez-Zor.")
            == ["mortar_attack deir_ez_zor 2023-05-15 unknown"])
    }
}

extension Round12RuleTests {
    @Test func aCapitalThatBlamesOrSpeaksIsItsGovernment() {
        #expect(summaries("""
            Lundi, le bombardement d'un village près d'Amadiya, que Bagdad attribue à l'artillerie turque, a tué deux bergers.
            """) == ["strike amadiya 2023-05-15 unknown"])
        #expect(summaries("""
            On Monday, the attack on a village near Amadiya, which Baghdad blamed on Turkish artillery, killed two shepherds.
            """) == ["strike amadiya 2023-05-15 unknown"])
        // Where the capital is the place, it stays.
        #expect(summaries("On Monday, two rockets fell in Baghdad, wounding a child.") == ["rocket_attack baghdad 2023-05-15 impact"])
    }
}

extension Round12RuleTests {
    @Test func repeatedAttacksNamedByTheirCountryAreAClassOfIncidents() {
        #expect(summaries("Les bases étrangères en Syrie sont la cible d'attaques répétées à la roquette depuis des mois.").isEmpty)
        #expect(summaries("Israel has stepped up the pace of its strikes in Syria since the start of the war in Lebanon.").isEmpty)
        #expect(summaries("Foreign bases in Syria have faced repeated rocket attacks, including one on Monday in Syria.").isEmpty)
        // One of them, at its site and on its day, is an incident.
        #expect(summaries("""
            Foreign bases in Syria have faced repeated rocket attacks, including one on Monday at the Conoco gas field.
            """) == ["rocket_attack conoco_gas_field 2023-05-15 unknown"])
    }
}

extension Round12RuleTests {
    @Test func aDateBeforeWhenDatesWhatItTellsEvenWithAWordPlacingItsMonth() {
        #expect(summaries("""
            La base de Harir a déjà été visée, notamment le 2 mai courant, lorsque deux roquettes sont tombées près de la piste, \
            et le 3 avril dernier, lorsqu'un drone a frappé l'aéroport d'Erbil.
            """) == ["rocket_attack harir_air_base 2023-05-02 impact", "drone_attack erbil_international_airport 2023-04-03 impact"])
        #expect(summaries("""
            Harir air base has been targeted before, notably on May 2, when two rockets fell near the runway, \
            and on April 3, when a drone struck Erbil airport.
            """) == ["rocket_attack harir_air_base 2023-05-02 impact", "drone_attack erbil_international_airport 2023-04-03 impact"])
    }
}

extension Round12RuleTests {
    @Test func earlierThisMonthIsARecallKeptApartFromTheNewsDay() {
        let english = extract("""
            On Monday, an Israeli strike hit a building in Damascus, killing four people.

            Earlier this month, an Israeli strike on a car in Sayyida Zaynab killed two men.
            """, date: "2023-05-16").events.map { "\(summary($0)) \($0.context.rawValue)" }
        #expect(Set(english) == ["airstrike damascus 2023-05-15 impact reported", "airstrike sayyida_zaynab 2023-05-01 unknown background"])
        let french = extract("""
            Lundi, une frappe israélienne contre un immeuble à Damas a tué quatre personnes.

            Plus tôt ce mois-ci, une frappe israélienne contre une voiture à Sayyida Zaynab avait tué deux hommes.
            """, date: "2023-05-16").events.map { "\(summary($0)) \($0.context.rawValue)" }
        #expect(Set(french) == ["airstrike damascus 2023-05-15 unknown reported", "airstrike sayyida_zaynab 2023-05-01 unknown background"])
    }
}

extension Round12RuleTests {
    @Test func aWeaponThatFailedToLaunchAndWasSeizedNeverFlew() {
        #expect(summaries("Lundi, un drone n'a pas réussi à décoller et a été saisi par la police près de Hit.").isEmpty)
        #expect(summaries("On Monday, a drone failed to launch and was seized by police near Hit.").isEmpty)
        // A dud that fell did fly.
        #expect(summaries("On Monday, a rocket fell near Hit without exploding and was seized by police.")
            == ["rocket_attack geonames:IQ:hit 2023-05-15 impact"])
    }
}

extension Round12RuleTests {
    @Test func theSameNightAsACoarserDateIsThatDatesSpan() {
        #expect(dates("""
            Late last month, Turkish jets struck positions near Sinjar and, the same night, a drone hit a car near Amadiya.
            """) == ["2023-04-21…2023-04-30 week"])
        #expect(dates("""
            À la fin du mois dernier, des avions turcs ont frappé des positions près de Sinjar et, la même nuit, un drone a frappé une voiture près d'Amadiya.
            """) == ["2023-04-21…2023-04-30 week"])
    }

    @Test func strikesOnIranItselfAreOutsideTheArea() {
        #expect(summaries("On Monday, Israeli warplanes struck military positions near Homs on the same night they hit Iran.")
            == ["airstrike homs 2023-05-15 impact"])
        #expect(summaries("Lundi, des avions de combat israéliens ont frappé des positions près de Homs, la nuit même des frappes contre l'Iran.")
            == ["airstrike homs 2023-05-15 impact"])
    }
}

extension Round12RuleTests {
    @Test func whereASourceSpokeIsNotTheIncidentsPlace() {
        #expect(summaries("""
            Deux drones ont visé lundi soir la base de Harir, sans faire de victimes.

            « L'attaque a été menée avec deux drones chargés d'explosifs », a précisé mardi le service dans un communiqué publié à Erbil.
            """) == ["drone_attack harir_air_base 2023-05-15 unknown"])
        #expect(summaries("""
            Two drones targeted Harir air base on Monday night, causing no casualties.

            "The attack was carried out with two explosive-laden drones," a spokesman told reporters in Erbil on Tuesday.
            """) == ["drone_attack harir_air_base 2023-05-15 unknown"])
    }
}

extension Round12RuleTests {
    @Test func anAppositionAfterTheOriginOfFirePlacesTheOriginToo() {
        #expect(summaries("""
            Trois roquettes sont tombées dimanche soir près de l'aéroport international d'Erbil.

            Les roquettes ont été tirées depuis un village, dans la province de Ninive, où la police a retrouvé le lanceur lundi.
            """) == ["rocket_attack erbil_international_airport 2023-05-14 impact"])
        #expect(summaries("""
            Three rockets landed near Erbil International Airport on Sunday night.

            The rockets were fired from a village, in Nineveh province, where police found the launcher on Monday.
            """) == ["rocket_attack erbil_international_airport 2023-05-14 impact"])
    }

    @Test func theWeaponToldBeforeJoinsItsIncidentWhateverAttackItMade() {
        #expect(summaries("""
            A drone struck a car near Qamishli on Sunday, killing two fighters.

            The drone was launched from across the border, local sources said.
            """) == ["airstrike qamishli 2023-05-14 impact"])
        #expect(summaries("""
            Un drone a frappé une voiture près de Qamichli dimanche, tuant deux combattants.

            Le drone a été lancé depuis l'autre côté de la frontière, selon des sources locales.
            """) == ["airstrike qamishli 2023-05-14 impact"])
    }
}

extension Round12RuleTests {
    @Test func aStrikeToldBeforeWhenIsTheIncidentTheWhenClauseTells() {
        let french = extract("""
            La Turquie avait déjà frappé la région en mars, lorsqu'un drone avait tué un commandant près de Zakho.
            """, date: "2023-05-16").events.map { "\(summary($0)) \($0.actor)" }
        #expect(french == ["airstrike zakho 2023-03-01 unknown Turkey"])
        let english = extract("""
            Turkey had already struck the area in March, when a drone killed a commander near Zakho.
            """, date: "2023-05-16").events.map { "\(summary($0)) \($0.actor)" }
        #expect(english == ["airstrike zakho 2023-03-01 impact Turkey"])
        // The state of the victims is not the drone's.
        #expect(summaries("Un soldat américain a été tué lundi quand un drone a frappé une base près de Hassaké.")
            == ["drone_attack hasakah 2023-05-15 impact"])
    }
}

extension Round12RuleTests {
    @Test func aStrikeSomeoneIsBlamedForIsTheStrikeToldBefore() {
        #expect(summaries("""
            Un drone a frappé dimanche un véhicule près de Qamichli, tuant deux combattants.

            Mardi, les FDS ont accusé la Turquie d'être derrière la frappe et ont annoncé une enquête.
            """) == ["airstrike qamishli 2023-05-14 impact"])
        #expect(summaries("""
            A drone struck a vehicle near Qamishli on Sunday, killing two fighters.

            On Tuesday, the SDF blamed Turkey for the strike and announced an inquiry.
            """) == ["airstrike qamishli 2023-05-14 impact"])
    }

    @Test func hoursAfterTheAttackIsItsDay() {
        #expect(summaries("""
            Three rockets hit the Conoco gas field base on Sunday evening.

            US forces responded with artillery fire on launch sites near Mayadin hours after the attack.
            """) == ["rocket_attack conoco_gas_field 2023-05-14 impact", "strike mayadin 2023-05-14 unknown"])
        #expect(summaries("""
            Trois roquettes ont frappé dimanche soir la base du champ gazier de Conoco.

            Quelques heures après l'attaque, les forces américaines ont riposté par des tirs d'artillerie près de Mayadin.
            """) == ["rocket_attack conoco_gas_field 2023-05-14 impact", "strike mayadin 2023-05-14 unknown"])
    }
}

extension Round12RuleTests {
    @Test func whereSuspectsWereArrestedIsNotWhereTheWeaponsStruck() {
        #expect(summaries("""
            Deux drones ont été abattus lundi soir près de l'aéroport d'Erbil.

            Les forces de sécurité ont ensuite arrêté à Makhmour trois hommes qui avaient lancé les drones.
            """) == ["drone_attack erbil_international_airport 2023-05-15 intercepted"])
        #expect(summaries("""
            Two drones were shot down near Erbil airport on Monday night.

            Security forces later arrested three men in Makhmour who had launched the drones.
            """) == ["drone_attack erbil_international_airport 2023-05-15 intercepted"])
    }

    @Test func theBeginningOfTheYearIsARecall() {
        let french = extract("En début d'année, des roquettes avaient frappé l'aéroport d'Erbil.", date: "2023-05-16").events
        #expect(french.map { "\(summary($0)) \($0.context.rawValue)" } == ["rocket_attack erbil_international_airport 2023-01-01 impact background"])
        let english = extract("At the beginning of the year, rockets hit Erbil airport.", date: "2023-05-16").events
        #expect(english.map { "\(summary($0)) \($0.context.rawValue)" } == ["rocket_attack erbil_international_airport 2023-01-01 impact background"])
    }
}
