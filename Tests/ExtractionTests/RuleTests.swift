import Testing
@testable import Extraction

/// One sentence of our own per rule learnt from articles written independently of the extractor:
/// datelines, publication lines, numeric dates, origins, nearest dates, aircraft, state forces'
/// strikes, strikes referred to again, what strikes hit, reactions and preparations.
@Suite struct RuleTests {
    /// These articles' dates come from their own text, so there is no publication date unless a test gives one.
    func summaries(_ text: String, date: String? = nil) -> [String] {
        ExtractionTests.summaries(text, date: date)
    }

    @Test(arguments: [
        // 9 June 2021 is a Wednesday: "mardi" / "Tuesday" is the 8th, and the dispatch's town is no target.
        ("ERBIL, 9 juin 2021 (AFP) - Trois roquettes ont touché mardi la base d'Ain al-Asad.", nil as String?),
        ("KIRKUK, Iraq, June 9 (Reuters) - Three rockets hit Ain al-Asad air base on Tuesday.", "2021-06"),
        ("Erbil, 9 juin 2021 — Trois roquettes ont touché mardi la base d'Ain al-Asad.", nil),
        ("Publié le 09/06/2021\n\nTrois roquettes ont touché mardi la base d'Ain al-Asad.", nil),
        ("Mis à jour le 2021-06-09\n\nTrois roquettes ont touché mardi la base d'Ain al-Asad.", nil),
        ("Updated June 9, 2021\n\nThree rockets hit Ain al-Asad air base on Tuesday.", nil),
    ])
    func datelinesAndPublicationLinesDateTheArticle(text: String, header: String?) {
        #expect(summaries(text, date: header) == ["rocket_attack al_asad_airbase 2021-06-08 impact"], "\(text)")
    }

