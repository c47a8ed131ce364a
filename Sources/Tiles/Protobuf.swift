/// The few protocol-buffer encodings MVT needs, appended straight into a byte array.
struct ProtobufWriter {
    private(set) var bytes: [UInt8] = []

    enum WireType: UInt64 { case varint = 0, fixed64 = 1, lengthDelimited = 2 }

    mutating func clear() { bytes.removeAll(keepingCapacity: true) }

    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func key(_ field: UInt64, _ wire: WireType) { varint(field << 3 | wire.rawValue) }

    mutating func varintField(_ field: UInt64, _ value: UInt64) {
        key(field, .varint)
        varint(value)
    }

    mutating func doubleField(_ field: UInt64, _ value: Double) {
        key(field, .fixed64)
        var bits = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func bytesField(_ field: UInt64, _ payload: some Collection<UInt8>) {
        key(field, .lengthDelimited)
        varint(UInt64(payload.count))
        bytes.append(contentsOf: payload)
    }

    mutating func stringField(_ field: UInt64, _ text: String) { bytesField(field, Array(text.utf8)) }
}

/// Zig-zag encoding of a signed delta (MVT 2.1 §4.3.2).
@inline(__always) func zigzag(_ value: Int) -> UInt32 {
    UInt32(truncatingIfNeeded: (value << 1) ^ (value >> 63))
}
