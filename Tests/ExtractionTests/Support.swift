import Foundation
import Gazetteer
@testable import Extraction

/// The repository checkout the tests run in: seeds/ and gazetteer/ are read from it.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

let projectGazetteer: Gazetteer = {
    do { return try Gazetteer(directory: repositoryRoot.appendingPathComponent("gazetteer").path) } catch {
        fatalError("gazetteer/ does not load: \(error)")
    }
}()

let extractor = Extractor(gazetteer: projectGazetteer)

/// Extracts from one French or English text given with its publication date.
func extract(_ text: String, date: String? = "2021-07-05", id: String = "doc.txt") -> ExtractionResult {
    extractor.extract([Document(id: id, text: text, headerDate: date)])
}

/// A short readable form of an event for assertions: "type place date outcome".
func summary(_ event: Event) -> String {
    [event.eventType.rawValue, event.place?.id ?? "-", event.date ?? "-", event.outcome.rawValue].joined(separator: " ")
}
