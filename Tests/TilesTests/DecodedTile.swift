import Foundation

/// A small protobuf / MVT 2.1 reader written for the tests only, sharing no code with the encoder.
struct DecodedTile {
    enum Value: Equatable {
        case string(String), double(Double), float(Float), int(Int64), uint(UInt64), bool(Bool)
    }

    struct Feature {
        var id: UInt64?
        var type: Int
        var properties: [String: Value]
        /// Commands decoded into absolute tile coordinates: one array per MoveTo.
        var parts: [[(x: Int, y: Int)]]
    }

    struct Layer {
        var version = 0
        var name = ""
        var extent = 4096
        var features: [Feature] = []
    }

    var layers: [String: Layer] = [:]
    var layerOrder: [String] = []

    struct ParseError: Error { let reason: String }

    init(_ bytes: [UInt8]) throws {
        var reader = Reader(remaining: bytes[...])
        while let (field, wire) = try reader.key() {
            guard field == 3, wire == 2 else { try reader.skip(wire); continue }
            let layer = try Self.layer(try reader.bytes())
            layers[layer.name] = layer
            layerOrder.append(layer.name)
        }
    }

    private static func layer(_ bytes: ArraySlice<UInt8>) throws -> Layer {
        var reader = Reader(remaining: bytes)
        var layer = Layer()
        var keys: [String] = []
        var values: [Value] = []
        var raw: [(UInt64?, [Int], Int, [Int])] = []
        while let (field, wire) = try reader.key() {
            switch (field, wire) {
            case (15, 0): layer.version = Int(try reader.varint())
            case (1, 2): layer.name = String(decoding: try reader.bytes(), as: UTF8.self)
            case (5, 0): layer.extent = Int(try reader.varint())
            case (3, 2): keys.append(String(decoding: try reader.bytes(), as: UTF8.self))
            case (4, 2): values.append(try value(try reader.bytes()))
            case (2, 2): raw.append(try feature(try reader.bytes()))
            default: try reader.skip(wire)
            }
        }
        for (id, tags, type, geometry) in raw {
            var properties: [String: Value] = [:]
            for i in stride(from: 0, to: tags.count, by: 2) { properties[keys[tags[i]]] = values[tags[i + 1]] }
            layer.features.append(Feature(id: id, type: type, properties: properties, parts: try decodeGeometry(geometry)))
        }
        return layer
    }

    private static func value(_ bytes: ArraySlice<UInt8>) throws -> Value {
        var reader = Reader(remaining: bytes)
        guard let (field, wire) = try reader.key() else { throw ParseError(reason: "empty value") }
        switch (field, wire) {
        case (1, 2): return .string(String(decoding: try reader.bytes(), as: UTF8.self))
        case (2, 5): return .float(Float(bitPattern: UInt32(try reader.fixed(4))))
        case (3, 1): return .double(Double(bitPattern: try reader.fixed(8)))
        case (4, 0): return .int(Int64(bitPattern: try reader.varint()))
        case (5, 0): return .uint(try reader.varint())
        case (6, 0):
            let v = try reader.varint()
            return .int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
        case (7, 0): return .bool(try reader.varint() != 0)
        default: throw ParseError(reason: "unknown value field \(field)")
        }
    }

    private static func feature(_ bytes: ArraySlice<UInt8>) throws -> (UInt64?, [Int], Int, [Int]) {
        var reader = Reader(remaining: bytes)
        var id: UInt64?, tags: [Int] = [], type = 0, geometry: [Int] = []
        while let (field, wire) = try reader.key() {
            switch (field, wire) {
            case (1, 0): id = try reader.varint()
            case (2, 2): tags = try reader.packed()
            case (3, 0): type = Int(try reader.varint())
            case (4, 2): geometry = try reader.packed()
            default: try reader.skip(wire)
            }
        }
        return (id, tags, type, geometry)
    }

    static func decodeGeometry(_ commands: [Int]) throws -> [[(x: Int, y: Int)]] {
        var parts: [[(x: Int, y: Int)]] = []
        var x = 0, y = 0, i = 0
        func unzig(_ v: Int) -> Int { (v >> 1) ^ -(v & 1) }
        while i < commands.count {
            let id = commands[i] & 7, count = commands[i] >> 3
            i += 1
            switch id {
            case 1, 2:
                for _ in 0..<count {
                    guard i + 1 < commands.count else { throw ParseError(reason: "truncated geometry") }
                    x += unzig(commands[i]); y += unzig(commands[i + 1]); i += 2
                    if id == 1 { parts.append([(x, y)]) } else { parts[parts.count - 1].append((x, y)) }
                }
            case 7: guard count == 1 else { throw ParseError(reason: "ClosePath count \(count)") }
            default: throw ParseError(reason: "unknown command \(id)")
            }
        }
        return parts
    }

    struct Reader {
        var remaining: ArraySlice<UInt8>

        mutating func key() throws -> (Int, Int)? {
            guard !remaining.isEmpty else { return nil }
            let k = try varint()
            return (Int(k >> 3), Int(k & 7))
        }

        mutating func varint() throws -> UInt64 {
            var result: UInt64 = 0, shift: UInt64 = 0
            while true {
                guard let byte = remaining.popFirst() else { throw ParseError(reason: "truncated varint") }
                result |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return result }
                shift += 7
            }
        }

        mutating func fixed(_ count: Int) throws -> UInt64 {
            guard remaining.count >= count else { throw ParseError(reason: "truncated fixed") }
            var v: UInt64 = 0
            for (i, b) in remaining.prefix(count).enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
            remaining = remaining.dropFirst(count)
            return v
        }

        mutating func bytes() throws -> ArraySlice<UInt8> {
            let n = Int(try varint())
            guard remaining.count >= n else { throw ParseError(reason: "truncated bytes") }
            defer { remaining = remaining.dropFirst(n) }
            return remaining.prefix(n)
        }

        mutating func packed() throws -> [Int] {
            var inner = Reader(remaining: try bytes())
            var out: [Int] = []
            while !inner.remaining.isEmpty { out.append(Int(try inner.varint())) }
            return out
        }

        mutating func skip(_ wire: Int) throws {
            switch wire {
            case 0: _ = try varint()
            case 1: _ = try fixed(8)
            case 2: _ = try bytes()
            case 5: _ = try fixed(4)
            default: throw ParseError(reason: "wire type \(wire)")
            }
        }
    }
}

/// Signed area ×2 by the surveyor's formula over an open ring in tile coordinates.
func doubleArea(_ ring: [(x: Int, y: Int)]) -> Int {
    var sum = 0
    for i in ring.indices {
        let a = ring[i], b = ring[(i + 1) % ring.count]
        sum += a.x * b.y - b.x * a.y
    }
    return sum
}

/// Runs a program and returns its standard output; fails when it exits non-zero.
@discardableResult
func runProgram(_ executable: String, _ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw DecodedTile.ParseError(reason: "\(executable) \(arguments) exited \(process.terminationStatus): \(errorText)")
    }
    return data
}

/// gunzip by the system's `gzip`, independent of the zlib calls in the module.
func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("tiles-test-\(UUID().uuidString).gz")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(bytes).write(to: file)
    return Array(try runProgram("gzip", ["-dc", file.path]))
}
