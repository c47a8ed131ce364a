import Foundation
import GeoJSON
import XCTest
@testable import Atlas

final class SHA256Tests: XCTestCase {
    func testKnownVectors() {
        XCTAssertEqual(SHA256.hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testIncrementalUpdatesEqualOneShot() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hasher = SHA256()
        hasher.update(bytes[0..<63])
        hasher.update(bytes[63..<64])
        hasher.update(bytes[64...])
        let incremental = hasher.finalize()
        var oneShot = SHA256()
        oneShot.update(bytes)
        XCTAssertEqual(incremental, oneShot.finalize())
    }
}

final class ACLEDCSVTests: XCTestCase {
    func testRowCarriesACLEDCodesAndQuotesFields() {
        let feature = Feature(
            id: .string("evt-1a2b"),
            geometry: .point(Position(42.4412, 33.7856)),
            properties: [
                "date": "2021-07-05", "date_end": "2021-07-05", "time_precision": "day", "time_local": "14:45",
                "event_type": "rocket_attack", "outcome": "impact", "weapon_count": 3, "fatalities": 0,
                "actor": "unknown", "place_name": "Al Asad Airbase", "country": "IQ", "admin1": "Al Anbar",
                "geo_precision": 1, "context": "reported", "acled_event_type": "Explosions/Remote violence",
                "acled_sub_event_type": "Shelling/artillery/missile attack",
                "sources": [["document": "000.txt", "offset": 10, "length": 20, "quote": "trois roquettes, \"dit-il\""]],
                "source_count": 1, "confidence": 0.9,
            ])
        let text = String(decoding: ACLEDCSV.encode([feature]), as: UTF8.self)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(String(lines[0]), ACLEDCSV.columns.joined(separator: ","))
        XCTAssertEqual(String(lines[1]),
            "IRQ-evt-1a2b,2021-07-05,2021,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack," +
            "Unidentified Armed Group (Iraq),368,Middle East,Iraq,Al Anbar,Al Asad Airbase,33.7856,42.4412,1,000.txt," +
            "\"trois roquettes, \"\"dit-il\"\"\",0,,evt-1a2b,rocket_attack,2021-07-05,14:45,impact,3,,,,,reported,0.9,1")
    }

    func testUnplacedEventHasEmptyCoordinates() {
        let feature = Feature(id: .string("evt-x"), geometry: nil, properties: ["date": "2020-01-01", "time_precision": "month"])
        let row = ACLEDCSV.row(for: feature)
        XCTAssertEqual(row[ACLEDCSV.columns.firstIndex(of: "latitude")!], "")
        XCTAssertEqual(row[ACLEDCSV.columns.firstIndex(of: "time_precision")!], "3")
        XCTAssertEqual(row.count, ACLEDCSV.columns.count)
    }
}

final class StagedOutputTests: XCTestCase {
    func testCommitReplacesAndDiscardKeepsThePreviousOutput() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kharita-staged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let destination = root.appendingPathComponent("output").path

        let first = try StagedOutput(destination: destination)
        try first.write(Array("one".utf8), to: "a/file.txt")
        try first.commit()
        XCTAssertEqual(try String(contentsOfFile: destination + "/a/file.txt", encoding: .utf8), "one")

        let failed = try StagedOutput(destination: destination)
        try failed.write(Array("two".utf8), to: "a/file.txt")
        failed.discard()
        XCTAssertEqual(try String(contentsOfFile: destination + "/a/file.txt", encoding: .utf8), "one")

        let second = try StagedOutput(destination: destination)
        try second.write(Array("three".utf8), to: "b.txt")
        try second.commit()
        XCTAssertEqual(try String(contentsOfFile: destination + "/b.txt", encoding: .utf8), "three")
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination + "/a/file.txt"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["output"])
    }
}
