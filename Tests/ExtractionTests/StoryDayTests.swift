import Testing
@testable import Extraction

/// A document dated only by its month tells its news day by day: an undated mention happened on the
/// day the story last stated, not somewhere in the month.
@Suite struct StoryDayTests {
    func heads(_ text: String, date: String?) -> Set<String> {
        Set(extract(text, date: date).events.map { summary($0).split(separator: " ").prefix(3).joined(separator: " ") })
    }

    @Test func anUndatedMentionTakesTheDayTheStoryLastStated() {
        let french = heads("Le 12 mars, des roquettes ont visé la base d'Ain al-Asad.\n\nQuelques roquettes ont frappé le camp de Taji, sans faire de victime.",
                           date: "2021-03")
        #expect(french == ["rocket_attack al_asad_airbase 2021-03-12", "rocket_attack camp_taji 2021-03-12"], "\(french)")
        let english = heads("On March 12, drones targeted Erbil airport.\n\nA drone also struck near Camp Taji, officials said.",
                            date: "2021-03")
        #expect(english == ["drone_attack erbil_international_airport 2021-03-12", "drone_attack camp_taji 2021-03-12"], "\(english)")
    }

    @Test func aRecalledDayDoesNotDateTheNews() {
        // The day of an earlier month is background: the undated news keeps the document's month.
        let events = heads("En janvier, le 8 janvier, des missiles avaient frappé Ain al-Asad.\n\nDes roquettes ont frappé le camp de Taji.",
                           date: "2021-03")
        #expect(events.contains("rocket_attack camp_taji 2021-03-01"), "\(events)")
    }

    @Test func aDocumentWithItsDayKeepsItForUndatedNews() {
        let events = heads("Le 12 mars, des roquettes ont visé la base d'Ain al-Asad.\n\nQuelques roquettes ont frappé le camp de Taji.",
                           date: "2021-03-20")
        #expect(events.contains("rocket_attack camp_taji 2021-03-20"), "\(events)")
    }
}
