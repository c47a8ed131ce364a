import Testing
@testable import Extraction

/// Event words, counts, outcomes, casualties and non-events, in French and English.
@Suite struct EventTests {
    func only(_ text: String, date: String? = "2021-07-05") -> Event? {
        let events = extract(text, date: date).events
        return events.count == 1 ? events[0] : nil
    }

    @Test(arguments: [
        ("Trois roquettes ont frappé la base aérienne d'Ain al-Asad lundi.", "rocket_attack al_asad_airbase 2021-07-05 impact"),
        ("Deux roquettes Falaq de 240 mm ont touché la base d'Ain al-Asad lundi.", "rocket_attack al_asad_airbase 2021-07-05 impact"),
        ("Une roquette de 107 mm a atterri sur la base d'Ain al-Asad lundi.", "rocket_attack al_asad_airbase 2021-07-05 impact"),
        ("Un drone piégé a été abattu lundi au-dessus de l'aéroport de Bagdad.", "drone_attack baghdad_international_airport 2021-07-05 intercepted"),
        ("Un drone kamikaze a visé l'ambassade américaine à Bagdad lundi.", "drone_attack us_embassy_baghdad 2021-07-05 unknown"),
        ("Un quadricoptère a été intercepté lundi au-dessus de la zone verte de Bagdad.", "drone_attack green_zone 2021-07-05 intercepted"),
        ("Deux avions sans pilote ont été abattus lundi près de la base d'Ain al-Asad.", "drone_attack al_asad_airbase 2021-07-05 intercepted"),
        ("Des missiles balistiques ont frappé la base d'Ain al-Asad lundi.", "missile_attack al_asad_airbase 2021-07-05 impact"),
        ("Des obus de mortier sont tombés lundi sur la zone verte de Bagdad.", "mortar_attack green_zone 2021-07-05 impact"),
        ("Les roquettes ont été détruites en vol au-dessus de la zone verte de Bagdad lundi.", "rocket_attack green_zone 2021-07-05 intercepted"),
        ("Le système C-RAM a été engagé contre des roquettes visant la zone verte de Bagdad lundi.", "rocket_attack green_zone 2021-07-05 intercepted"),
        ("Des roquettes qui n'ont pas réussi à se lancer ont été retrouvées près d'Ain al-Asad lundi.", "rocket_attack al_asad_airbase 2021-07-05 failed"),
        ("Une frappe aérienne américaine a visé lundi une position près de Deir ez-Zor.", "airstrike deir_ez_zor 2021-07-05 unknown"),
        ("Un tir de drone armé américain a détruit lundi un véhicule près de l'aéroport de Bagdad.", "airstrike baghdad_international_airport 2021-07-05 impact"),
        ("Les forces de la coalition ont détruit lundi des sites de lancement de roquettes près de Deir ez-Zor.", "strike deir_ez_zor 2021-07-05 impact"),
        ("Two drones were shot down over Baghdad airport on Monday.", "drone_attack baghdad_international_airport 2021-07-05 intercepted"),
        ("Three rockets hit Ain al-Asad air base on Monday.", "rocket_attack al_asad_airbase 2021-07-05 impact"),
        ("A US airstrike hit a militia position near Deir ez-Zor on Monday.", "airstrike deir_ez_zor 2021-07-05 impact"),
        ("Several rockets failed to launch near Ain al-Asad on Monday.", "rocket_attack al_asad_airbase 2021-07-05 failed"),
        ("A mortar round landed inside the Green Zone in Baghdad on Monday.", "mortar_attack green_zone 2021-07-05 impact"),
        ("Turkish forces shelled villages near Zakho on Monday.", "strike zakho 2021-07-05 unknown"),
    ])
    func typesAndOutcomes(text: String, expected: String) {
        #expect(only(text).map(summary) == expected, "\(text)")
    }

    @Test(arguments: [
        ("Deux drones ont été abattus lundi au-dessus de l'aéroport de Bagdad.", 2),
        ("Au moins trois roquettes ont visé lundi la zone verte de Bagdad.", 3),
        ("Le C-RAM a intercepté des dizaines de roquettes au-dessus de la zone verte de Bagdad lundi.", 20),
        ("3 roquettes ont frappé la base d'Ain al-Asad lundi.", 3),
        ("Two rockets hit Ain al-Asad air base on Monday.", 2),
        ("At least five drones targeted Ain al-Asad air base on Monday.", 5),
    ])
    func counts(text: String, count: Int) {
        #expect(only(text)?.weaponCount == count, "\(text)")
    }

