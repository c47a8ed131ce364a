import Foundation

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

/// Writes a `TileSet` to disk. Each output goes to a temporary sibling first and is renamed
/// into place, so a failed write leaves any previous output as it was. Nothing written depends
/// on the clock: the same tiles give the same bytes.
public enum TileWriter {
    public static func write(_ set: TileSet, format: TileFormat, to path: String, name: String,
                             attribution: String, description: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).partial")
        let files = FileManager.default
        try? files.removeItem(at: temporary)
        do {
            switch format {
            case .pmtiles:
                let metadata = JSONText.render(.object(metadataMembers(set, name: name, attribution: attribution, description: description)))
                try PMTiles.write(set, metadata: metadata, to: temporary)
            case .mbtiles:
                try MBTiles.write(set, to: temporary.path,
                                  metadata: mbtilesMetadata(set, name: name, attribution: attribution, description: description))
            case .dir:
                try writeFolder(set, to: temporary, name: name, attribution: attribution, description: description)
            }
            if files.fileExists(atPath: url.path) { try files.removeItem(at: url) }
            try files.moveItem(at: temporary, to: url)
        } catch {
            try? files.removeItem(at: temporary)
            throw error
        }
    }

    private static func boundsText(_ set: TileSet) -> String {
        [set.bounds.west, set.bounds.south, set.bounds.east, set.bounds.north].map(degrees).joined(separator: ",")
    }

    /// Degrees with 7 decimals at most, trailing zeros removed, so text does not depend on float printing.
    static func degrees(_ value: Double) -> String {
        let scaled = Int((value * 10_000_000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let whole = abs(scaled) / 10_000_000, fraction = abs(scaled) % 10_000_000
        var digits = String(fraction)
        digits = String(repeating: "0", count: 7 - digits.count) + digits
        while digits.last == "0" { digits.removeLast() }
        return sign + String(whole) + (digits.isEmpty ? "" : "." + digits)
    }

    private static func metadataMembers(_ set: TileSet, name: String, attribution: String,
                                        description: String) -> [(String, JSONText.Value)] {
        [("name", .string(name)), ("description", .string(description)), ("attribution", .string(attribution)),
         ("type", .string("overlay")), ("format", .string("pbf")),
         ("vector_layers", JSONText.vectorLayers(set.layers))]
    }

    private static func mbtilesMetadata(_ set: TileSet, name: String, attribution: String,
                                        description: String) -> [(String, String)] {
        let center = set.center
        return [("name", name), ("format", "pbf"), ("bounds", boundsText(set)),
                ("center", "\(degrees(center.longitude)),\(degrees(center.latitude)),\(center.zoom)"),
                ("minzoom", String(set.minZoom)), ("maxzoom", String(set.maxZoom)),
                ("attribution", attribution), ("description", description), ("type", "overlay"),
                ("json", JSONText.render(.object([("vector_layers", JSONText.vectorLayers(set.layers))])))]
    }

    /// The TileJSON 3.0.0 document for a tile folder; tile URLs are relative to it.
    static func tileJSON(_ set: TileSet, name: String, attribution: String, description: String) -> String {
        let center = set.center
        let number = { (d: Double) in JSONText.Value.raw(degrees(d)) }
        return JSONText.render(.object([
            ("tilejson", .string("3.0.0")),
            ("name", .string(name)),
            ("description", .string(description)),
            ("attribution", .string(attribution)),
            ("scheme", .string("xyz")),
            ("tiles", .array([.string("{z}/{x}/{y}.mvt")])),
            ("minzoom", .int(set.minZoom)),
            ("maxzoom", .int(set.maxZoom)),
            ("bounds", .array([set.bounds.west, set.bounds.south, set.bounds.east, set.bounds.north].map(number))),
            ("center", .array([number(center.longitude), number(center.latitude), .int(center.zoom)])),
            ("vector_layers", JSONText.vectorLayers(set.layers)),
        ])) + "\n"
    }

    private static func writeFolder(_ set: TileSet, to folder: URL, name: String, attribution: String,
                                    description: String) throws {
        let files = FileManager.default
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        var made = Set<String>()
        for (tile, mvt) in set.tiles {
            let column = folder.appendingPathComponent("\(tile.z)/\(tile.x)")
            if made.insert(column.path).inserted {
                try files.createDirectory(at: column, withIntermediateDirectories: true)
            }
            try Data(mvt).write(to: column.appendingPathComponent("\(tile.y).mvt"))
        }
        try Data(tileJSON(set, name: name, attribution: attribution, description: description).utf8)
            .write(to: folder.appendingPathComponent("tilejson.json"))
        let metadata = mbtilesMetadata(set, name: name, attribution: attribution, description: description)
        let metadataJSON = JSONText.render(.object(metadata.map { ($0.0, .string($0.1)) })) + "\n"
        try Data(metadataJSON.utf8).write(to: folder.appendingPathComponent("metadata.json"))
    }
}
