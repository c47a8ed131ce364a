import XCTest
@testable import GeoJSON

final class GeoJSONWriterTests: XCTestCase {
    func testCollectionGolden() throws {
        try assertMatchesGolden(GeoJSONWriter().encode(sampleCollection), "sample-collection.geojson")
    }

    func testCollectionWithBBoxGolden() throws {
        let writer = GeoJSONWriter(options: .init(coordinatePrecision: 2, includeBBox: true))
        try assertMatchesGolden(writer.encode(sampleCollection), "sample-collection-bbox-p2.geojson")
    }

    func testFeatureKeyOrderAndCompactLine() {
        let feature = Feature(id: .string("a"), geometry: .point(Position(1.5, 2)),
                              properties: ["b": 1, "a": "x"], bbox: [1.5, 2, 1.5, 2],
                              foreignMembers: ["zeta": 1, "alpha": [true]])
        XCTAssertEqual(text(GeoJSONWriter().encode(feature)),
                       #"{"type":"Feature","id":"a","bbox":[1.5,2,1.5,2],"geometry":{"type":"Point","coordinates":[1.5,2]},"properties":{"b":1,"a":"x"},"zeta":1,"alpha":[true]}"#)
    }

    func testNullGeometryAndNullProperties() {
        let feature = Feature(id: .number(12), geometry: nil, properties: nil)
        XCTAssertEqual(text(GeoJSONWriter().encode(feature)),
                       #"{"type":"Feature","id":12,"geometry":null,"properties":null}"#)
        XCTAssertEqual(text(GeoJSONWriter(options: .init(includeBBox: true)).encode(feature)),
                       #"{"type":"Feature","id":12,"geometry":null,"properties":null}"#)
    }

    func testNumericIdsAreIntegersWhenIntegral() {
        let ids: [(FeatureID, String)] = [(.number(-3), "-3"), (.number(1e20), "100000000000000000000"), (.number(0.1), "0.1"),
                                          (.number(-0.0), "0"), (.number(1e-7), "0.0000001"), (.string("a/é\u{7}"), #""a/é\u0007""#)]
        for (id, expected) in ids {
            XCTAssertEqual(text(GeoJSONWriter().encode(Feature(id: id, geometry: nil, properties: nil))),
                           #"{"type":"Feature","id":"# + expected + #","geometry":null,"properties":null}"#)
        }
    }

    func testReservedForeignMembersAreNotWrittenTwice() {
        let feature = Feature(geometry: nil, properties: [:], foreignMembers: ["type": "Bogus", "geometry": 1, "kept": 2])
        XCTAssertEqual(text(GeoJSONWriter().encode(feature)),
                       #"{"type":"Feature","geometry":null,"properties":{},"kept":2}"#)
        let collection = FeatureCollection(features: [], foreignMembers: ["features": [], "name": "n"])
        XCTAssertEqual(text(GeoJSONWriter().encode(collection)), #"{"type":"FeatureCollection","name":"n","features":[]}"# + "\n")
    }

    func testEmptyCollection() {
        XCTAssertEqual(text(GeoJSONWriter(options: .init(includeBBox: true)).encode(FeatureCollection(features: []))),
                       "{\"type\":\"FeatureCollection\",\"features\":[]}\n")
    }

    func testGeometryObject() {
        let writer = GeoJSONWriter(options: .init(coordinatePrecision: 3))
        XCTAssertEqual(text(writer.encode(.geometry(.lineString([Position(1.23456, -0.0001), Position(2, 3, altitude: 100.0004)])))),
                       #"{"type":"LineString","coordinates":[[1.235,0],[2,3,100]]}"#)
    }

    func testClockwiseExteriorIsRewoundAndCounterClockwiseHoleToo() throws {
        let clockwiseExterior = [Position(0, 0), Position(0, 10), Position(10, 10), Position(10, 0), Position(0, 0)]
        let counterClockwiseHole = [Position(2, 2), Position(4, 2), Position(4, 4), Position(2, 4), Position(2, 2)]
        let polygon = Geometry.polygon([clockwiseExterior, counterClockwiseHole])
        XCTAssertEqual(text(GeoJSONWriter().encode(polygon)),
                       #"{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]}"#)
        XCTAssertEqual(text(GeoJSONWriter(options: .init(enforceRightHandRule: false)).encode(polygon)),
                       #"{"type":"Polygon","coordinates":[[[0,0],[0,10],[10,10],[10,0],[0,0]],[[2,2],[4,2],[4,4],[2,4],[2,2]]]}"#)

        let multi = Geometry.multiPolygon([[clockwiseExterior, counterClockwiseHole], [clockwiseExterior.reversed()]])
        guard case .geometry(.multiPolygon(let polygons)) = try GeoJSONReader.read(GeoJSONWriter().encode(multi)) else {
            return XCTFail("not a MultiPolygon")
        }
        for rings in polygons {
            XCTAssertGreaterThan(signedArea(of: rings[0]), 0, "exterior must be counter-clockwise")
            for hole in rings.dropFirst() { XCTAssertLessThan(signedArea(of: hole), 0, "holes must be clockwise") }
        }
    }

    func testBounds() {
        XCTAssertEqual(Geometry.point(Position(44.39, 33.31)).bounds, [44.39, 33.31, 44.39, 33.31])
        XCTAssertEqual(Geometry.multiPoint([]).bounds, nil)
        XCTAssertEqual(Geometry.geometryCollection([.point(Position(-3, 5)), .lineString([Position(10, -2), Position(1, 1)])]).bounds,
                       [-3, -2, 10, 5])
        XCTAssertEqual(sampleCollection.bounds, [-0.0000001, 0, 44.39, 36.2378])
        XCTAssertNil(FeatureCollection(features: [Feature(geometry: nil)]).bounds)
    }

    func testComputedBBoxReplacesStoredOneOnlyWhenAsked() {
        let feature = Feature(geometry: .lineString([Position(1, 2), Position(3, -4)]), properties: [:], bbox: [0, 0, 0, 0])
        XCTAssertEqual(text(GeoJSONWriter().encode(feature)),
                       #"{"type":"Feature","bbox":[0,0,0,0],"geometry":{"type":"LineString","coordinates":[[1,2],[3,-4]]},"properties":{}}"#)
        XCTAssertEqual(text(GeoJSONWriter(options: .init(includeBBox: true)).encode(feature)),
                       #"{"type":"Feature","bbox":[1,-4,3,2],"geometry":{"type":"LineString","coordinates":[[1,2],[3,-4]]},"properties":{}}"#)
    }

    func testPrecisionIsClamped() {
        XCTAssertEqual(GeoJSONWriter.Options(coordinatePrecision: -3).coordinatePrecision, 0)
        XCTAssertEqual(GeoJSONWriter.Options(coordinatePrecision: 40).coordinatePrecision, 17)
    }
}
