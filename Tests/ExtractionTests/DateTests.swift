import Testing
@testable import Extraction

/// Each date form, in a sentence reporting an attack on a known place, against a stated reference date.
@Suite struct DateTests {
    func dated(_ sentence: String, reference: String) -> String? {
        let events = extract(sentence, date: reference).events
        guard events.count == 1 else { return "\(events.count) events" }
        let e = events[0]
        return [e.date, e.dateEnd, e.timePrecision?.rawValue].compactMap { $0 }.joined(separator: " ")
    }

    @Test(arguments: [
        ("Le 3 janvier 2020, trois roquettes ont frappé la base aérienne d'Ain al-Asad.", "2022-01", "2020-01-03 2020-01-03 day"),
        ("On January 5, 2022, three rockets hit Ain al-Asad air base.", "2022-01", "2022-01-05 2022-01-05 day"),
        ("Le 9 décembre, deux roquettes ont touché la base d'Ain al-Asad.", "2022-01-15", "2021-12-09 2021-12-09 day"),
        ("Deux roquettes ont frappé lundi la base aérienne d'Ain al-Asad.", "2021-07-05", "2021-07-05 2021-07-05 day"),
        ("Des roquettes ont visé dimanche soir la zone verte de Bagdad.", "2020-12-22", "2020-12-20 2020-12-20 day"),
        ("Des roquettes ont été tirées tôt mercredi contre la base d'Ain al-Asad.", "2022-01-05", "2022-01-05 2022-01-05 day"),
        ("Deux drones ont été abattus mardi matin au-dessus de la base d'Ain al-Asad.", "2022-01-05", "2022-01-04 2022-01-04 day"),
        ("Des roquettes ont frappé la base d'Ain al-Asad dans la nuit de mardi.", "2022-01-06", "2022-01-04 2022-01-04 day"),
        ("Trois roquettes ont touché la base aérienne d'Ain al-Asad plus tôt lundi.", "2022-01-05", "2022-01-03 2022-01-03 day"),
        ("Un drone a été intercepté hier au-dessus de l'ambassade américaine à Bagdad.", "2021-07-06", "2021-07-05 2021-07-05 day"),
        ("Un drone a été intercepté ce soir au-dessus de l'ambassade américaine à Bagdad.", "2021-07-05", "2021-07-05 2021-07-05 day"),
        ("Un drone a été abattu au-dessus de l'ambassade américaine à Bagdad il y a environ une heure.", "2021-07-05", "2021-07-05 2021-07-05 day"),
        ("Un drone armé a ciblé la base d'Ain al-Asad en mai dernier.", "2021-07-05", "2021-05-01 2021-05-31 month"),
        ("Une frappe aérienne américaine a visé l'aéroport de Bagdad début janvier.", "2020-12-20", "2020-01-01 2020-01-10 week"),
        ("À la fin du mois dernier, des roquettes ont frappé la base d'Ain al-Asad.", "2021-07-05", "2021-06-21 2021-06-30 week"),
        ("L'année dernière, la base aérienne d'Al-Assad a été attaquée à l'aide de missiles balistiques.", "2021-06-07", "2020-01-01 2020-12-31 year"),
        ("Ain al-Asad was hit by ballistic missiles in January 2020.", "2021-07-05", "2020-01-01 2020-01-31 month"),
        ("Two rockets hit Ain al-Asad air base on Monday night.", "2021-07-07", "2021-07-05 2021-07-05 day"),
        ("A drone was shot down over the US embassy in Baghdad yesterday.", "2021-07-06", "2021-07-05 2021-07-05 day"),
        ("Rockets struck Ain al-Asad air base last month.", "2021-07-05", "2021-06-01 2021-06-30 month"),
        ("Ballistic missiles hit Ain al-Asad air base last year.", "2021-07-05", "2020-01-01 2020-12-31 year"),
        ("Deux drones ont été abattus lundi au-dessus de la base d'Ain al-Asad.", "2022-01", "2022-01-01 2022-01-31 month"),
        ("Ballistic missiles hit Ain al-Asad air base in January last year.", "2021-07-05", "2020-01-01 2020-01-31 month"),
        ("Des missiles balistiques ont frappé la base d'Ain al-Asad en mars de l'année dernière.", "2021-07-05", "2020-03-01 2020-03-31 month"),
        ("Rockets hit Ain al-Asad air base in March this year.", "2021-07-05", "2021-03-01 2021-03-31 month"),
        // 8 July 2021 is a Thursday: "last Thursday" is a week before, a bare "Thursday" the day itself.
        ("Deux roquettes ont frappé jeudi dernier la base d'Ain al-Asad.", "2021-07-08", "2021-07-01 2021-07-01 day"),
        ("Rockets hit Ain al-Asad air base last Thursday.", "2021-07-08", "2021-07-01 2021-07-01 day"),
        ("Rockets hit Ain al-Asad air base on Thursday.", "2021-07-08", "2021-07-08 2021-07-08 day"),
        ("Two years ago, ballistic missiles hit Ain al-Asad air base.", "2021-07-05", "2019-01-01 2019-12-31 year"),
        ("Il y a trois ans, des missiles balistiques ont frappé la base d'Ain al-Asad.", "2021-07-05", "2018-01-01 2018-12-31 year"),
        ("Deux ans après les missiles balistiques tirés sur la base d'Ain al-Asad, la base reste en alerte.", "2021-07-05", "2019-01-01 2019-12-31 year"),
    ])
    func dateForms(sentence: String, reference: String, expected: String) {
        #expect(dated(sentence, reference: reference) == expected, "\(sentence)")
    }

