import ArgumentParser
import Atlas
import Foundation

struct Project: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Transform coordinates between two CRS, like cs2cs.",
        discussion: """
            Coordinates come as arguments (X Y X Y …) or, with none, as lines 'X Y [rest]' on standard input; \
            the rest of a line is copied through. Geographic coordinates are longitude first. CRS may be \
            EPSG codes, PROJ strings or WKT.

            Example: kharita project --from EPSG:4326 --to EPSG:3857 44.3953 33.2986
            """
    )

    @Option(help: "Source CRS (EPSG:n, PROJ string or WKT).") var from: String
    @Option(help: "Target CRS.") var to: String
    @Flag(name: .customLong("inverse"), help: "Transform from --to back to --from.") var inverse = false
    @Option(help: "Decimals in the output (default: 2 for metres, 8 for degrees).") var decimals: Int?
    @Argument(help: "Coordinates X Y [X Y …].") var coordinates: [String] = []

    func run() throws {
        let filter = try CoordinateFilter(from: from, to: to, inverse: inverse, decimals: decimals)
        let lines: [Substring]
        let source: String
        if coordinates.isEmpty {
            let input = FileHandle.standardInput.readDataToEndOfFile()
            lines = String(decoding: input, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLastIfEmpty()
            source = "<stdin>"
        } else {
            guard coordinates.count.isMultiple(of: 2) else {
                throw ValidationError("coordinates come in pairs X Y; got \(coordinates.count) numbers")
            }
            lines = stride(from: 0, to: coordinates.count, by: 2).map { Substring(coordinates[$0] + " " + coordinates[$0 + 1]) }
            source = "arguments"
        }
        for line in try filter.convert(lines: lines, source: source) { print(line) }
    }
}

extension Array where Element == Substring {
    func dropLastIfEmpty() -> [Substring] { last?.isEmpty == true ? Array(dropLast()) : self }
}
