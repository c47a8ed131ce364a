import GeoJSON
import Projection

/// One named layer to tile.
///
/// Each feature's properties become MVT attributes: strings, integers, doubles and booleans as
/// themselves; `null`, arrays and objects are left out (MVT values cannot hold them, and the full
/// record is in the GeoJSON outputs). A string `Feature.id` becomes the attribute `id` unless the
/// properties already have one; a non-negative integral numeric id becomes the MVT feature id.
/// Features without geometry are skipped; a MultiPoint or GeometryCollection member tiles as
/// separate features sharing the attributes.
public struct TileLayerInput {
    public var name: String
    public var features: [Feature]
    /// The lowest zoom at which the layer appears.
    public var minZoom: Int

    public init(name: String, features: [Feature], minZoom: Int = 0) {
        self.name = name
        self.features = features
        self.minZoom = minZoom
    }
}

/// How tiles are cut. Sizes are in tile units (`extent` units to a tile side).
public struct TilingOptions: Sendable {
    public var minZoom = 0
    public var maxZoom = 12
    public var extent = 4096
    /// Margin around each tile, in tile units, that lines and polygons are clipped to (points are
    /// stored only in the tile that contains them, so each event is counted once per zoom).
    public var buffer = 64
    public var maxTileBytes = 500_000
    public var maxTileFeatures = 200_000
    /// Below `maxZoom`, points in the same square of this many tile units become one cluster
    /// feature; the square doubles for a tile that would otherwise break the size limits.
    public var clusterCellSize = 64
    public init() {}
}

/// A tile kept over the size or feature limits (see `TileSet.oversized`).
public struct OversizedTile: Hashable, Sendable, CustomStringConvertible {
    public let tile: TileID
    public let bytes: Int
    public let features: Int
    public var description: String { "tile \(tile) holds \(features) features in \(bytes) bytes, over the limits" }
}

/// A layer as TileJSON `vector_layers` describes it.
public struct VectorLayerInfo: Equatable, Sendable {
    public let id: String
    /// Attribute names (sorted) with "String", "Number", "Boolean" or "Mixed".
    public let fields: [(name: String, type: String)]
    public let minZoom: Int
    public let maxZoom: Int

    public static func == (lhs: VectorLayerInfo, rhs: VectorLayerInfo) -> Bool {
        lhs.id == rhs.id && lhs.minZoom == rhs.minZoom && lhs.maxZoom == rhs.maxZoom
            && lhs.fields.map(\.name) == rhs.fields.map(\.name) && lhs.fields.map(\.type) == rhs.fields.map(\.type)
    }
}

/// A finished tileset: every non-empty tile as uncompressed MVT bytes, sorted by `TileID`.
public struct TileSet: Sendable {
    public let tiles: [(TileID, [UInt8])]
    public let layers: [VectorLayerInfo]
    /// Degrees, clamped to the Web Mercator square.
    public let bounds: (west: Double, south: Double, east: Double, north: Double)
    public let minZoom: Int
    public let maxZoom: Int
    /// Tiles at the maximum zoom over the size or feature limits: kept whole, because every event
    /// must be present at the maximum zoom; callers warn about them.
    public var oversized: [OversizedTile] = []

    /// The middle of `bounds` at `minZoom`, as TileJSON and MBTiles `center` want it.
    public var center: (longitude: Double, latitude: Double, zoom: Int) {
        ((bounds.west + bounds.east) / 2, (bounds.south + bounds.north) / 2, minZoom)
    }
}

/// Cuts layers into Mapbox Vector Tiles 2.1.
///
/// Coordinates go to Web Mercator through PROJ (EPSG:4326 → EPSG:3857), latitudes clamped to
/// ±85.0511287798066°. Each zoom is built in turn: lines and polygons are simplified to a tile
/// unit, clipped to the buffered tile, rounded to integers without repeated points, and polygon
/// rings rewound from their signed area (exterior positive in tile coordinates). Below `maxZoom`,
/// points are grid-clustered; a cluster carries `cluster` = true, `point_count`, one
/// `count_<event_type>` per event type among its members, and the earliest `date` and latest
/// `date_end` of its members. At `maxZoom` every point is its own feature, duplicates included.
public enum Tiler {
    /// The deepest zoom the tiler accepts.
    public static let deepestZoom = 22

