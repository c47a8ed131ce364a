import Foundation
import GeoJSON

/// The tile containers `kharita` writes.
public enum TileFormat: String, CaseIterable, Sendable {
    /// One PMTiles v3 archive.
    case pmtiles
    /// One MBTiles 1.3 SQLite file.
    case mbtiles
    /// A `{z}/{x}/{y}.mvt` folder (uncompressed tiles) with `tilejson.json` (TileJSON 3.0.0) and
    /// `metadata.json` (the MBTiles-style metadata GDAL's MVT driver reads from a folder).
    case dir
}

/// Writes tiles to disk. Each output goes to a temporary sibling first and is renamed into place,
/// so a failed write leaves any previous output as it was. Nothing written depends on the clock:
/// the same tiles give the same bytes.
public enum TileWriter {
    public static func write(_ set: TileSet, format: TileFormat, to path: String, name: String,
                             attribution: String, description: String) throws {
        try write(format: format, to: path, name: name, attribution: attribution, description: description) { add in
            for (tile, mvt) in set.tiles { try add(tile, mvt) }
            return set
        }
    }

    /// Writes the tiles `produce` hands to `add` in `TileID` order, each compressed or stored as
    /// it arrives; `produce` returns the set's description (its `tiles` are not read).
    static func write(format: TileFormat, to path: String, name: String, attribution: String, description: String,
                      tiles produce: (_ add: (TileID, [UInt8]) throws -> Void) throws -> TileSet) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).partial")
        let files = FileManager.default
        try? files.removeItem(at: temporary)
        do {
            switch format {
            case .pmtiles:
                let archive = try PMTiles.Builder()
                let summary = try produce(archive.add)
                try archive.write(summary, metadata: pmtilesMetadata(summary, name: name, attribution: attribution, description: description),
                                  to: temporary)
            case .mbtiles:
                try writeMBTiles(to: temporary.path, name: name, attribution: attribution, description: description, tiles: produce)
            case .dir:
                try writeFolder(to: temporary, name: name, attribution: attribution, description: description, tiles: produce)
            }
            if files.fileExists(atPath: url.path) { try files.removeItem(at: url) }
            try files.moveItem(at: temporary, to: url)
        } catch {
            try? files.removeItem(at: temporary)
            throw error
        }
    }

    /// A function of its own so the database is closed when it returns, before the file moves.
    private static func writeMBTiles(to path: String, name: String, attribution: String, description: String,
                                     tiles produce: ((TileID, [UInt8]) throws -> Void) throws -> TileSet) throws {
        let database = try MBTiles.Writer(path: path)
        let summary = try produce(database.add)
        try database.finish(metadata: mbtilesMetadata(summary, name: name, attribution: attribution, description: description))
    }

    /// Degrees rounded to 7 decimals (about 1 cm), the precision of the PMTiles header, so the
    /// shortest round-trip text JSONWriter prints stays short and stable.
    static func degrees(_ value: Double) -> JSONValue {
        .number((value * 10_000_000).rounded() / 10_000_000)
    }

    private static func text(_ value: JSONValue) -> String {
        String(decoding: JSONWriter.encode(value, pretty: false), as: UTF8.self)
    }

    private static func vectorLayers(_ layers: [VectorLayerInfo]) -> JSONValue {
        .array(layers.map { layer in
            .object([
                "id": .string(layer.id),
                "fields": .object(Properties(uniqueKeysWithValues: layer.fields.map { ($0.name, JSONValue.string($0.type)) })),
                "minzoom": .integer(layer.minZoom),
                "maxzoom": .integer(layer.maxZoom),
            ])
        })
    }

    /// The PMTiles metadata object (PMTiles v3 §5 with the TileJSON-style `vector_layers`).
    static func pmtilesMetadata(_ set: TileSet, name: String, attribution: String, description: String) -> [UInt8] {
        JSONWriter.encode(.object([
            "name": .string(name), "description": .string(description), "attribution": .string(attribution),
            "type": "overlay", "format": "pbf", "vector_layers": vectorLayers(set.layers),
        ]), pretty: false)
    }

    /// The MBTiles 1.3 metadata rows; `bounds` and `center` are comma-separated numbers, `json`
    /// holds the `vector_layers`.
    static func mbtilesMetadata(_ set: TileSet, name: String, attribution: String, description: String) -> [(String, String)] {
        let center = set.center
        let bounds = [set.bounds.west, set.bounds.south, set.bounds.east, set.bounds.north]
        return [("name", name), ("format", "pbf"), ("bounds", bounds.map { text(degrees($0)) }.joined(separator: ",")),
                ("center", "\(text(degrees(center.longitude))),\(text(degrees(center.latitude))),\(center.zoom)"),
                ("minzoom", String(set.minZoom)), ("maxzoom", String(set.maxZoom)),
                ("attribution", attribution), ("description", description), ("type", "overlay"),
                ("json", text(.object(["vector_layers": vectorLayers(set.layers)])))]
    }

    /// The TileJSON 3.0.0 document for a tile folder; tile URLs are relative to it.
    static func tileJSON(_ set: TileSet, name: String, attribution: String, description: String) -> [UInt8] {
        let center = set.center
        return JSONWriter.encode(.object([
            "tilejson": "3.0.0",
            "name": .string(name),
            "description": .string(description),
            "attribution": .string(attribution),
            "scheme": "xyz",
            "tiles": ["{z}/{x}/{y}.mvt"],
            "minzoom": .integer(set.minZoom),
            "maxzoom": .integer(set.maxZoom),
            "bounds": .array([set.bounds.west, set.bounds.south, set.bounds.east, set.bounds.north].map(degrees)),
            "center": [degrees(center.longitude), degrees(center.latitude), .integer(center.zoom)],
            "vector_layers": vectorLayers(set.layers),
        ]), pretty: true)
    }

    private static func writeFolder(to folder: URL, name: String, attribution: String, description: String,
                                    tiles produce: ((TileID, [UInt8]) throws -> Void) throws -> TileSet) throws {
        let files = FileManager.default
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        var made = Set<String>()
        let summary = try produce { tile, mvt in
            let column = folder.appendingPathComponent("\(tile.z)/\(tile.x)")
            if made.insert(column.path).inserted {
                try files.createDirectory(at: column, withIntermediateDirectories: true)
            }
            try Data(mvt).write(to: column.appendingPathComponent("\(tile.y).mvt"))
        }
        try Data(tileJSON(summary, name: name, attribution: attribution, description: description))
            .write(to: folder.appendingPathComponent("tilejson.json"))
        // GDAL's MVT driver reads a folder's metadata.json with MBTiles' rows as string members.
        let metadata = mbtilesMetadata(summary, name: name, attribution: attribution, description: description)
        let members = Properties(uniqueKeysWithValues: metadata.map { ($0.0, JSONValue.string($0.1)) })
        try Data(JSONWriter.encode(.object(members), pretty: true)).write(to: folder.appendingPathComponent("metadata.json"))
    }
}
