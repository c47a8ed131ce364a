import OrderedCollections

/// Validating RFC 7946 reader. Every error is a `GeoJSONError` naming the JSON path and the
/// line/column of the offending value (for a missing member: of the object that lacks it).
///
/// Checked: a known `type` member; coordinate nesting per geometry type; positions of 2 or 3
/// numbers with longitude in -180...180 and latitude in -90...90; LineStrings of at least
/// 2 positions; closed linear rings of at least 4 positions; Features with `geometry` and
/// `properties` members (either may be null); string or number ids; bboxes of 4 or 6 numbers.
/// Feature and FeatureCollection foreign members are kept in order; members of geometry
/// objects other than `type`, `coordinates`/`geometries` and `bbox` are not kept.
public enum GeoJSONReader {
    public static func read(_ bytes: [UInt8]) throws -> GeoJSONObject {
        try bytes.withUnsafeBufferPointer { buffer in
            try decodeDocument(in: buffer, range: 0..<buffer.count, record: nil) { decoder, value in
                try decoder.object(value)
            }
        }
    }

    /// Reads a text whose top level must be a FeatureCollection.
    public static func readFeatureCollection(_ bytes: [UInt8]) throws -> FeatureCollection {
        try bytes.withUnsafeBufferPointer { buffer in
            try decodeDocument(in: buffer, range: 0..<buffer.count, record: nil) { decoder, value in
                try decoder.featureCollection(value)
            }
        }
    }

    /// Reads a GeoJSON text sequence of Features: RFC 8142 records (each starting with the
    /// record separator 0x1E, possibly spanning lines) when the text holds any 0x1E, otherwise
    /// one record per line (GeoJSONL). Blank lines are skipped. Errors carry the record number.
    public static func readSequence(_ bytes: [UInt8]) throws -> [Feature] {
        try bytes.withUnsafeBufferPointer { buffer in
            let separator: UInt8 = bytes.contains(recordSeparator) ? recordSeparator : UInt8(ascii: "\n")
            var features: [Feature] = []
            var recordNumber = 0
            var start = 0
            while start <= buffer.count {
                let stop = buffer[start...].firstIndex(of: separator) ?? buffer.count
                var blankCheck = JSONScanner(bytes: buffer, range: start..<stop)
                blankCheck.skipWhitespace()
                if blankCheck.position < stop {
                    recordNumber += 1
                    features.append(try decodeDocument(in: buffer, range: start..<stop, record: recordNumber) { decoder, value in
                        try decoder.feature(value)
                    })
                }
                start = stop + 1
            }
            return features
        }
    }

    static let recordSeparator: UInt8 = 0x1E

    private static func decodeDocument<Result>(
        in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, record: Int?,
        _ decode: (inout GeoJSONDecoder, JSONValue) throws -> Result
    ) throws -> Result {
        let value = try JSONScanner.parseDocument(in: buffer, range: range, record: record)
        var decoder = GeoJSONDecoder()
        do {
            return try decode(&decoder, value)
        } catch let failure as ValidationFailure {
            let offset = JSONScanner.offset(of: failure.path, in: buffer, range: range)
            let (line, column) = lineAndColumn(of: offset, in: buffer)
            throw GeoJSONError(path: failure.path.rendered, line: line, column: column, message: failure.message, record: record)
        }
    }
}

struct ValidationFailure: Error {
    var path: [PathComponent]
    var message: String
}

/// Turns parsed JSON into the model. `path` follows the descent so that a failure knows where it is.
struct GeoJSONDecoder {
    private var path: [PathComponent] = []

    private static let geometryTypes: Set<String> = [
        "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
    ]

    private func failure(_ message: String) -> ValidationFailure {
        ValidationFailure(path: path, message: message)
    }

    private func failure(_ message: String, at component: PathComponent) -> ValidationFailure {
        ValidationFailure(path: path + [component], message: message)
    }