    /// Every tile in memory, uncompressed. For writing files, `write(layers:options:format:to:…)`
    /// needs far less memory.
    public static func build(layers: [TileLayerInput], options: TilingOptions) throws -> TileSet {
        var tiles: [(TileID, [UInt8])] = []
        let summary = try produce(layers: layers, options: options) { tiles.append(($0, $1)) }
        var set = TileSet(tiles: tiles, layers: summary.layers, bounds: summary.bounds,
                          minZoom: summary.minZoom, maxZoom: summary.maxZoom)
        set.oversized = summary.oversized
        return set
    }

    /// Cuts the layers and writes them as `TileWriter.write` would write `build`'s set, byte for
    /// byte, but hands each tile to the file as soon as it is encoded: only compressed tiles
    /// (PMTiles) or none (MBTiles, folder) are held, not the whole uncompressed set.
    @discardableResult
    public static func write(layers: [TileLayerInput], options: TilingOptions, format: TileFormat, to path: String,
                             name: String, attribution: String, description: String) throws -> [OversizedTile] {
        var oversized: [OversizedTile] = []
        try TileWriter.write(format: format, to: path, name: name, attribution: attribution, description: description) { add in
            let summary = try produce(layers: layers, options: options, emit: add)
            oversized = summary.oversized
            return summary
        }
        return oversized
    }

    /// Hands every non-empty tile to `emit` in `TileID` order (zoom by zoom, each along the
    /// Hilbert curve) and returns the set's description with no tiles.
    private static func produce(layers: [TileLayerInput], options: TilingOptions,
                                emit: (TileID, [UInt8]) throws -> Void) throws -> TileSet {
        try validate(options)
        let transform = try Transform(from: "EPSG:4326", to: "EPSG:3857")
        let prepared = try layers.map { try PreparedLayer($0, transform: transform) }
        var oversized: [OversizedTile] = []
        for zoom in options.minZoom...options.maxZoom {
            oversized += try buildZoom(zoom, layers: prepared, options: options, emit: emit)
        }
        let infos = prepared.map { layer in
            VectorLayerInfo(id: layer.name,
                            fields: layer.table.fieldTypes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                            minZoom: max(layer.minZoom, options.minZoom), maxZoom: options.maxZoom)
        }
        var summary = TileSet(tiles: [], layers: infos, bounds: bounds(of: prepared),
                              minZoom: options.minZoom, maxZoom: options.maxZoom)
        summary.oversized = oversized
        return summary
    }

    /// The lowest zoom, capped at `limit`, at which distinct point positions are at least half a tile
    /// unit apart: the `maxZoom` "chosen from the data's spacing". Two points share a cell of at least
    /// one of four grids shifted by half a cell whenever they are closer than half a cell on both axes.
    public static func maxZoomFromSpacing(layers: [TileLayerInput], extent: Int = 4096, limit: Int = 14) throws -> Int {
        let transform = try Transform(from: "EPSG:4326", to: "EPSG:3857")
        let prepared = try layers.map { try PreparedLayer($0, transform: transform) }
        var distinct = Set<SIMD2<Double>>()
        for layer in prepared {
            for i in layer.pointU.indices { distinct.insert(SIMD2(layer.pointU[i], layer.pointV[i])) }
        }
        guard distinct.count > 1 else { return 0 }
        let shifts: [SIMD2<Double>] = [SIMD2(0, 0), SIMD2(0.5, 0), SIMD2(0, 0.5), SIMD2(0.5, 0.5)]
        for zoom in 0..<limit {
            let scale = Double(extent) * Double(1 << zoom)
            let separated = shifts.allSatisfy { shift in
                var cells = Set<SIMD2<Int64>>()
                for p in distinct {
                    let cell = (p * scale + shift).rounded(.down)
                    cells.insert(SIMD2(Int64(cell.x), Int64(cell.y)))
                }
                return cells.count == distinct.count
            }
            if separated { return zoom }
        }
        return limit
    }