    @Test func numericDatesAreDayFirstUnlessTheDayCannotBeAMonth() {
        #expect(summaries("Publié le 06/09/2021\n\nTrois roquettes ont touché lundi la base d'Ain al-Asad.")
            == ["rocket_attack al_asad_airbase 2021-09-06 impact"])
        #expect(summaries("Posted 06/29/2021\n\nThree rockets hit Ain al-Asad air base on Monday.")
            == ["rocket_attack al_asad_airbase 2021-06-28 impact"])
    }

    @Test func theTownRocketsWereFiredFromIsNotTheirTarget() {
        #expect(summaries("Trois roquettes tirées depuis Falloujah ont touché lundi la base d'Ain al-Asad.", date: "2021-07-05")
            == ["rocket_attack al_asad_airbase 2021-07-05 impact"])
        #expect(summaries("Rockets launched from Fallujah hit Ain al-Asad air base on Monday.", date: "2021-07-05")
            == ["rocket_attack al_asad_airbase 2021-07-05 impact"])
    }

    @Test func anIncidentTakesTheNearestOfSeveralDates() {
        // 7 July 2021 is a Wednesday.
        let events = summaries("Le gouvernement a annoncé mercredi que trois miliciens avaient été tués lundi par une frappe aérienne américaine près de Deir ez-Zor.",
                               date: "2021-07-07")
        #expect(events.map { $0.hasPrefix("airstrike deir_ez_zor 2021-07-05") } == [true], "\(events)")
    }

    @Test func oneDateDatesEveryClauseOfItsSentence() {
        let events = summaries("On Monday, a drone attack on Erbil airport wounded two soldiers, prompting US airstrikes near Deir ez-Zor.",
                               date: "2021-07-07")
        #expect(Set(events.map { $0.split(separator: " ").prefix(3).joined(separator: " ") })
            == ["drone_attack erbil_international_airport 2021-07-05", "airstrike deir_ez_zor 2021-07-05"], "\(events)")
    }

    @Test func combatAircraftOfAStateStrike() {
        #expect(summaries("Des avions de combat américains ont bombardé lundi des dépôts près de Deir ez-Zor.", date: "2021-07-05")
            .map { $0.hasPrefix("airstrike deir_ez_zor 2021-07-05") } == [true])
        #expect(summaries("Warplanes of the Russian air force struck positions near Deir ez-Zor on Monday.", date: "2021-07-05")
            .map { $0.hasPrefix("airstrike deir_ez_zor 2021-07-05") } == [true])
    }

    @Test func aircraftBesideAWeaponAreNotAnIncident() {
        #expect(summaries("Deux roquettes sont tombées lundi sur la base d'Ain al-Asad, qui abrite des avions de chasse américains.",
                          date: "2021-07-05") == ["rocket_attack al_asad_airbase 2021-07-05 impact"])
    }

    @Test func aStateForceThatStruckCarriedOutAStrike() {
        #expect(summaries("L'armée américaine a frappé lundi soir des positions de milices près de Deir ez-Zor.", date: "2021-07-05")
            .map { $0.hasPrefix("strike deir_ez_zor 2021-07-05") } == [true])
    }

    @Test func theStrikesOfAnEarlierSentenceAreStrikesAgain() {
        let events = summaries("Des frappes aériennes américaines ont visé lundi des positions près d'Albu Kamal.\n\nSelon une ONG, les frappes ont aussi tué six combattants près de Mayadin.",
                               date: "2021-07-05")
        #expect(Set(events.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }) == ["airstrike abu_kamal", "airstrike mayadin"],
                "\(events)")
    }

    @Test func weaponsAStrikeHitAreItsTargets() {
        let events = summaries("A US airstrike on Monday destroyed rockets and drones stored near Deir ez-Zor.", date: "2021-07-05")
        #expect(events.map { $0.hasPrefix("airstrike deir_ez_zor 2021-07-05") } == [true], "\(events)")
    }

    @Test(arguments: [
        "Le ministère a condamné les frappes américaines de lundi près de Deir ez-Zor.",
        "The government condemned Monday's US strikes near Deir ez-Zor.",
        "Le Hezbollah a dénoncé l'attaque de drones de lundi contre l'aéroport d'Erbil.",
    ])
    func reactionsAreNotEvents(text: String) {
        #expect(summaries(text, date: "2021-07-05") == [], "\(text)")
    }

    @Test func aWeaponBeingPreparedIsNoAttack() {
        let events = summaries("US forces struck militants preparing to launch a drone near Kirkuk on Monday.", date: "2021-07-05")
        #expect(!events.contains { $0.hasPrefix("drone_attack") }, "\(events)")
        let french = summaries("Des miliciens s'apprêtaient à lancer des roquettes depuis Kirkouk lundi.", date: "2021-07-05")
        #expect(french == [], "\(french)")
    }

    @Test func anUndatedMentionJoinsOnlyARecentIncident() {
        let events = summaries("Le 3 juin, des roquettes ont frappé la base d'Ain al-Asad.\n\nDes roquettes ont touché la base d'Ain al-Asad, a indiqué la coalition.",
                               date: "2021-07-05")
        #expect(Set(events.map { $0.split(separator: " ").prefix(3).joined(separator: " ") })
            == ["rocket_attack al_asad_airbase 2021-06-03", "rocket_attack al_asad_airbase 2021-07-05"], "\(events)")
    }

    @Test func aDroneFollowedByAStateIsNotItsStrike() {
        #expect(summaries("A drone targeted a US base at Erbil airport on Monday.", date: "2021-07-05")
            .map { $0.hasPrefix("drone_attack erbil_international_airport 2021-07-05") } == [true])
    }
}

/// Rules for phenomena that recur across independently written articles: answered attacks, launchers,
/// launches that failed, coordinated targets, "the same airport", strikes a state carried out.
@Suite struct ClauseRuleTests {
    func heads(_ text: String, date: String? = "2021-07-05") -> Set<String> {
        Set(summaries(text, date: date).map { $0.split(separator: " ").prefix(3).joined(separator: " ") })
    }

