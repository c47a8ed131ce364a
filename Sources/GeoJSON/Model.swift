import OrderedCollections

/// A position in WGS 84 longitude/latitude order (RFC 7946 §3.1.1), with an optional altitude.
public struct Position: Hashable, Sendable {
    public var longitude: Double
    public var latitude: Double
    public var altitude: Double?

    public init(_ longitude: Double, _ latitude: Double, altitude: Double? = nil) {
        self.longitude = longitude
        self.latitude = latitude
        self.altitude = altitude
    }
}

/// The seven RFC 7946 geometry types as one value type.
public indirect enum Geometry: Hashable, Sendable {
    case point(Position)
    case multiPoint([Position])
    case lineString([Position])
    case multiLineString([[Position]])
    case polygon([[Position]])
    case multiPolygon([[[Position]]])
    case geometryCollection([Geometry])

    public var typeName: String {
        switch self {
        case .point: "Point"
        case .multiPoint: "MultiPoint"
        case .lineString: "LineString"
        case .multiLineString: "MultiLineString"
        case .polygon: "Polygon"
        case .multiPolygon: "MultiPolygon"
        case .geometryCollection: "GeometryCollection"
        }
    }
}

/// Any JSON value; objects keep their key order so that output is deterministic and
/// foreign members read from a file are written back as they were.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(OrderedDictionary<String, JSONValue>)

    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    public var intValue: Int? {
        switch self {
        case .integer(let i): i
        case .number(let d) where d.rounded() == d && abs(d) < 9.0e15: Int(d)
        default: nil
        }
    }
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
    public var objectValue: OrderedDictionary<String, JSONValue>? { if case .object(let o) = self { o } else { nil } }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(OrderedDictionary(uniqueKeysWithValues: elements))
    }
    public init(nilLiteral: ()) { self = .null }
}

public typealias Properties = OrderedDictionary<String, JSONValue>

/// A Feature identifier: RFC 7946 §3.2 allows a string or a number.
public enum FeatureID: Hashable, Sendable {
    case string(String)
    case number(Double)
}

public struct Feature: Hashable, Sendable {
    public var id: FeatureID?
    /// `nil` is written as `"geometry": null` (an unlocated feature).
    public var geometry: Geometry?
    /// `nil` is written as `"properties": null`.
    public var properties: Properties?
    public var bbox: [Double]?
    /// Members other than type/id/geometry/properties/bbox, kept on read and written back.
    public var foreignMembers: Properties

    public init(id: FeatureID? = nil, geometry: Geometry?, properties: Properties? = [:],
                bbox: [Double]? = nil, foreignMembers: Properties = [:]) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}

public struct FeatureCollection: Hashable, Sendable {
    public var features: [Feature]
    public var bbox: [Double]?
    public var foreignMembers: Properties

    public init(features: [Feature], bbox: [Double]? = nil, foreignMembers: Properties = [:]) {
        self.features = features
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}

/// What a GeoJSON text holds at its top level.
public enum GeoJSONObject: Hashable, Sendable {
    case geometry(Geometry)
    case feature(Feature)
    case featureCollection(FeatureCollection)
}
