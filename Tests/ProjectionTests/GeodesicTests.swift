import Projection
import XCTest

final class GeodesicTests: XCTestCase {
    let distanceTolerance = 1e-6  // metres; geod prints 6 decimals
    let angleTolerance = 1e-9     // degrees

    func testInverseMatchesGeod() throws {
        for row in try fixtureRows("geodesic-inverse.tsv") {
            XCTAssertEqual(row.count, 7)
            let line = Geodesic.inverse(lon1: try number(row[0]), lat1: try number(row[1]),
                                        lon2: try number(row[2]), lat2: try number(row[3]))
            XCTAssertEqual(line.distance, try number(row[4]), accuracy: distanceTolerance, "distance \(row)")
            XCTAssertLessThan(angularDifference(line.azimuth1, try number(row[5])), angleTolerance, "azimuth1 \(row)")
            // geod prints the back azimuth at the second point, the reverse of the forward one.
            XCTAssertLessThan(angularDifference(line.azimuth2, try number(row[6]) + 180), angleTolerance, "azimuth2 \(row)")
        }
    }

    func testDirectMatchesGeod() throws {
        for row in try fixtureRows("geodesic-direct.tsv") {
            XCTAssertEqual(row.count, 6)
            let end = Geodesic.direct(lon: try number(row[0]), lat: try number(row[1]),
                                      azimuth: try number(row[2]), distance: try number(row[3]))
            XCTAssertLessThan(angularDifference(end.lon, try number(row[4])), angleTolerance, "longitude \(row)")
            XCTAssertEqual(end.lat, try number(row[5]), accuracy: angleTolerance, "latitude \(row)")
        }
    }

    func testDirectFollowsTheInverseLineToTheSecondPoint() throws {
        for row in try fixtureRows("geodesic-inverse.tsv") {
            let lon1 = try number(row[0]), lat1 = try number(row[1]), lon2 = try number(row[2]), lat2 = try number(row[3])
            let line = Geodesic.inverse(lon1: lon1, lat1: lat1, lon2: lon2, lat2: lat2)
            let end = Geodesic.direct(lon: lon1, lat: lat1, azimuth: line.azimuth1, distance: line.distance)
            XCTAssertLessThan(angularDifference(end.lon, lon2), angleTolerance, "longitude \(row)")
            XCTAssertEqual(end.lat, lat2, accuracy: angleTolerance, "latitude \(row)")
        }
    }

    func testReversedPairHasTheSameLengthAndReversedAzimuths() {
        let there = Geodesic.inverse(lon1: 44.3661, lat1: 33.3152, lon2: 36.2765, lat2: 33.5138)
        let back = Geodesic.inverse(lon1: 36.2765, lat1: 33.5138, lon2: 44.3661, lat2: 33.3152)
        XCTAssertEqual(back.distance, there.distance, accuracy: distanceTolerance)
        XCTAssertLessThan(angularDifference(back.azimuth1, there.azimuth2 + 180), angleTolerance)
        XCTAssertLessThan(angularDifference(back.azimuth2, there.azimuth1 + 180), angleTolerance)
    }

    func testCoincidentPointsAreZeroApart() {
        let line = Geodesic.inverse(lon1: 44.3661, lat1: 33.3152, lon2: 44.3661, lat2: 33.3152)
        XCTAssertEqual(line.distance, 0)
        let end = Geodesic.direct(lon: 44.3661, lat: 33.3152, azimuth: 72, distance: 0)
        XCTAssertEqual(end.lon, 44.3661, accuracy: angleTolerance)
        XCTAssertEqual(end.lat, 33.3152, accuracy: angleTolerance)
    }
}
