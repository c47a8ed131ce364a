import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 4, in French and in English.
@Suite struct Round4RuleTests {
    @Test func aHolidayIsADayOfTheYear() {
        #expect(summaries("Le jour de Noël, un drone a frappé la base aérienne d'Erbil.", date: "2023-12-27")
            == ["drone_attack erbil_international_airport 2023-12-25 impact"])
        #expect(summaries("A drone struck Erbil air base on Christmas Day.", date: "2023-12-27")
            == ["drone_attack erbil_international_airport 2023-12-25 impact"])
        #expect(summaries("On New Year's Eve 2019, rockets hit the K-1 air base.", date: "2020-01-10")
            == ["rocket_attack k1_air_base 2019-12-31 impact"])
    }

    @Test(arguments: [
        ("Le 3 juillet, des roquettes ont frappé la base d'Ain al-Asad. Huit jours plus tard, un drone a visé le camp de Taji.", "2021-07-11"),
        ("On July 3, rockets hit Ain al-Asad air base. Eight days later, a drone targeted Camp Taji.", "2021-07-11"),
        ("Le 3 juillet, des roquettes ont frappé la base d'Ain al-Asad. Une semaine plus tard, un drone a visé le camp de Taji.", "2021-07-10"),
        ("On July 3, rockets hit Ain al-Asad air base. A week later, a drone targeted Camp Taji.", "2021-07-10"),
        ("Le 3 juillet, des roquettes ont frappé la base d'Ain al-Asad ; deux jours plus tôt, un drone avait visé le camp de Taji.", "2021-07-01"),
        ("On July 3, rockets hit Ain al-Asad air base; two days earlier, a drone had targeted Camp Taji.", "2021-07-01"),
    ])
    func daysLaterCountFromTheIncidentToldBefore(text: String, droneDay: String) {
        #expect(Set(summaries(text, date: "2021-07-20"))
            == ["rocket_attack al_asad_airbase 2021-07-03 impact", "drone_attack camp_taji \(droneDay) unknown"])
    }

    @Test func theDayBeforeCountsFromTheDayWrittenEarlierInItsSentence() {
        // The aircraft strike beside the drone of another incident, and "la veille" is the day before their day.
        #expect(Set(summaries("Le 10 juillet, des avions américains ont bombardé des sites près d'Al-Qaïm, après une attaque de drone qui avait visé la base d'Ain al-Asad la veille.", date: "2021-07-20"))
            == ["airstrike al_qaim 2021-07-10 unknown", "drone_attack al_asad_airbase 2021-07-09 unknown"])
        #expect(Set(summaries("On July 10, U.S. fighter jets struck sites near Al-Qaim, after a drone attack had targeted Ain al-Asad air base the day before.", date: "2021-07-20"))
            == ["airstrike al_qaim 2021-07-10 impact", "drone_attack al_asad_airbase 2021-07-09 unknown"])
    }

    @Test func aWeekdayUnderAMonthHeaderTakesTheWrittenDayOfThatWeekday() {
        // 14 March 2023 is a Tuesday.
        #expect(summaries("Mardi, deux roquettes ont frappé la base d'Harir. Les tirs ont eu lieu le 14 mars vers 22h00.", date: "2023-03")
            == ["rocket_attack harir_air_base 2023-03-14 impact"])
        #expect(summaries("Two rockets hit Harir air base on Tuesday. The attack took place on March 14 at about 10 p.m.", date: "2023-03")
            == ["rocket_attack harir_air_base 2023-03-14 impact"])
    }

    @Test func aWeekdayUnderAMonthHeaderIsTheOneNearestTheDayToldBefore() {
        // 14 March 2023 is a Tuesday: the Thursday after it is the 16th, and the Sunday nearest that Thursday the 19th.
        #expect(Set(summaries("Le 14 mars, deux roquettes ont frappé la base d'Harir. Jeudi, un drone a visé l'aéroport d'Erbil. Dimanche, des obus de mortier sont tombés sur le camp de Taji.", date: "2023-03"))
            == ["rocket_attack harir_air_base 2023-03-14 impact", "drone_attack erbil_international_airport 2023-03-16 unknown",
                "mortar_attack camp_taji 2023-03-19 impact"])
        #expect(Set(summaries("On March 14, two rockets hit Harir air base. On Thursday, a drone targeted Erbil airport. On Sunday, mortar rounds landed on Camp Taji.", date: "2023-03"))
            == ["rocket_attack harir_air_base 2023-03-14 impact", "drone_attack erbil_international_airport 2023-03-16 unknown",
                "mortar_attack camp_taji 2023-03-19 impact"])
    }

    @Test func thePluperfectOfReportedSpeechIsNoRecall() {
        let events = extract("Lundi, trois roquettes ont visé la base d'Harir. Un responsable a affirmé que les roquettes avaient été tirées depuis un camion.").events
        #expect(events.map(summary) == ["rocket_attack harir_air_base 2021-07-05 unknown"])
        #expect(events.first?.sources.count == 2)
    }

    @Test func aWeekdayThatNoWrittenDayAnchorsKeepsTheMonth() {
        let events = extract("Two rockets hit Harir air base on Tuesday.", date: "2023-03").events
        #expect(events.map(summary) == ["rocket_attack harir_air_base 2023-03-01 impact"])
        #expect(events.first?.timePrecision == .month)
        #expect(events.first?.dateEnd == "2023-03-31")
    }

    @Test func aDatelineWithoutAYearLearnsItFromAnIncidentAnotherDocumentDates() {
        let dated = Document(id: "a.txt", text: "Le 15 février, des roquettes ont frappé l'aéroport d'Erbil.", headerDate: "2021-03")
        for text in ["ERBIL, Iraq, April 15 (Reuters) - A drone struck Erbil airport late on Wednesday. The attack came two months after rockets hit the airport on Feb. 15.",
                     "ERBIL, 15 avril (AFP) - Un drone a frappé mercredi soir l'aéroport d'Erbil, deux mois après les roquettes tirées le 15 février contre l'aéroport."] {
            let result = extractor.extract([dated, Document(id: "b.txt", text: text, headerDate: nil)])
            #expect(result.documentDates["b.txt"]?.text == "2021-04-15")
            #expect(Set(result.events.map(summary)) == ["drone_attack erbil_international_airport 2021-04-14 impact",
                                                        "rocket_attack erbil_international_airport 2021-02-15 impact"])
            #expect(result.events.first { $0.eventType == .rocketAttack }?.sourceCount == 2)
        }
    }

    @Test func aHeadlineOnAStatesDronesMakesTheArticlesDronesItsStrikes() {
        #expect(summaries("Drones turcs : deux morts près de Sinjar\n\nLundi, un drone a frappé une voiture près de Sinjar, tuant deux hommes.")
            == ["airstrike sinjar 2021-07-05 impact"])
        #expect(summaries("Turkish drones kill two near Sinjar\n\nOn Monday, a drone hit a car near Sinjar, killing two men.")
            == ["airstrike sinjar 2021-07-05 impact"])
        // A one-way or explosives-laden drone is a militia's, whatever the headline.
        #expect(Set(summaries("Drones turcs : deux morts près de Sinjar\n\nLundi, un drone kamikaze a frappé la base d'Harir."))
            == ["airstrike sinjar 2021-07-05 unknown", "drone_attack harir_air_base 2021-07-05 impact"])
        #expect(Set(summaries("Turkish drones kill two near Sinjar\n\nOn Monday, an explosives-laden drone hit Harir air base."))
            == ["airstrike sinjar 2021-07-05 unknown", "drone_attack harir_air_base 2021-07-05 impact"])
        // Without the headline, a drone is a drone attack (one that struck a vehicle is a strike: Round5RuleTests).
        #expect(summaries("Deux morts près de Sinjar\n\nLundi, un drone a frappé un poste de contrôle près de Sinjar, tuant deux hommes.")
            == ["drone_attack sinjar 2021-07-05 impact"])
    }

    @Test func targetsListedAsNounPhrasesAreOneIncidentEach() {
        #expect(Set(summaries("Lundi, des avions de combat ont frappé un dépôt de munitions près de Mayadine et un centre d'entraînement près d'Abu Kamal."))
            == ["airstrike mayadin 2021-07-05 impact", "airstrike abu_kamal 2021-07-05 impact"])
        #expect(Set(summaries("On Monday, fighter jets struck an ammunition depot near Mayadin and a training centre near Abu Kamal."))
            == ["airstrike mayadin 2021-07-05 impact", "airstrike abu_kamal 2021-07-05 impact"])
        // A coordinator that opens a clause ("and Baghdad summoned") lists no target.
        #expect(summaries("On Monday, a Turkish drone strike killed two men in the Sinjar district, and Baghdad summoned the ambassador.")
            == ["airstrike sinjar 2021-07-05 unknown"])
    }

    @Test func weaponsJoinedByASecondLaunchVerbShareTheirTargetAndAgent() {
        for text in ["Le 28 septembre, les Gardiens de la révolution ont tiré des missiles balistiques et lancé des drones contre des bases près de Koya.",
                     "On September 28, the Revolutionary Guards fired ballistic missiles and launched drones at bases near Koya."] {
            let events = extract(text, date: "2022-10-05").events
            #expect(Set(events.map(summary)) == ["missile_attack koya 2022-09-28 unknown", "drone_attack koya 2022-09-28 unknown"])
            #expect(events.map(\.actor) == ["Iran", "Iran"])
        }
    }

    @Test func aMissileFiredByADroneIsTheDronesStrike() {
        #expect(summaries("Le 7 avril, un missile tiré par un drone est tombé près de l'aéroport de Souleimaniyé.", date: "2023-04-10")
            == ["airstrike sulaymaniyah_international_airport 2023-04-07 impact"])
        #expect(summaries("On April 7, a missile fired by a drone landed near Sulaymaniyah airport.", date: "2023-04-10")
            == ["airstrike sulaymaniyah_international_airport 2023-04-07 impact"])
    }

    /// ARCHITECTURE.md has no artillery type: a state's shelling is its `strike`; a militia's mortars are a
    /// mortar attack and its rocket artillery a rocket attack.
    @Test func artilleryIsAStatesStrikeOrAMilitiasMortarOrRocketAttack() {
        #expect(summaries("Lundi, l'artillerie turque a pilonné des villages près de Zakho.") == ["strike zakho 2021-07-05 unknown"])
        #expect(summaries("On Monday, Turkish artillery shelled villages near Zakho.") == ["strike zakho 2021-07-05 unknown"])
        #expect(summaries("Lundi, des miliciens ont tiré des obus de mortier sur le camp de Taji.") == ["mortar_attack camp_taji 2021-07-05 unknown"])
        #expect(summaries("On Monday, militiamen fired mortar rounds at Camp Taji.") == ["mortar_attack camp_taji 2021-07-05 unknown"])
        #expect(summaries("Lundi, une milice a visé le camp de Taji par des tirs d'artillerie.") == ["rocket_attack camp_taji 2021-07-05 unknown"])
        #expect(summaries("On Monday, a militia targeted Camp Taji with artillery fire.") == ["rocket_attack camp_taji 2021-07-05 unknown"])
        // The coalition's answer with artillery is its strike; the indirect fire it came under is a militia's.
        #expect(summaries("Lundi, les forces de la coalition ont riposté avec des tirs d'artillerie sur les sites de lancement près de Mayadine.")
            == ["strike mayadin 2021-07-05 unknown"])
        #expect(summaries("On Monday, coalition forces responded with artillery fire on the launch sites near Mayadin.")
            == ["strike mayadin 2021-07-05 unknown"])
        #expect(summaries("Lundi, les forces de la coalition à Conoco ont été ciblées par huit tirs de feu indirect.")
            == ["rocket_attack conoco_gas_field 2021-07-05 unknown"])
    }

    @Test func basesIncludingSomeNamedAreManyIncidents() {
        #expect(summaries("Des dizaines de soldats ont été soignés après que des drones et des roquettes ont frappé des bases dont Aïn al-Asad et Harir.").isEmpty)
        #expect(summaries("Dozens of troops were treated after drones and rockets hit bases including Ain al-Asad and Harir.").isEmpty)
    }

    @Test func theStrikeOfASentenceWithNoDayOrResultIsTheOneToldBefore() {
        #expect(summaries("Lundi, une frappe de drone américaine a tué un commandant à Bagdad. La frappe intervient alors que Washington et Bagdad reprennent leurs discussions.")
            == ["airstrike baghdad 2021-07-05 unknown"])
        #expect(summaries("A US drone strike killed a commander in Baghdad on Monday. The strike comes as Washington and Baghdad resume talks.")
            == ["airstrike baghdad 2021-07-05 unknown"])
    }

    @Test func siteUsedForDroneOperationsIsNoDroneAttack() {
        #expect(summaries("On Monday, U.S. airstrikes hit sites used for drone operations near Al-Qaim.") == ["airstrike al_qaim 2021-07-05 impact"])
        #expect(summaries("Lundi, des frappes aériennes américaines ont touché des sites servant aux opérations de drones près d'Al-Qaïm.")
            == ["airstrike al_qaim 2021-07-05 impact"])
    }

    @Test func anUnplacedIncidentTakesTheDocumentsSiteNotAPlaceOfALaterIncident() {
        let text = """
        Des drones ont visé lundi la garnison d'Al-Tanf.

        Le 15 août, deux drones avaient visé le camp. Huit jours plus tard, des avions américains avaient bombardé des sites à Deir ez-Zor.
        """
        #expect(Set(summaries(text)) == ["drone_attack al_tanf 2021-07-05 unknown", "drone_attack al_tanf 2020-08-15 unknown",
                                         "airstrike deir_ez_zor 2020-08-23 unknown"])
    }

    @Test func sinceADateWhenTellsTheIncidentOfThatDate() {
        for text in ["It was the first attack on the Harir base since March 3 last year, when two drones hit the runway.",
                     "C'était la première attaque contre la base d'Harir depuis le 3 mars de l'année dernière, quand deux drones avaient frappé la piste."] {
            let events = extract(text, date: "2023-01-25").events
            #expect(events.map(summary) == ["drone_attack harir_air_base 2022-03-03 impact"])
            #expect(events.map(\.context) == [.background])
        }
        // A bound without "when" still dates nothing.
        #expect(summaries("Rockets have hit the Harir base every week since March 3.", date: "2023-05-25").allSatisfy { !$0.contains("03-03") })
    }

    @Test func aRoundUpOfSeveralBasesIsOneIncidentPerBase() {
        #expect(Set(summaries("Lundi, Aïn al-Asad, Harir et Tanf ont été visées par des roquettes."))
            == ["rocket_attack al_asad_airbase 2021-07-05 unknown", "rocket_attack harir_air_base 2021-07-05 unknown",
                "rocket_attack al_tanf 2021-07-05 unknown"])
        #expect(Set(summaries("On Monday, rockets hit Ain al-Asad, Harir and al-Tanf."))
            == ["rocket_attack al_asad_airbase 2021-07-05 impact", "rocket_attack harir_air_base 2021-07-05 impact",
                "rocket_attack al_tanf 2021-07-05 impact"])
    }

    @Test func someOfTheWeaponsToldBeforeFollowUpTheirIncident() {
        for text in ["Lundi, trois drones ont visé la base d'Harir. Deux des drones ont été abattus.",
                     "On Monday, three drones targeted Harir air base. Two of the drones were shot down."] {
            let events = extract(text).events
            #expect(events.map(summary) == ["drone_attack harir_air_base 2021-07-05 intercepted"])
            #expect(events.first?.sources.count == 1)
        }
    }

    @Test func artilleryFiredWithAircraftIsTheirStrike() {
        let french = "Le 3 juillet, des roquettes ont frappé la base de Conoco.\n\nLes forces américaines ont répondu avec des hélicoptères d'attaque et de l'artillerie, tuant deux militants. La riposte a eu lieu près de Mayadine."
        #expect(Set(summaries(french, date: "2021-07")) == ["rocket_attack conoco_gas_field 2021-07-03 impact", "airstrike mayadin 2021-07-03 unknown"])
        let english = "On July 3, rockets hit the Conoco base.\n\nU.S. forces responded with attack helicopters and artillery, killing two militants. The response took place near Mayadin."
        #expect(Set(summaries(english, date: "2021-07")) == ["rocket_attack conoco_gas_field 2021-07-03 impact", "airstrike mayadin 2021-07-03 unknown"])
    }

    @Test func aDateAfterACommaAndCoordinatorBelongsToTheClauseItOpens() {
        // "within the hour" is the day told before; "on July 4" is the day of what follows it.
        let english = "On July 3, rockets hit the Conoco base. U.S. gunships answered within the hour near Mayadin, and on July 4 U.S. forces destroyed launchers near Al-Qaim."
        #expect(Set(summaries(english, date: "2021-07-10"))
            == ["rocket_attack conoco_gas_field 2021-07-03 impact", "airstrike mayadin 2021-07-03 unknown", "strike al_qaim 2021-07-04 impact"])
        let french = "Le 3 juillet, des roquettes ont frappé la base de Conoco. Des hélicoptères de combat américains ont riposté dans l'heure près de Mayadine, et le 4 juillet les forces américaines ont détruit des lanceurs près d'Al-Qaïm."
        #expect(Set(summaries(french, date: "2021-07-10"))
            == ["rocket_attack conoco_gas_field 2021-07-03 impact", "airstrike mayadin 2021-07-03 unknown", "strike al_qaim 2021-07-04 impact"])
    }

    @Test func whatASentenceTellsSinceADateSumsUpThePeriod() {
        #expect(summaries("Militants have launched dozens of rocket and drone attacks on Ain al-Asad since mid-October.", date: "2023-11-13").isEmpty)
        #expect(summaries("Depuis le 17 octobre, la base d'Aïn al-Asad a été visée par des dizaines de roquettes et de drones.", date: "2023-11-13").isEmpty)
        // The day a when-clause tells is no bound.
        #expect(summaries("It was the first attack on Harir since October 17, when a drone hit the runway.", date: "2023-11-13")
            == ["drone_attack harir_air_base 2023-10-17 impact"])
    }

    @Test func todaysStrikesWithNoResultAreTheStrikesTold() {
        let text = "On Monday, U.S. fighter jets struck two sites near Al-Qaim. Today's strikes are not related to the conflict between Israel and Hamas."
        #expect(summaries(text) == ["airstrike al_qaim 2021-07-05 impact"])
        let french = "Lundi, des avions de combat américains ont frappé deux sites près d'Al-Qaïm. Les frappes d'aujourd'hui ne sont pas liées au conflit entre Israël et le Hamas."
        #expect(summaries(french) == ["airstrike al_qaim 2021-07-05 impact"])
    }

    @Test func aStrikeThatKilledOnAWrittenDayHappened() {
        #expect(summaries("Le 12 juin, une frappe sur un poste près de Sinjar tuait deux combattants.") == ["strike sinjar 2021-06-12 unknown"])
        #expect(summaries("On June 12, a strike on a checkpoint near Sinjar killed two fighters.") == ["strike sinjar 2021-06-12 unknown"])
        // In an article headlined on a state's drones, such a strike is one of theirs.
        #expect(summaries("Turkish drones over Sinjar\n\nOn June 12, a strike on a checkpoint near Sinjar killed two fighters.")
            == ["airstrike sinjar 2021-06-12 unknown"])
    }

    @Test func aStateThatKilledInAStrikeStruckEvenBesideAWeapon() {
        #expect(summaries("The U.S. military said it killed three militants in a strike near Kirkuk on Sunday as they prepared to launch a drone.")
            == ["strike kirkuk 2021-07-04 unknown"])
        #expect(summaries("L'armée américaine a indiqué avoir tué trois miliciens dans une frappe près de Kirkouk dimanche, alors qu'ils s'apprêtaient à lancer un drone.")
            == ["strike kirkuk 2021-07-04 unknown"])
        // Strikes told as an uncounted many are not one incident.
        #expect(summaries("Le 12 juin, plusieurs frappes près de Sinjar ont tué des combattants.").isEmpty)
        #expect(summaries("On June 12, several strikes near Sinjar killed fighters.").isEmpty)
    }

    @Test func theUsersOfATargetAreNotTheAgentOfItsStrike() {
        let english = extract("Overnight, US fighter jets bombed two sites near Al-Qaim used by Kataib Hezbollah.").events
        #expect(english.map(summary) == ["airstrike al_qaim 2021-07-05 unknown"])
        #expect(english.map(\.actor) == ["United States"])
        let french = extract("Dans la nuit, des avions de combat américains ont bombardé deux sites utilisés par le Kataeb Hezbollah près d'Al-Qaïm.").events
        #expect(french.map(\.actor) == ["United States"])
    }

    @Test func strikesOfAWeaponAreThatWeaponsAttack() {
        for text in ["Lundi soir, les Gardiens de la révolution ont revendiqué des frappes de missiles contre un bâtiment à Erbil.",
                     "On Monday night, the Revolutionary Guards claimed missile strikes on a building in Erbil."] {
            let events = extract(text).events
            #expect(events.map(summary) == ["missile_attack erbil 2021-07-05 unknown"])
            #expect(events.map(\.actor) == ["Iran"])
        }
    }

    @Test func aNumberBeforeASalvoCountsNoWeapons() {
        #expect(extract("Lundi, un tir de roquettes a visé la base d'Harir.").events.map(\.weaponCount) == [nil])
        #expect(extract("On Monday, one barrage of rockets targeted Harir air base.").events.map(\.weaponCount) == [nil])
        #expect(extract("On Monday, three rockets targeted Harir air base.").events.map(\.weaponCount) == [3])
    }

    @Test func strikesAttributedToIsraelAreAirStrikes() {
        #expect(summaries("Des frappes attribuées à Israël ont visé dimanche l'aéroport de Damas.") == ["airstrike damascus_international_airport 2021-07-04 unknown"])
        #expect(summaries("Strikes attributed to Israel targeted Damascus airport on Sunday.") == ["airstrike damascus_international_airport 2021-07-04 unknown"])
    }

    @Test func whatAPeriodStartsFromIsARecalledIncident() {
        for text in ["Attacks on the bases have increased since the American airstrikes near Al-Qaim in May.",
                     "Les attaques contre les bases se sont multipliées depuis les frappes américaines près d'Al-Qaïm en mai."] {
            let events = extract(text).events
            #expect(events.map(summary) == ["airstrike al_qaim 2021-05-01 unknown"])
            #expect(events.map(\.context) == [.background])
        }
    }

    @Test func anUndatedRecallDoesNotJoinTodaysNews() {
        let french = "Lundi, un drone a visé l'aéroport d'Erbil. Un avion américain avait abattu un drone qui se dirigeait vers Erbil."
        #expect(summaries(french) == ["drone_attack erbil_international_airport 2021-07-05 unknown"])
        let english = "On Monday, a drone targeted Erbil airport. A US jet had shot down a drone heading for Erbil."
        #expect(summaries(english) == ["drone_attack erbil_international_airport 2021-07-05 unknown"])
        // Reported speech about the drone just told stays with it.
        let reported = extract("On Monday, a drone targeted Erbil airport. Officials added that the drone had been launched from the south.").events
        #expect(reported.map(summary) == ["drone_attack erbil_international_airport 2021-07-05 unknown"])
        #expect(reported.first?.sources.count == 2)
    }

    @Test func aHabitualStatementIsNoIncident() {
        #expect(summaries("La Turquie frappe surtout par drones dans la région de Sinjar.").isEmpty)
        #expect(summaries("Turkey usually strikes with drones around Sinjar.").isEmpty)
        #expect(summaries("Turkey has carried out drone strikes near Sinjar for years.").isEmpty)
        #expect(summaries("Les frappes aériennes turques se sont multipliées depuis 2022 dans la région de Sinjar.").isEmpty)
    }

    @Test func onlyAOneSentenceHeadlineNamesWhoseDronesTheArticleTells() {
        // A first paragraph of two sentences is a lead, not a headline: its other drone is nobody's.
        let events = extract("Turkish drones kill two PKK members near Sinjar. Separately, a drone targeted Erbil airport on Monday.").events
        #expect(Set(events.map(summary)) == ["airstrike sinjar 2021-07-05 unknown", "drone_attack erbil_international_airport 2021-07-05 unknown"])
        #expect(events.first { $0.eventType == .airstrike }?.fatalities == 2)
    }

    @Test func anUnplacedIncidentContinuesTheSiteNamedLastBeforeIt() {
        let english = "On Monday, rockets hit Ain al-Asad air base, and hours later a drone hit Camp Taji. U.S. attack helicopters answered within the hour, killing two militants."
        #expect(Set(summaries(english)) == ["rocket_attack al_asad_airbase 2021-07-05 impact", "drone_attack camp_taji 2021-07-05 impact",
                                            "airstrike camp_taji 2021-07-05 unknown"])
        let french = "Lundi, des roquettes ont frappé la base d'Ain al-Asad, et quelques heures plus tard un drone a frappé le camp de Taji. Des hélicoptères d'attaque américains ont riposté dans l'heure, tuant deux militants."
        #expect(Set(summaries(french)) == ["rocket_attack al_asad_airbase 2021-07-05 impact", "drone_attack camp_taji 2021-07-05 impact",
                                           "airstrike camp_taji 2021-07-05 unknown"])
    }

    @Test func aWeaponPlacedOnlyOutsideTheAreaIsNoIncident() {
        let english = "On Monday, rockets hit Ain al-Asad air base. A US destroyer shot down two drones launched from Yemen over the Red Sea."
        #expect(summaries(english) == ["rocket_attack al_asad_airbase 2021-07-05 impact"])
        let french = "Lundi, des roquettes ont frappé la base d'Ain al-Asad. Un destroyer américain a abattu deux drones tirés depuis le Yémen au-dessus de la mer Rouge."
        #expect(summaries(french) == ["rocket_attack al_asad_airbase 2021-07-05 impact"])
        // A weapon from there that hits a place of the area is an incident.
        #expect(summaries("On Monday, a drone launched from Yemen hit Ain al-Asad air base.") == ["drone_attack al_asad_airbase 2021-07-05 impact"])
    }

    @Test func placesAddedInRound4() {
        #expect(summaries("Lundi, des roquettes ont visé la base turque de Bashiqa.") == ["rocket_attack bashiqa 2021-07-05 unknown"])
        #expect(summaries("On Monday, a drone struck the Arbat airfield.") == ["drone_attack arbat 2021-07-05 impact"])
        #expect(summaries("On Monday, police said rockets were fired at a checkpoint in Khabat.") == ["rocket_attack khabat 2021-07-05 unknown"])
        #expect(summaries("Lundi, deux roquettes sont tombées sur la base aérienne de Habbaniyah.") == ["rocket_attack al_taqaddum_airbase 2021-07-05 impact"])
        #expect(summaries("On Monday, a drone targeted Camp Speicher near Tikrit.") == ["drone_attack camp_speicher 2021-07-05 unknown"])
        #expect(Set(summaries("Mercredi, des roquettes ont frappé Tall Baydar et la base de Shadadi.", date: "2021-07-08"))
            == ["rocket_attack tell_baydar 2021-07-07 impact", "rocket_attack al_shaddadi 2021-07-07 impact"])
    }
}
