import Foundation

/// PMTiles v3 archive layout: header, root directory, JSON metadata, leaf directories, tile data.
/// Directories and metadata are gzip-compressed, and so are tiles; identical tiles are stored once
/// and runs of consecutive tile ids with one content become a single directory entry.
enum PMTiles {
    static let headerLength = 127
    /// The spec's limit for header plus root directory, which clients fetch in one request.
    static let rootLimit = 16_384

    struct Entry: Equatable {
        var tileID: UInt64
        var offset: UInt64
        var length: UInt32
        /// 0 marks an entry that points to a leaf directory.
        var runLength: UInt32
    }

    /// Serializes a directory (PMTiles v3 §4.1): count, then ids as deltas, run lengths, lengths and
    /// offsets (0 when an entry follows the previous one directly, else offset + 1), all varints.
    static func serialize(_ entries: [Entry]) -> [UInt8] {
        var out = ProtobufWriter()
        out.varint(UInt64(entries.count))
        var lastID: UInt64 = 0
        for entry in entries {
            out.varint(entry.tileID - lastID)
            lastID = entry.tileID
        }
        for entry in entries { out.varint(UInt64(entry.runLength)) }
        for entry in entries { out.varint(UInt64(entry.length)) }
        for (i, entry) in entries.enumerated() {
            if i > 0 && entry.offset == entries[i - 1].offset + UInt64(entries[i - 1].length) {
                out.varint(0)
            } else {
                out.varint(entry.offset + 1)
            }
        }
        return out.bytes
    }

    /// The root directory and the leaf section. When the root would not fit beside the header,
    /// entries are split into leaves of growing size until it does.
    static func directories(_ entries: [Entry]) throws -> (root: [UInt8], leaves: [UInt8]) {
        let whole = try Gzip.compress(serialize(entries))
        if headerLength + whole.count <= rootLimit { return (whole, []) }
        var leafSize = 4096
        while true {
            var rootEntries: [Entry] = []
            var leaves: [UInt8] = []
            for start in stride(from: 0, to: entries.count, by: leafSize) {
                let chunk = Array(entries[start..<min(start + leafSize, entries.count)])
                let leaf = try Gzip.compress(serialize(chunk))
                rootEntries.append(Entry(tileID: chunk[0].tileID, offset: UInt64(leaves.count),
                                         length: UInt32(leaf.count), runLength: 0))
                leaves += leaf
            }
            let root = try Gzip.compress(serialize(rootEntries))
            if headerLength + root.count <= rootLimit { return (root, leaves) }
            leafSize *= 2
        }
    }

    struct Header {
        var rootOffset: UInt64, rootLength: UInt64
        var metadataOffset: UInt64, metadataLength: UInt64
        var leafOffset: UInt64, leafLength: UInt64
        var dataOffset: UInt64, dataLength: UInt64
        var addressedTiles: UInt64, tileEntries: UInt64, tileContents: UInt64
        var minZoom: UInt8, maxZoom: UInt8
        var bounds: (west: Double, south: Double, east: Double, north: Double)
        var center: (longitude: Double, latitude: Double, zoom: Int)

        /// The 127-byte little-endian header of PMTiles v3 §3.
        func encode() -> [UInt8] {
            var out = Array("PMTiles".utf8) + [3]
            func u64(_ v: UInt64) { for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
            func e7(_ degrees: Double) {
                let v = UInt32(bitPattern: Int32((degrees * 10_000_000).rounded()))
                for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) }
            }
            [rootOffset, rootLength, metadataOffset, metadataLength, leafOffset, leafLength,
             dataOffset, dataLength, addressedTiles, tileEntries, tileContents].forEach(u64)
            // clustered, internal compression gzip (2), tile compression gzip (2), tile type MVT (1)
            out += [1, 2, 2, 1, minZoom, maxZoom]
            e7(bounds.west); e7(bounds.south); e7(bounds.east); e7(bounds.north)
            out.append(UInt8(center.zoom))
            e7(center.longitude); e7(center.latitude)
            return out
        }
    }

    /// An archive being filled: tiles arrive in tile id order and are compressed into one data
    /// block at once, because the header and directories that precede it depend on where each
    /// tile lands. Identical tiles are found by hash and confirmed byte for byte against the
    /// block, so no second copy is kept.
    final class Builder {
        private var entries: [Entry] = []
        private var data: [UInt8] = []
        private var locationsByHash: [Int: [(offset: UInt64, length: UInt32)]] = [:]
        private var contents: UInt64 = 0
        private var addressed: UInt64 = 0
        private let gzip: Gzip

        init() throws { gzip = try Gzip() }

        func add(_ tile: TileID, _ mvt: [UInt8]) throws {
            let compressed = try gzip.compress(mvt)
            let id = tile.pmtilesID
            addressed += 1
            let hash = compressed.withUnsafeBytes { bytes in
                var hasher = Hasher()
                hasher.combine(bytes: bytes)
                return hasher.finalize()
            }
            let earlier = locationsByHash[hash, default: []].first { location in
                Int(location.length) == compressed.count
                    && data[Int(location.offset)..<Int(location.offset) + compressed.count].elementsEqual(compressed)
            }
            if let earlier {
                if let last = entries.last, last.offset == earlier.offset, last.tileID + UInt64(last.runLength) == id {
                    entries[entries.count - 1].runLength += 1
                } else {
                    entries.append(Entry(tileID: id, offset: earlier.offset, length: earlier.length, runLength: 1))
                }
                return
            }
            let location = (offset: UInt64(data.count), length: UInt32(compressed.count))
            locationsByHash[hash, default: []].append(location)
            contents += 1
            entries.append(Entry(tileID: id, offset: location.offset, length: location.length, runLength: 1))
            data += compressed
        }

        /// Writes the archive; `summary` gives zooms, bounds and centre for the header.
        func write(_ summary: TileSet, metadata: [UInt8], to url: URL) throws {
            let metadataBytes = try gzip.compress(metadata)
            let (root, leaves) = try directories(entries)
            let rootOffset = UInt64(headerLength)
            let metadataOffset = rootOffset + UInt64(root.count)
            let leafOffset = metadataOffset + UInt64(metadataBytes.count)
            let dataOffset = leafOffset + UInt64(leaves.count)
            let header = Header(rootOffset: rootOffset, rootLength: UInt64(root.count),
                                metadataOffset: metadataOffset, metadataLength: UInt64(metadataBytes.count),
                                leafOffset: leafOffset, leafLength: UInt64(leaves.count),
                                dataOffset: dataOffset, dataLength: UInt64(data.count),
                                addressedTiles: addressed, tileEntries: UInt64(entries.count),
                                tileContents: contents,
                                minZoom: UInt8(summary.minZoom), maxZoom: UInt8(summary.maxZoom),
                                bounds: summary.bounds, center: summary.center)
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
            let file = try FileHandle(forWritingTo: url)
            defer { try? file.close() }
            for part in [header.encode() + root + metadataBytes + leaves, data] { try file.write(contentsOf: part) }
        }
    }
}
