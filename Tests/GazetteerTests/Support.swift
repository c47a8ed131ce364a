import Foundation
@_exported import KharitaTestSupport
@testable import Gazetteer

let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

let curatedHeader = "id\tname\tkind\tcountry\tadmin1\tlat\tlon\tradius_km\tparent\taliases\tnot_near\tsource"
let townsHeader = "id\tname\tlat\tlon\tadmin1\tadmin2\tcountry\taliases"

/// A small valid curated file; tests append or replace rows to break it.
let sampleRows = [
    "land\tLand\tcountry\tLD\t\t10\t20\t\t\tLandia\t\ttest",
    "capital\tCapital\tcity\tLD\tNorth\t10.5\t20.5\t\tland\tla Capitale;Capitale\t\ttest",
    "capital_airport\tCapital Airport\tairport\tLD\tNorth\t10.4\t20.4\t\tcapital\taéroport de la Capitale;Capital airport\t\ttest",
]

/// Writes the files into a fresh directory named after the caller and returns its path.
func gazetteerDirectory(places: [String], towns: [String]? = nil, name: String = #function) throws -> String {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("kharita-gazetteer-tests-\(ProcessInfo.processInfo.processIdentifier)")
        .appendingPathComponent(name.filter { $0.isLetter || $0.isNumber })
    try? FileManager.default.removeItem(at: directory)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try ([curatedHeader] + places).joined(separator: "\n").appending("\n")
        .write(to: directory.appendingPathComponent("places.tsv"), atomically: true, encoding: .utf8)
    if let towns {
        try ([townsHeader] + towns).joined(separator: "\n").appending("\n")
            .write(to: directory.appendingPathComponent("towns.tsv"), atomically: true, encoding: .utf8)
    }
    return directory.path
}

extension Gazetteer {
    /// (mention text, best place id) pairs, the shape most assertions compare.
    func readings(_ text: String) -> [String] {
        matches(in: text).map { "\($0.text)=\($0.best.place.id)" }
    }
}
