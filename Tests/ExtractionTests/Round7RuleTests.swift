import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 7, in French and in English.
@Suite struct Round7RuleTests {
    func summaries(_ text: String, date: String? = "2021-07-05") -> Set<String> {
        Set(extract(text, date: date).events.map(summary))
    }

    @Test func aWeeklyRoundUpDatesItsWeekdaysInsideItsSpan() {
        // 2 to 8 March 2022 runs from a Wednesday to a Tuesday.
        #expect(summaries("""
            NORTHERN IRAQ DIGEST | Mar 2-8, 2022

            - Harir: On Thursday, a drone hit Harir air base.
            - Sinjar: On Monday evening, three rockets landed near Sinjar.
            """, date: nil) == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
        #expect(summaries("""
            LETTRE SÉCURITÉ IRAK | 2-8 mars 2022

            - Harir : jeudi, un drone a frappé la base aérienne d'Harir.
            - Sinjar : lundi soir, trois roquettes sont tombées près de Sinjar.
            """, date: nil) == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
    }

    @Test func aDayAndMonthAfterTodayTakeTheYearOfTheHeader() {
        #expect(summaries("A security source said that two rockets hit Balad air base at noon today, 14/7.", date: "2021-07")
            == ["rocket_attack balad_air_base 2021-07-14 impact"])
        #expect(summaries("Une source sécuritaire a indiqué que deux roquettes ont frappé la base aérienne de Balad à midi aujourd'hui 14/7.", date: "2021-07")
            == ["rocket_attack balad_air_base 2021-07-14 impact"])
    }
}
