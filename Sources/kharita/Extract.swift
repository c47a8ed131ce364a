import ArgumentParser
import Atlas
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract events from articles and print them as GeoJSON, GeoJSON lines or ACLED CSV.",
        discussion: """
            PATH is a folder of .txt articles (an optional first line ' date YYYY-MM' gives the publication \
            month), a .txt file, or a .jsonl file of {"id", "date", "text"} records. A summary (documents, \
            events, unresolved) goes to standard error.

            Exit status: 0 events written; 2 bad gazetteer or no document; 3 the output file could not be written.
            """
    )

    @Argument(help: "Articles: folders, .txt or .jsonl files.") var paths: [String] = ["seeds"]
    @Option(help: "Gazetteer folder.") var gazetteer = "gazetteer"
    @Option(help: "geojson, geojsonl or csv.") var format: EventFormat = .geojson
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?

    func run() throws {
        do {
            let extraction = try EventExport.extract(paths: paths, gazetteer: gazetteer)
            let bytes = EventExport.encode(extraction.features, format: format)
            if let output {
                try EventExport.writeAtomically(bytes, to: output)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
            for warning in extraction.warnings { standardError("warning: \(warning)") }
            standardError("\(extraction.documents) documents, \(extraction.features.count) events, \(extraction.unresolved) unresolved")
        } catch let failure as BuildFailure {
            standardError("kharita extract: \(failure)")
            if case .output = failure { throw ExitCode(3) }
            throw ExitCode(2)
        }
    }
}

extension EventFormat: ExpressibleByArgument {}