    @Test func casualtiesAndDamage() {
        let none = only("Trois roquettes ont frappé lundi la base d'Ain al-Asad, sans faire de victimes.")
        #expect(none?.fatalities == 0 && none?.injuries == 0)
        let neither = only("Les roquettes ont frappé lundi la base d'Ain al-Asad et n'ont fait ni mort ni blessé.")
        #expect(neither?.fatalities == 0 && neither?.injuries == 0)
        let minor = only("Des roquettes ont visé lundi la zone verte de Bagdad et n'ont causé que des dommages matériels mineurs.")
        #expect(minor?.damage == .minor)
        let killed = only("Une roquette a frappé lundi la base d'Ain al-Asad : trois soldats tués.")
        #expect(killed?.fatalities == 3)
        let english = only("A drone hit Ain al-Asad air base on Monday, and two soldiers were wounded.")
        #expect(english?.injuries == 2)
        let noDamageFrench = only("Deux roquettes ont touché lundi l'aéroport de Bagdad mais n'ont fait aucun dégât.")
        #expect(noDamageFrench?.damage == Damage.none)
        let noDamage = only("Rockets hit Baghdad airport on Monday and caused no damage.")
        #expect(noDamage?.damage == Damage.none)
        // A sentence without a weapon word continues the incident just reported.
        let followUp = only("Trois roquettes ont frappé lundi la base d'Ain al-Asad. Il n'y a pas de blessé.")
        #expect(followUp?.injuries == 0)
    }

    @Test func participlesModelNamesAndFollowUpClaims() {
        let tower = only("Une attaque au drone a visé jeudi soir la base de Tour 22, tuant trois soldats américains et blessant plus de 30 autres.",
                         date: "2024-01-29")
        #expect(tower.map(summary) == "drone_attack tower_22 2024-01-25 unknown")
        #expect(tower?.fatalities == 3 && tower?.injuries == 30)
        let jets = only("On Monday, US F-15 jets carried out airstrikes on a weapons depot near Abu Kamal.")
        #expect(jets.map(summary) == "airstrike abu_kamal 2021-07-05 unknown")
        #expect(jets?.weaponCount == nil)
        #expect(jets?.actor == "United States")
        let fell = only("Deux roquettes Katioucha se sont abattues lundi près du champ gazier de Conoco.")
        #expect(fell.map(summary) == "rocket_attack conoco_gas_field 2021-07-05 impact")
        #expect(fell?.geoPrecision == 2)
        let claimed = only("Two drones targeted Al-Asad air base on Monday. The Islamic Resistance in Iraq claimed the attack.")
        #expect(claimed?.actor == "Islamic Resistance in Iraq")
    }

