import Projection
import XCTest

final class ProjectionChooserTests: XCTestCase {
    func testBaghdadCityBoxGetsUtmZone38North() {
        let choice = ProjectionChooser.conformal(west: 44.2, south: 33.1, east: 44.6, north: 33.5)
        XCTAssertEqual(choice.definition, "+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs +type=crs")
        XCTAssertEqual(choice.name, "UTM zone 38N (WGS 84)")
    }

    func testSinglePointGetsItsUtmZone() {
        let choice = ProjectionChooser.conformal(west: 36.2765, south: 33.5138, east: 36.2765, north: 33.5138)
        XCTAssertEqual(choice.name, "UTM zone 37N (WGS 84)")
        XCTAssertEqual(choice.definition, "+proj=utm +zone=37 +datum=WGS84 +units=m +no_defs +type=crs")
    }

    func testSouthernBoxGetsASouthUtmZone() {
        let choice = ProjectionChooser.conformal(west: 27.9, south: -26.3, east: 28.2, north: -26.0)
        XCTAssertEqual(choice.definition, "+proj=utm +zone=35 +south +datum=WGS84 +units=m +no_defs +type=crs")
        XCTAssertEqual(choice.name, "UTM zone 35S (WGS 84)")
    }

    func testBoxAcrossTheAntimeridianIsMeasuredTheShortWay() {
        let choice = ProjectionChooser.conformal(west: 177, south: -18, east: -179, north: -16)
        XCTAssertEqual(choice.name, "UTM zone 60S (WGS 84)")
    }

    func testIraqAndSyriaBoxGetsLambertConformalConic() {
        let choice = ProjectionChooser.conformal(west: 35.5, south: 29, east: 48.8, north: 37.5)
        XCTAssertEqual(choice.definition,
                       "+proj=lcc +lat_0=33.25 +lon_0=42.15 +lat_1=30.42 +lat_2=36.08 +datum=WGS84 +units=m +no_defs +type=crs")
        XCTAssertEqual(choice.name, "Lambert conformal conic, standard parallels 30.42° and 36.08°")
    }

    func testWideBoxAcrossTheEquatorGetsMercator() {
        let choice = ProjectionChooser.conformal(west: 95, south: -11, east: 141, north: 7)
        XCTAssertEqual(choice.definition, "+proj=merc +lon_0=118 +lat_ts=2 +datum=WGS84 +units=m +no_defs +type=crs")
        XCTAssertEqual(choice.name, "Mercator, central meridian 118°, true scale at 2°")
    }

    func testArcticBoxGetsPolarStereographic() {
        let choice = ProjectionChooser.conformal(west: -180, south: 85, east: 180, north: 90)
        XCTAssertEqual(choice.name, "Universal polar stereographic north (WGS 84)")
        XCTAssertTrue(choice.definition.hasPrefix("+proj=stere +lat_0=90 "), choice.definition)
    }

    /// The chosen UTM and LCC definitions give the same coordinates as the cs2cs fixtures made with
    /// EPSG:32638 and with the WKT of the same LCC.
    func testChosenDefinitionsTransformLikeTheirReferences() throws {
        let rows = try fixtureRows("transforms.tsv")
        let utm = ProjectionChooser.conformal(west: 44.2, south: 33.1, east: 44.6, north: 33.5)
        let lcc = ProjectionChooser.conformal(west: 35.5, south: 29, east: 48.8, north: 37.5)
        var checked = 0
        for (choice, referenceTarget) in [(utm, "EPSG:32638"), (lcc, "PROJCRS[")] {
            let transform = try Transform(from: "EPSG:4326", to: choice.definition)
            for row in rows where row[0] == "EPSG:4326" && row[1].hasPrefix(referenceTarget) {
                let point = try transform.forward(x: try number(row[2]), y: try number(row[3]))
                XCTAssertEqual(point.x, try number(row[4]), accuracy: 1e-6, choice.name)
                XCTAssertEqual(point.y, try number(row[5]), accuracy: 1e-6, choice.name)
                checked += 1
            }
        }
        XCTAssertEqual(checked, 7)
    }

    func testEveryKindOfChoiceIsAValidCrs() throws {
        let boxes: [(west: Double, south: Double, east: Double, north: Double)] = [
            (44.2, 33.1, 44.6, 33.5), (35.5, 29, 48.8, 37.5), (95, -11, 141, 7), (-180, 85, 180, 90),
            (-180, -90, -160, -85), (-180, -90, 180, 90), (10, 0, 30, 0),
        ]
        for box in boxes {
            let choice = ProjectionChooser.conformal(west: box.west, south: box.south, east: box.east, north: box.north)
            let transform = try Transform(from: "EPSG:4326", to: choice.definition)
            let centre = (lon: box.west + (box.east - box.west) / 2, lat: (box.south + box.north) / 2)
            let projected = try transform.forward(x: centre.lon, y: centre.lat)
            let back = try transform.inverse(x: projected.x, y: projected.y)
            XCTAssertEqual(back.y, centre.lat, accuracy: 1e-7, "\(choice.name) for \(box)")
            if abs(centre.lat) < 90 {
                XCTAssertEqual(back.x, centre.lon, accuracy: 1e-7, "\(choice.name) for \(box)")
            }
        }
    }
}
