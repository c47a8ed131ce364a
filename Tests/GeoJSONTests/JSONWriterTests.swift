import XCTest
@testable import GeoJSON

final class JSONWriterTests: XCTestCase {
    func testStringEscaping() {
        let value: JSONValue = .string("a\"b\\c/d\u{01}\u{1F}\n\t\r é€ 😀 قصف")
        XCTAssertEqual(text(JSONWriter.encode(value, pretty: false)),
                       #""a\"b\\c/d\u0001\u001F\u000A\u0009\u000D é€ 😀 قصف""#)
    }

    func testCompactKeepsKeyOrderAndNumberKinds() {
        let value: JSONValue = ["z": 1, "a": 2.0, "m": [true, false, nil], "e": [:], "l": [], "s": "x", "d": 0.1]
        XCTAssertEqual(text(JSONWriter.encode(value, pretty: false)),
                       #"{"z":1,"a":2.0,"m":[true,false,null],"e":{},"l":[],"s":"x","d":0.1}"#)
    }

    func testPrettyGolden() throws {
        let manifest: JSONValue = [
            "version": 1,
            "generator": "kharita",
            "inputs": [["path": "seeds/a.txt", "sha256": "00ff"], ["path": "gazetteer/places.tsv", "sha256": "abcd"]],
            "parameters": ["window": "month", "precision": 6, "empty": [:], "none": []],
            "bbox": [38.99, 32.1, 47.5, 37.3],
            "ratio": 1e-7,
            "ok": true,
            "missing": nil,
        ]
        try assertMatchesGolden(JSONWriter.encode(manifest, pretty: true), "manifest-pretty.json")
    }

    func testPrettyScalarEndsWithNewline() {
        XCTAssertEqual(text(JSONWriter.encode(42, pretty: true)), "42\n")
        XCTAssertEqual(text(JSONWriter.encode([], pretty: true)), "[]\n")
    }

    func testParserReadsBackWhatTheWriterWrites() throws {
        let value: JSONValue = ["text": "line\nbreak \"quoted\" \u{7F} \u{2028}", "big": .integer(Int.max), "small": .integer(Int.min),
                                "double": 1e300, "tiny": 5e-324, "nested": [["a": [1, [2, [3]]]]]]
        XCTAssertEqual(try JSONParser.parse(JSONWriter.encode(value, pretty: false)), value)
        XCTAssertEqual(try JSONParser.parse(JSONWriter.encode(value, pretty: true)), value)
    }
}