    @Test func datelinesAndFollowUpCasualties() {
        let text = """
        Erbil, 5 janvier 2022 — Un drone armé a été neutralisé dans la nuit de mardi à mercredi au-dessus de l'aéroport international d'Erbil.

        Ce mercredi matin, trois roquettes se sont abattues sur la base d'Al-Harir. Selon une source militaire, deux soldats ont été blessés.
        """
        let result = extract(text, date: nil)
        #expect(result.documentDates["doc.txt"]?.text == "2022-01-05")
        #expect(result.events.map(summary) == ["drone_attack erbil_international_airport 2022-01-04 intercepted",
                                               "rocket_attack harir_air_base 2022-01-05 impact"])
        #expect(result.events.last?.injuries == 2)
    }

    @Test func airStrikesAndTheirMunitions() {
        let strike = extract("A drone strike on a car in eastern Baghdad on Wednesday killed a militia commander. The U.S. military said it carried out the strike.",
                             date: "2024-02-04").events
        #expect(strike.map(summary) == ["airstrike baghdad 2024-01-31 unknown"])
        #expect(strike.first?.actor == "United States")
        #expect(strike.first?.sources.count == 2)
        let israeli = extract("Israeli airstrikes hit targets near Damascus overnight, adding that air defences shot down most of the missiles.",
                              date: "2024-02-04").events
        #expect(israeli.map(summary) == ["airstrike damascus 2024-02-04 impact"])
        #expect(israeli.first?.actor == "Israel")
        let alert = extract("Dans la zone verte, un raid aérien a été déclenché, après quoi les systèmes C-RAM se sont activés.", date: "2021-07-05")
        #expect(alert.events.isEmpty)
    }

    @Test func defenceTargetAndActor() {
        let cram = only("Les systèmes C-RAM ont intercepté lundi deux drones au-dessus de l'ambassade américaine à Bagdad.")
        #expect(cram?.defenseSystem == "C-RAM")
        let iran = only("Ain al-Asad a été pilonné par des missiles balistiques iraniens en janvier 2020.")
        #expect(iran?.actor == "Iran")
        #expect(iran?.context == .background)
        let claimed = only("Kataib Hezbollah a revendiqué l'attaque de drone contre la base d'Ain al-Asad lundi.")
        #expect(claimed?.actor == "Kataib Hezbollah")
        let unclaimed = only("L'attaque de roquettes de lundi contre Ain al-Asad n'a été revendiquée par aucun groupe.")
        #expect(unclaimed?.actor == "unknown")
        let target = only("Deux roquettes ont visé lundi l'ambassade américaine à Bagdad.")
        #expect(target?.target == "US Embassy Baghdad")
    }

    @Test(arguments: [
        "Les milices ont menacé de lancer des roquettes contre la base d'Ain al-Asad.",
        "Le Pentagone a démenti toute attaque de drone contre la base d'Ain al-Asad lundi.",
        "Une attaque de drones pourrait viser l'ambassade américaine à Bagdad.",
        "Il s'agissait de la 47e attaque contre les forces américaines en Irak en 2021, dont six impliquant des drones.",
        "Des dizaines de tirs de roquettes ont visé ces derniers mois les troupes américaines en Irak.",
        "Militias threatened to fire rockets at Ain al-Asad air base.",
        "Officials warned that drones could target the US embassy in Baghdad next week.",
        "Les frappes aériennes n'avaient pas été utilisées près de Deir ez-Zor, a déclaré le Pentagone lundi.",
        "Des photos montrent les restes du drone près de l'ambassade américaine à Bagdad.",
        "L'attaque de drone prévue lundi prochain contre Ain al-Asad a été déjouée avant son lancement.",
        "US forces at Al-Asad air base have come under rocket and drone attack at least 40 times since October 17.",
        "U.S. forces in Iraq and Syria were targeted in three drone attacks this week, the Pentagon said Thursday.",
        "Iran-backed militias have vowed to fire rockets at Ain al-Asad air base.",
        "If rockets hit the US embassy in Baghdad again, Washington will respond.",
        "Si des roquettes frappent de nouveau la zone verte de Bagdad, les États-Unis riposteront.",
    ])
    func nonEvents(text: String) {
        #expect(extract(text).events.isEmpty, "\(text)")
    }

    @Test func weakWordsTakeTheParagraphType() {
        let events = extract("Des roquettes ont visé dimanche soir la zone verte de Bagdad. Le C-RAM a intercepté l'attaque de missiles.",
                             date: "2020-12-20").events
        #expect(events.map(summary) == ["rocket_attack green_zone 2020-12-20 intercepted"])
    }

    @Test func twoIncidentsInOneSentence() {
        let events = extract("L'attaque de drones est survenue quelques heures après que trois roquettes ont percuté la base aérienne d'Ain al-Asad plus tôt lundi. Un drone a été intercepté au-dessus de l'ambassade américaine à Bagdad.",
                             date: "2021-07-05").events
        #expect(Set(events.map(summary)) == ["rocket_attack al_asad_airbase 2021-07-05 impact",
                                             "drone_attack us_embassy_baghdad 2021-07-05 intercepted"])
    }

    @Test func lexiconHasNoConflictingPhrases() {
        #expect(PhraseMatcher(Lexicon.all).conflicts == [])
    }
}

@Suite struct EventTypeOrderTests {
    /// Merging sorts by `nameOrder` where it means to sort by name.
    @Test func nameOrderIsTheOrderOfTheNames() {
        let byName = EventType.allCases.sorted { $0.rawValue < $1.rawValue }
        #expect(byName.map(\.nameOrder) == Array(0..<EventType.allCases.count))
        #expect(Set(EventType.allCases).count == EventType.allCases.count)
    }
}

@Suite struct PhraseMatcherTests {
    /// The words between which each phrase is set: neither begins a phrase.
    static let before = "zzq"
    static let after = "qzz"

    /// Every phrase of the lexicon is found where it stands, whatever filter decides where walks begin; a stem
    /// also when a word continues it.
    @Test func everyLexiconPhraseIsFoundInText() {
        let matcher = PhraseMatcher(Lexicon.all)
        var missed: [String] = []
        for (phrase, cue) in Lexicon.all {
            let isStem = phrase.hasSuffix("*")
            let body = isStem ? String(phrase.dropLast()) + "s" : phrase
            let text = FoldedText(bytes: Array("\(Self.before) \(body) \(Self.after)".utf8))
            var hits: [CueHit] = []
            matcher.hits(in: text, tokens: 0..<text.tokens.count, into: &hits)
            // A longer phrase may begin at the same word; the phrase itself must at least be where a hit begins.
            guard let hit = hits.first(where: { $0.first == 1 }) else { missed.append(phrase); continue }
            if hit.last == text.tokens.count - 2 && hit.cue != cue && !isStem { missed.append("\(phrase) as \(hit.cue)") }
        }
        #expect(missed == [])
    }

    @Test func wordsThatBeginNoPhraseGiveNoHit() {
        let text = FoldedText(bytes: Array("\(Self.before) the de la \(Self.after) of a".utf8))
        var hits: [CueHit] = []
        PhraseMatcher(Lexicon.all).hits(in: text, tokens: 0..<text.tokens.count, into: &hits)
        #expect(hits.isEmpty)
    }
}
