import GeoJSON

/// An MVT attribute value (MVT 2.1 §4.1). Integers are written as `uint_value` when not negative
/// and `sint_value` otherwise; every other number as `double_value`.
enum AttributeValue: Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)

    /// The MVT value for a GeoJSON property; `nil` for null, arrays and objects, which MVT cannot hold
    /// and tiles leave out.
    init?(_ json: JSONValue) {
        switch json {
        case .string(let s): self = .string(s)
        case .integer(let i): self = .int(i)
        case .number(let d): self = .double(d)
        case .bool(let b): self = .bool(b)
        case .null, .array, .object: return nil
        }
    }

    /// The TileJSON `vector_layers` field type.
    var typeName: String {
        switch self {
        case .string: "String"
        case .int, .double: "Number"
        case .bool: "Boolean"
        }
    }

    func encode() -> [UInt8] {
        var value = ProtobufWriter()
        switch self {
        case .string(let s): value.stringField(1, s)
        case .double(let d): value.doubleField(3, d)
        case .int(let i) where i >= 0: value.varintField(5, UInt64(i))
        case .int(let i): value.varintField(6, UInt64(zigzag(i)))
        case .bool(let b): value.varintField(7, b ? 1 : 0)
        }
        return value.bytes
    }
}

/// MVT geometry types (MVT 2.1 §4.3.4).
enum GeometryType: UInt64 { case point = 1, lineString = 2, polygon = 3 }

/// Geometry already in integer tile coordinates, ready for command encoding.
/// Rings are open (the closing vertex is implied by ClosePath) and already wound as MVT requires.
struct TileGeometry: Equatable {
    var type: GeometryType
    /// One entry per point for `.point`, per line for `.lineString`, per ring for `.polygon`.
    var parts: [[SIMD2<Int32>]]

    private static func command(_ id: UInt32, count: Int) -> UInt32 { id & 0x7 | UInt32(count) << 3 }

    /// The command integers of MVT 2.1 §4.3: MoveTo = 1, LineTo = 2, ClosePath = 7, with zig-zag
    /// deltas from the cursor, which carries over from part to part.
    func commands() -> [UInt32] {
        var out: [UInt32] = []
        var cursor = SIMD2<Int32>(0, 0)
        func move(to p: SIMD2<Int32>) {
            out.append(zigzag(Int(p.x) - Int(cursor.x)))
            out.append(zigzag(Int(p.y) - Int(cursor.y)))
            cursor = p
        }
        switch type {
        case .point:
            let points = parts.flatMap { $0 }
            out.append(Self.command(1, count: points.count))
            points.forEach(move)
        case .lineString, .polygon:
            for part in parts {
                out.append(Self.command(1, count: 1))
                move(to: part[0])
                out.append(Self.command(2, count: part.count - 1))
                part.dropFirst().forEach(move)
                if type == .polygon { out.append(Self.command(7, count: 1)) }
            }
        }
        return out
    }
}

/// The keys and values of one input layer, interned once so that features carry integer tags.
final class AttributeTable {
    private(set) var keys: [String] = []
    private var keyIndex: [String: UInt32] = [:]
    private(set) var values: [AttributeValue] = []
    private var valueIndex: [AttributeValue: UInt32] = [:]
    /// TileJSON field type per key: "String", "Number", "Boolean" or "Mixed".
    private(set) var fieldTypes: [String: String] = [:]

    func key(_ name: String) -> UInt32 {
        if let found = keyIndex[name] { return found }
        let next = UInt32(keys.count)
        keys.append(name)
        keyIndex[name] = next
        return next
    }

    func value(_ value: AttributeValue) -> UInt32 {
        if let found = valueIndex[value] { return found }
        let next = UInt32(values.count)
        values.append(value)
        valueIndex[value] = next
        return next
    }

    // Tile-local numbering, reused from tile to tile: a slot counts only when its stamp is the
    // current tile's, so nothing is cleared between tiles and no hashing is needed.
    private var keySlot: [UInt32] = [], keyStamp: [UInt32] = []
    private var valueSlot: [UInt32] = [], valueStamp: [UInt32] = []
    private var stamp: UInt32 = 0

    /// Starts a new tile-local numbering; only one `LayerEncoder` per table may be in use at a time.
    func startTile() { stamp += 1 }

