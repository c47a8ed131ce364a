import Foundation
import KharitaTestSupport
import XCTest
@testable import Tiles

final class WriterTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kharita-tiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    private static let eventCount = 400
    private static let tileSet = try! Tiler.build(layers: Synthetic.layers(events: eventCount), options: Synthetic.options(maxZoom: 9))

    private func write(_ format: TileFormat, _ name: String, set: TileSet = tileSet) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try TileWriter.write(set, format: format, to: path, name: "Kharita test", attribution: "© test", description: "synthetic \"events\"")
        return path
    }

    // MARK: PMTiles, read back by a routine of its own

    private struct ArchiveEntry { var tileID: UInt64; var runLength: UInt64; var length: UInt64; var offset: UInt64 }

    private func varints(_ bytes: [UInt8]) -> [UInt64] {
        var out: [UInt64] = [], value: UInt64 = 0, shift: UInt64 = 0
        for byte in bytes {
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { out.append(value); value = 0; shift = 0 } else { shift += 7 }
        }
        return out
    }

    private func directory(_ compressed: [UInt8]) throws -> [ArchiveEntry] {
        let numbers = varints(try gunzip(compressed))
        let count = Int(numbers[0])
        XCTAssertEqual(numbers.count, 1 + 4 * count)
        var entries: [ArchiveEntry] = []
        var id: UInt64 = 0
        for i in 0..<count {
            id += numbers[1 + i]
            let rawOffset = numbers[1 + 3 * count + i]
            let offset = rawOffset == 0 && i > 0 ? entries[i - 1].offset + entries[i - 1].length : rawOffset - 1
            entries.append(ArchiveEntry(tileID: id, runLength: numbers[1 + count + i], length: numbers[1 + 2 * count + i], offset: offset))
        }
        return entries
    }

    /// The archive's header words, metadata, and a reader of each tile id's (compressed) bytes.
    private struct Archive {
        var header: [UInt64]
        var metadata: [String: Any]
        var tiles: [UInt64: [UInt8]]

        func tile(_ id: UInt64) throws -> [UInt8]? { try tiles[id].map(gunzip) }
    }

    private func readArchive(_ path: String) throws -> Archive {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertEqual(Array(bytes[0..<7]), Array("PMTiles".utf8))
        XCTAssertEqual(bytes[7], 3)
        let header = (0..<11).map { i in (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[8 + 8 * i + $1]) << (8 * UInt64($1)) } }
        XCTAssertEqual(Array(bytes[96..<100]), [1, 2, 2, 1], "clustered, gzip directories, gzip tiles, MVT")
        let slice = { (offset: UInt64, length: UInt64) in Array(bytes[Int(offset)..<Int(offset + length)]) }
        XCTAssertEqual(header[0], 127)
        XCTAssertLessThanOrEqual(127 + header[1], 16_384)
        var tiles: [UInt64: [UInt8]] = [:]
        var pending = try directory(slice(header[0], header[1]))
        var next = 0
        while next < pending.count {
            let entry = pending[next]
            next += 1
            if entry.runLength == 0 {
                pending += try directory(slice(header[4] + entry.offset, entry.length))
                continue
            }
            let tile = slice(header[6] + entry.offset, entry.length)
            for i in 0..<entry.runLength { tiles[entry.tileID + i] = tile }
        }
        let metadata = try JSONSerialization.jsonObject(with: Data(try gunzip(slice(header[2], header[3])))) as! [String: Any]
        return Archive(header: header, metadata: metadata, tiles: tiles)
    }

    func testPMTilesReadBackTileByTile() throws {
        let set = Self.tileSet
        let archive = try readArchive(try write(.pmtiles, "events.pmtiles"))
        XCTAssertEqual(archive.header[8], UInt64(set.tiles.count), "addressed tiles")
        XCTAssertEqual(archive.tiles.count, set.tiles.count)
        XCTAssertEqual(archive.header[5], 0, "a small set needs no leaf directories")
        for (tile, bytes) in set.tiles where tile.z <= 6 { XCTAssertEqual(try archive.tile(tile.pmtilesID), bytes, "\(tile)") }
        let metadata = archive.metadata
        XCTAssertEqual(metadata["name"] as? String, "Kharita test")
        XCTAssertEqual(metadata["description"] as? String, "synthetic \"events\"")
        let layers = try XCTUnwrap(metadata["vector_layers"] as? [[String: Any]])
        XCTAssertEqual(layers.map { $0["id"] as? String }, ["events", "countries", "rivers"])
        XCTAssertEqual((layers[0]["fields"] as? [String: String])?["event_type"], "String")
    }

    func testLargeArchivesUseLeafDirectories() throws {
        // Every tile of zoom 8 with distinct contents: 65 536 directory entries cannot fit in the root.
        // Random bytes of random length: tiles compress to varied lengths, and so the directory does
        // not compress into the root.
        var random = Synthetic.Generator(state: 7)
        let tiles = (0..<(1 << 16)).map { i in
            (TileID(z: 8, x: i % 256, y: i / 256), (0...Int(random.next() * 40)).map { _ in UInt8(random.next() * 256) })
        }.sorted { $0.0 < $1.0 }
        let set = TileSet(tiles: tiles, layers: [], bounds: (-180, -85, 180, 85), minZoom: 8, maxZoom: 8)
        let archive = try readArchive(try write(.pmtiles, "big.pmtiles", set: set))
        XCTAssertGreaterThan(archive.header[5], 0, "leaf directory bytes")
        XCTAssertEqual(archive.header[8], 65_536)
        XCTAssertEqual(archive.tiles.count, 65_536)
        for (tile, bytes) in [tiles[0], tiles[4095], tiles[4096], tiles[65_535]] { XCTAssertEqual(try archive.tile(tile.pmtilesID), bytes) }
    }

    func testIdenticalTilesAreStoredOnceAsARun() throws {
        let empty: [UInt8] = [0x1a, 0]
        let tiles = (0..<4).map { TileID(z: 1, x: [0, 0, 1, 1][$0], y: [0, 1, 1, 0][$0]) }.map { ($0, empty) }
        let set = TileSet(tiles: tiles, layers: [], bounds: (0, 0, 1, 1), minZoom: 1, maxZoom: 1)
        let archive = try readArchive(try write(.pmtiles, "run.pmtiles", set: set))
        XCTAssertEqual(Array(archive.header[8...10]), [4, 1, 1], "4 addressed tiles, 1 entry, 1 content")
        XCTAssertEqual(archive.tiles.keys.sorted(), [1, 2, 3, 4])
        for id in 1...4 { XCTAssertEqual(try archive.tile(UInt64(id)), empty) }
    }

    // MARK: MBTiles, read back by the sqlite3 command-line shell

    private func sqlite(_ path: String, _ sql: String) throws -> String {
        String(decoding: try runProgram("sqlite3", ["-readonly", path, sql]), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testMBTilesRowsAreFlippedAndMetadataComplete() throws {
        let set = Self.tileSet
        let path = try write(.mbtiles, "events.mbtiles")
        XCTAssertEqual(try sqlite(path, "PRAGMA application_id"), "1297105496")
        XCTAssertEqual(try sqlite(path, "SELECT count(*) FROM tiles"), String(set.tiles.count))
        let metadata = Dictionary(uniqueKeysWithValues: try sqlite(path, "SELECT name, value FROM metadata").split(separator: "\n").map {
            let parts = $0.split(separator: "|", maxSplits: 1)
            return (String(parts[0]), String(parts[1]))
        })
        XCTAssertEqual(metadata["format"], "pbf")
        XCTAssertEqual(metadata["minzoom"], "0")
        XCTAssertEqual(metadata["maxzoom"], "9")
        XCTAssertEqual(metadata["name"], "Kharita test")
        let bounds = try XCTUnwrap(metadata["bounds"]).split(separator: ",").map { Double($0)! }
        XCTAssertEqual(bounds.count, 4)
        XCTAssertEqual(bounds[0], 36, accuracy: 0.1)
        XCTAssertEqual(bounds[3], 36.9, accuracy: 0.2)
        XCTAssertEqual(try XCTUnwrap(metadata["center"]).split(separator: ",").count, 3)
        XCTAssertTrue(try XCTUnwrap(metadata["json"]).hasPrefix("{\"vector_layers\":[{\"id\":\"events\""))
        let (tile, bytes) = try XCTUnwrap(set.tiles.last { $0.0.z == 9 })
        let hex = try sqlite(path, "SELECT hex(tile_data) FROM tiles WHERE zoom_level = 9 AND tile_column = \(tile.x) AND tile_row = \(511 - tile.y)")
        let blob = stride(from: 0, to: hex.count, by: 2).map { i -> UInt8 in
            let start = hex.index(hex.startIndex, offsetBy: i)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)!
        }
        XCTAssertEqual(try gunzip(blob), bytes)
    }

    // MARK: folder

    func testFolderHoldsEveryTileAndATileJSON() throws {
        let set = Self.tileSet
        let path = try write(.dir, "tiles")
        for (tile, bytes) in set.tiles {
            XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: "\(path)/\(tile.z)/\(tile.x)/\(tile.y).mvt"))), bytes)
        }
        let tilejson = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path + "/tilejson.json"))) as! [String: Any]
        XCTAssertEqual(tilejson["tilejson"] as? String, "3.0.0")
        XCTAssertEqual(tilejson["tiles"] as? [String], ["{z}/{x}/{y}.mvt"])
        XCTAssertEqual(tilejson["maxzoom"] as? Int, 9)
        XCTAssertEqual((tilejson["vector_layers"] as? [[String: Any]])?.count, 3)
    }

    func testRewritingGivesTheSameBytesAndReplacesTheOldOutput() throws {
        let first = try Data(contentsOf: URL(fileURLWithPath: try write(.pmtiles, "a.pmtiles")))
        let again = try Data(contentsOf: URL(fileURLWithPath: try write(.pmtiles, "a.pmtiles")))
        XCTAssertEqual(first, again)
        let mbtiles = try Data(contentsOf: URL(fileURLWithPath: try write(.mbtiles, "a.mbtiles")))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: try write(.mbtiles, "a.mbtiles"))), mbtiles)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["a.mbtiles", "a.pmtiles"])
    }

    // MARK: streaming

    /// A file's bytes, or for a folder every tile and metadata file's bytes by relative path.
    private func contents(_ path: String, _ format: TileFormat) throws -> [String: Data] {
        guard format == .dir else { return ["": try Data(contentsOf: URL(fileURLWithPath: path))] }
        var files: [String: Data] = [:]
        for file in try FileManager.default.subpathsOfDirectory(atPath: path) where file.hasSuffix(".mvt") || file.hasSuffix(".json") {
            files[file] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + file))
        }
        return files
    }

    func testStreamingWriteGivesTheSameBytesAsBuildingFirst() throws {
        let layers = Synthetic.layers(events: Self.eventCount)
        for format in TileFormat.allCases {
            let built = try contents(try write(format, "built-" + format.rawValue), format)
            let streamed = folder.appendingPathComponent("streamed-" + format.rawValue).path
            try Tiler.write(layers: layers, options: Synthetic.options(maxZoom: 9), format: format, to: streamed,
                            name: "Kharita test", attribution: "© test", description: "synthetic \"events\"")
            XCTAssertEqual(try contents(streamed, format), built, "\(format)")
            if format == .dir { XCTAssertEqual(built.count, Self.tileSet.tiles.count + 2, "every tile, tilejson.json, metadata.json") }
        }
    }

    // MARK: metadata texts

    /// A set whose bounds need rounding, with a name and description that need escaping.
    private static let metadataSet = TileSet(
        tiles: [], layers: [VectorLayerInfo(id: "events", fields: [("date", "String"), ("weapon_count", "Number")], minZoom: 0, maxZoom: 9)],
        bounds: (36.123456789, 30, 47.9999999951, 37.05), minZoom: 0, maxZoom: 9)

    func testMetadataTextsMatchTheGoldenFiles() throws {
        let fixtures = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let tileJSON = TileWriter.tileJSON(Self.metadataSet, name: "Kharita \"test\"", attribution: "© test", description: "line\nbreak")
        XCTAssertEqual(tileJSON, Array(try Data(contentsOf: fixtures.appendingPathComponent("tilejson.json"))))
        let pmtiles = TileWriter.pmtilesMetadata(Self.metadataSet, name: "Kharita", attribution: "© test", description: "d")
        XCTAssertEqual(String(decoding: pmtiles, as: UTF8.self),
                       #"{"name":"Kharita","description":"d","attribution":"© test","type":"overlay","format":"pbf","vector_layers":[{"id":"events","fields":{"date":"String","weapon_count":"Number"},"minzoom":0,"maxzoom":9}]}"#)
        let rows = Dictionary(uniqueKeysWithValues: TileWriter.mbtilesMetadata(Self.metadataSet, name: "K", attribution: "", description: ""))
        XCTAssertEqual(rows["bounds"], "36.1234568,30.0,48.0,37.05")
        XCTAssertEqual(rows["center"], "42.0617284,33.525,0")
    }

    // MARK: independent decoders (Python mapbox-vector-tile, pmtiles; GDAL)

    func testIndependentDecodersAgree() throws {
        let script = repositoryRoot.appendingPathComponent("scripts/check_tiles.py").path
        guard (try? runProgram("python3", ["-c", "import mapbox_vector_tile, pmtiles"])) != nil,
              (try? runProgram("ogrinfo", ["--version"])) != nil else {
            throw XCTSkip("python3 with mapbox_vector_tile and pmtiles, or ogrinfo, is not available")
        }
        let arguments = [script, "--pmtiles", try write(.pmtiles, "t.pmtiles"), "--mbtiles", try write(.mbtiles, "t.mbtiles"),
                         "--dir", try write(.dir, "t"), "--events", String(Self.eventCount)]
        let output = String(decoding: try runProgram("python3", arguments), as: UTF8.self)
        XCTAssertTrue(output.contains("check_tiles: all checks passed"), output)
        XCTAssertTrue(output.contains("\(Self.eventCount) event features at z9"), output)
    }
}
