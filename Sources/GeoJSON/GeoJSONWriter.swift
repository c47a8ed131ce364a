import OrderedCollections

/// Deterministic RFC 7946 writer.
///
/// Layout, fixed so that committed outputs diff well:
/// - a Feature (or bare Geometry) is one compact line without a final newline, keys in the order
///   `type, id, bbox, geometry, properties`, then foreign members in their stored order;
/// - a FeatureCollection is `{"type":"FeatureCollection",` + `bbox`, foreign members, then
///   `"features":[`, one Feature per line separated by `,\n`, and `\n]}\n`
///   (an empty collection is `{"type":"FeatureCollection","features":[]}\n`).
/// Foreign members whose key is reserved at that level (`type`, `id`, `bbox`, `geometry`,
/// `properties`; `features` for a collection) are not written, so the output has no duplicate keys.
public struct GeoJSONWriter: Sendable {
    public struct Options: Hashable, Sendable {
        /// Decimals kept in coordinates and bboxes, clamped to 0...17.
        public var coordinatePrecision: Int
        /// Computes `[west, south, east, north]` for every Feature with a geometry and for a
        /// FeatureCollection with any located feature, replacing a stored `bbox`.
        /// Without it, a stored `bbox` is written as given.
        public var includeBBox: Bool
        /// Writes polygon exterior rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6),
        /// reversing rings whose signed area says otherwise.
        public var enforceRightHandRule: Bool

        public init(coordinatePrecision: Int = 6, includeBBox: Bool = false, enforceRightHandRule: Bool = true) {
            self.coordinatePrecision = min(max(coordinatePrecision, 0), 17)
            self.includeBBox = includeBBox
            self.enforceRightHandRule = enforceRightHandRule
        }
    }

    public let options: Options

    public init(options: Options = .init()) {
        self.options = options
    }

    public func encode(_ object: GeoJSONObject) -> [UInt8] {
        switch object {
        case .geometry(let geometry): encode(geometry)
        case .feature(let feature): encode(feature)
        case .featureCollection(let collection): encode(collection)
        }
    }

    public func encode(_ collection: FeatureCollection) -> [UInt8] {
        var output: [UInt8] = []
        let bbox = options.includeBBox ? collection.bounds : collection.bbox
        appendCollectionOpening(bbox: bbox, foreignMembers: collection.foreignMembers, to: &output)
        for (index, feature) in collection.features.enumerated() {
            output.appendASCII(index == 0 ? "\n" : ",\n")
            append(feature, to: &output)
        }
        appendCollectionClosing(isEmpty: collection.features.isEmpty, to: &output)
        return output
    }

    /// One compact line, no final newline.
    public func encode(_ feature: Feature) -> [UInt8] {
        var output: [UInt8] = []
        append(feature, to: &output)
        return output
    }

    /// One compact line, no final newline.
    public func encode(_ geometry: Geometry) -> [UInt8] {
        var output: [UInt8] = []
        append(geometry, to: &output)
        return output
    }