    /// The tile-local index of global key `global`, appending it to `order` when new in this tile.
    func localKey(_ global: UInt32, order: inout [UInt32]) -> UInt32 {
        Self.local(global, count: keys.count, &keySlot, &keyStamp, stamp, &order)
    }

    func localValue(_ global: UInt32, order: inout [UInt32]) -> UInt32 {
        Self.local(global, count: values.count, &valueSlot, &valueStamp, stamp, &order)
    }

    private static func local(_ global: UInt32, count: Int, _ slot: inout [UInt32], _ stamps: inout [UInt32],
                              _ stamp: UInt32, _ order: inout [UInt32]) -> UInt32 {
        if stamps.count < count {
            slot += repeatElement(0, count: count - stamps.count)
            stamps += repeatElement(0, count: count - stamps.count)
        }
        let g = Int(global)
        if stamps[g] == stamp { return slot[g] }
        stamps[g] = stamp
        slot[g] = UInt32(order.count)
        order.append(global)
        return slot[g]
    }

    /// Interns one attribute and returns its (key, value) tag pair.
    func tag(_ name: String, _ attribute: AttributeValue) -> (UInt32, UInt32) {
        let type = attribute.typeName
        if let known = fieldTypes[name], known != type { fieldTypes[name] = "Mixed" } else if fieldTypes[name] == nil { fieldTypes[name] = type }
        return (key(name), value(attribute))
    }
}

/// One layer of one tile: features with tags renumbered into the tile's own key and value tables.
struct LayerEncoder {
    let name: String
    let extent: Int
    private let table: AttributeTable
    private var keyOrder: [UInt32] = []
    private var valueOrder: [UInt32] = []
    private(set) var featureCount = 0
    private var features = ProtobufWriter()
    // Scratch buffers reused from feature to feature.
    private var feature = ProtobufWriter()
    private var packed = ProtobufWriter()
    private var commands: [UInt32] = []

    init(name: String, extent: Int, table: AttributeTable) {
        self.name = name
        self.extent = extent
        self.table = table
        table.startTile()
    }

    var isEmpty: Bool { featureCount == 0 }

    /// Adds a feature; `tags` alternate key and value indices of the layer's `AttributeTable`.
    mutating func add(id: UInt64?, tags: some Collection<UInt32>, geometry: TileGeometry) {
        commands = geometry.commands()
        write(id: id, tags: tags, type: geometry.type)
    }

    /// Adds a one-point feature without building a `TileGeometry`: the hot path for events.
    mutating func addPoint(id: UInt64?, tags: some Collection<UInt32>, at point: SIMD2<Int32>) {
        commands.removeAll(keepingCapacity: true)
        commands += [1 | 1 << 3, zigzag(Int(point.x)), zigzag(Int(point.y))]
        write(id: id, tags: tags, type: .point)
    }

    private mutating func write(id: UInt64?, tags: some Collection<UInt32>, type: GeometryType) {
        feature.clear()
        if let id { feature.varintField(1, id) }
        if !tags.isEmpty {
            packed.clear()
            var isKey = true
            for tag in tags {
                let local = isKey ? table.localKey(tag, order: &keyOrder) : table.localValue(tag, order: &valueOrder)
                packed.varint(UInt64(local))
                isKey.toggle()
            }
            feature.bytesField(2, packed.bytes)
        }
        feature.varintField(3, type.rawValue)
        packed.clear()
        for command in commands { packed.varint(UInt64(command)) }
        feature.bytesField(4, packed.bytes)
        features.bytesField(2, feature.bytes)
        featureCount += 1
    }

    /// The `Layer` message (MVT 2.1 §4.1), version 2.
    func encode() -> [UInt8] {
        var layer = ProtobufWriter()
        layer.varintField(15, 2)
        layer.stringField(1, name)
        var body = layer.bytes
        body.append(contentsOf: features.bytes)
        layer = ProtobufWriter()
        for key in keyOrder { layer.stringField(3, table.keys[Int(key)]) }
        for value in valueOrder { layer.bytesField(4, table.values[Int(value)].encode()) }
        layer.varintField(5, UInt64(extent))
        body.append(contentsOf: layer.bytes)
        return body
    }
}

/// The `Tile` message: its non-empty layers in the order given.
func encodeTile(_ layers: [LayerEncoder]) -> [UInt8] {
    var tile = ProtobufWriter()
    for layer in layers where !layer.isEmpty { tile.bytesField(3, layer.encode()) }
    return tile.bytes
}
