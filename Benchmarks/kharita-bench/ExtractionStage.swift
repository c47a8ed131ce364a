import ArgumentParser
import Extraction
import Foundation
import Gazetteer

/// Extraction over a folder of articles: reading the files and building the gazetteer are not timed,
/// `Extractor.extract` over every document is.
struct ExtractionStage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Extract events from a folder of articles; throughput in bytes of text.")

    @Option(help: "Folder of articles (from `generate articles`).") var input: String
    @Option(help: "Nominal size in kB (10^3 bytes), the row label.") var size: Int
    @Option(help: "Use only the first articles, up to this fraction of the folder's text.") var fraction = 1.0
    @Option(help: "Gazetteer folder.") var gazetteer = "gazetteer"
    @OptionGroup var runCount: RunCount

    func validate() throws {
        guard fraction > 0, fraction <= 1 else { throw ValidationError("--fraction must be in (0, 1]") }
    }

    func run() throws {
        let (folder, warnings) = DocumentLoader.load(paths: [input])
        guard !folder.isEmpty else { throw ValidationError("\(input): no articles (run `kharita-bench generate articles` first)") }
        guard warnings.isEmpty else { throw ValidationError("\(input): \(warnings[0])") }
        let wanted = Int(fraction * Double(folder.reduce(0) { $0 + $1.text.utf8.count }))
        var documents: [Document] = []
        var textBytes = 0
        for document in folder where textBytes < wanted {
            documents.append(document)
            textBytes += document.text.utf8.count
        }
        let extractor = Extractor(gazetteer: try Gazetteer(directory: gazetteer))
        for _ in 0..<runCount.runs {
            let (result, seconds) = timed { extractor.extract(documents) }
            // Synthetic articles report attacks in nearly every sentence; none found means a broken stage.
            guard !result.events.isEmpty else { throw ValidationError("\(input): extraction found no events") }
            emit(Measurement(stage: "extract", size: size, tool: "kharita", seconds: seconds, bytes: 0, items: textBytes))
        }
    }
}