    @Test func theAttackAResponseAnswersKeepsItsOwnDateAndPlace() {
        let french = heads("Des frappes aériennes américaines ont visé lundi des dépôts près de Deir ez-Zor, en représailles à l'attaque de drones du 28 juin contre la base d'Ain al-Asad.")
        #expect(french == ["airstrike deir_ez_zor 2021-07-05", "drone_attack al_asad_airbase 2021-06-28"], "\(french)")
        let english = heads("US warplanes bombed militia depots near Albu Kamal on Monday in retaliation for the rocket attack of June 20 on Erbil airport.")
        #expect(english == ["airstrike abu_kamal 2021-07-05", "rocket_attack erbil_international_airport 2021-06-20"], "\(english)")
    }

    @Test func weaponsOfTheAnsweredAttackAreNotTheStrikesTargets() {
        // 5 July 2021 is a Monday: "samedi" is the 3rd.
        let events = heads("Le Pentagone présente ces frappes comme une riposte à l'attaque de samedi contre la base d'Ain al-Asad, où deux roquettes avaient blessé un soldat.")
        #expect(events.contains("rocket_attack al_asad_airbase 2021-07-03"), "\(events)")
    }

    @Test(arguments: [
        "Trois roquettes ont frappé lundi la base d'Ain al-Asad ; elles avaient été tirées d'un lanceur monté sur un camion.",
        "Rockets fired from a launcher hidden in a truck hit Ain al-Asad air base on Monday.",
    ])
    func theLauncherRocketsCameFromIsNoStrike(text: String) {
        #expect(summaries(text) == ["rocket_attack al_asad_airbase 2021-07-05 impact"], "\(text)")
    }

    @Test(arguments: [
        "Lundi soir, une roquette a explosé sur son lanceur près de la base d'Ain al-Asad.",
        "On Monday a rocket exploded on its launcher near Ain al-Asad air base.",
    ])
    func aRocketThatBlewUpOnItsLauncherFailed(text: String) {
        #expect(summaries(text) == ["rocket_attack al_asad_airbase 2021-07-05 failed"], "\(text)")
    }

    @Test func coordinatedTargetsFarApartAreOneIncidentEach() {
        let french = heads("Des missiles balistiques ont frappé lundi l'aéroport d'Erbil et la base d'Ain al-Asad.")
        #expect(french == ["missile_attack erbil_international_airport 2021-07-05", "missile_attack al_asad_airbase 2021-07-05"], "\(french)")
        let english = heads("US airstrikes hit militia sites near Al-Qaim, Mayadin and Albu Kamal on Monday.")
        #expect(english == ["airstrike al_qaim 2021-07-05", "airstrike mayadin 2021-07-05", "airstrike abu_kamal 2021-07-05"], "\(english)")
    }

    @Test func aSiteAndWhatLiesInsideItAreOneTarget() {
        let events = summaries("Deux roquettes ont visé lundi la zone verte et l'ambassade américaine à Bagdad.")
        #expect(events.count == 1, "\(events)")
    }

    @Test(arguments: [
        "Un drone a visé lundi l'aéroport d'Erbil. Le 20 juin, deux roquettes avaient frappé le même aéroport. La base de Balad a été touchée par une roquette en mai.",
        "A drone targeted Erbil airport on Monday. On June 20, two rockets had hit the same airport. Balad air base was hit by a rocket in May.",
    ])
    func theSameAirportIsTheOneJustNamed(text: String) {
        let events = heads(text)
        #expect(events.contains("rocket_attack erbil_international_airport 2021-06-20"), "\(events)")
        #expect(!events.contains("rocket_attack balad_air_base 2021-06-20"), "\(events)")
    }

