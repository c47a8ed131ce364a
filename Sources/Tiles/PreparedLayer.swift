import GeoJSON
import Projection

/// An input layer projected to world coordinates once, with its attributes interned as tags.
struct PreparedLayer {
    /// A line or polygon feature in world coordinates; rings are closed.
    struct Shape {
        var feature: Int32
        var isPolygon: Bool
        var lines: [[GeometryOps.Point]] = []
        var polygons: [[[GeometryOps.Point]]] = []
        var bbox: (min: GeometryOps.Point, max: GeometryOps.Point)
    }

    let name: String
    let minZoom: Int
    let table = AttributeTable()
    /// Points in world coordinates and the feature each belongs to.
    private(set) var pointU: [Double] = []
    private(set) var pointV: [Double] = []
    private(set) var pointFeature: [Int32] = []
    private(set) var shapes: [Shape] = []
    private(set) var ids: [UInt64?] = []
    private(set) var lonLatBounds = (west: Double.infinity, south: Double.infinity,
                                     east: -Double.infinity, north: -Double.infinity)
    /// Tags of feature i are `tagPool[tagStart[i]..<tagStart[i + 1]]`.
    private var tagPool: [UInt32] = []
    private var tagStart: [Int] = [0]
    private let eventTypeKey: UInt32
    private let dateKey: UInt32
    private let dateEndKey: UInt32

    init(_ input: TileLayerInput, transform: Transform) throws {
        name = input.name
        minZoom = input.minZoom
        eventTypeKey = table.key("event_type")
        dateKey = table.key("date")
        dateEndKey = table.key("date_end")
        var lons: [Double] = [], lats: [Double] = []
        // Each geometry becomes a list of parts; `pending` remembers where they go after projection.
        enum Part { case point(Int32), line(Int32, Range<Int>), polygon(Int32, [Range<Int>]) }
        var parts: [Part] = []
        for (index, feature) in input.features.enumerated() {
            let featureIndex = Int32(index)
            appendAttributes(of: feature)
            guard let geometry = feature.geometry else { continue }
            func add(_ positions: [Position]) -> Range<Int> {
                let start = lons.count
                for p in positions {
                    lons.append(p.longitude)
                    lats.append(p.latitude)
                }
                return start..<lons.count
            }
            func flatten(_ geometry: Geometry) throws {
                switch geometry {
                case .point(let p):
                    _ = add([p])
                    parts.append(.point(featureIndex))
                case .multiPoint(let points):
                    for p in points {
                        _ = add([p])
                        parts.append(.point(featureIndex))
                    }
                case .lineString(let line):
                    try Self.check(line.count >= 2, input.name, index, "a LineString needs two positions")
                    parts.append(.line(featureIndex, add(line)))
                case .multiLineString(let lines):
                    for line in lines {
                        try Self.check(line.count >= 2, input.name, index, "a LineString needs two positions")
                        parts.append(.line(featureIndex, add(line)))
                    }
                case .polygon(let rings):
                    try Self.check(rings.allSatisfy { $0.count >= 4 }, input.name, index, "a polygon ring needs four positions")
                    parts.append(.polygon(featureIndex, rings.map(add)))
                case .multiPolygon(let polygons):
                    for rings in polygons {
                        try Self.check(rings.allSatisfy { $0.count >= 4 }, input.name, index, "a polygon ring needs four positions")
                        parts.append(.polygon(featureIndex, rings.map(add)))
                    }
                case .geometryCollection(let members):
                    try members.forEach(flatten)
                }
            }
            try flatten(geometry)
        }
        for i in lons.indices where lons[i].isFinite && lats[i].isFinite {
            let lat = min(max(lats[i], -WebMercator.maxLatitude), WebMercator.maxLatitude)
            let lon = min(max(lons[i], -180), 180)
            lonLatBounds = (min(lonLatBounds.west, lon), min(lonLatBounds.south, lat),
                            max(lonLatBounds.east, lon), max(lonLatBounds.north, lat))
        }
        try WebMercator.project(longitudes: &lons, latitudes: &lats, with: transform)
        var coordinate = 0
        func world(_ range: Range<Int>) -> [GeometryOps.Point] { range.map { GeometryOps.Point(lons[$0], lats[$0]) } }
        var shapeByFeature: [Int32: Int] = [:]
        for part in parts {
            switch part {
            case .point(let feature):
                pointU.append(lons[coordinate])
                pointV.append(lats[coordinate])
                pointFeature.append(feature)
                coordinate += 1
            case .line(let feature, let range):
                addShape(feature, isPolygon: false, lines: [world(range)], polygons: [], index: &shapeByFeature)
                coordinate = range.upperBound
            case .polygon(let feature, let rings):
                addShape(feature, isPolygon: true, lines: [], polygons: [Self.wound(rings.map(world))], index: &shapeByFeature)
                coordinate = rings.last?.upperBound ?? coordinate
            }
        }
    }

