import GeoJSON
import XCTest
@testable import Tiles

final class TilerTests: XCTestCase {
    private func decoded(_ set: TileSet, zoom: Int) throws -> [(TileID, DecodedTile)] {
        try set.tiles.filter { $0.0.z == zoom }.map { ($0.0, try DecodedTile($0.1)) }
    }

    func testEveryEventIsPresentAtTheMaximumZoom() throws {
        let set = try Tiler.build(layers: Synthetic.layers(events: 500), options: Synthetic.options(maxZoom: 8))
        let events = try decoded(set, zoom: 8).flatMap { $0.1.layers["events"]?.features ?? [] }
        XCTAssertEqual(events.count, 500)
        XCTAssertEqual(Set(events.compactMap { f -> String? in if case .string(let s) = f.properties["id"] { s } else { nil } }).count, 500)
        for event in events {
            XCTAssertEqual(event.type, 1)
            XCTAssertNil(event.properties["point_count"])
            XCTAssertNil(event.properties["sources"], "nested values are left out")
            for key in ["date", "date_end", "window", "event_type", "outcome", "weapon_count", "place_name", "source_count"] {
                XCTAssertNotNil(event.properties[key], key)
            }
        }
    }

    func testClustersCountTheirEventsByType() throws {
        let set = try Tiler.build(layers: Synthetic.layers(events: 500), options: Synthetic.options(maxZoom: 8))
        XCTAssertEqual(set.tiles.first?.0, TileID(z: 0, x: 0, y: 0))
        for zoom in 0..<8 {
            var total = 0, clusters = 0
            for (_, tile) in try decoded(set, zoom: zoom) {
                for feature in tile.layers["events"]?.features ?? [] {
                    guard case .uint(let count) = feature.properties["point_count"] else { total += 1; continue }
                    clusters += 1
                    XCTAssertEqual(feature.properties["cluster"], .bool(true))
                    let byType = Synthetic.eventTypes.map { type -> UInt64 in
                        if case .uint(let n) = feature.properties["count_" + type] { n } else { 0 }
                    }
                    XCTAssertEqual(byType.reduce(0, +), count)
                    guard case .string(let start) = feature.properties["date"],
                          case .string(let end) = feature.properties["date_end"] else { return XCTFail("cluster without dates") }
                    XCTAssertLessThanOrEqual(start, end)
                    total += Int(count)
                }
            }
            XCTAssertEqual(total, 500, "zoom \(zoom)")
            if zoom == 0 { XCTAssertGreaterThan(clusters, 0) }
        }
    }

    func testPolygonsAreRewoundAndClippedToTheBufferedTile() throws {
        let options = Synthetic.options(maxZoom: 6)
        let set = try Tiler.build(layers: Synthetic.layers(events: 10), options: options)
        var tilesWithCountry = 0, sawHole = false
        for (_, tile) in set.tiles.map({ ($0.0, try! DecodedTile($0.1)) }) {
            guard let country = tile.layers["countries"]?.features.first else { continue }
            tilesWithCountry += 1
            XCTAssertEqual(country.type, 3)
            let areas = country.parts.map(doubleArea)
            XCTAssertGreaterThan(areas[0], 0, "first ring is exterior")
            XCTAssertFalse(areas.contains(0))
            sawHole = sawHole || areas.contains { $0 < 0 }
            for point in country.parts.joined() {
                XCTAssert((-options.buffer...options.extent + options.buffer).contains(point.x))
                XCTAssert((-options.buffer...options.extent + options.buffer).contains(point.y))
            }
        }
        XCTAssertTrue(sawHole)
        // 38°–46° E × 32°–36° N at zoom 6 spans columns 38…40 and rows 25…26, plus buffers.
        XCTAssertGreaterThanOrEqual(tilesWithCountry, 6 + 6)
    }

    func testLinesHaveNoZeroLengthSegmentsAndRespectLayerMinZoom() throws {
        let set = try Tiler.build(layers: Synthetic.layers(events: 10), options: Synthetic.options(maxZoom: 10))
        var lineTiles = 0
        for (tile, bytes) in set.tiles {
            let decodedTile = try DecodedTile(bytes)
            guard let rivers = decodedTile.layers["rivers"] else { continue }
            XCTAssertGreaterThanOrEqual(tile.z, 2)
            lineTiles += 1
            for part in rivers.features.flatMap(\.parts) {
                XCTAssertGreaterThanOrEqual(part.count, 2)
                for (a, b) in zip(part, part.dropFirst()) { XCTAssertFalse(a == b, "zero-length segment in \(tile)") }
            }
        }
        XCTAssertGreaterThan(lineTiles, 20)
        XCTAssertEqual(set.layers.map(\.id), ["events", "countries", "rivers"])
        XCTAssertEqual(set.layers[2].minZoom, 2)
        XCTAssertEqual(set.layers[0].fields.first { $0.name == "point_count" }?.type, "Number")
    }