    /// Appends one Feature (compact, no newline) to a caller-owned buffer that can be reused.
    public func append(_ feature: Feature, to output: inout [UInt8]) {
        output.appendASCII(#"{"type":"Feature""#)
        switch feature.id {
        case .string(let text)?:
            output.appendASCII(#","id":"#)
            output.appendJSONString(text)
        case .number(let number)?:
            output.appendASCII(#","id":"#)
            output.appendIdentifierNumber(number)
        case nil:
            break
        }
        if let bbox = options.includeBBox ? feature.geometry?.bounds : feature.bbox {
            appendBBox(bbox, to: &output)
        }
        output.appendASCII(#","geometry":"#)
        if let geometry = feature.geometry {
            append(geometry, to: &output)
        } else {
            output.appendASCII("null")
        }
        output.appendASCII(#","properties":"#)
        if let properties = feature.properties {
            output.appendJSONObject(properties)
        } else {
            output.appendASCII("null")
        }
        appendForeignMembers(feature.foreignMembers, reserved: Self.reservedFeatureKeys, to: &output)
        output.append(UInt8(ascii: "}"))
    }

    /// Appends one Geometry (compact, no newline) to a caller-owned buffer.
    public func append(_ geometry: Geometry, to output: inout [UInt8]) {
        output.appendASCII(#"{"type":""#)
        output.append(contentsOf: geometry.typeName.utf8)
        switch geometry {
        case .geometryCollection(let members):
            output.appendASCII(#"","geometries":["#)
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                append(member, to: &output)
            }
            output.appendASCII("]}")
            return
        default:
            output.appendASCII(#"","coordinates":"#)
        }
        switch geometry {
        case .point(let position):
            appendPosition(position, to: &output)
        case .multiPoint(let positions), .lineString(let positions):
            appendPositions(positions, to: &output)
        case .multiLineString(let lines):
            appendArray(lines, to: &output) { line, output in appendPositions(line, to: &output) }
        case .polygon(let rings):
            appendPolygon(rings, to: &output)
        case .multiPolygon(let polygons):
            appendArray(polygons, to: &output) { rings, output in appendPolygon(rings, to: &output) }
        case .geometryCollection:
            break
        }
        output.append(UInt8(ascii: "}"))
    }

    // MARK: - Pieces shared with GeoJSONStreamWriter

    static let reservedFeatureKeys: Set<String> = ["type", "id", "bbox", "geometry", "properties"]
    static let reservedCollectionKeys: Set<String> = ["type", "bbox", "features"]

    func appendCollectionOpening(bbox: [Double]?, foreignMembers: Properties, to output: inout [UInt8]) {
        output.appendASCII(#"{"type":"FeatureCollection""#)
        if let bbox { appendBBox(bbox, to: &output) }
        appendForeignMembers(foreignMembers, reserved: Self.reservedCollectionKeys, to: &output)
        output.appendASCII(#","features":["#)
    }

    func appendCollectionClosing(isEmpty: Bool, to output: inout [UInt8]) {
        output.appendASCII(isEmpty ? "]}\n" : "\n]}\n")
    }

    // MARK: - Private

    private func appendForeignMembers(_ members: Properties, reserved: Set<String>, to output: inout [UInt8]) {
        for (key, value) in members where !reserved.contains(key) {
            output.append(UInt8(ascii: ","))
            output.appendJSONString(key)
            output.append(UInt8(ascii: ":"))
            output.appendJSON(value)
        }
    }

    private func appendBBox(_ bbox: [Double], to output: inout [UInt8]) {
        output.appendASCII(#","bbox":["#)
        for (index, value) in bbox.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output.appendFixed(value, precision: options.coordinatePrecision)
        }
        output.append(UInt8(ascii: "]"))
    }

    private func appendPosition(_ position: Position, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        output.appendFixed(position.longitude, precision: options.coordinatePrecision)
        output.append(UInt8(ascii: ","))
        output.appendFixed(position.latitude, precision: options.coordinatePrecision)
        if let altitude = position.altitude {
            output.append(UInt8(ascii: ","))
            output.appendFixed(altitude, precision: options.coordinatePrecision)
        }
        output.append(UInt8(ascii: "]"))
    }

    private func appendPositions(_ positions: some Collection<Position>, to output: inout [UInt8]) {
        appendArray(positions, to: &output) { position, output in appendPosition(position, to: &output) }
    }

    private func appendPolygon(_ rings: [[Position]], to output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        for (index, ring) in rings.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            let area = signedArea(of: ring)
            let wantsCounterClockwise = index == 0
            if options.enforceRightHandRule, area != 0, (area > 0) != wantsCounterClockwise {
                appendPositions(ring.reversed(), to: &output)
            } else {
                appendPositions(ring, to: &output)
            }
        }
        output.append(UInt8(ascii: "]"))
    }

    private func appendArray<Elements: Collection>(
        _ elements: Elements, to output: inout [UInt8],
        element appendElement: (Elements.Element, inout [UInt8]) -> Void
    ) {
        output.append(UInt8(ascii: "["))
        var isFirst = true
        for element in elements {
            if !isFirst { output.append(UInt8(ascii: ",")) }
            isFirst = false
            appendElement(element, &output)
        }
        output.append(UInt8(ascii: "]"))
    }
}

/// Twice the signed area of a ring in lon/lat (shoelace formula): positive when counter-clockwise.
/// Coordinates are taken relative to the first position to keep precision for small rings.
func signedArea(of ring: [Position]) -> Double {
    guard let origin = ring.first, ring.count >= 3 else { return 0 }
    var sum = 0.0
    for index in 0..<(ring.count - 1) {
        let x0 = ring[index].longitude - origin.longitude, y0 = ring[index].latitude - origin.latitude
        let x1 = ring[index + 1].longitude - origin.longitude, y1 = ring[index + 1].latitude - origin.latitude
        sum += x0 * y1 - x1 * y0
    }
    return sum
}

extension Geometry {
    /// `[west, south, east, north]` of every position, or nil when there is none.
    /// Plain minima and maxima: a geometry crossing the antimeridian gets a world-wide box.
    public var bounds: [Double]? {
        var box = BoundsAccumulator()
        box.add(self)
        return box.result
    }
}

extension FeatureCollection {
    /// `[west, south, east, north]` over every feature's geometry, or nil when none is located.
    public var bounds: [Double]? {
        var box = BoundsAccumulator()
        for feature in features {
            if let geometry = feature.geometry { box.add(geometry) }
        }
        return box.result
    }
}

private struct BoundsAccumulator {
    var west = Double.infinity, south = Double.infinity
    var east = -Double.infinity, north = -Double.infinity

    var result: [Double]? { west <= east ? [west, south, east, north] : nil }

    mutating func add(_ position: Position) {
        west = min(west, position.longitude)
        east = max(east, position.longitude)
        south = min(south, position.latitude)
        north = max(north, position.latitude)
    }

    mutating func add(_ geometry: Geometry) {
        switch geometry {
        case .point(let position): add(position)
        case .multiPoint(let positions), .lineString(let positions): positions.forEach { add($0) }
        case .multiLineString(let lines), .polygon(let lines): lines.joined().forEach { add($0) }
        case .multiPolygon(let polygons): polygons.joined().joined().forEach { add($0) }
        case .geometryCollection(let members): members.forEach { add($0) }
        }
    }
}
