import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 9, in French and in English.
@Suite struct Round9RuleTests {
    func summaries(_ text: String, date: String? = "2022-03") -> Set<String> {
        summarySet(text, date: date)
    }

    @Test func aYearFirstNumericDateIsReadYearMonthDay() {
        #expect(summaries("A security source said on Tuesday 2022/03/15 that three rockets landed near Kirkuk.")
            == ["rocket_attack kirkuk 2022-03-15 impact"])
        #expect(summaries("Une source sécuritaire a indiqué mardi 2022/03/15 que trois roquettes sont tombées près de Kirkouk.")
            == ["rocket_attack kirkuk 2022-03-15 impact"])
        #expect(summaries("Three rockets landed near Kirkuk on 2022.03.15, police said.") == ["rocket_attack kirkuk 2022-03-15 impact"])
        // Day first stays day first.
        #expect(summaries("Trois roquettes sont tombées près de Kirkouk le 15.03.2022, selon la police.") == ["rocket_attack kirkuk 2022-03-15 impact"])
    }
}

extension Round9RuleTests {
    @Test func pressSpellingsOfQayyarahBaseAndAlbouKamalArePlaced() {
        #expect(summaries("Two rockets fell near Qayyarah base, south of Mosul, on Monday 2022/03/14, without casualties.")
            == ["rocket_attack qayyarah_airfield 2022-03-14 impact"])
        #expect(summaries("Lundi 14 mars, des avions américains ont frappé un entrepôt d'armes près d'Albou Kamal.")
            == ["airstrike abu_kamal 2022-03-14 impact"])
    }
}

extension Round9RuleTests {
    @Test func aPlacesHistoryInARelativeClauseLeavesTheStrikeAnEvent() {
        #expect(summaries("On Monday, Turkish jets struck a house near Sinjar, which PKK fighters have used for years.", date: "2022-03-14")
            == ["airstrike sinjar 2022-03-14 impact"])
        #expect(summaries("Lundi, des avions turcs ont frappé une maison près de Sinjar, qui sert depuis des années au PKK.", date: "2022-03-14")
            == ["airstrike sinjar 2022-03-14 impact"])
        // Frequency words that tell of the strikes still make them a tally.
        #expect(summaries("Turkish jets have struck houses near Sinjar for years.", date: "2022-03-14").isEmpty)
    }
}