    private static func validate(_ options: TilingOptions) throws {
        guard options.minZoom >= 0, options.minZoom <= options.maxZoom, options.maxZoom <= deepestZoom else {
            throw TilingError.invalidZoomRange(min: options.minZoom, max: options.maxZoom)
        }
        guard options.extent >= 256, options.extent & (options.extent - 1) == 0 else {
            throw TilingError.invalidOptions("extent \(options.extent) must be a power of two ≥ 256")
        }
        guard options.buffer >= 0, options.buffer <= options.extent else {
            throw TilingError.invalidOptions("buffer \(options.buffer) must be within 0…extent")
        }
        guard options.clusterCellSize >= 1, options.clusterCellSize <= options.extent else {
            throw TilingError.invalidOptions("cluster cell \(options.clusterCellSize) must be within 1…extent")
        }
        guard options.maxTileBytes > 0, options.maxTileFeatures > 0 else {
            throw TilingError.invalidOptions("tile limits must be positive")
        }
    }

    private static func bounds(of layers: [PreparedLayer]) -> (west: Double, south: Double, east: Double, north: Double) {
        var west = Double.infinity, south = Double.infinity, east = -Double.infinity, north = -Double.infinity
        for layer in layers {
            west = min(west, layer.lonLatBounds.west)
            south = min(south, layer.lonLatBounds.south)
            east = max(east, layer.lonLatBounds.east)
            north = max(north, layer.lonLatBounds.north)
        }
        guard west <= east, south <= north else {
            return (-180, -WebMercator.maxLatitude, 180, WebMercator.maxLatitude)
        }
        return (west, south, east, north)
    }

    /// What one tile gathers from every layer before encoding.
    private struct TileWork {
        var points: [[Int32]]
        var shapes: [[(feature: Int32, geometry: TileGeometry)]]
        init(layerCount: Int) {
            points = Array(repeating: [], count: layerCount)
            shapes = Array(repeating: [], count: layerCount)
        }
    }

    private static func buildZoom(_ zoom: Int, layers: [PreparedLayer], options: TilingOptions,
                                  emit: (TileID, [UInt8]) throws -> Void) throws -> [OversizedTile] {
        let side = 1 << zoom
        let n = Double(side)
        var work: [Int: TileWork] = [:]
        for (layerIndex, layer) in layers.enumerated() where zoom >= layer.minZoom {
            for i in layer.pointU.indices {
                let tile = WebMercator.tile(u: layer.pointU[i], v: layer.pointV[i], zoom: zoom)
                work[tile.y * side + tile.x, default: TileWork(layerCount: layers.count)].points[layerIndex].append(Int32(i))
            }
            let tolerance = 1 / (Double(options.extent) * n)
            let margin = Double(options.buffer) / Double(options.extent)
            for shape in layer.shapes {
                for (tile, geometry) in cut(shape, zoom: zoom, tolerance: tolerance, margin: margin, extent: options.extent) {
                    work[tile.y * side + tile.x, default: TileWork(layerCount: layers.count)]
                        .shapes[layerIndex].append((shape.feature, geometry))
                }
            }
        }
        let tiles = work.keys.map { TileID(z: zoom, x: $0 % side, y: $0 / side) }.sorted()
        var oversized: [OversizedTile] = []
        for tile in tiles {
            // Each tile's gathered work is released once it is encoded.
            guard let gathered = work.removeValue(forKey: tile.y * side + tile.x) else { continue }
            let encoded = try encode(tile, gathered, layers: layers, options: options)
            if encoded.bytes.count > options.maxTileBytes || encoded.features > options.maxTileFeatures {
                oversized.append(OversizedTile(tile: tile, bytes: encoded.bytes.count, features: encoded.features))
            }
            try emit(tile, encoded.bytes)
        }
        return oversized
    }

