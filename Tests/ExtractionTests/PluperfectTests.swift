import Testing
@testable import Extraction

/// The pluperfect ("avait abattu", "had shot down") tells of something before the news: undated, it is
/// a recalled incident and gets no date from the article.
@Suite struct PluperfectTests {
    @Test func anUndatedPluperfectIncidentIsNotTodaysNews() {
        let french = extract("Un chasseur américain avait abattu un drone qui se dirigeait vers la base d'Ain al-Asad.", date: "2024-01-17")
        #expect(french.events.isEmpty, "\(french.events.map(summary))")
        #expect(french.unresolved.map(\.kind) == ["undated_event"])
        let english = extract("A US fighter had shot down a drone heading for Ain al-Asad air base.", date: "2024-01-17")
        #expect(english.events.isEmpty, "\(english.events.map(summary))")
    }

    @Test func aDatedPluperfectIncidentKeepsItsDay() {
        let events = extract("Le 3 janvier, des roquettes avaient frappé la base d'Ain al-Asad.", date: "2024-01-17").events
        #expect(events.map(summary) == ["rocket_attack al_asad_airbase 2024-01-03 impact"])
        #expect(events.map(\.context) == [.background])
    }

    @Test func thePresentPerfectIsStillNews() {
        #expect(extract("Un drone a frappé la base d'Ain al-Asad.", date: "2024-01-17").events.map(summary)
            == ["drone_attack al_asad_airbase 2024-01-17 impact"])
    }
}
