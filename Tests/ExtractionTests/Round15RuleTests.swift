import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 15, in French and in English.
@Suite struct Round15RuleTests {
    func summaries(_ text: String, date: String? = "2023-05-10") -> Set<String> {
        summarySet(text, date: date)
    }

    @Test func aDayNumberWithATimeOfDayIsADayOfTheReferenceMonth() {
        #expect(summaries("Le 7 au soir, trois obus de mortier sont tombés près d'un poste de l'armée à Tuz Khurmatu.")
            == ["mortar_attack tuz_khurmatu 2023-05-07 impact"])
        #expect(summaries("Dans la soirée du 9, deux roquettes ont frappé la base de Balad, sans faire de victimes.")
            == ["rocket_attack balad_air_base 2023-05-09 impact"])
        #expect(summaries("On the evening of the 9th, two rockets struck Balad air base, causing no casualties.")
            == ["rocket_attack balad_air_base 2023-05-09 impact"])
        // A span of days with its month is not one day of the reference month.
        #expect(summaries("Dans la nuit du 2 au 3 avril, deux roquettes ont frappé la base de Balad.")
            == ["rocket_attack balad_air_base 2023-04-03 impact"])
    }

    @Test func theWeekdayOfAYearlessDatelineFixesItsYear() {
        // The text names 2014 for its background; Tuesday 9 May is 2023.
        let french = """
            Mis en ligne le mardi 9 mai à 10 h 05

            Trois roquettes se sont abattues mardi à l'aube sur la base de Balad, sans faire de victimes, selon une source \
            sécuritaire. La base avait été reprise aux jihadistes en 2014.
            """
        #expect(summaries(french, date: nil) == ["rocket_attack balad_air_base 2023-05-09 impact"])
        let english = """
            Posted on Tuesday, May 9 at 10:05

            Three rockets fell on Balad air base at dawn on Tuesday, causing no casualties, a security source said. The base \
            was retaken from the jihadists in 2014.
            """
        #expect(summaries(english, date: nil) == ["rocket_attack balad_air_base 2023-05-09 impact"])
    }

    @Test func aWeekdayAndDayInATextWithoutHeaderFallInTheYearsThisToolMaps() {
        #expect(summaries("""
            Trois roquettes se sont abattues mardi 9 mai à l'aube sur la base de Balad. La base avait été reprise aux jihadistes \
            en 2014.
            """, date: nil) == ["rocket_attack balad_air_base 2023-05-09 impact"])
        #expect(summaries("""
            Three rockets fell on Balad air base at dawn on Tuesday, May 9. The base was retaken from the jihadists in 2014.
            """, date: nil) == ["rocket_attack balad_air_base 2023-05-09 impact"])
        // A header's year holds its days.
        #expect(summaries("Lundi 1er février, trois roquettes se sont abattues sur la base de Balad.", date: "2016-02")
            == ["rocket_attack balad_air_base 2016-02-01 impact"])
    }

    @Test func aTownADistanceIsCountedFromStaysThePlaceBesideOnlyItsProvince() {
        #expect(summaries("""
            Lundi, un obus de mortier est tombé sur un hameau à une dizaine de kilomètres à l'ouest de Baqouba, chef-lieu de la \
            province de Diyala, blessant deux enfants.
            """) == ["mortar_attack baqubah 2023-05-08 impact"])
        #expect(summaries("""
            On Monday, a mortar shell landed on a hamlet some 12 kilometers west of Baqubah, the capital of Diyala province, \
            wounding two children.
            """) == ["mortar_attack baqubah 2023-05-08 impact"])
        // Far from the town, the province is the better point.
        #expect(summaries("""
            On Monday, a mortar shell landed on a hamlet some 70 kilometers east of Baqubah, in Diyala province, wounding two children.
            """) == ["mortar_attack diyala_governorate 2023-05-08 impact"])
    }

    @Test func townsThePressSpellsItsOwnWay() {
        #expect(summaries("Mardi 2, des obus de mortier sont tombés sur Deir Hafer, à l'est d'Alep.")
            == ["mortar_attack deir_hafer 2023-05-02 impact"])
        #expect(summaries("On Tuesday, airstrikes hit a school in Darat Izza, in the western Aleppo countryside.")
            == ["airstrike darat_izza 2023-05-09 impact"])
        #expect(summaries("Mardi, deux obus de mortier sont tombés près d'un marché à Daqouq.")
            == ["mortar_attack daquq 2023-05-09 impact"])
        #expect(summaries("Mardi, une roquette est tombée près d'Al-Miqdadiya.") == ["rocket_attack muqdadiyah 2023-05-09 impact"])
    }

    @Test func weaponsInStoreOrFiredByTheDefenceAreNotTheAttacks() {
        #expect(summaries("Dimanche soir, des frappes aériennes ont visé des dépôts de missiles près de Tartous.")
            == ["airstrike tartus 2023-05-07 unknown"])
        #expect(summaries("Late on Sunday, air strikes hit missile depots and a drone factory near Tartus.")
            == ["airstrike tartus 2023-05-07 impact"])
        #expect(summaries("Dimanche, des habitants ont vu des missiles intercepteurs au-dessus de Kiswah après de fortes explosions.")
            == [])
        #expect(summaries("On Sunday, residents saw interceptor missiles over Kiswah after loud explosions.") == [])
        #expect(summaries("Lundi soir, le dépôt de munitions d'un camp près de Kirkouk a explosé, projetant des obus sur les maisons voisines.")
            == [])
        #expect(summaries("On Monday evening, an ammunition depot near Kirkuk blew up, hurling rockets onto nearby homes.") == [])
        // A missile fired at the town still is one.
        #expect(summaries("On Sunday, a missile hit a depot near Kiswah.") == ["missile_attack kiswah 2023-05-07 impact"])
    }

    @Test func aDayAndMonthCalledLastIsTheLatestBeforeTheReference() {
        #expect(summaries("Le 12 juin dernier, des roquettes avaient frappé la base de Balad.")
            == ["rocket_attack balad_air_base 2022-06-12 impact"])
        // Earlier in the year, it is this year's.
        #expect(summaries("Le 2 mars dernier, des roquettes avaient frappé la base de Balad.")
            == ["rocket_attack balad_air_base 2023-03-02 impact"])
    }

    @Test func theMeansAStrikeIsAttributedToAreThatStrikes() {
        #expect(summaries("Le 2 mai, une frappe aérienne, attribuée par les autorités locales à un drone, avait touché un dépôt près de Tikrit.")
            == ["airstrike tikrit 2023-05-02 impact"])
        #expect(summaries("On May 2, an air strike, which local officials blamed on a drone, hit a depot near Tikrit.")
            == ["airstrike tikrit 2023-05-02 impact"])
        // A drone that struck on its own still does.
        #expect(summaries("Le 2 mai, un drone a frappé un dépôt près de Tikrit.") == ["drone_attack tikrit 2023-05-02 impact"])
    }

    @Test func aYearIsNoDateBesideTheDayTheStoryTellsItOn() {
        #expect(summaries("""
            Drones target Kirkuk airport; one shot down

            Posted May 10, 2023

            Two drones flew toward the airport in Kirkuk shortly after midnight, officials said. One was shot down by air defenses.

            The attack was the third attempt this year to hit the airport with drones, according to a tally kept by the police.
            """, date: nil) == ["drone_attack kirkuk 2023-05-10 impact"])
        #expect(summaries("""
            Des drones visent l'aéroport de Kirkouk ; l'un est abattu

            Publié le 10 mai 2023

            Deux drones ont volé vers l'aéroport de Kirkouk peu après minuit, selon les autorités. L'un a été abattu par la défense aérienne.

            Cette attaque est la troisième tentative cette année de frapper l'aéroport avec des drones, selon un décompte de la police.
            """, date: nil) == ["drone_attack kirkuk 2023-05-10 intercepted"])
    }

    @Test func anAircraftNamedByItsRankIsOneOfTheDronesToldBefore() {
        #expect(summaries("""
            Drones target Kirkuk airport

            Posted May 10, 2023

            Two drones flew toward the airport in Kirkuk shortly after midnight, officials said. A coalition official said the air \
            defense system engaged the first drone at around 12:20 a.m. The second aircraft, a small model, simply fell out of the \
            sky and was recovered intact by the police, the official said.
            """, date: nil) == ["drone_attack kirkuk 2023-05-10 unknown"])
        #expect(summaries("""
            Des drones visent l'aéroport de Kirkouk

            Publié le 10 mai 2023

            Deux drones ont volé vers l'aéroport de Kirkouk peu après minuit, selon les autorités. Un responsable a indiqué que la \
            défense aérienne avait engagé le premier drone. Le second appareil, un petit modèle, est simplement tombé du ciel et a \
            été récupéré intact par la police, selon le responsable.
            """, date: nil) == ["drone_attack kirkuk 2023-05-10 unknown"])
    }

    @Test func townsAPlaceLiesBetweenAreLandmarks() {
        #expect(summaries("Samedi, deux roquettes ont visé un champ pétrolier près de Daqouq, entre Kirkouk et Tuz Khurmatu.")
            == ["rocket_attack daquq 2023-05-06 unknown"])
        #expect(summaries("On Saturday, two rockets struck an oil field near Daquq, between Kirkuk and Tuz Khurmatu.")
            == ["rocket_attack daquq 2023-05-06 impact"])
    }

    @Test func aHeadlineNamesTheIncidentOfItsKindByItsProvincesMainTown() {
        #expect(summaries("""
            A drone is downed in the sky of Erbil

            On Tuesday night, an explosive-laden drone was shot down as it approached Harir air base, the Kurdistan \
            counter-terrorism service said.
            """) == ["drone_attack harir_air_base 2023-05-09 intercepted"])
        #expect(summaries("""
            Un drone abattu dans le ciel d'Erbil

            Mardi soir, un drone chargé d'explosifs a été abattu alors qu'il approchait de la base aérienne de Harir, a indiqué \
            le service antiterroriste du Kurdistan.
            """) == ["drone_attack harir_air_base 2023-05-09 intercepted"])
    }

    @Test func aFrenchParticipleTakesItsOriginWithABareDe() {
        #expect(summaries("Mardi, des drones lancés d'Irak vers Eilat ont été abattus au-dessus de la mer Rouge.") == [])
        #expect(summaries("Mardi, des roquettes tirées de Hit ont frappé la base d'Aïn al-Assad.")
            == ["rocket_attack al_asad_airbase 2023-05-09 impact"])
        // English already says "from".
        #expect(summaries("On Tuesday, drones launched from Iraq toward Eilat were shot down over the Red Sea.") == [])
    }

    @Test func dronesNoOneIsNamedForAfterAStatesDronesInTheirParagraphAreItsStrikes() {
        #expect(summaries("""
            Lundi, des drones turcs ont frappé une station de pompage près de Qamichli. Le lendemain, trois drones ont visé des \
            installations pétrolières autour d'Al-Qahtaniya, tuant deux gardes.
            """) == ["airstrike qamishli 2023-05-08 impact", "airstrike qahtaniyah 2023-05-09 unknown"])
        #expect(summaries("""
            On Monday, Turkish drones struck a pumping station near Qamishli. The next day, three drones targeted oil \
            installations around Al-Qahtaniyah, killing two guards.
            """) == ["airstrike qamishli 2023-05-08 impact", "airstrike qahtaniyah 2023-05-09 unknown"])
        // Drones loaded with explosives are a militia's one-way drones.
        #expect(summaries("""
            On Monday, Turkish drones struck a pumping station near Qamishli. The next day, three explosive-laden drones \
            targeted the Conoco gas field.
            """) == ["airstrike qamishli 2023-05-08 impact", "drone_attack conoco_gas_field 2023-05-09 unknown"])
    }

    @Test func weeksCountedInWordsBeforeTheDayToldOrTheReference() {
        #expect(summaries("""
            Le 8 mai, un drone a frappé la base de Balad. Trois semaines plus tôt, deux roquettes étaient tombées sur la base \
            de Balad.
            """) == ["drone_attack balad_air_base 2023-05-08 impact", "rocket_attack balad_air_base 2023-04-17 impact"])
        #expect(summaries("""
            On May 8, a drone struck Balad air base. The Balad base was targeted three weeks earlier by two rockets that fell \
            inside the base.
            """) == ["drone_attack balad_air_base 2023-05-08 impact", "rocket_attack balad_air_base 2023-04-17 impact"])
        #expect(summaries("Il y a quatre semaines, deux roquettes sont tombées sur la base de Balad.")
            == ["rocket_attack balad_air_base 2023-04-12 impact"])
        #expect(summaries("Four weeks ago, two rockets fell on Balad air base.") == ["rocket_attack balad_air_base 2023-04-12 impact"])
    }

    @Test func aDayToldRightAfterItsMonth() {
        #expect(summaries("Début avril, le 3, un commandant avait été tué par une frappe aérienne sur sa maison à Sayyida Zeinab.")
            == ["airstrike sayyida_zaynab 2023-04-03 unknown"])
        #expect(summaries("In early April, on the 3rd, a commander was killed by an air strike on his house in Sayyida Zeinab.")
            == ["airstrike sayyida_zaynab 2023-04-03 unknown"])
    }

    @Test func underAMonthHeaderTheDaySomeoneSpokeAfterTheIncidentsIsTheReference() {
        #expect(summaries("""
            L'armée a annoncé, samedi, que des avions avaient frappé des caches de Daech dans les montagnes de Qarachogh, au \
            sud-est de Makhmour.

            Selon le communiqué, des F-16 ont mené jeudi soir des frappes aériennes qui ont détruit des tunnels près de Makhmour. \
            Dans la soirée du 12, trois obus de mortier sont tombés sur un poste de l'armée près de Makhmour.
            """, date: "2023-05") == ["airstrike makhmur 2023-05-11 impact", "mortar_attack makhmur 2023-05-12 impact"])
        #expect(summaries("""
            The army said on Saturday that its jets had struck Islamic State hideouts in the Qarachogh mountains, southeast of \
            Makhmour.

            According to the statement, F-16s carried out airstrikes on Thursday evening that destroyed tunnels near Makhmour. \
            On the evening of the 12th, three mortar shells fell on an army post near Makhmour.
            """, date: "2023-05") == ["airstrike makhmur 2023-05-11 impact", "mortar_attack makhmur 2023-05-12 impact"])
    }

    @Test func anAttackAStrikeIsToThwartDidNotCome() {
        #expect(summaries("Lundi, l'aviation israélienne a frappé un dépôt près d'Al-Qaim pour déjouer selon elle une attaque de drones.")
            == ["airstrike al_qaim 2023-05-08 impact"])
        #expect(summaries("On Monday, Israeli jets struck a depot near Al-Qaim to thwart what Israel called a planned drone attack.")
            == ["airstrike al_qaim 2023-05-08 impact"])
    }

    @Test func projectilesInAParagraphWithoutWeaponsAreThoseOfTheParagraphBefore() {
        #expect(summaries("""
            Mardi soir, trois roquettes ont visé la base de Speicher, au nord de Tikrit.

            L'une des roquettes est tombée sur une maison du village voisin, blessant un enfant. Les autres projectiles sont \
            tombés dans un terrain vague à l'intérieur de la base, sans faire de dégâts.
            """) == ["rocket_attack camp_speicher 2023-05-09 impact"])
        #expect(summaries("""
            On Tuesday evening, three rockets targeted Camp Speicher, north of Tikrit.

            One of the rockets landed on a house in a nearby village, wounding a child. The other projectiles fell in an empty \
            lot inside the base, causing no damage.
            """) == ["rocket_attack camp_speicher 2023-05-09 impact"])
    }
}