    /// Encodes one tile, widening the cluster cells until the tile fits the limits. At the maximum zoom
    /// nothing is clustered, so a tile there may stay over the limits.
    private static func encode(_ tile: TileID, _ work: TileWork, layers: [PreparedLayer], options: TilingOptions) throws
        -> (bytes: [UInt8], features: Int) {
        let clustering = tile.z < options.maxZoom
        var cell = options.clusterCellSize
        while true {
            var encoders: [LayerEncoder] = []
            for (layerIndex, layer) in layers.enumerated() {
                var encoder = LayerEncoder(name: layer.name, extent: options.extent, table: layer.table)
                for (feature, geometry) in work.shapes[layerIndex] {
                    encoder.add(id: layer.ids[Int(feature)], tags: layer.tags(of: Int(feature)), geometry: geometry)
                }
                addPoints(work.points[layerIndex], of: layer, tile: tile, cell: clustering ? cell : nil,
                          extent: options.extent, to: &encoder)
                encoders.append(encoder)
            }
            let bytes = encodeTile(encoders)
            let features = encoders.reduce(0) { $0 + $1.featureCount }
            let fits = bytes.count <= options.maxTileBytes && features <= options.maxTileFeatures
            if fits || !clustering || cell >= options.extent { return (bytes, features) }
            cell *= 2
        }
    }

