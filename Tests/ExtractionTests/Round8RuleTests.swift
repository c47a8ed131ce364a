import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 8, in French and in English.
@Suite struct Round8RuleTests {
    func summaries(_ text: String, date: String? = "2021-07-05") -> Set<String> {
        Set(extract(text, date: date).events.map(summary))
    }

    @Test func aRoundUpFromOneWeekdayToAnotherDatesItsWeekdaysInsideTheSpan() {
        // 3 to 9 March 2022 runs from a Thursday to a Wednesday; the Thursday is the span's first day, not the day after it.
        #expect(summaries("""
            This digest covers the incidents reported from Thursday, Mar. 3, to Wednesday, Mar. 9.

            THURSDAY – HARIR. A drone hit Harir air base before dawn on Thursday.

            MONDAY – SINJAR. Three rockets landed near Sinjar.
            """, date: "2022-03") == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
        #expect(summaries("""
            Ce bulletin couvre les incidents signalés du jeudi 3 mars au mercredi 9 mars.

            JEUDI – HARIR. Un drone a frappé la base aérienne d'Harir avant l'aube jeudi.

            LUNDI – SINJAR. Trois roquettes sont tombées près de Sinjar.
            """, date: "2022-03") == ["drone_attack harir_air_base 2022-03-03 impact", "rocket_attack sinjar 2022-03-07 impact"])
    }
}