    @Test func aStrikeAStateCarriedOutBesideADroneAttackIsAStrike() {
        let events = heads("On Monday, a drone attack on Erbil airport wounded two soldiers, prompting US airstrikes near Al-Qaim. On June 28, US forces conducted a strike against militants preparing to launch rockets near Kirkuk.")
        #expect(events == ["drone_attack erbil_international_airport 2021-07-05", "airstrike al_qaim 2021-07-05", "strike kirkuk 2021-06-28"],
                "\(events)")
    }
}

/// Weapons that were never fired, where rockets came from, and verb forms of striking.
@Suite struct UnfiredAndOriginRuleTests {
    @Test(arguments: [
        "La police a saisi lundi trois roquettes destinées à être tirées sur la base d'Ain al-Asad.",
        "Security forces on Monday arrested two men in possession of three rockets for targeting Ain al-Asad air base.",
        "Two rockets ready to be launched were found on Monday near Ain al-Asad air base, which they were meant to hit.",
        "Deux roquettes prêtes à être lancées ont été découvertes lundi près de la base d'Ain al-Asad, qu'elles visaient.",
    ])
    func weaponsNeverFiredAreNoAttack(text: String) {
        // Each sentence also has an attack word, so only the seizure or readiness keeps it from being an attack.
        #expect(summaries(text) == [], "\(text)")
    }

    @Test func anArrestAfterAnAttackKeepsTheAttack() {
        #expect(summaries("Police arrested two men on Monday after three rockets hit Ain al-Asad air base.")
            == ["rocket_attack al_asad_airbase 2021-07-05 impact"])
    }

    @Test func aStrikeOnAWeaponsCacheIsAStrike() {
        let events = summaries("A US airstrike destroyed a weapons cache near Deir ez-Zor on Monday.")
        #expect(events.map { $0.hasPrefix("airstrike deir_ez_zor 2021-07-05") } == [true], "\(events)")
    }

    @Test(arguments: [
        "Trois roquettes tirées depuis un camion garé près du camp de Taji ont touché lundi la zone verte de Bagdad.",
        "Rockets launched from a pickup truck parked on a farm near Camp Taji hit the Green Zone in Baghdad on Monday.",
        "Rockets launched from a small pickup truck of the Kia type parked near Camp Taji hit the Green Zone on Monday.",
    ])
    func aFarOriginInTheSameClauseIsNoTarget(text: String) {
        // Camp Taji, a base, is a more specific place than the Green Zone: only the origin rule keeps it out.
        #expect(summaries(text) == ["rocket_attack green_zone 2021-07-05 impact"], "\(text)")
    }

    @Test func aResponseMarkerAfterAColonOpensAClause() {
        // The strikes answered an earlier incident; the missiles after the comma are the news.
        let events = summaries("Le bilan est lourd : en représailles à l'assassinat d'un commandant, des missiles balistiques avaient frappé lundi la base d'Ain al-Asad.")
        #expect(events == ["missile_attack al_asad_airbase 2021-07-05 impact"], "\(events)")
    }

    @Test func aWeekdayAfterAnInferredDayIsTheNextDay() {
        // Header month only; "jeudi 1er juillet" (a Thursday) fixes the day, and "vendredi" follows it.
        let events = extract("Jeudi 1er juillet, un drone a visé l'aéroport d'Erbil. Tôt vendredi, deux roquettes ont frappé la base d'Ain al-Asad.",
                             date: "2021-07").events
        #expect(Set(events.map(summary)) == ["drone_attack erbil_international_airport 2021-07-01 unknown",
                                            "rocket_attack al_asad_airbase 2021-07-02 impact"], "\(events.map(summary))")
    }
}