    @Test(arguments: [
        ("Des roquettes ont frappé le 2 juillet la base d'Ain al-Asad. Le lendemain, un drone a visé l'aéroport d'Erbil.", "drone_attack", "2021-07-03"),
        ("On July 1, rockets hit Ain al-Asad air base. On the same day, a drone targeted Erbil airport.", "drone_attack", "2021-07-01"),
        ("Un drone a visé l'aéroport d'Erbil le 3 juillet. La veille, des roquettes avaient frappé la base d'Ain al-Asad.", "rocket_attack", "2021-07-02"),
        ("A drone targeted Erbil airport on Monday. The attack came two days after rockets hit Ain al-Asad air base.", "rocket_attack", "2021-07-03"),
        ("Le 27 juin, le Pentagone a annoncé une enquête. Le lendemain, des roquettes ont visé la base d'Ain al-Asad.", "rocket_attack", "2021-06-28"),
    ])
    func datesCountedFromAnEarlierSentence(text: String, type: String, day: String) {
        let events = extract(text, date: "2021-07-05").events
        #expect(events.filter { $0.eventType.rawValue == type }.map(\.date) == [day], "\(text)")
    }

    @Test func aWrittenWeekdayBeatsADayCountedFromAnotherSentence() {
        // 7 July 2021 is a Wednesday; "a day after" would make the drones Tuesday's, "on Monday" says Monday.
        let events = extract("A drone targeted Erbil airport on Wednesday. The attack came a day after two drones were shot down on Monday near Baghdad airport.",
                             date: "2021-07-07").events
        #expect(events.filter { $0.place?.id == "baghdad_international_airport" }.map(\.date) == ["2021-07-05"], "\(events.map(summary))")
    }

    @Test(arguments: [
        ("Jeudi le 1er juillet, deux roquettes ont frappé la base d'Ain al-Asad.", "2021-07-01"),
        ("On Thursday, 1/7, two rockets hit Ain al-Asad air base.", "2021-07-01"),
        ("Deux roquettes ont frappé la base d'Ain al-Asad vendredi après-midi, 2/7.", "2021-07-02"),
    ])
    func aWeekdayWithItsDayFixesTheDateUnderAMonthHeader(text: String, day: String) {
        let result = extract(text, date: "2021-07")
        #expect(result.events.map(\.date) == [day], "\(text)")
        #expect(result.documentDates["doc.txt"]?.text == day)
        #expect(result.documentDates["doc.txt"]?.source == .weekdayInference)
    }