    mutating func object(_ value: JSONValue) throws -> GeoJSONObject {
        let members = try objectMembers(value)
        switch try typeName(members) {
        case "Feature": return .feature(try feature(value))
        case "FeatureCollection": return .featureCollection(try featureCollection(value))
        default: return .geometry(try geometry(value))
        }
    }

    mutating func featureCollection(_ value: JSONValue) throws -> FeatureCollection {
        let members = try objectMembers(value)
        let type = try typeName(members)
        guard type == "FeatureCollection" else {
            throw failure("expected a FeatureCollection, found \(type)", at: .key("type"))
        }
        guard let featuresValue = members["features"] else { throw failure("FeatureCollection has no \"features\" member") }
        path.append(.key("features"))
        guard case .array(let elements) = featuresValue else { throw failure("features must be an array") }
        var features: [Feature] = []
        features.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            path.append(.index(index))
            features.append(try feature(element))
            path.removeLast()
        }
        path.removeLast()
        let bbox = try optionalBBox(members)
        return FeatureCollection(features: features, bbox: bbox,
                                 foreignMembers: members.filter { !GeoJSONWriter.reservedCollectionKeys.contains($0.key) })
    }

    mutating func feature(_ value: JSONValue) throws -> Feature {
        let members = try objectMembers(value)
        let type = try typeName(members)
        guard type == "Feature" else { throw failure("expected a Feature, found \(type)", at: .key("type")) }

        var id: FeatureID?
        switch members["id"] {
        case nil: id = nil
        case .string(let text)?: id = .string(text)
        case .integer(let integer)?: id = .number(Double(integer))
        case .number(let number)?: id = .number(number)
        case let other?: throw failure("id must be a string or a number, found \(other.kindName)", at: .key("id"))
        }

        guard let geometryValue = members["geometry"] else {
            throw failure("Feature has no \"geometry\" member (use null for an unlocated feature)")
        }
        var geometry: Geometry?
        if geometryValue != .null {
            path.append(.key("geometry"))
            geometry = try self.geometry(geometryValue)
            path.removeLast()
        }

        let properties: Properties?
        switch members["properties"] {
        case nil: throw failure("Feature has no \"properties\" member (use null when there are none)")
        case .null?: properties = nil
        case .object(let object)?: properties = object
        case let other?: throw failure("properties must be an object or null, found \(other.kindName)", at: .key("properties"))
        }

        return Feature(id: id, geometry: geometry, properties: properties, bbox: try optionalBBox(members),
                       foreignMembers: members.filter { !GeoJSONWriter.reservedFeatureKeys.contains($0.key) })
    }

    mutating func geometry(_ value: JSONValue) throws -> Geometry {
        let members = try objectMembers(value)
        let type = try typeName(members)
        guard Self.geometryTypes.contains(type) else {
            throw failure("expected a geometry, found \(type)", at: .key("type"))
        }
        _ = try optionalBBox(members)
        if type == "GeometryCollection" {
            guard let geometriesValue = members["geometries"] else { throw failure("GeometryCollection has no \"geometries\" member") }
            path.append(.key("geometries"))
            let elements = try array(geometriesValue, "geometries must be an array")
            var geometries: [Geometry] = []
            for (index, element) in elements.enumerated() {
                path.append(.index(index))
                geometries.append(try geometry(element))
                path.removeLast()
            }
            path.removeLast()
            return .geometryCollection(geometries)
        }

        guard let coordinates = members["coordinates"] else { throw failure("\(type) has no \"coordinates\" member") }
        path.append(.key("coordinates"))
        let geometry: Geometry
        switch type {
        case "Point": geometry = .point(try position(coordinates))
        case "MultiPoint": geometry = .multiPoint(try positions(coordinates))
        case "LineString": geometry = .lineString(try lineString(coordinates))
        case "MultiLineString": geometry = .multiLineString(try nested(coordinates, "a LineString", plural: "LineStrings") { try $0.lineString($1) })
        case "Polygon": geometry = .polygon(try polygon(coordinates))
        default: geometry = .multiPolygon(try nested(coordinates, "a Polygon", plural: "Polygons") { try $0.polygon($1) })
        }
        path.removeLast()
        return geometry
    }

    // MARK: - Coordinates

    private mutating func position(_ value: JSONValue) throws -> Position {
        guard case .array(let numbers) = value, (2...3).contains(numbers.count),
              numbers.allSatisfy({ $0.doubleValue != nil })
        else { throw failure("position must have 2 or 3 numbers") }
        let longitude = numbers[0].doubleValue!, latitude = numbers[1].doubleValue!
        guard (-180...180).contains(longitude) else {
            throw failure("longitude \(longitude.plainText) is outside -180...180", at: .index(0))
        }
        guard (-90...90).contains(latitude) else {
            throw failure("latitude \(latitude.plainText) is outside -90...90", at: .index(1))
        }
        return Position(longitude, latitude, altitude: numbers.count == 3 ? numbers[2].doubleValue! : nil)
    }

    private mutating func positions(_ value: JSONValue) throws -> [Position] {
        try nested(value, "a position", plural: "positions") { try $0.position($1) }
    }

    private mutating func lineString(_ value: JSONValue) throws -> [Position] {
        let line = try positions(value)
        guard line.count >= 2 else { throw failure("a LineString needs at least 2 positions, found \(line.count)") }
        return line
    }

    private mutating func polygon(_ value: JSONValue) throws -> [[Position]] {
        try nested(value, "a linear ring", plural: "linear rings") { decoder, ringValue in
            let ring = try decoder.positions(ringValue)
            guard ring.count >= 4 else { throw decoder.failure("a linear ring needs at least 4 positions, found \(ring.count)") }
            guard ring.first == ring.last else { throw decoder.failure("linear ring is not closed: its first and last positions differ") }
            return ring
        }
    }

    /// An array whose elements are each decoded by `element`, with the element's index on the path.
    private mutating func nested<Element>(
        _ value: JSONValue, _ elementName: String, plural: String, _ element: (inout GeoJSONDecoder, JSONValue) throws -> Element
    ) throws -> [Element] {
        let elements = try array(value, "expected an array of \(plural)")
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for (index, elementValue) in elements.enumerated() {
            path.append(.index(index))
            if case .array = elementValue {} else { throw failure("expected \(elementName) (an array), found \(elementValue.kindName)") }
            result.append(try element(&self, elementValue))
            path.removeLast()
        }
        return result
    }

    // MARK: - Members

    private func objectMembers(_ value: JSONValue) throws -> Properties {
        guard case .object(let members) = value else { throw failure("expected a GeoJSON object, found \(value.kindName)") }
        return members
    }

    private func typeName(_ members: Properties) throws -> String {
        guard let typeValue = members["type"] else { throw failure("object has no \"type\" member") }
        guard case .string(let type) = typeValue else { throw failure("type must be a string, found \(typeValue.kindName)", at: .key("type")) }
        guard Self.geometryTypes.contains(type) || type == "Feature" || type == "FeatureCollection" else {
            throw failure("unknown type \"\(type)\"", at: .key("type"))
        }
        return type
    }

    private func array(_ value: JSONValue, _ message: String) throws -> [JSONValue] {
        guard case .array(let elements) = value else { throw failure("\(message), found \(value.kindName)") }
        return elements
    }

    private func optionalBBox(_ members: Properties) throws -> [Double]? {
        guard let value = members["bbox"] else { return nil }
        guard case .array(let elements) = value, elements.count == 4 || elements.count == 6 else {
            throw failure("bbox must be an array of 4 or 6 numbers", at: .key("bbox"))
        }
        let numbers = elements.compactMap(\.doubleValue)
        guard numbers.count == elements.count else { throw failure("bbox must be an array of 4 or 6 numbers", at: .key("bbox")) }
        return numbers
    }
}

extension JSONValue {
    fileprivate var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension Double {
    fileprivate var plainText: String {
        var bytes: [UInt8] = []
        bytes.appendIdentifierNumber(self)
        return String(decoding: bytes, as: UTF8.self)
    }
}