@Suite struct AnotherIncidentRuleTests {
    @Test(arguments: [
        "Trois roquettes ont frappé lundi l'aéroport de Bagdad. Le même soir, une autre roquette a explosé sur son lanceur près de la base Victory.",
        "Three rockets hit Baghdad airport on Monday. That same evening, another rocket exploded on its launcher near Camp Victory.",
    ])
    func anotherRocketIsAnotherIncident(text: String) {
        let events = extract(text, date: "2021-07-05").events.map(summary)
        #expect(Set(events) == ["rocket_attack baghdad_international_airport 2021-07-05 impact",
                                "rocket_attack camp_victory 2021-07-05 failed"], "\(events)")
    }
}

/// Lists of targets, aircraft named by model, and summaries over whole countries.
@Suite struct TargetListRuleTests {
    func heads(_ text: String) -> [String] {
        extract(text, date: "2021-07-05").events.map { $0.eventType.rawValue + " " + ($0.place?.id ?? "-") + " " + ($0.date ?? "-") }
    }

    @Test func aSiteNounMayStandBetweenCoordinatedTargets() {
        let events = Set(heads("Des missiles balistiques ont frappé lundi la base d'Ain al-Asad et une base près d'Erbil."))
        #expect(events == ["missile_attack al_asad_airbase 2021-07-05", "missile_attack erbil 2021-07-05"], "\(events)")
    }

    @Test func aPlaceAfterACommaAndNearIsAnAppositionNotATarget() {
        let events = heads("Des roquettes ont touché lundi le champ gazier de Conoco, près de Deir ez-Zor.")
        #expect(events == ["rocket_attack conoco_gas_field 2021-07-05"], "\(events)")
    }

    @Test(arguments: [
        "Un AC-130 américain a ouvert le feu lundi sur des véhicules près d'Abou Ghraib, tuant deux miliciens.",
        "On Monday, US F-15E jets hit militia depots near Abu Ghraib.",
    ])
    func aircraftNamedByModelStrike(text: String) {
        #expect(heads(text) == ["airstrike abu_ghraib 2021-07-05"], "\(text)")
    }

    @Test(arguments: [
        "Cette semaine, des drones et des roquettes ont visé les forces américaines en Irak et en Syrie.",
        "Drones and rockets target US forces in Iraq and Syria as tensions rise.",
    ])
    func attacksSummedUpOverSeveralCountriesAreNoIncident(text: String) {
        #expect(heads(text) == [], "\(text)")
    }
}

@Suite struct TallyRuleTests {
    @Test func severalAttacksAreATallyButTheOneDatedInItStands() {
        let french = extract("Le camp de Taji a été visé l'an dernier par plusieurs attaques à la roquette, la plus récente en mars 2020, quand une roquette est tombée près de la piste.",
                             date: "2021-07-05").events.map(summary)
        #expect(french == ["rocket_attack camp_taji 2020-03-01 impact"], "\(french)")
        let english = extract("Camp Taji was hit by several rocket attacks last year.", date: "2021-07-05").events.map(summary)
        #expect(english == [], "\(english)")
    }
}

@Suite struct WeaponWordRuleTests {
    @Test(arguments: [
        ("Two rounds of indirect fire hit Ain al-Asad air base on Monday.", "rocket_attack al_asad_airbase 2021-07-05 impact"),
        ("Lundi, des tirs indirects ont touché la base d'Ain al-Asad.", "rocket_attack al_asad_airbase 2021-07-05 impact"),
        ("A loitering munition hit Ain al-Asad air base on Monday.", "drone_attack al_asad_airbase 2021-07-05 impact"),
        ("Two IRAMs hit Ain al-Asad air base on Monday.", "rocket_attack al_asad_airbase 2021-07-05 impact"),
        ("A drone struck Ain al-Asad air base on Monday.", "drone_attack al_asad_airbase 2021-07-05 impact"),
        ("US forces struck a militia depot near Kirkuk on Monday.", "strike kirkuk 2021-07-05 impact"),
    ])
    func militaryShorthandForWeapons(text: String, expected: String) {
        #expect(extract(text, date: "2021-07-05").events.map(summary) == [expected], "\(text)")
    }
}