extension Round9RuleTests {
    @Test func strikesPlacedInTimeAfterTheyAreToldAreNoSecondIncident() {
        #expect(summaries("""
            On Monday, Turkish jets struck a house near Sinjar. The strikes came on the eve of a visit by the Iraqi prime minister to Erbil.
            """, date: "2022-03-14") == ["airstrike sinjar 2022-03-14 impact"])
        #expect(summaries("""
            Lundi, des avions turcs ont frappé une maison près de Sinjar. Les frappes sont intervenues à la veille d'une visite du Premier ministre irakien à Erbil.
            """, date: "2022-03-14") == ["airstrike sinjar 2022-03-14 impact"])
    }
}

extension Round9RuleTests {
    @Test func aDroneSpottedThenShotDownInTheNextSentenceIsAnInterceptedAttack() {
        #expect(summaries("Early on Monday, a drone was spotted heading towards Sinjar. It was shot down by air defences, the army said.", date: "2022-03-14")
            == ["drone_attack sinjar 2022-03-14 intercepted"])
        #expect(summaries("Lundi à l'aube, un drone a été repéré en direction de Sinjar. Il a été abattu par la défense aérienne, selon l'armée.", date: "2022-03-14")
            == ["drone_attack sinjar 2022-03-14 intercepted"])
        // A drone only seen stays no event.
        #expect(summaries("Early on Monday, a drone was spotted over Sinjar. It flew away towards the north.", date: "2022-03-14").isEmpty)
    }
}

extension Round9RuleTests {
    @Test func droneInfiltrationAttemptsAtABorderAreNoAttack() {
        #expect(summaries("L'armée jordanienne affirme avoir déjoué une tentative d'infiltration au moyen d'un drone près de Rouweichid lundi.", date: "2022-03-14").isEmpty)
        #expect(summaries("The Jordanian army said it foiled an infiltration attempt by a drone near Ruwaished on Monday.", date: "2022-03-14").isEmpty)
    }
}

extension Round9RuleTests {
    @Test func aDrillWithLiveFireIsNoAttack() {
        #expect(summaries("L'armée irakienne a tenu lundi un exercice conjoint près de Kirkouk, avec tirs réels de roquettes et de drones.", date: "2022-03-14").isEmpty)
        #expect(summaries("On Monday, the Iraqi army fired rockets at targets near Kirkuk during a live-fire drill.", date: "2022-03-14").isEmpty)
    }
}

extension Round9RuleTests {
    @Test func aWireDispatchPlaceBeforeADashIsNotTheIncidentsPlace() {
        #expect(summaries("Erbil - Une source sécuritaire a déclaré, lundi 14 mars, que deux roquettes sont tombées près de Sinjar.")
            == ["rocket_attack sinjar 2022-03-14 impact"])
        #expect(summaries("Erbil - A police source said on Monday, March 14, that two rockets fell near Sinjar.")
            == ["rocket_attack sinjar 2022-03-14 impact"])
    }
}

extension Round9RuleTests {
    @Test func theTownOfHitAfterAnArticleIsAPlaceNotAVerb() {
        #expect(summaries("On Monday, police announced the seizure of two rockets in a farm near the Hit district, west of Ramadi.", date: "2022-03-14").isEmpty)
        // The verb after an article's noun still tells an impact.
        #expect(summaries("On Monday, the rockets hit the base near Kirkuk.", date: "2022-03-14") == ["rocket_attack kirkuk 2022-03-14 impact"])
    }
}

extension Round9RuleTests {
    @Test func noStrikeOnATerritoryAfterStrikesElsewhereIsNoIncident() {
        #expect(summaries("""
            Lundi, des avions américains ont frappé un dépôt près d'Al-Qaïm. Aucune frappe n'a visé la ville de Kirkouk, a insisté un porte-parole.
            """, date: "2022-03-14") == ["airstrike al_qaim 2022-03-14 impact"])
        #expect(summaries("""
            On Monday, U.S. jets struck a depot near Al-Qaim. No strike targeted the city of Kirkuk, a spokesman insisted.
            """, date: "2022-03-14") == ["airstrike al_qaim 2022-03-14 impact"])
    }
}

extension Round9RuleTests {
    @Test func aDroneThatHadCrashedOnATargetIsAnImpact() {
        #expect(summaries("Le 3 mars, un drone chargé d'explosifs s'était écrasé près de Sinjar, selon la police.", date: "2022-05")
            == ["drone_attack sinjar 2022-03-03 impact"])
        #expect(summaries("On March 3, an explosives-laden drone had crashed near Sinjar, police said.", date: "2022-05")
            == ["drone_attack sinjar 2022-03-03 impact"])
    }
}

extension Round9RuleTests {
    @Test func aHeadlineThatRestatesTheBodysIncidentMakesNoEventAtItsReferenceTown() {
        #expect(summaries("""
            Security source: Katyusha rocket falls near Balad base north of Baghdad without casualties

            A security source in Salahuddin reported, on Tuesday 2022/05/10, that a Katyusha rocket fell in the vicinity of Balad air base, north of Baghdad, without causing losses.
            """, date: "2022-05") == ["rocket_attack balad_air_base 2022-05-10 impact"])
        #expect(summaries("""
            Source sécuritaire : une roquette Katioucha tombe près de la base de Balad au nord de Bagdad sans faire de victimes

            Une source sécuritaire a indiqué mardi 2022/05/10 qu'une roquette Katioucha est tombée aux abords de la base aérienne de Balad, au nord de Bagdad.
            """, date: "2022-05") == ["rocket_attack balad_air_base 2022-05-10 impact"])
    }
}

extension Round9RuleTests {
    @Test func aDroneAssassinationAttemptIsADroneAttack() {
        #expect(summaries("Le 7 mars, le gouverneur a échappé à une tentative d'assassinat au drone contre sa maison à Kirkouk.", date: "2022-05")
            == ["drone_attack kirkuk 2022-03-07 unknown"])
        #expect(summaries("On March 7, the governor survived a drone assassination attempt on his house in Kirkuk.", date: "2022-05")
            == ["drone_attack kirkuk 2022-03-07 unknown"])
    }
}
