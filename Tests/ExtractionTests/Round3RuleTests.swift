import Testing
@testable import Extraction

/// Sentences of our own for the rules of round 3, each in French and English.
@Suite struct Round3RuleTests {
    func summaries(_ text: String, date: String? = "2021-07-05") -> [String] {
        extract(text, date: date).events.map(summary)
    }

    @Test func aStatesArmedDroneThatFiredIsAnAirStrike() {
        // 5 July 2021 is a Monday.
        #expect(summaries("Un drone turc a bombardé lundi une voiture près de Sinjar, tuant deux combattants.")
            == ["airstrike sinjar 2021-07-05 unknown"])
        #expect(summaries("A Turkish drone bombed a car near Sinjar on Monday, killing two fighters.")
            == ["airstrike sinjar 2021-07-05 unknown"])
        #expect(summaries("An Israeli drone struck a truck outside Abu Kamal on Monday.")
            == ["airstrike abu_kamal 2021-07-05 impact"])
    }

    @Test func aStatesDroneShotDownOrAnIranianOneIsADroneAttack() {
        #expect(summaries("Lundi, un drone turc a été abattu près de Sinjar.") == ["drone_attack sinjar 2021-07-05 intercepted"])
        #expect(summaries("On Monday, Iranian drones struck Kurdish party offices near Koya.")
            == ["drone_attack koya 2021-07-05 impact"])
    }
}
