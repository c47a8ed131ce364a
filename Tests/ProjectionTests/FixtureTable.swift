import Foundation
import XCTest

/// Rows of a tab-separated fixture made by Fixtures/make-fixtures.sh.
func fixtureRows(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> [[String]] {
    let directory = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil), file: file, line: line)
    let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    XCTAssertFalse(rows.isEmpty, "\(name) has no rows", file: file, line: line)
    return rows
}

func number(_ field: String, file: StaticString = #filePath, line: UInt = #line) throws -> Double {
    try XCTUnwrap(Double(field), "not a number: \(field)", file: file, line: line)
}

/// Difference of two angles in degrees, folded into [0, 180] so that -180 and 180 agree.
func angularDifference(_ a: Double, _ b: Double) -> Double {
    let difference = abs(a - b).truncatingRemainder(dividingBy: 360)
    return min(difference, 360 - difference)
}