    /// Rewinds rings so the exterior has positive area and holes negative, as clipping expects.
    private static func wound(_ rings: [[GeometryOps.Point]]) -> [[GeometryOps.Point]] {
        rings.enumerated().map { index, ring in
            (GeometryOps.doubleSignedArea(ring) > 0) == (index == 0) ? ring : ring.reversed()
        }
    }

    private static func check(_ condition: Bool, _ layer: String, _ feature: Int, _ reason: String) throws {
        if !condition { throw TilingError.invalidGeometry(layer: layer, feature: feature, reason: reason) }
    }

    /// Lines of one feature gather into one shape, polygons into another, so each tiles as one MVT feature.
    private mutating func addShape(_ feature: Int32, isPolygon: Bool, lines: [[GeometryOps.Point]],
                                   polygons: [[[GeometryOps.Point]]], index: inout [Int32: Int]) {
        let points: [GeometryOps.Point] = Array(lines.joined()) + Array(polygons.joined().joined())
        var low = points.first!, high = points.first!
        for p in points {
            low = pointwiseMin(low, p)
            high = pointwiseMax(high, p)
        }
        let key = feature << 1 | (isPolygon ? 1 : 0)
        if let existing = index[key] {
            shapes[existing].lines += lines
            shapes[existing].polygons += polygons
            shapes[existing].bbox = (pointwiseMin(shapes[existing].bbox.min, low), pointwiseMax(shapes[existing].bbox.max, high))
        } else {
            index[key] = shapes.count
            shapes.append(Shape(feature: feature, isPolygon: isPolygon, lines: lines, polygons: polygons, bbox: (low, high)))
        }
    }

    private mutating func appendAttributes(of feature: Feature) {
        let properties = feature.properties ?? [:]
        var id: UInt64?
        switch feature.id {
        case .string(let text) where properties["id"] == nil:
            let (k, v) = table.tag("id", .string(text))
            tagPool += [k, v]
        case .number(let number) where number >= 0 && number.rounded() == number && number < 1.8e19:
            id = UInt64(number)
        default:
            break
        }
        ids.append(id)
        for (key, json) in properties {
            guard let value = AttributeValue(json) else { continue }
            let (k, v) = table.tag(key, value)
            tagPool += [k, v]
        }
        tagStart.append(tagPool.count)
    }

    func tags(of feature: Int) -> ArraySlice<UInt32> { tagPool[tagStart[feature]..<tagStart[feature + 1]] }

    private func tagValue(_ key: UInt32, of feature: Int) -> AttributeValue? {
        let tags = self.tags(of: feature)
        var i = tags.startIndex
        while i < tags.endIndex {
            if tags[i] == key { return table.values[Int(tags[i + 1])] }
            i += 2
        }
        return nil
    }

    /// The attributes of a cluster of points (indices into the point arrays).
    func clusterTags(_ members: [Int32]) -> [UInt32] {
        var typeCounts: [String: Int] = [:]
        var earliest: String?, latest: String?
        for member in members {
            let feature = Int(pointFeature[Int(member)])
            if case .string(let type) = tagValue(eventTypeKey, of: feature) { typeCounts[type, default: 0] += 1 }
            if case .string(let date) = tagValue(dateKey, of: feature), earliest.map({ date < $0 }) ?? true { earliest = date }
            if case .string(let end) = tagValue(dateEndKey, of: feature), latest.map({ end > $0 }) ?? true { latest = end }
        }
        var attributes: [(String, AttributeValue)] = [("cluster", .bool(true)), ("point_count", .int(members.count))]
        for (type, count) in typeCounts.sorted(by: { $0.key < $1.key }) { attributes.append(("count_" + type, .int(count))) }
        if let earliest { attributes.append(("date", .string(earliest))) }
        if let latest { attributes.append(("date_end", .string(latest))) }
        return attributes.flatMap { name, value in
            let (k, v) = table.tag(name, value)
            return [k, v]
        }
    }
}
