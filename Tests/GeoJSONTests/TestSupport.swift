import Foundation
import XCTest
@testable import GeoJSON

/// Golden files live in Fixtures/. Set KHARITA_UPDATE_GOLDENS=1 to rewrite them from the current
/// output (into the source tree), then review the diff before committing.
func assertMatchesGolden(_ bytes: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    if ProcessInfo.processInfo.environment["KHARITA_UPDATE_GOLDENS"] == "1" {
        let sourceFixtures = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Fixtures")
        try Data(bytes).write(to: sourceFixtures.appendingPathComponent(name))
        return
    }
    let expected = try fixtureBytes(name)
    if bytes != expected {
        XCTFail("output differs from golden \(name):\n--- got\n\(String(decoding: bytes, as: UTF8.self))\n--- expected\n\(String(decoding: expected, as: UTF8.self))",
                file: file, line: line)
    }
}

func fixtureBytes(_ name: String) throws -> [UInt8] {
    let directory = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return Array(try Data(contentsOf: directory.appendingPathComponent(name)))
}

func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

func fixed(_ value: Double, _ precision: Int) -> String {
    var bytes: [UInt8] = []
    bytes.appendFixed(value, precision: precision)
    return text(bytes)
}

func shortest(_ value: Double) -> String {
    var bytes: [UInt8] = []
    bytes.appendShortest(value)
    return text(bytes)
}

/// Asserts that reading `input` fails with exactly this error description.
func assertReadError(_ input: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertThrowsError(try GeoJSONReader.read(Array(input.utf8)), file: file, line: line) { error in
        XCTAssertEqual((error as? GeoJSONError)?.description, expected, file: file, line: line)
    }
}

/// A deterministic generator (SplitMix64) so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A small collection exercising every geometry type, ids, null geometry and foreign members.
let sampleCollection: FeatureCollection = {
    let square: [Position] = [Position(0, 0), Position(10, 0), Position(10, 10), Position(0, 10), Position(0, 0)]
    let hole: [Position] = [Position(2, 2), Position(2, 4), Position(4, 4), Position(4, 2), Position(2, 2)]
    return FeatureCollection(features: [
        Feature(id: .string("evt-2021-07-05-erbil"), geometry: .point(Position(43.9631, 36.2378)),
                properties: ["date": "2021-07-05", "count": 3, "weight": 0.5, "confirmed": true, "note": nil,
                             "sources": ["https://example.org/a", "https://example.org/b"]]),
        Feature(id: .number(7), geometry: .multiPoint([Position(44.39, 33.31), Position(-0.0000001, 0.1234567, altitude: 12.5)]),
                properties: [:]),
        Feature(geometry: .lineString([Position(38.99, 35.95), Position(40.14, 35.33)]), properties: nil),
        Feature(geometry: .multiLineString([[Position(1, 1), Position(2, 2)], [Position(3, 3), Position(4, 4), Position(5, 3)]])),
        Feature(id: .number(2.5), geometry: .polygon([square, hole]), properties: ["name": "Al-Asad \"base\""]),
        Feature(geometry: .multiPolygon([[square], [[Position(20, 20), Position(21, 20), Position(21, 21), Position(20, 20)]]])),
        Feature(geometry: .geometryCollection([.point(Position(1, 2)), .lineString([Position(1, 2), Position(3, 4)])])),
        Feature(id: .string("unresolved-1"), geometry: nil, properties: ["place_text": "قرب الحدود"],
                foreignMembers: ["source": "seed-3", "extra": ["nested": [1, 2]]]),
    ], foreignMembers: ["name": "events", "generator": "kharita"])
}()
