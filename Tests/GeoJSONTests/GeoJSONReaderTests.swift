import XCTest
@testable import GeoJSON

final class GeoJSONReaderTests: XCTestCase {
    // MARK: Round trips

    func testEveryGeometryTypeRoundTrips() throws {
        for feature in sampleCollection.features {
            let object = GeoJSONObject.feature(feature)
            let reread = try GeoJSONReader.read(GeoJSONWriter(options: .init(coordinatePrecision: 10)).encode(object))
            XCTAssertEqual(reread, object, feature.geometry?.typeName ?? "null geometry")
            if let geometry = feature.geometry {
                XCTAssertEqual(try GeoJSONReader.read(GeoJSONWriter(options: .init(coordinatePrecision: 10)).encode(geometry)),
                               .geometry(geometry))
            }
        }
    }

    func testCollectionRoundTripKeepsIdsNullGeometryAndForeignMembersInOrder() throws {
        let bytes = GeoJSONWriter(options: .init(coordinatePrecision: 10)).encode(sampleCollection)
        let reread = try GeoJSONReader.readFeatureCollection(bytes)
        XCTAssertEqual(reread, sampleCollection)
        XCTAssertEqual(Array(reread.foreignMembers.keys), ["name", "generator"])
        XCTAssertEqual(Array(reread.features[7].foreignMembers.keys), ["source", "extra"])
        XCTAssertEqual(reread.features[0].id, .string("evt-2021-07-05-erbil"))
        XCTAssertEqual(reread.features[1].id, .number(7))
        XCTAssertEqual(reread.features[4].id, .number(2.5))
        XCTAssertNil(reread.features[7].geometry)
        XCTAssertNil(reread.features[2].properties)
        // Writing what was read gives the same bytes again.
        XCTAssertEqual(GeoJSONWriter(options: .init(coordinatePrecision: 10)).encode(reread), bytes)
    }