    private static func addPoints(_ members: [Int32], of layer: PreparedLayer, tile: TileID, cell: Int?,
                                  extent: Int, to encoder: inout LayerEncoder) {
        guard !members.isEmpty else { return }
        let scale = Double(extent) * Double(1 << tile.z)
        let originX = tile.x * extent, originY = tile.y * extent
        func local(_ i: Int32) -> SIMD2<Int32> {
            let x = min(max(Int(layer.pointU[Int(i)] * scale) - originX, 0), extent - 1)
            let y = min(max(Int(layer.pointV[Int(i)] * scale) - originY, 0), extent - 1)
            return SIMD2(Int32(x), Int32(y))
        }
        guard let cell else {
            for i in members {
                let feature = Int(layer.pointFeature[Int(i)])
                encoder.addPoint(id: layer.ids[feature], tags: layer.tags(of: feature), at: local(i))
            }
            return
        }
        // Sort members by (cell, input order) packed in one integer, then emit cell by cell.
        let cellsPerSide = UInt64((extent + cell - 1) / cell)
        let keyed: [UInt64] = members.map { i in
            let p = local(i)
            let cellIndex = UInt64(p.y) / UInt64(cell) * cellsPerSide + UInt64(p.x) / UInt64(cell)
            return cellIndex << 32 | UInt64(UInt32(i))
        }.sorted()
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count && keyed[end] >> 32 == keyed[start] >> 32 { end += 1 }
            let group = keyed[start..<end].map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
            if group.count == 1 {
                let feature = Int(layer.pointFeature[Int(group[0])])
                encoder.addPoint(id: layer.ids[feature], tags: layer.tags(of: feature), at: local(group[0]))
            } else {
                var sum = SIMD2<Int>(0, 0)
                for i in group {
                    let p = local(i)
                    sum &+= SIMD2(Int(p.x), Int(p.y))
                }
                let centre = SIMD2<Int32>(Int32(sum.x / group.count), Int32(sum.y / group.count))
                encoder.addPoint(id: nil, tags: layer.clusterTags(group), at: centre)
            }
            start = end
        }
    }

    /// Simplification can make an outline cross itself where it runs close to itself, and
    /// rounding to tile units can make fine detail, or an islet and the coast beside it, touch.
    /// For such a tile each polygon of the shape is redone, clipped to the tile's column only and
    /// largest first: as simplified, else unsimplified (the most faithful shape), else coarser,
    /// taking the first version that meets neither itself nor the polygons already taken. A polygon
    /// without such a version is left out of the tile (at this zoom it is a sliver or an islet
    /// against a larger one), except the largest, which users expect to see rather than a gap: its
    /// simplified rings are split where they cross themselves, and inside-out loops dropped.
    private static func withoutSelfIntersections(
        _ shape: PreparedLayer.Shape, tolerance: Double, low: Double, high: Double,
        tileRings: ([[[GeometryOps.Point]]]) -> [[SIMD2<Int32>]]
    ) -> [[SIMD2<Int32>]] {
        let areas = shape.polygons.map { abs(GeometryOps.doubleSignedArea($0[0])) }
        let largestFirst = shape.polygons.indices.sorted { (areas[$0], $1) > (areas[$1], $0) }
        var taken: [[SIMD2<Int32>]] = []
        for (rank, index) in largestFirst.enumerated() {
            var asSimplified: [[SIMD2<Int32>]] = []
            var fitting: [[SIMD2<Int32>]]?
            for factor in [1.0, 0, 2, 4, 8] {
                let version = GeometryOps.simplifyPolygon(shape.polygons[index], tolerance: factor * tolerance)
                    .map { tileRings(GeometryOps.clipPolygon($0, axis: 0, low: low, high: high)) } ?? []
                if factor == 1 { asSimplified = version }
                if !GeometryOps.hasSelfIntersections(taken + version) {
                    fitting = version
                    break
                }
            }
            if let fitting {
                taken += fitting
            } else if rank == 0 {
                taken = asSimplified.flatMap {
                    GeometryOps.loops(of: $0, exterior: GeometryOps.doubleSignedArea($0) > 0, splittingCrossings: true)
                }
            }
        }
        return taken
    }

    /// Simplifies a line or polygon for `zoom` and cuts it into the buffered tiles it touches.
    private static func cut(_ shape: PreparedLayer.Shape, zoom: Int, tolerance: Double, margin: Double,
                            extent: Int) -> [(TileID, TileGeometry)] {
        let side = 1 << zoom
        let n = Double(side)
        let polygons = shape.polygons.compactMap { GeometryOps.simplifyPolygon($0, tolerance: tolerance) }
        let lines = shape.lines.map { GeometryOps.simplify($0, tolerance: tolerance) }
        let first = Int((shape.bbox.min.x - margin / n) * n), last = Int((shape.bbox.max.x + margin / n) * n)
        let top = Int((shape.bbox.min.y - margin / n) * n), bottom = Int((shape.bbox.max.y + margin / n) * n)
        var out: [(TileID, TileGeometry)] = []
        for tx in max(first, 0)...min(last, side - 1) {
            let low = (Double(tx) - margin) / n, high = (Double(tx) + 1 + margin) / n
            let columnPolygons = polygons.flatMap { GeometryOps.clipPolygon($0, axis: 0, low: low, high: high) }
            let columnLines = lines.flatMap { GeometryOps.clipLine($0, axis: 0, low: low, high: high) }
            if columnPolygons.isEmpty && columnLines.isEmpty { continue }
            for ty in max(top, 0)...min(bottom, side - 1) {
                let lowY = (Double(ty) - margin) / n, highY = (Double(ty) + 1 + margin) / n
                let originX = Double(tx) / n, originY = Double(ty) / n, scale = n * Double(extent)
                var parts: [[SIMD2<Int32>]] = []
                if shape.isPolygon {
                    func tileRings(_ polygons: [[[GeometryOps.Point]]]) -> [[SIMD2<Int32>]] {
                        polygons.flatMap { GeometryOps.clipPolygon($0, axis: 1, low: lowY, high: highY) }.flatMap { rings in
                            let lobes = GeometryOps.tileRings(rings[0], exterior: true, originX: originX, originY: originY, scale: scale)
                            guard let body = lobes.first else { return [[SIMD2<Int32>]]() }
                            let holes = rings.dropFirst().flatMap {
                                GeometryOps.tileRings($0, exterior: false, originX: originX, originY: originY, scale: scale)
                            }
                            // Lobes pinched off the exterior follow its holes, as exteriors of their own.
                            return [body] + holes + lobes.dropFirst()
                        }
                    }
                    parts = tileRings(columnPolygons)
                    if GeometryOps.hasSelfIntersections(parts) {
                        parts = withoutSelfIntersections(shape, tolerance: tolerance, low: low, high: high, tileRings: tileRings)
                    }
                } else {
                    for line in columnLines {
                        for piece in GeometryOps.clipLine(line, axis: 1, low: lowY, high: highY) {
                            let points = GeometryOps.quantize(piece, originX: originX, originY: originY, scale: scale)
                            if points.count >= 2 { parts.append(points) }
                        }
                    }
                }
                if !parts.isEmpty {
                    out.append((TileID(z: zoom, x: tx, y: ty),
                                TileGeometry(type: shape.isPolygon ? .polygon : .lineString, parts: parts)))
                }
            }
        }
        return out
    }
}
