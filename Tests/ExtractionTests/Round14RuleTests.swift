import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 14, in French and in English.
@Suite struct Round14RuleTests {
    func summaries(_ text: String, date: String? = "2023-05-16") -> Set<String> {
        summarySet(text, date: date)
    }

    @Test func aNewsAgencyBeforeTheDashMakesADateline() {
        // The dispatch's city is not where the raid struck.
        #expect(summaries("""
            Damas, SANA – Au petit matin de lundi, l'ennemi israélien a mené une agression aérienne contre des positions \
            dans la campagne de Homs, a indiqué plus tard une source militaire.
            """) == ["airstrike homs_governorate 2023-05-15 unknown"])
        #expect(summaries("""
            Baghdad, INA – Early on Monday, unidentified aircraft struck a weapons depot of an armed faction near Al-Qaim, \
            killing two guards, a security official told reporters later in the day.
            """) == ["airstrike al_qaim 2023-05-15 impact"])
    }

    @Test func aDroneThatStrikesAVehicleInThePresentTenseIsAnArmedDrone() {
        #expect(summaries("Un drone frappe un camion près de Kirkouk, trois morts.") == ["airstrike kirkuk 2023-05-16 unknown"])
        #expect(summaries("A drone strikes a truck near Kirkuk, three dead.") == ["airstrike kirkuk 2023-05-16 unknown"])
        // The verb's time stands between the verb and the vehicle.
        #expect(summaries("Un drone frappe ce lundi 15 mai en début de soirée une camionnette sur la route de Makhmour.")
            == ["airstrike makhmur 2023-05-15 unknown"])
        // An adverb between auxiliary and participle leaves the bare verb.
        #expect(summaries("Lundi, un drone avait déjà frappé une moto près de Sinjar, tuant son conducteur.")
            == ["airstrike sinjar 2023-05-15 unknown"])
        // A drone that strikes a base is still a militia's drone attack.
        #expect(summaries("Lundi, un drone frappe la base aérienne d'Aïn al-Assad.") == ["drone_attack al_asad_airbase 2023-05-15 unknown"])
    }

    @Test func aSimilarStrikeIsOfTheKindToldBefore() {
        #expect(summaries("""
            Un drone frappe une voiture près de Kirkouk, trois morts.

            Le 2 mai, une frappe similaire avait visé un camion près de Sinjar, sans faire de victimes.
            """) == ["airstrike kirkuk 2023-05-16 unknown", "airstrike sinjar 2023-05-02 unknown"])
        #expect(summaries("""
            A drone strikes a car near Kirkuk, three dead.

            On May 2, a similar strike hit a truck near Sinjar, causing no casualties.
            """) == ["airstrike kirkuk 2023-05-16 unknown", "airstrike sinjar 2023-05-02 impact"])
    }

    @Test func shellsFiredByAStateAreItsStrike() {
        #expect(summaries("Dimanche, des obus tirés par l'armée turque sont tombés sur un village près de Duhok.")
            == ["strike duhok 2023-05-14 impact"])
        #expect(summaries("On Sunday, shells fired by the Syrian army hit a market in Idlib, killing four civilians.")
            == ["strike idlib 2023-05-14 impact"])
        // A militia named after "par" fires rockets.
        #expect(summaries("Dimanche, des obus tirés par une milice sont tombés près de la base de Balad.")
            == ["rocket_attack balad_air_base 2023-05-14 impact"])
    }

    @Test func shellsThatNoRocketOrMortarExplainsAreAnArmysStrike() {
        #expect(summaries("Le 3 mai, des obus se sont abattus sur un village près de Duhok, tuant deux bergers. Bagdad a protesté.")
            == ["strike duhok 2023-05-03 impact"])
        #expect(summaries("On May 3, shelling hit a village near Duhok, killing two shepherds. Baghdad protested.")
            == ["strike duhok 2023-05-03 impact"])
        // Beside rockets, the shells are the rockets.
        #expect(summaries("Le 3 mai, deux roquettes et des obus se sont abattus sur la base de Balad.")
            == ["rocket_attack balad_air_base 2023-05-03 impact"])
        // Indirect fire is a militia's rockets and mortars.
        #expect(summaries("On May 3, indirect fire hit Balad air base.") == ["rocket_attack balad_air_base 2023-05-03 impact"])
    }

    @Test func aStrikeVerbAfterAModalIsACapability() {
        #expect(summaries("""
            Analysts say the factions are probing. "They want Washington to know they can strike at any time," said one Erbil-based analyst.
            """) == [])
        #expect(summaries("The Pentagon said U.S. forces would strike militia depots in Iraq if an American were killed.") == [])
    }
}

extension Round14RuleTests {
    @Test func aDayToldWithAttacksButNoIncidentDatesTheParagraphAfterIt() {
        #expect(summaries("""
            WEEKLY DIGEST — Iraq, May 8–14, 2023

            - Balad / Taji: The worst night came on Friday (May 12), when militants fired at two bases at once. Three rockets fell \
            inside Balad air base and mortar rounds hit near Camp Taji. Nobody was hurt.
            """, date: nil) == ["rocket_attack balad_air_base 2023-05-12 impact", "mortar_attack camp_taji 2023-05-12 impact"])
        #expect(summaries("""
            L'attaque la plus grave a eu lieu dans la nuit de jeudi à vendredi, lorsque des miliciens ont attaqué deux bases. \
            Trois roquettes sont tombées dans la base aérienne de Balad.
            """) == ["rocket_attack balad_air_base 2023-05-12 impact"])
        // Not past the paragraph.
        #expect(summaries("""
            L'attaque la plus grave a eu lieu dans la nuit de jeudi à vendredi, lorsque des miliciens ont attaqué deux bases.

            Trois roquettes sont tombées dans la base aérienne de Balad.
            """) == ["rocket_attack balad_air_base 2023-05-16 impact"])
    }
}

extension Round14RuleTests {
    @Test func thePreviousEveningIsTheDayBefore() {
        #expect(summaries("""
            On Monday, a rocket fell near Balad air base. In the previous evening, the source said, two rockets targeted the K1 base \
            northwest of Kirkuk.
            """) == ["rocket_attack balad_air_base 2023-05-15 impact", "rocket_attack k1_air_base 2023-05-14 unknown"])
        #expect(summaries("""
            Lundi, une roquette est tombée près de la base de Balad. La nuit précédente, deux roquettes avaient visé la base K1 \
            au nord-ouest de Kirkouk.
            """) == ["rocket_attack balad_air_base 2023-05-15 impact", "rocket_attack k1_air_base 2023-05-14 unknown"])
    }

    @Test func aircraftThatStrikeAreAnAirStrikeWhoeverFlewThem() {
        #expect(summaries("Unidentified aircraft struck positions of armed factions on the outskirts of Al-Qaim before dawn on Friday (May 12).")
            == ["airstrike al_qaim 2023-05-12 impact"])
        // Aircraft that landed struck nothing.
        #expect(summaries("On Friday, two aircraft landed at Erbil airport carrying aid.") == [])
        // Aircraft that rockets hit are their target.
        #expect(summaries("On Friday, two rockets hit aircraft parked at Erbil airport.") == ["rocket_attack erbil_international_airport 2023-05-12 impact"])
    }

    @Test func theWeaponASourceBlamesForTheStrikeIsNoOtherIncident() {
        #expect(summaries("""
            Lundi, un drone a frappé une voiture près de Sinjar. Les Assayech attribuent la frappe à un drone de l'armée turque.
            """) == ["airstrike sinjar 2023-05-15 impact"])
        #expect(summaries("A drone hit a car near Sinjar on Monday. Local officials blamed the attack on a drone of the Turkish army.")
            == ["airstrike sinjar 2023-05-15 impact"])
    }
}

extension Round14RuleTests {
    @Test func theCompassRegionsOfSyriaArePlaces() {
        #expect(summaries("On May 3, a U.S. strike in northwest Syria killed a senior ISIS leader.") == ["strike northwestern_syria 2023-05-03 unknown"])
        #expect(summaries("Le 3 mai, un drone a été abattu dans le nord-est de la Syrie.") == ["drone_attack northeastern_syria 2023-05-03 intercepted"])
    }

    @Test func aBroadRegionIsTheContextOfTheTownsTheSameReportNames() {
        // The summary's region and the town named after it are one raid, as with a country.
        #expect(summaries("""
            Dans la nuit de samedi à dimanche, l'aviation turque a mené une série de frappes aériennes dans le nord-est de la Syrie.

            Les frappes ont notamment visé les environs de Kobané, selon l'OSDH.
            """) == ["airstrike kobani 2023-05-14 unknown"])
        #expect(summaries("""
            Turkish jets struck Kurdish positions in northeastern Syria on Sunday, the Observatory said.

            On Sunday, Turkish air strikes hit the outskirts of Kobani, killing two fighters.
            """) == ["airstrike kobani 2023-05-14 impact"])
        // Farther from the region's centre than its radius, as Abu Kamal is from Al-Hasakah.
        #expect(summaries("""
            Unidentified aircraft struck militia positions in northeastern Syria on Sunday, local monitors said.

            On Sunday, unidentified aircraft struck a militia depot near Abu Kamal, killing four fighters.
            """) == ["airstrike abu_kamal 2023-05-14 impact"])
    }
}

extension Round14RuleTests {
    @Test func aPartOfAYearDatesARecallToThatYear() {
        #expect(summaries("Fin 2021, des roquettes avaient déjà frappé la base de Balad.") == ["rocket_attack balad_air_base 2021-01-01 unknown"])
        #expect(summaries("Début 2021, un drone avait visé l'aéroport d'Erbil.") == ["drone_attack erbil_international_airport 2021-01-01 unknown"])
        #expect(summaries("Au cours de l'été 2022, un drone avait frappé l'aéroport d'Erbil.")
            == ["drone_attack erbil_international_airport 2022-01-01 impact"])
        #expect(summaries("In early 2021, rockets hit Balad air base.") == ["rocket_attack balad_air_base 2021-01-01 impact"])
        #expect(summaries("In the autumn of 2022, a drone struck Erbil airport.") == ["drone_attack erbil_international_airport 2022-01-01 impact"])
        let recall = extract("In late 2022, a drone hit Erbil airport.", date: "2023-05-16").events
        #expect(recall.map(\.context) == [.background])
    }
}

extension Round14RuleTests {
    @Test func aStateStrikeWhoseOnlyAirStrikeIsAnArmedDroneIsThatAirStrike() {
        #expect(summaries("""
            U.S. forces conduct strike in Syria

            On Monday, U.S. forces conducted a strike that killed a senior ISIS official near Al-Bab. An American drone fired two \
            missiles at his car near Al-Bab.
            """) == ["airstrike geonames:SY:bab 2023-05-15 unknown"])
        #expect(summaries("""
            Les forces américaines mènent une frappe en Syrie

            Lundi, les forces américaines ont mené une frappe qui a tué un haut responsable de l'EI près d'Al-Bab. Un drone \
            américain a tiré deux missiles sur sa voiture près d'Al-Bab.
            """) == ["airstrike geonames:SY:bab 2023-05-15 unknown"])
    }

    @Test func theWeaponThatCarriedOutTheStrikeToldBeforeIsOfItsDay() {
        #expect(summaries("""
            On Saturday, a strike hit a depot of an armed faction near Al-Qaim, killing two guards. The strike was carried out by \
            a drone that fired two missiles at the depot.
            """) == ["airstrike al_qaim 2023-05-13 impact"])
        #expect(summaries("""
            Samedi, une frappe a touché un dépôt d'une faction armée près d'Al-Qaïm, tuant deux gardes. La frappe a été menée \
            par un drone qui a tiré deux missiles sur le dépôt.
            """) == ["airstrike al_qaim 2023-05-13 impact"])
    }
}

extension Round14RuleTests {
    @Test func aBriefInThePresentTenseTellsAnIncident() {
        #expect(summaries("Deux roquettes visent la base aérienne de Balad") == ["rocket_attack balad_air_base 2023-05-16 unknown"])
        #expect(summaries("Des roquettes s'abattent sur la base aérienne de Balad") == ["rocket_attack balad_air_base 2023-05-16 impact"])
        #expect(summaries("Ce mardi, trois drones frappent l'aéroport d'Erbil.") == ["drone_attack erbil_international_airport 2023-05-16 unknown"])
        #expect(summaries("Rockets target Balad air base") == ["rocket_attack balad_air_base 2023-05-16 unknown"])
        #expect(summaries("Two rockets land near Balad air base") == ["rocket_attack balad_air_base 2023-05-16 impact"])
    }

    @Test func weaponsWithADefinitePluralInThePresentTellAHabit() {
        #expect(summaries("Dans le nord de l'Irak, les drones turcs frappent les positions du PKK près de Sinjar.") == [])
        #expect(summaries("In northern Iraq, the Turkish drones target PKK hideouts near Sinjar.") == [])
    }
}

extension Round14RuleTests {
    @Test func aReactionInTheParticipleIsNoIncident() {
        #expect(summaries("Des centaines de manifestants se sont rassemblés devant l'ambassade américaine à Bagdad, condamnant les frappes de drones.") == [])
        #expect(summaries("Lundi, des étudiants ont défilé à Erbil en dénonçant les tirs de roquettes.") == [])
    }

    @Test func strikesNotRuledOutMayCome() {
        #expect(summaries("The Pentagon has not ruled out strikes on militia depots in Anbar.") == [])
        #expect(summaries("Ankara n'exclut pas de nouvelles frappes aériennes contre le PKK près de Sinjar.") == [])
    }

    @Test func whatForcesInterceptDuringAnExerciseIsTraining() {
        #expect(summaries("Lors d'un exercice mardi, les forces irakiennes ont intercepté deux drones au-dessus de Bagdad.") == [])
        #expect(summaries("During an exercise on Tuesday, Jordanian forces shot down three drones near Mafraq.") == [])
    }

    @Test func theTargetAsANounSaysNothingHappened() {
        #expect(summaries("Ce type de drone peut parcourir plusieurs centaines de kilomètres avant d'atteindre sa cible.") == [])
        #expect(summaries("Drones of this kind can fly for hours before reaching their target.") == [])
    }

    @Test func anyAttackIsNoAttackInParticular() {
        #expect(summaries("The Pentagon said it was ready to respond to any drone attack on its forces in Erbil.") == [])
        #expect(summaries("Bagdad a promis de riposter à toute attaque de roquettes contre l'aéroport de Bagdad.") == [])
    }
}

extension Round14RuleTests {
    @Test func aBaseThatCameUnderAWeaponsFireWasAttacked() {
        #expect(summaries("Balad air base came under rocket fire on Sunday night, the coalition said.") == ["rocket_attack balad_air_base 2023-05-14 unknown"])
        #expect(summaries("On Sunday, Camp Taji came under mortar fire for the second time this month.") == ["mortar_attack camp_taji 2023-05-14 unknown"])
    }

    @Test func aircraftThatPoundedStruck() {
        // Not an interception: the jets' verb is the sentence's predicate.
        #expect(summaries("Turkish warplanes pounded suspected PKK hideouts near Sinjar on Sunday.") == ["airstrike sinjar 2023-05-14 unknown"])
        #expect(summaries("Turkish artillery hammered villages near Zakho on Sunday.") == ["strike zakho 2023-05-14 unknown"])
    }
}

extension Round14RuleTests {
    @Test func theStartOfTheMonthIsARecallOfTheMonthBeforeTheNews() {
        #expect(extract("Au début du mois, des roquettes ont visé la base de Balad.", date: "2023-05-16").events.map { "\(summary($0)) \($0.context)" }
            == ["rocket_attack balad_air_base 2023-05-01 unknown background"])
        #expect(extract("Early this month, rockets hit Balad air base.", date: "2023-05-16").events.map { "\(summary($0)) \($0.context)" }
            == ["rocket_attack balad_air_base 2023-05-01 impact background"])
        #expect(extract("At the start of the month, rockets hit Balad air base.", date: "2023-05-16").events.map { "\(summary($0)) \($0.context)" }
            == ["rocket_attack balad_air_base 2023-05-01 impact background"])
    }
}

extension Round14RuleTests {
    @Test func theDayASourceSpokeOnIsNotTheIncidentsWhenAnotherDayTellsIt() {
        #expect(summaries("Speaking in Baghdad on Monday, the coalition spokesman said two drones had been shot down near Erbil airport on Sunday.")
            == ["drone_attack erbil_international_airport 2023-05-14 intercepted"])
        #expect(summaries("""
            S'exprimant lundi à Bagdad, le porte-parole de la coalition a indiqué que deux drones avaient été abattus dimanche près \
            de l'aéroport d'Erbil.
            """) == ["drone_attack erbil_international_airport 2023-05-14 intercepted"])
    }
}

extension Round14RuleTests {
    @Test func aStatesHelicoptersThatStrikeFlyItsAirStrike() {
        #expect(summaries("Des hélicoptères turcs ont bombardé dimanche des villages près de Zakho.") == ["airstrike zakho 2023-05-14 unknown"])
        #expect(summaries("Turkish helicopters struck villages near Zakho on Sunday.") == ["airstrike zakho 2023-05-14 impact"])
        // A helicopter raid lands troops: nothing struck from the air.
        #expect(summaries("On Sunday, a U.S. helicopter raid near Hasakah wounded an ISIS leader and captured two others.") == [])
        #expect(summaries("Dimanche, une opération héliportée américaine près de Hassaké a blessé un chef de l'EI.") == [])
    }
}

extension Round14RuleTests {
    @Test func theAttackToldBeforePlacedInTimeIsNoIncidentOfItsOwn() {
        #expect(summaries("On Sunday, three rockets hit Balad air base. The rocket attack came a week after a drone struck Erbil airport.")
            == ["rocket_attack balad_air_base 2023-05-14 impact", "drone_attack erbil_international_airport 2023-05-07 impact"])
        #expect(summaries("""
            Dimanche, trois roquettes ont frappé la base de Balad. L'attaque à la roquette est survenue une semaine après qu'un drone \
            a frappé l'aéroport d'Erbil.
            """) == ["rocket_attack balad_air_base 2023-05-14 impact", "drone_attack erbil_international_airport 2023-05-07 impact"])
    }
}

extension Round14RuleTests {
    @Test func theFirstSetOffByACommaIsTheFirstOfTheReferenceMonth() {
        #expect(summaries("Le 1er, déjà, un drone avait frappé une voiture près de Sinjar.", date: "2022-08-16") == ["airstrike sinjar 2022-08-01 impact"])
        #expect(summaries("On the 1st, a drone had already hit a car near Sinjar.", date: "2022-08-16") == ["airstrike sinjar 2022-08-01 impact"])
        // « le 1er ministre » is the prime minister.
        #expect(summaries("Le 1er ministre a condamné l'attaque de drone contre l'aéroport d'Erbil.", date: "2022-08-16").isEmpty)
    }
}

extension Round14RuleTests {
    @Test func howOftenAttacksCameIsNoIncident() {
        #expect(summaries("Rocket attacks on the Green Zone were common in 2020 but have become rare.") == [])
        #expect(summaries("Les tirs de roquettes contre la base de Balad sont devenus rares depuis 2021.") == [])
    }
}

extension Round14RuleTests {
    @Test func theLaunchOfACampaignBoundsAPeriod() {
        #expect(summaries("""
            Depuis le lancement en mars 2022 de l'opération « Griffe-Tonnerre », des frappes aériennes turques visent la région \
            d'Amadiya.
            """) == [])
        #expect(summaries("Since the start in March 2022 of the Turkish campaign, air strikes have hit villages around Amadiya.") == [])
        // A date that opens the sentence still dates the strikes.
        #expect(summaries("En mars 2022, des frappes aériennes turques avaient visé la région d'Amadiya.")
            == ["airstrike amadiya 2022-03-01 unknown"])
    }
}

extension Round14RuleTests {
    @Test func airDefencesThatStrikeTargetsInterceptTheAttack() {
        // « frappent » is a strike's verb, not an impact: the defences' fire leaves the drone intercepted.
        #expect(summaries("""
            Lundi soir, un drone a été intercepté au-dessus de l'ambassade américaine à Bagdad. Les défenses aériennes frappent \
            actuellement des cibles au-dessus de l'ambassade.
            """) == ["drone_attack us_embassy_baghdad 2023-05-15 intercepted"])
    }
}

extension Round14RuleTests {
    @Test func theNightBeforeTheDayASourceSpokeIsTheDayBefore() {
        #expect(summaries("The coalition said on Tuesday that a drone had been shot down near Erbil airport the previous night.")
            == ["drone_attack erbil_international_airport 2023-05-15 intercepted"])
        #expect(summaries("La coalition a annoncé mardi qu'un drone avait été abattu la nuit précédente près de l'aéroport d'Erbil.")
            == ["drone_attack erbil_international_airport 2023-05-15 intercepted"])
    }

    @Test func aDayEarlierCountsBackFromTheDayToldBefore() {
        #expect(summaries("Officials gave a toll on Tuesday. A day earlier, a drone hit a car near Sinjar, killing two men.")
            == ["airstrike sinjar 2023-05-15 impact"])
        #expect(summaries("Les autorités ont donné un bilan mardi. Un jour plus tôt, un drone avait frappé une voiture près de Sinjar.")
            == ["airstrike sinjar 2023-05-15 impact"])
    }
}

extension Round14RuleTests {
    @Test func theRegimesForcesAreTheSyrianGovernments() {
        let shelled = extract("On Sunday, regime forces shelled the town of Atarib, killing three civilians.", date: "2023-05-16").events
        #expect(shelled.map(summary) == ["strike geonames:SY:atarib 2023-05-14 unknown"])
        #expect(shelled.map(\.actor) == ["Syrian government"])
        let fired = extract("Des obus tirés par les forces du régime sont tombés dimanche sur Atarib.", date: "2023-05-16").events
        #expect(fired.map(summary) == ["strike geonames:SY:atarib 2023-05-14 impact"])
        #expect(fired.map(\.actor) == ["Syrian government"])
    }
}