    func testTileLimitsWidenClustersBelowTheMaximumZoom() throws {
        var options = Synthetic.options(maxZoom: 9)
        let unlimited = try Tiler.build(layers: [TileLayerInput(name: "events", features: Synthetic.events(300))], options: options)
        XCTAssert(try unlimited.tiles.contains { tile in try tile.0.z < 9 && DecodedTile(tile.1).layers["events"]!.features.count > 20 },
                  "the limit below must bind somewhere")
        options.maxTileFeatures = 20
        let set = try Tiler.build(layers: [TileLayerInput(name: "events", features: Synthetic.events(300))], options: options)
        XCTAssertEqual(try set.tiles.filter { $0.0.z == 9 }.map { try DecodedTile($0.1).layers["events"]!.features.count }.reduce(0, +), 300)
        for (tile, bytes) in set.tiles where tile.z < 9 {
            XCTAssertLessThanOrEqual(try DecodedTile(bytes).layers["events"]!.features.count, 20, "\(tile)")
        }
        XCTAssertEqual(set.oversized, [])
        // A limit no clustering can meet below, nor anything at the maximum zoom: below, clusters widen
        // to whole tiles; at the maximum zoom every event stays and the tile is reported.
        options.maxTileFeatures = 2
        let crowded = try Tiler.build(layers: [TileLayerInput(name: "events", features: Synthetic.events(300))], options: options)
        XCTAssertEqual(try crowded.tiles.filter { $0.0.z == 9 }.map { try DecodedTile($0.1).layers["events"]!.features.count }.reduce(0, +), 300)
        XCTAssertFalse(crowded.oversized.isEmpty)
        XCTAssertTrue(crowded.oversized.allSatisfy { $0.tile.z == 9 && $0.features > 2 }, "\(crowded.oversized)")
    }

    func testSameInputGivesSameBytes() throws {
        let first = try Tiler.build(layers: Synthetic.layers(events: 200), options: Synthetic.options(maxZoom: 7))
        let second = try Tiler.build(layers: Synthetic.layers(events: 200), options: Synthetic.options(maxZoom: 7))
        XCTAssertEqual(first.tiles.map(\.0), second.tiles.map(\.0))
        XCTAssertEqual(first.tiles.map(\.1), second.tiles.map(\.1))
    }

    func testMaxZoomFromSpacing() throws {
        // Two events 0.001° apart are a few metres of tile units apart at zoom 10 (4096 units a tile).
        let near = [Feature(geometry: .point(Position(44, 33))), Feature(geometry: .point(Position(44.001, 33)))]
        let zoom = try Tiler.maxZoomFromSpacing(layers: [TileLayerInput(name: "events", features: near)])
        // 0.001° ≈ 2.8e-6 of the world; one tile unit at zoom z is 1 / (4096·2^z), so the pair is
        // 0.73 units apart at zoom 6 (separated or not, depending on the grid) and 1.46 at zoom 7.
        XCTAssert((6...7).contains(zoom), "\(zoom)")
        XCTAssertEqual(try Tiler.maxZoomFromSpacing(layers: [TileLayerInput(name: "events", features: [near[0], near[0]])]), 0)
    }

    func testBadOptionsAndGeometryAreReported() {
        var options = TilingOptions()
        options.minZoom = 5
        options.maxZoom = 3
        XCTAssertThrowsError(try Tiler.build(layers: [], options: options)) {
            XCTAssertEqual($0 as? TilingError, .invalidZoomRange(min: 5, max: 3))
        }
        let bad = Feature(geometry: .lineString([Position(1, 1)]))
        XCTAssertThrowsError(try Tiler.build(layers: [TileLayerInput(name: "rivers", features: [Feature(geometry: nil), bad])], options: TilingOptions())) {
            XCTAssertEqual($0 as? TilingError, .invalidGeometry(layer: "rivers", feature: 1, reason: "a LineString needs two positions"))
        }
    }
}