    func testForeignMembersOfAReadFileAreKeptInFileOrder() throws {
        let input = #"{"zz":1,"type":"Feature","title":"t","properties":{"b":2,"a":1},"geometry":null,"aa":[1.5]}"#
        guard case .feature(let feature) = try GeoJSONReader.read(Array(input.utf8)) else { return XCTFail("not a Feature") }
        XCTAssertEqual(Array(feature.foreignMembers.keys), ["zz", "title", "aa"])
        XCTAssertEqual(Array(feature.properties?.keys ?? []), ["b", "a"])
        XCTAssertEqual(text(GeoJSONWriter().encode(feature)),
                       #"{"type":"Feature","geometry":null,"properties":{"b":2,"a":1},"zz":1,"title":"t","aa":[1.5]}"#)
    }

    func testBBoxIsRead() throws {
        let input = #"{"type":"FeatureCollection","bbox":[1,2,3,4,5,6],"features":[{"type":"Feature","bbox":[1,2,1,2],"geometry":{"type":"Point","coordinates":[1,2]},"properties":{}}]}"#
        let collection = try GeoJSONReader.readFeatureCollection(Array(input.utf8))
        XCTAssertEqual(collection.bbox, [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(collection.features[0].bbox, [1, 2, 1, 2])
    }

    // MARK: Sequences

    func testSequenceRoundTripInBothForms() throws {
        for format in [GeoJSONStreamWriter.Format.sequence, .recordSeparatedSequence] {
            var output: [UInt8] = []
            let stream = GeoJSONStreamWriter(format: format, options: .init(coordinatePrecision: 10)) { output += $0 }
            for feature in sampleCollection.features { try stream.write(feature) }
            try stream.finish()
            XCTAssertEqual(try GeoJSONReader.readSequence(output), sampleCollection.features, "\(format)")
        }
    }

    func testSequenceSkipsBlankLinesAndAcceptsCRLF() throws {
        let input = "\n{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}\r\n\n  \n{\"type\":\"Feature\",\"id\":1,\"geometry\":null,\"properties\":{}}"
        let features = try GeoJSONReader.readSequence(Array(input.utf8))
        XCTAssertEqual(features.map(\.id), [nil, .number(1)])
    }

    func testRecordSeparatedRecordsMaySpanLines() throws {
        let input = "\u{1E}{\"type\":\"Feature\",\n \"geometry\":null,\n \"properties\":{}}\n\u{1E}{\"type\":\"Feature\",\"id\":\"b\",\"geometry\":null,\"properties\":{}}\n"
        XCTAssertEqual(try GeoJSONReader.readSequence(Array(input.utf8)).map(\.id), [nil, .string("b")])
    }

    func testSequenceErrorsNameRecordAndLine() {
        let input = """
            {"type":"Feature","geometry":null,"properties":{}}

            {"type":"Feature","geometry":{"type":"Point","coordinates":[1,95]},"properties":{}}
            """
        XCTAssertThrowsError(try GeoJSONReader.readSequence(Array(input.utf8))) { error in
            XCTAssertEqual((error as? GeoJSONError)?.description,
                           "record 2: geometry.coordinates[1]: latitude 95 is outside -90...90 (line 3, column 63)")
        }
        let syntax = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}\n{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}\n"
        XCTAssertThrowsError(try GeoJSONReader.readSequence(Array(syntax.utf8))) { error in
            XCTAssertEqual((error as? GeoJSONError)?.description,
                           "record 2: unexpected end of input, expected ',' or '}' (line 2, column 50)")
        }
    }

    // MARK: Validation errors: path, message, line and column

    func testPositionErrorNamesFeatureIndexAndCoordinate() {
        let input = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}, "properties": {}},
              {"type": "Feature", "geometry": null, "properties": null},
              {"type": "Feature", "geometry": null, "properties": {}},
              {"type": "Feature", "properties": {"name": "x"},
               "geometry": {"type": "LineString", "coordinates": [[44.1], [44.2, 33.3]]}}
            ]}
            """
        assertReadError(input, "features[3].geometry.coordinates[0]: position must have 2 or 3 numbers (line 6, column 55)")
    }

    func testLongitudeAndLatitudeRanges() {
        assertReadError(#"{"type":"Point","coordinates":[180.5,0]}"#,
                        "coordinates[0]: longitude 180.5 is outside -180...180 (line 1, column 32)")
        assertReadError(#"{"type":"MultiPoint","coordinates":[[0,0],[10,-90.25]]}"#,
                        "coordinates[1][1]: latitude -90.25 is outside -90...90 (line 1, column 47)")
        assertReadError(#"{"type":"Point","coordinates":[1,2,3,4]}"#,
                        "coordinates: position must have 2 or 3 numbers (line 1, column 31)")
        assertReadError(#"{"type":"Point","coordinates":[1,"2"]}"#,
                        "coordinates: position must have 2 or 3 numbers (line 1, column 31)")
    }

    func testCoordinateNesting() {
        assertReadError(#"{"type":"Polygon","coordinates":[1,2]}"#,
                        "coordinates[0]: expected a linear ring (an array), found a number (line 1, column 34)")
        assertReadError(#"{"type":"MultiLineString","coordinates":{"a":1}}"#,
                        "coordinates: expected an array of LineStrings, found an object (line 1, column 41)")
        assertReadError(#"{"type":"Point"}"#, #"Point has no "coordinates" member (line 1, column 1)"#)
    }

    func testLineStringAndRingRules() {
        assertReadError(#"{"type":"LineString","coordinates":[[1,2]]}"#,
                        "coordinates: a LineString needs at least 2 positions, found 1 (line 1, column 36)")
        assertReadError("{\"type\":\"Polygon\",\n\"coordinates\":[[[0,0],[1,0],[0,0]]]}",
                        "coordinates[0]: a linear ring needs at least 4 positions, found 3 (line 2, column 16)")
        assertReadError(#"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[0,0],[1,0],[1,1],[0,1]]]]}"#,
                        "coordinates[1][0]: linear ring is not closed: its first and last positions differ (line 1, column 68)")
    }

    func testTypeMember() {
        assertReadError(#"{"coordinates":[1,2]}"#, #"object has no "type" member (line 1, column 1)"#)
        assertReadError(#"{"type":"Circle","coordinates":[1,2]}"#, #"type: unknown type "Circle" (line 1, column 9)"#)
        assertReadError(#"{"type":7}"#, "type: type must be a string, found a number (line 1, column 9)")
        assertReadError(#"[1,2]"#, "expected a GeoJSON object, found an array (line 1, column 1)")
        assertReadError(#"{"type":"Feature","geometry":{"type":"Feature","geometry":null,"properties":{}},"properties":{}}"#,
                        "geometry.type: expected a geometry, found Feature (line 1, column 38)")
        assertReadError(#"{"type":"FeatureCollection","features":[{"type":"Point","coordinates":[0,0]}]}"#,
                        "features[0].type: expected a Feature, found Point (line 1, column 49)")
        XCTAssertThrowsError(try GeoJSONReader.readFeatureCollection(Array(#"{"type":"Feature","geometry":null,"properties":{}}"#.utf8))) {
            XCTAssertEqual(($0 as? GeoJSONError)?.description, "type: expected a FeatureCollection, found Feature (line 1, column 9)")
        }
    }

    func testFeatureMembers() {
        assertReadError("{\"type\":\"FeatureCollection\",\"features\":[\n  {\"type\":\"Feature\",\"properties\":{}}]}",
                        #"features[0]: Feature has no "geometry" member (use null for an unlocated feature) (line 2, column 3)"#)
        assertReadError(#"{"type":"Feature","geometry":null}"#,
                        #"Feature has no "properties" member (use null when there are none) (line 1, column 1)"#)
        assertReadError(#"{"type":"Feature","geometry":null,"properties":[1]}"#,
                        "properties: properties must be an object or null, found an array (line 1, column 48)")
        assertReadError(#"{"type":"Feature","id":true,"geometry":null,"properties":{}}"#,
                        "id: id must be a string or a number, found a boolean (line 1, column 24)")
        assertReadError(#"{"type":"Feature","bbox":[1,2,3],"geometry":null,"properties":{}}"#,
                        "bbox: bbox must be an array of 4 or 6 numbers (line 1, column 26)")
        assertReadError(#"{"type":"FeatureCollection","features":{}}"#,
                        "features: features must be an array (line 1, column 40)")
        assertReadError(#"{"type":"FeatureCollection"}"#, #"FeatureCollection has no "features" member (line 1, column 1)"#)
        assertReadError(#"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[0,0]},{"type":"Point","coordinates":[0]}]}"#,
                        "geometries[1].coordinates: position must have 2 or 3 numbers (line 1, column 111)")
    }

    func testKeysThatAreNotIdentifiersAreQuotedInPaths() {
        assertReadError(#"{"type":"Feature","geometry":null,"properties":{"a b":[1,}}"#,
                        #"properties["a b"][1]: unexpected '}', expected a value (line 1, column 58)"#)
    }

    // MARK: JSON syntax errors

    func testSyntaxErrorsCarryPathLineAndColumn() {
        assertReadError("{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\" \"geometry\": null}]}",
                        "features[0]: expected ',' or '}', found '\"' (line 3, column 22)")
        assertReadError("{\"type\": \"Point\", \"coordinates\": [1, 2]} x",
                        "unexpected 'x' after the JSON value (line 1, column 42)")
        assertReadError("{\"name\": \"é\u{1}\"}", "name: unescaped control character in a string (line 1, column 12)")
        assertReadError("{\"a\": 01}", "a: invalid number: leading zero (line 1, column 7)")
        assertReadError("{\"a\": 1e999}", "a: number 1e999 is out of range (line 1, column 7)")
        assertReadError("{\"a\": 1, \"a\": 2}", #"duplicate member name "a" (line 1, column 10)"#)
        assertReadError("{\"a\": \"\\ud800\"}", #"a: unpaired UTF-16 surrogate in a \u escape (line 1, column 8)"#)
        assertReadError("{\"a\": \"\\q\"}", "a: invalid escape sequence in a string (line 1, column 8)")
        assertReadError("{\"a\": tru}", "a: unexpected 't', expected a value (line 1, column 7)")
        assertReadError("", "unexpected end of input, expected a value (line 1, column 1)")
        assertReadError(String(repeating: "[", count: 600), String(repeating: "[0]", count: 512) + ": nesting deeper than 512 levels (line 1, column 513)")
    }

    func testInvalidUTF8IsAnError() {
        XCTAssertThrowsError(try JSONParser.parse([UInt8(ascii: "\""), 0xC3, 0x28, UInt8(ascii: "\"")])) {
            XCTAssertEqual(($0 as? GeoJSONError)?.description, "string is not valid UTF-8 (line 1, column 2)")
        }
    }

    // MARK: Parser values

    func testParserNumberKindsAndEscapes() throws {
        let input = #"{"i":-42,"big":9223372036854775808,"min":-9223372036854775808,"f":1.0,"e":2e3,"s":"\u00e9\ud83d\ude00\/\n","k":[true,false,null]}"#
        let value = try JSONParser.parse(Array(input.utf8))
        XCTAssertEqual(value, .object([
            "i": .integer(-42), "big": .number(9223372036854775808.0), "min": .integer(Int.min), "f": .number(1),
            "e": .number(2000), "s": .string("é😀/\n"), "k": [true, false, nil],
        ]))
        XCTAssertEqual(value.objectValue.map { Array($0.keys) }, ["i", "big", "min", "f", "e", "s", "k"])
    }
}