    @Test func aMonthHeaderDocumentLearnsItsDayFromAnotherDocument() {
        // 7 July 2021 is a Wednesday; the French article's header gives only the month.
        let french = Document(id: "a.txt", text: "Mercredi matin, trois roquettes ont frappé la base d'Ain al-Asad. Jeudi dernier, des frappes aériennes américaines avaient visé des dépôts près d'Albu Kamal.",
                              headerDate: "2021-07")
        let english = Document(id: "b.txt", text: "Three rockets hit Ain al-Asad air base on Wednesday morning.", headerDate: "2021-07-07")
        let result = extractor.extract([french, english])
        #expect(result.documentDates["a.txt"] == ReferenceDate(day: CalendarDay(year: 2021, month: 7, day: 7), precision: .day, source: .weekdayInference))
        let events = result.events.map { "\(summary($0)) \(Set($0.sources.map(\.document)).sorted())" }
        #expect(events == ["airstrike abu_kamal 2021-07-01 unknown [\"a.txt\"]",
                           "rocket_attack al_asad_airbase 2021-07-07 impact [\"a.txt\", \"b.txt\"]"], "\(events)")
    }

    @Test func aLearntDayReachesTheDocumentsLastWeekday() {
        // 5 July 2021 is a Monday. The other document confirms Monday; "mercredi" then is the 7th, not 30 June.
        let french = Document(id: "a.txt", text: "Lundi, deux drones ont été abattus au-dessus de l'aéroport de Bagdad. Mercredi matin, des roquettes ont frappé la base d'Ain al-Asad.",
                              headerDate: "2021-07")
        let english = Document(id: "b.txt", text: "Two drones were shot down over Baghdad airport on Monday.", headerDate: "2021-07-05")
        let result = extractor.extract([french, english])
        #expect(result.documentDates["a.txt"]?.text == "2021-07-07")
        #expect(Set(result.events.map(summary)) == ["drone_attack baghdad_international_airport 2021-07-05 intercepted",
                                                    "rocket_attack al_asad_airbase 2021-07-07 impact"], "\(result.events.map(summary))")
    }

    @Test func periodBoundsAreNotIncidentDates() {
        // "since October 17" starts a period; the incident itself is dated by "on Tuesday".
        #expect(dated("Since October 17, militias have escalated; on Tuesday two drones hit Al-Asad air base.",
                      reference: "2023-11-09") == "2023-11-07 2023-11-07 day")
    }

    @Test func localTimes() {
        let french = extract("« Deux drones armés ont ciblé l'aéroport de Bagdad ce matin aux environs de 4h30 » (01h30 GMT).",
                             date: "2022-01-03").events
        #expect(french.map(\.timeLocal) == ["04:30"])
        let afternoon = extract("A env. 14h45 heure locale, la base aérienne d'Ain Al-Assad a été attaquée par trois roquettes.",
                                date: "2021-07-05").events
        #expect(afternoon.map(\.timeLocal) == ["14:45"])
        let english = extract("At 2:45 p.m. three rockets hit Ain al-Asad air base.", date: "2021-07-05").events
        #expect(english.map(\.timeLocal) == ["14:45"])
        let universalOnly = extract("Deux drones ont ciblé l'aéroport de Bagdad vers 01h30 GMT.", date: "2022-01-03").events
        #expect(universalOnly.map(\.timeLocal) == [nil])
    }

    @Test func referenceDates() {
        let tweet = extract("Des roquettes ont frappé la zone verte. pic.twitter.com/x – Someone (@someone) 20 décembre 2020",
                            date: "2020-12")
        #expect(tweet.documentDates["doc.txt"] == ReferenceDate(day: CalendarDay(year: 2020, month: 12, day: 20), precision: .day, source: .tweet))
        let header = extract("Texte.", date: "2022-01")
        #expect(header.documentDates["doc.txt"]?.text == "2022-01")
        #expect(header.documentDates["doc.txt"]?.source == .header)
        // Monday 7 June falls in 2021 after the 2017 the text names.
        let inferred = extract("Entre 2014 et 2017, la province a été un foyer de l'EI. Un drone a été abattu, a déclaré l'armée, lundi 7 juin.",
                               date: nil)
        #expect(inferred.documentDates["doc.txt"] == ReferenceDate(day: CalendarDay(year: 2021, month: 6, day: 7), precision: .day, source: .weekdayInference))
        // A year long before the era the tool maps is recalled: Saturday 5 June is 2021, not 1993.
        let recalled = extract("Samedi 5 juin, un drone turc a frappé le camp de Makhmour, fondé en 1993.", date: nil)
        #expect(recalled.documentDates["doc.txt"] == ReferenceDate(day: CalendarDay(year: 2021, month: 6, day: 5), precision: .day, source: .weekdayInference))
        let recalledInEnglish = extract("On Saturday, June 5, a Turkish drone struck the Makhmour camp, set up in 1998.", date: nil)
        #expect(recalledInEnglish.documentDates["doc.txt"]?.text == "2021-06-05")
        let explicit = extract("Le 5 janvier 2022, deux roquettes ont frappé la base d'Ain al-Asad.", date: nil)
        #expect(explicit.documentDates["doc.txt"]?.source == .explicitText)
        #expect(explicit.documentDates["doc.txt"]?.text == "2022-01-05")
        let headerLine = Document(id: "h.txt", text: " date 2021-07 Trois roquettes ont frappé lundi la base d'Ain al-Asad.")
        #expect(headerLine.headerDate == "2021-07")
    }

    @Test func calendarArithmetic() {
        let day = CalendarDay(year: 2021, month: 7, day: 5)!
        #expect(day.weekday == 0)
        #expect(day.adding(days: -5).description == "2021-06-30")
        #expect(CalendarDay(ordinal: day.ordinal) == day)
        #expect(CalendarDay(year: 2021, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2020, month: 2, day: 29)?.adding(days: 1).description == "2020-03-01")
        #expect(DateSpan.week(of: day).end.description == "2021-07-11")
    }
}
