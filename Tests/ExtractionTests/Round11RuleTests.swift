import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 11, in French and in English.
@Suite struct Round11RuleTests {
    func summaries(_ text: String, date: String? = "2022-03-14") -> Set<String> {
        summarySet(text, date: date)
    }

    @Test func twoIncidentsToldInOneSentenceKeepTheirOwnDatesAndPlaces() {
        #expect(summaries("""
            Des sources locales ont rapporté que le 9 mars, un drone turc a frappé un véhicule à Sinjar, au nord-ouest de Mossoul, \
            tuant deux combattants des unités de résistance de Sinjar, et que le 2 mars une frappe aérienne turque a touché une \
            colline près de Makhmour.
            """) == ["airstrike sinjar 2022-03-09 impact", "airstrike makhmur 2022-03-02 impact"])
        #expect(summaries("""
            Local sources reported that on March 9 a Turkish drone hit a vehicle in Sinjar, northwest of Mosul, killing two \
            fighters of the Sinjar Resistance Units, and that a Turkish airstrike struck a hill near Makhmour on March 2.
            """) == ["airstrike sinjar 2022-03-09 impact", "airstrike makhmur 2022-03-02 impact"])
    }
}

extension Round11RuleTests {
    @Test func aNeighbourhoodNamedLikeADistantTownIsInTheTownBesideIt() {
        #expect(summaries("Lundi, des obus de mortier sont tombés dans le quartier d'al-Hawija, dans la ville de Deir ez-Zor, blessant un enfant.")
            == ["mortar_attack deir_ez_zor 2022-03-14 impact"])
        #expect(summaries("On Monday, two mortar shells fell in the Hawija neighbourhood of Deir ez-Zor, wounding a child.")
            == ["mortar_attack deir_ez_zor 2022-03-14 impact"])
        #expect(summaries("On Monday, mortar shells fell on al-Hawija in Deir ez-Zor city, wounding two civilians.")
            == ["mortar_attack deir_ez_zor 2022-03-14 impact"])
        // A neighbourhood the gazetteer places beside the town is the more precise place.
        #expect(summaries("On Monday, a rocket hit the Sayyida Zaynab neighbourhood of Damascus.")
            == ["rocket_attack sayyida_zaynab 2022-03-14 impact"])
    }

    @Test func aRoadBetweenTwoTownsIsPlacedAtTheLargerOne() {
        #expect(summaries("Lundi, un drone turc a frappé un camion sur la route reliant Amadiya à Duhok, tuant le chauffeur.")
            == ["airstrike duhok 2022-03-14 impact"])
        #expect(summaries("On Monday, a Turkish drone struck a pickup on the road between Tall Tamr and Hasakah.")
            == ["airstrike hasakah 2022-03-14 impact"])
        // Two towns alike: the first.
        #expect(summaries("On Monday, rockets hit an army convoy on the highway linking Kirkuk and Tikrit.")
            == ["rocket_attack kirkuk 2022-03-14 impact"])
    }
}

extension Round11RuleTests {
    @Test func missilesNamedByAnAirForcesStateAreItsAirStrike() {
        #expect(summaries("Lundi, des missiles turcs ont visé des positions près de Sinjar.") == ["airstrike sinjar 2022-03-14 unknown"])
        #expect(summaries("On Monday, Turkish missiles struck positions near Sinjar.") == ["airstrike sinjar 2022-03-14 impact"])
        // Iran's missiles are ballistic missiles.
        #expect(summaries("Lundi, des missiles iraniens ont visé des positions près d'Erbil.") == ["missile_attack erbil 2022-03-14 unknown"])
    }

    @Test func aDroneCarryingDrugsIsSmuggling() {
        #expect(summaries("On Monday, the army shot down a drone carrying methamphetamine near Rutba.").isEmpty)
        #expect(summaries("Lundi, l'armée a abattu un drone chargé de haschich près de Mafraq.").isEmpty)
        #expect(summaries("On Monday, the army shot down a drone carrying explosives near Rutba.")
            == ["drone_attack rutba 2022-03-14 intercepted"])
    }

    @Test func aircraftABaseHostsOrThatFlyOverAreNoStrike() {
        #expect(summaries("La base de Balad, qui abrite des avions de chasse irakiens, avait déjà été visée le 2 mars.").isEmpty)
        #expect(summaries("Balad air base, which hosts Iraqi F-16 jets, had already been targeted on March 2.").isEmpty)
        #expect(summaries("Lundi, le maire de Sinjar a dit que des avions turcs survolent la région jour et nuit.").isEmpty)
        #expect(summaries("On Monday, residents said Turkish aircraft were overflying the area near Sinjar day and night.").isEmpty)
        #expect(summaries("On Monday, Iraqi F-16 jets struck a hideout near Hawija.") == ["airstrike hawija 2022-03-14 impact"])
    }
}

extension Round11RuleTests {
    @Test func aRoundUpsSentenceDatedOnlyByItsWeekSumsUpTheDatedItems() {
        #expect(summaries("""
            Sinjar and the north: the week in review (March 14–20)

            Turkish drones struck again around Duhok this week.

            - March 15 — A Turkish drone struck a car near Sinjar, killing two.
            - March 17 — A Turkish drone hit a house near Amadiya, wounding a shepherd.
            """, date: "2022-03") == ["airstrike sinjar 2022-03-15 impact", "airstrike amadiya 2022-03-17 impact"])
        #expect(summaries("""
            La semaine dans le nord de l'Irak, du lundi 14 au dimanche 20 mars

            Les drones turcs ont encore frappé autour de Duhok cette semaine.

            - 15 mars : un drone turc a frappé une voiture près de Sinjar, tuant deux personnes.
            - 17 mars : un drone turc a touché une maison près d'Amadiya, blessant un berger.
            """, date: "2022-03") == ["airstrike sinjar 2022-03-15 impact", "airstrike amadiya 2022-03-17 impact"])
        // One dated incident besides it: the week's incident is not a summary.
        #expect(summaries("""
            Turkish drones struck Sinjar this week. On Tuesday, a Turkish drone hit a car near Amadiya.
            """, date: "2022-03-18").count == 2)
    }
}

extension Round11RuleTests {
    @Test func jordansStrikesAndAnAirForcesStrikesAreAirStrikes() {
        #expect(summaries("Lundi, une frappe jordanienne a visé un entrepôt de trafiquants près de Soueïda.")
            == ["airstrike suwayda 2022-03-14 unknown"])
        #expect(summaries("On Monday, an Iraqi air force strike destroyed a hideout near Hawija, killing four militants.")
            == ["airstrike hawija 2022-03-14 impact"])
        // Another state's strike of unstated means stays a strike.
        #expect(summaries("Lundi, une frappe turque a visé un village près de Sinjar.") == ["strike sinjar 2022-03-14 unknown"])
    }
}

extension Round11RuleTests {
    @Test func noWeaponUnfiredRoundsAndUnarmedDronesAreNoAttack() {
        #expect(summaries("On Monday, the coalition said that no rockets had struck Ain al-Asad air base.").isEmpty)
        #expect(summaries("Lundi, la coalition a affirmé qu'aucune roquette n'avait touché la base d'Aïn al-Asad.").isEmpty)
        #expect(summaries("Lundi, la police a découvert près de Baqouba un lanceur chargé de trois roquettes non tirées.").isEmpty)
        #expect(summaries("On Monday, police found three unfired rockets on a launcher near Baqubah.").isEmpty)
        #expect(summaries("A drone crashed near Kirkuk on Monday; officials said it was a commercial drone used for filming weddings.").isEmpty)
        #expect(summaries("Lundi, un drone s'est écrasé près de Kirkouk ; il s'agissait d'un drone civil utilisé pour filmer des mariages.").isEmpty)
        // Rockets that did fire stay an attack.
        #expect(summaries("On Monday, three rockets struck Ain al-Asad air base.") == ["rocket_attack al_asad_airbase 2022-03-14 impact"])
    }

    @Test func aProtestAtAStrikeAndAttacksExpectedToComeAreNoIncident() {
        #expect(summaries("On Monday, Baghdad summoned the Turkish ambassador to protest the strike near Sinjar.").isEmpty)
        #expect(summaries("Lundi, Bagdad a convoqué l'ambassadeur turc pour protester contre la frappe près de Sinjar.").isEmpty)
        #expect(summaries("On Monday, analysts said they expect more drone attacks on Erbil airport.").isEmpty)
        #expect(summaries("Lundi, des analystes ont prévenu que des attaques de drones contre l'aéroport d'Erbil auront lieu dans les prochaines semaines.").isEmpty)
        #expect(summaries("On Monday, the Pentagon said it was considering whether to strike militia sites near Al-Qaim.").isEmpty)
        // A summoning told in a clause of its own after the strike leaves the strike.
        #expect(summaries("Lundi, un drone turc a frappé une voiture près de Sinjar, et Bagdad a convoqué l'ambassadeur turc.")
            == ["airstrike sinjar 2022-03-14 impact"])
    }
}

extension Round11RuleTests {
    @Test func daysCountedBackFromTheArticlesDay() {
        #expect(summaries("Il y a dix jours, des roquettes ont visé la base de Green Village.") == ["rocket_attack green_village 2022-03-04 unknown"])
        #expect(summaries("Ten days ago, rockets struck the Green Village base.") == ["rocket_attack green_village 2022-03-04 impact"])
        #expect(summaries("A week ago, a drone was shot down over the Harir base.") == ["drone_attack harir_air_base 2022-03-07 intercepted"])
    }

    @Test func anHourAfterAfterIsNoEarlierEvent() {
        #expect(summaries("Shortly after midnight on Saturday, a drone exploded near the Harir base.")
            == ["drone_attack harir_air_base 2022-03-12 unknown"])
        #expect(summaries("Peu après l'aube samedi, trois roquettes se sont abattues sur la base de Harir.")
            == ["rocket_attack harir_air_base 2022-03-12 impact"])
        // A date inside an "after" phrase that names an event still dates that event, not the incident.
        #expect(summaries("After the bombing in Erbil on Saturday, Turkish jets struck sites near Sinjar.")
            .contains("airstrike sinjar 2022-03-14 impact"))
    }
}

extension Round11RuleTests {
    @Test func aHeadlineInLooserWordsIsTheBodysAirStrike() {
        #expect(summaries("""
            Drone attack kills two near Qamishli

            A Turkish drone struck a car near Qamishli on March 9, killing two fighters, the group said.
            """, date: "2022-03") == ["airstrike qamishli 2022-03-09 impact"])
        #expect(summaries("""
            Deux morts dans une attaque de drone près de Qamichli

            Un drone turc a frappé samedi une voiture près de Qamichli, tuant deux combattants.
            """) == ["airstrike qamishli 2022-03-12 impact"])
        // A headline on another kind of attack stays its own incident.
        #expect(summaries("""
            Rocket attack near Qamishli

            A Turkish drone struck a car near Qamishli on March 9, killing two fighters, the group said.
            """, date: "2022-03").count == 2)
    }
}

extension Round11RuleTests {
    @Test func aDroneStrikeOnAnAirportNobodysStateCarriedOutIsADroneAttack() {
        #expect(summaries("On Monday, a drone strike on Erbil airport caused minor damage to a hangar.")
            == ["drone_attack erbil_international_airport 2022-03-14 unknown"])
        #expect(summaries("Lundi, une frappe de drone contre l'aéroport d'Erbil a légèrement endommagé un hangar.")
            == ["drone_attack erbil_international_airport 2022-03-14 impact"])
        // A state's drone strike stays its air strike.
        #expect(summaries("On Monday, a U.S. drone strike on a car near Baghdad airport killed two militia commanders.")
            == ["airstrike baghdad_international_airport 2022-03-14 unknown"])
    }
}

extension Round11RuleTests {
    @Test func aHospitalOrStreetNamedAfterABaseIsNotTheBase() {
        #expect(summaries("On Monday, two mortar shells fell in Deir ez-Zor; the wounded were taken to al-Asad hospital.")
            == ["mortar_attack deir_ez_zor 2022-03-14 impact"])
        #expect(summaries("Lundi, deux obus de mortier sont tombés à Deir ez-Zor ; les blessés ont été transportés à l'hôpital al-Asad.")
            == ["mortar_attack deir_ez_zor 2022-03-14 impact"])
        // The base itself stays the place.
        #expect(summaries("On Monday, two rockets fell on Ain al-Asad air base.") == ["rocket_attack al_asad_airbase 2022-03-14 impact"])
    }
}

extension Round11RuleTests {
    @Test func anIncidentGivenTwoDaysHappenedOnEach() {
        #expect(summaries("Rockets hit Ain al-Asad air base on March 2 and again on March 9.")
            == ["rocket_attack al_asad_airbase 2022-03-02 impact", "rocket_attack al_asad_airbase 2022-03-09 impact"])
        #expect(summaries("La base d'Aïn al-Asad avait été visée par des roquettes le 2 mars, puis le 9 mars.")
            == ["rocket_attack al_asad_airbase 2022-03-02 unknown", "rocket_attack al_asad_airbase 2022-03-09 unknown"])
        #expect(summaries("Des drones ont visé l'aéroport d'Erbil le 2 mars et la base de Harir le 9 mars.")
            == ["drone_attack erbil_international_airport 2022-03-02 unknown", "drone_attack harir_air_base 2022-03-09 unknown"])
        #expect(summaries("Drones targeted Erbil airport on March 2 and the Harir base on March 9.")
            == ["drone_attack erbil_international_airport 2022-03-02 unknown", "drone_attack harir_air_base 2022-03-09 unknown"])
        #expect(summaries("Des roquettes ont visé la base d'Aïn al-Asad le 2 mars, ainsi que la base de Harir le 9 mars.")
            == ["rocket_attack al_asad_airbase 2022-03-02 unknown", "rocket_attack harir_air_base 2022-03-09 unknown"])
        // A span between two days is one period, and a date naming another event is not the incident's.
        #expect(summaries("Rockets hit Ain al-Asad air base between March 2 and March 9.").count <= 1)
        #expect(summaries("Le 7 mars, une frappe israélienne a détruit une partie de la piste de l'aéroport de Damas et l'a fermé, après le séisme du 6 février.")
            == ["airstrike damascus_international_airport 2022-03-07 impact"])
    }
}

extension Round11RuleTests {
    @Test func thePresssVictoriaBaseIsCampVictory() {
        #expect(summaries("On Monday, a drone attack targeted the Victoria base near Baghdad airport.")
            == ["drone_attack camp_victory 2022-03-14 unknown"])
        #expect(summaries("Lundi, une roquette est tombée sur la base Victoria, près de l'aéroport de Bagdad.")
            == ["rocket_attack camp_victory 2022-03-14 impact"])
    }
}

extension Round11RuleTests {
    @Test func aPlaceInAGroupsNameOrInIsraelIsNotTheIncidents() {
        #expect(summaries("On Monday, the Islamic Resistance in Iraq claimed a drone attack on a target in Eilat.").isEmpty)
        #expect(summaries("Lundi, la Résistance islamique en Irak a revendiqué une attaque de drone contre une cible à Eilat.").isEmpty)
        #expect(summaries("On Monday, a drone launched from Iraq was shot down over the Golan Heights, the Israeli army said.").isEmpty)
        #expect(summaries("Lundi, un drone lancé depuis l'Irak a été abattu au-dessus du plateau du Golan.").isEmpty)
        // A group's name beside the incident's own place leaves that place.
        #expect(summaries("On Monday, the Islamic Resistance in Iraq said its drone hit the Harir base.")
            == ["drone_attack harir_air_base 2022-03-14 impact"])
        #expect(summaries("On Monday, two rockets landed near the US embassy in Baghdad.") == ["rocket_attack us_embassy_baghdad 2022-03-14 impact"])
    }
}

extension Round11RuleTests {
    @Test func weaponsTestedShownOrDefendedAgainstAreNoAttack() {
        #expect(summaries("On Monday, Iran test-fired a new ballistic missile, state television reported.").isEmpty)
        #expect(summaries("Lundi, l'Iran a dévoilé un nouveau drone capable de frapper des cibles à 2 000 km.").isEmpty)
        #expect(summaries("On Monday, the U.S. sent Patriot batteries to Erbil to protect its troops against drone and rocket attacks.").isEmpty)
        #expect(summaries("Lundi, Washington a livré des batteries à Erbil pour protéger ses soldats contre les attaques de drones et de roquettes.").isEmpty)
        #expect(summaries("On Monday, coalition troops trained Iraqi soldiers in anti-drone tactics at Ain al-Asad air base.").isEmpty)
        // A defence deployed to protect a site that shot a rocket down met a real attack.
        #expect(summaries("On Monday, the C-RAM deployed to protect the U.S. embassy shot down a rocket.")
            == ["rocket_attack us_embassy_baghdad 2022-03-14 intercepted"])
    }
}

extension Round11RuleTests {
    @Test func aStringOrWaveOfAttacksIsMany() {
        #expect(summaries("The attack was the latest in a string of rocket strikes on bases hosting U.S. troops in Iraq.").isEmpty)
        #expect(summaries("A wave of drone attacks hit U.S. bases in Syria last week.").isEmpty)
        #expect(summaries("Une vague d'attaques de drones a visé la semaine dernière des bases américaines en Syrie.").isEmpty)
        #expect(summaries("Les tirs de roquettes contre la zone verte sont devenus quasi quotidiens depuis les élections.").isEmpty)
        // One dated incident told as the latest stays an incident.
        #expect(summaries("On Monday, in the latest of these attacks, two rockets hit Ain al-Asad air base.")
            == ["rocket_attack al_asad_airbase 2022-03-14 impact"])
    }
}

extension Round11RuleTests {
    @Test func theDayASourceSpokeGivesWayToTheIncidentsOwnDay() {
        #expect(summaries("""
            Une source locale a déclaré, lundi 14/3, que deux gardes ont été blessés dans une attaque de drone contre le champ gazier de Conoco.

            La source a ajouté qu'un drone chargé d'explosifs a frappé samedi soir un réservoir près du champ gazier de Conoco.
            """) == ["drone_attack conoco_gas_field 2022-03-12 impact"])
        #expect(summaries("""
            A local source said on Monday, 14/3, that two guards were wounded in a drone attack on the Conoco gas field.

            The source added that an explosive-laden drone struck a tank at the Conoco gas field on Saturday evening.
            """) == ["drone_attack conoco_gas_field 2022-03-12 impact"])
        // A week apart, they are two incidents.
        #expect(summaries("""
            A local source said on Monday, 14/3, that two guards were wounded in a drone attack on the Conoco gas field.

            The source added that a drone struck a tank at the Conoco gas field on March 7.
            """).count == 2)
    }
}

extension Round11RuleTests {
    @Test func aDrillsFireAndSimulatedInterceptionsAreTraining() {
        #expect(summaries("Lundi, l'armée a conclu près de Mafraq un exercice conjoint comprenant des tirs d'artillerie et de missiles et l'interception simulée de drones hostiles.").isEmpty)
        #expect(summaries("On Monday, troops near Mafraq held a drill with artillery and missile fire and the simulated interception of hostile drones.").isEmpty)
        #expect(summaries("Lundi, l'armée a abattu près de Roukban un drone qui transportait du cristal.").isEmpty)
        // Rockets that hit during a drill are an attack.
        #expect(summaries("On Monday, two rockets hit Ain al-Asad air base during a military drill, wounding a soldier.")
            == ["rocket_attack al_asad_airbase 2022-03-14 impact"])
    }
}

extension Round11RuleTests {
    @Test func thisBaseIsTheBaseJustNamed() {
        // The base named in a sentence that tells no incident of its own, not the town named after it; since round 14 that
        // sentence's day ("Saturday's attack") dates the rockets told next, as devset5's gold dates the same account.
        #expect(summaries("""
            Washington présente ces frappes comme une riposte à l'attaque de samedi contre la base K1, près de Kirkouk, dans le \
            nord du pays. Plus de vingt roquettes s'étaient abattues sur cette base irakienne qui accueille des soldats américains.
            """) == ["rocket_attack k1_air_base 2022-03-12 impact"])
        #expect(summaries("""
            Washington calls the strikes a response to Saturday's attack on the K1 base near Kirkuk, in the north of the country. \
            More than twenty rockets landed on this base, which hosts U.S. troops, killing a contractor.
            """) == ["rocket_attack k1_air_base 2022-03-12 impact"])
    }
}

extension Round11RuleTests {
    @Test func theNthOfAMonthIsThatDay() {
        #expect(summaries("On the 9th of March, rockets hit Ain al-Asad air base.") == ["rocket_attack al_asad_airbase 2022-03-09 impact"])
        #expect(summaries("Rockets hit Ain al-Asad air base on the 9th of March 2022.") == ["rocket_attack al_asad_airbase 2022-03-09 impact"])
    }
}

extension Round11RuleTests {
    @Test func aDroneThatStruckAnArmedGroupIsAnAirStrike() {
        #expect(summaries("On Monday, a drone hit a PMF headquarters in Jurf al-Sakhar, causing a large explosion.")
            == ["airstrike jurf_al_sakhar 2022-03-14 impact"])
        #expect(summaries("Lundi, un drone a visé un poste du Hachd près d'Al-Qaïm, tuant deux combattants.")
            == ["airstrike al_qaim 2022-03-14 unknown"])
        // The group that launched the drone is its agent, not its target.
        #expect(summaries("On Monday, a drone launched by Kataib Hezbollah hit a checkpoint near Jurf al-Sakhar.")
            == ["drone_attack jurf_al_sakhar 2022-03-14 impact"])
    }
}

extension Round11RuleTests {
    @Test func anotherClausesComingUnderFireIsNoAttackByTheDrones() {
        #expect(summaries("On Monday, Turkish drones were back over Qamishli, while U.S. positions in Deir ez-Zor came under fire.").isEmpty)
        #expect(summaries("Lundi, des drones turcs étaient de retour au-dessus de Qamichli, tandis que des positions américaines à Deir ez-Zor ont essuyé des tirs.").isEmpty)
        // Weapons of the clause that came under fire are its attack.
        #expect(summaries("On Monday, U.S. positions in Deir ez-Zor came under fire from two rockets.") == ["rocket_attack deir_ez_zor 2022-03-14 unknown"])
    }
}

extension Round11RuleTests {
    @Test func hoursLaterOrEarlierInTheDayIsTheDayToldBefore() {
        #expect(summaries("On Saturday, rockets hit Ain al-Asad air base. Earlier in the day, a drone was shot down near the Harir base.")
            == ["rocket_attack al_asad_airbase 2022-03-12 impact", "drone_attack harir_air_base 2022-03-12 intercepted"])
        #expect(summaries("Samedi, des roquettes ont frappé la base d'Aïn al-Asad. Quelques heures plus tard, un drone a été abattu près de la base de Harir.")
            == ["rocket_attack al_asad_airbase 2022-03-12 impact", "drone_attack harir_air_base 2022-03-12 intercepted"])
    }
}

extension Round11RuleTests {
    @Test func aVehicleHitByADroneIsAnArmedDronesStrike() {
        #expect(summaries("On Monday, two fighters were killed when their car was hit by a drone near Kobani.")
            == ["airstrike kobani 2022-03-14 impact"])
        #expect(summaries("Lundi, deux combattants ont été tués lorsque leur voiture a été touchée par un drone près de Kobané.")
            == ["airstrike kobani 2022-03-14 impact"])
        // A base hit by a drone stays a drone attack.
        #expect(summaries("On Monday, the Harir base was hit by a drone.") == ["drone_attack harir_air_base 2022-03-14 impact"])
    }
}

extension Round11RuleTests {
    @Test func pressSpellingsOfSitesAndATownNamedLikeABase() {
        #expect(summaries("On Monday, an Israeli strike hit a building in Mezzeh.") == ["airstrike mezzeh_military_airport 2022-03-14 impact"])
        #expect(summaries("Lundi, deux drones ont visé la base de Muwaffaq Salti.") == ["drone_attack muwaffaq_salti_air_base 2022-03-14 unknown"])
        #expect(summaries("On Monday, a drone hit a house in Remelan.") == ["drone_attack rmelan 2022-03-14 impact"])
        #expect(summaries("On Monday, a rocket fell in the Jihad district.") == ["rocket_attack al_jihad_baghdad 2022-03-14 impact"])
        // Busra al-Harir is a town of Daraa, not the Harir base.
        #expect(summaries("On Monday, a rocket hit a house in Busra al-Harir.").allSatisfy { !$0.contains("harir_air_base") })
    }
}

extension Round11RuleTests {
    /// Found by the 50 MB benchmark: a weekday and the date that follows it ("on Sunday, Sept. 13,") read as two
    /// overlapping dates of one incident crashed its split into one incident per day.
    @Test func overlappingDatesOfOneIncidentAreNotSplitByDay() {
        #expect(summarySet("""
            U.S. DEPARTMENT OF DEFENSE

            US and coalition troops came under fire at least three times between Tuesday and Friday, according to a tally \
            by this newsletter, the busiest week since early 2021. A strike on Sunday, Sept. 13, near Al-Hamdaniya, which \
            killed twelve fighters of the Syrian Democratic Forces (SDF) and wounded a third when their car was hit on the \
            road west of the town, was only the most recent.
            """, date: "2024-09") == ["strike geonames:IQ:hamdaniya 2024-09-08 impact"])
    }
}
