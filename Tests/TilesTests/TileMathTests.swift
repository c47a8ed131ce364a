import Projection
import XCTest
@testable import Tiles

final class TileMathTests: XCTestCase {
    func testHilbertTileIDsMatchTheSpecExamples() {
        let cases: [((Int, Int, Int), UInt64)] = [
            ((0, 0, 0), 0), ((1, 0, 0), 1), ((1, 0, 1), 2), ((1, 1, 1), 3), ((1, 1, 0), 4),
            ((2, 0, 0), 5), ((12, 3423, 1763), 19_078_479),
        ]
        for ((z, x, y), id) in cases {
            XCTAssertEqual(TileID(z: z, x: x, y: y).pmtilesID, id, "\(z)/\(x)/\(y)")
        }
    }

    func testTileOrderFollowsTileIDs() {
        let tiles = [TileID(z: 1, x: 1, y: 0), TileID(z: 0, x: 0, y: 0), TileID(z: 1, x: 0, y: 1), TileID(z: 1, x: 1, y: 1)]
        XCTAssertEqual(tiles.sorted().map(\.description), ["0/0/0", "1/0/1", "1/1/1", "1/1/0"])
    }

    func testTMSRowFlip() {
        XCTAssertEqual(TileID(z: 0, x: 0, y: 0).tmsRow, 0)
        XCTAssertEqual(TileID(z: 3, x: 2, y: 0).tmsRow, 7)
        XCTAssertEqual(TileID(z: 12, x: 3423, y: 1763).tmsRow, 2332)
    }

    private func tiles(_ lonLats: [(Double, Double)], zoom: Int) throws -> [TileID] {
        var lons = lonLats.map(\.0), lats = lonLats.map(\.1)
        try WebMercator.project(longitudes: &lons, latitudes: &lats, with: Transform(from: "EPSG:4326", to: "EPSG:3857"))
        return lons.indices.map { WebMercator.tile(u: lons[$0], v: lats[$0], zoom: zoom) }
    }

    func testEdgesOfTheWorldAtZoomZeroAndTwentyTwo() throws {
        let corners = [(180.0, 85.0511287798066), (-180.0, -85.0511287798066), (180.0, -90.0), (-180.0, 89.9), (0.0, 0.0)]
        XCTAssertEqual(try tiles(corners, zoom: 0), Array(repeating: TileID(z: 0, x: 0, y: 0), count: 5))
        let last = (1 << 22) - 1
        XCTAssertEqual(try tiles(corners, zoom: 22).map(\.description), [
            "22/\(last)/0", "22/0/\(last)", "22/\(last)/\(last)", "22/0/0", "22/\(1 << 21)/\(1 << 21)",
        ])
    }

    func testKnownTileForBaghdad() throws {
        // 44.3661° E, 33.3152° N lies in 12/2552/1645 (checked against the closed-form Web Mercator formula).
        XCTAssertEqual(try tiles([(44.3661, 33.3152)], zoom: 12), [TileID(z: 12, x: 2552, y: 1645)])
    }
}
