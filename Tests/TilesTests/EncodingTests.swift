import XCTest
@testable import Tiles

final class EncodingTests: XCTestCase {
    // The command sequences are the worked examples of MVT 2.1 §4.3.5.
    func testPointCommands() {
        XCTAssertEqual(TileGeometry(type: .point, parts: [[SIMD2(25, 17)]]).commands(), [9, 50, 34])
    }

    func testMultiPointCommands() {
        XCTAssertEqual(TileGeometry(type: .point, parts: [[SIMD2(5, 7)], [SIMD2(3, 2)]]).commands(), [17, 10, 14, 3, 9])
    }

    func testLineStringCommands() {
        let line = TileGeometry(type: .lineString, parts: [[SIMD2(2, 2), SIMD2(2, 10), SIMD2(10, 10)]])
        XCTAssertEqual(line.commands(), [9, 4, 4, 18, 0, 16, 16, 0])
        let multi = TileGeometry(type: .lineString, parts: [[SIMD2(2, 2), SIMD2(2, 10), SIMD2(10, 10)], [SIMD2(1, 1), SIMD2(3, 5)]])
        XCTAssertEqual(multi.commands(), [9, 4, 4, 18, 0, 16, 16, 0, 9, 17, 17, 10, 4, 8])
    }

    func testPolygonCommands() {
        let polygon = TileGeometry(type: .polygon, parts: [[SIMD2(3, 6), SIMD2(8, 12), SIMD2(20, 34)]])
        XCTAssertEqual(polygon.commands(), [9, 6, 12, 18, 10, 12, 24, 44, 15])
    }

    func testZigzag() {
        XCTAssertEqual([0, -1, 1, -2, 2, 2_147_483_647, -2_147_483_648].map(zigzag), [0, 1, 2, 3, 4, 4_294_967_294, 4_294_967_295])
    }

    func testLayerBytesDecodeWithTheTestReader() throws {
        let table = AttributeTable()
        var layer = LayerEncoder(name: "events", extent: 4096, table: table)
        let (k1, v1) = table.tag("event_type", .string("rocket_attack"))
        let (k2, v2) = table.tag("weapon_count", .int(3))
        let (k3, v3) = table.tag("delta", .int(-5))
        let (k4, v4) = table.tag("confidence", .double(0.75))
        let (k5, v5) = table.tag("verified", .bool(true))
        layer.add(id: 7, tags: [k1, v1, k2, v2, k3, v3, k4, v4, k5, v5], geometry: TileGeometry(type: .point, parts: [[SIMD2(25, 17)]]))
        layer.add(id: nil, tags: [k1, v1], geometry: TileGeometry(type: .point, parts: [[SIMD2(4095, 0)]]))
        let tile = try DecodedTile(encodeTile([layer]))
        let events = try XCTUnwrap(tile.layers["events"])
        XCTAssertEqual(events.version, 2)
        XCTAssertEqual(events.extent, 4096)
        XCTAssertEqual(events.features.count, 2)
        XCTAssertEqual(events.features[0].id, 7)
        XCTAssertNil(events.features[1].id)
        XCTAssertEqual(events.features[0].properties, [
            "event_type": .string("rocket_attack"), "weapon_count": .uint(3), "delta": .int(-5),
            "confidence": .double(0.75), "verified": .bool(true),
        ])
        XCTAssertEqual(events.features[1].parts.map { $0.map { [$0.x, $0.y] } }, [[[4095, 0]]])
    }

    func testGzipRoundTripsThroughTheSystemGzip() throws {
        let text = Array(String(repeating: "kharita ", count: 1000).utf8)
        let compressed = try Gzip.compress(text)
        XCTAssertEqual(Array(compressed.prefix(4)), [0x1f, 0x8b, 8, 0])
        XCTAssertEqual(Array(compressed[4..<8]), [0, 0, 0, 0], "no timestamp in the gzip header")
        XCTAssertLessThan(compressed.count, 100)
        XCTAssertEqual(try gunzip(compressed), text)
        XCTAssertEqual(try Gzip.compress(text), compressed)
    }
}
