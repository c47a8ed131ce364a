import XCTest
@testable import Atlas

final class CoordinateFilterTests: XCTestCase {
    func testForwardToWebMercatorMatchesCs2cs() throws {
        // Expected values from cs2cs -d 2 (PROJ 9.1.1), which takes EPSG:4326 as lat lon.
        let filter = try CoordinateFilter(from: "EPSG:4326", to: "EPSG:3857")
        XCTAssertEqual(try filter.convert(lines: ["44.3953 33.2986"], source: "test"), ["4942062.19 3935005.52"])
    }

    func testKeepsCommentsBlankLinesAndTheRestOfEachLine() throws {
        let filter = try CoordinateFilter(from: "EPSG:4326", to: "EPSG:32638")
        let output = try filter.convert(lines: ["# sites", "44.3953 33.2986 embassy", "", "42.4412\t33.7856 al asad"], source: "test")
        XCTAssertEqual(output, ["# sites", "443702.07 3684553.67 embassy", "", "263078.07 3741327.25 al asad"])
    }

    func testInverseToDegreesPrintsEightDecimals() throws {
        let filter = try CoordinateFilter(from: "EPSG:4326", to: "EPSG:3857", inverse: true)
        XCTAssertEqual(try filter.convert(lines: ["4942062.19 3935005.52"], source: "test"), ["44.39530000 33.29860000"])
        let west = try CoordinateFilter(from: "EPSG:3857", to: "EPSG:4326", decimals: 3)
        XCTAssertEqual(try west.convert(lines: ["-0.0001 -111319.49"], source: "test"), ["0.000 -1.000"])
    }

    func testBadLinesNameTheLine() throws {
        let filter = try CoordinateFilter(from: "EPSG:4326", to: "EPSG:3857")
        XCTAssertThrowsError(try filter.convert(lines: ["44 33", "44 north"], source: "<stdin>")) { error in
            XCTAssertEqual(String(describing: error), "<stdin>:2: expected two numbers 'X Y', got '44 north'")
        }
        XCTAssertThrowsError(try filter.convert(lines: ["44 89.9999", "10 91"], source: "<stdin>")) { error in
            XCTAssertEqual(String(describing: error), "<stdin>:2: the point is outside the domain of EPSG:3857")
        }
    }

    func testUnknownCRSCarriesPROJsWords() {
        XCTAssertThrowsError(try CoordinateFilter(from: "EPSG:4326", to: "EPSG:999999")) { error in
            XCTAssertTrue(String(describing: error).contains("crs not found"), String(describing: error))
        }
    }
}
