import ArgumentParser
import Atlas
import Foundation
import Gazetteer

struct Geocode: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the places the gazetteer finds in TEXT.",
        discussion: "Example: kharita geocode \"base aérienne d'Aïn al-Asad\""
    )
    @Argument(help: "Text to search; several arguments are joined with spaces.") var text: [String]
    @Option(help: "Gazetteer folder (places.tsv, towns.tsv).") var gazetteer = "gazetteer"
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        let loaded = try Gazetteer(directory: gazetteer)
        let matches = loaded.matches(in: text.joined(separator: " "))
        if json {
            FileHandle.standardOutput.write(Data(GazetteerReports.geocodeJSON(matches)))
        } else {
            print(GazetteerReports.geocodeText(matches), terminator: "")
        }
        if matches.isEmpty { throw ExitCode(1) }
    }
}

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Work with the gazetteer.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the gazetteer and print counts.",
            discussion: "Exit status: 0 when every row is valid; 2 when a row is bad (each reported as file:line: message)."
        )
        @Option(help: "Gazetteer folder.") var gazetteer = "gazetteer"
        @Flag(help: "Report bad rows and keep the good ones instead of failing.") var skipBadRows = false

        func run() throws {
            do {
                let loaded = try Gazetteer(directory: gazetteer, skipBadRows: skipBadRows)
                print(GazetteerReports.checkSummary(loaded, directory: gazetteer), terminator: "")
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode(2)
            }
        }
    }
}
