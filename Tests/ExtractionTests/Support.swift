import Foundation
@_exported import KharitaTestSupport
import Gazetteer
@testable import Extraction

let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

let extractor = Extractor(gazetteer: projectGazetteer)

/// Extracts from one French or English text given with its publication date.
func extract(_ text: String, date: String? = "2021-07-05", id: String = "doc.txt") -> ExtractionResult {
    extractor.extract([Document(id: id, text: text, headerDate: date)])
}

/// The summaries of the events found in one text, in output order.
func summaries(_ text: String, date: String? = "2021-07-05") -> [String] {
    extract(text, date: date).events.map(summary)
}

/// The summaries as a set, where the rule under test does not decide the order of events.
func summarySet(_ text: String, date: String? = "2021-07-05") -> Set<String> {
    Set(summaries(text, date: date))
}

/// A short readable form of an event for assertions: "type place date outcome".
func summary(_ event: Event) -> String {
    [event.eventType.rawValue, event.place?.id ?? "-", event.date ?? "-", event.outcome.rawValue].joined(separator: " ")
}
