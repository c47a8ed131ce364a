/// 64 kbit of hashed membership (8 KB, cache resident): a scanner that walks a trie from every word
/// asks it first and skips the walks that cannot get anywhere. A hash collision only costs a walk
/// that fails; there are no false negatives.
@usableFromInline
struct HashedBits: Sendable {
    @usableFromInline var bits = [UInt64](repeating: 0, count: 1 << 10)

    mutating func insert(_ hash: UInt32) {
        let slot = Int(hash >> 16)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    @inlinable @inline(__always)
    func contains(_ hash: UInt32) -> Bool {
        let slot = Int(hash >> 16)
        return bits.withUnsafeBufferPointer { $0[slot >> 6] & (1 << UInt64(slot & 63)) != 0 }
    }
}

/// Words by their packed first eight bytes (little-endian, zero-padded: a folded word holds no zero byte):
/// a word of up to eight bytes is its key exactly, a longer one shares its key with the words that begin
/// alike, which only costs a walk that fails.
public struct PackedWordFilter: Sendable {
    @usableFromInline var bits = HashedBits()

    public init(_ keys: some Sequence<UInt64>) {
        for key in keys { bits.insert(Self.hash(key)) }
    }

    @inlinable @inline(__always)
    public func admits(_ key: UInt64) -> Bool {
        bits.contains(Self.hash(key))
    }

    /// The first eight bytes of `word`, little-endian, zero-padded: a word's key.
    public static func prefix(of word: some Collection<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for (k, byte) in word.prefix(8).enumerated() { value |= UInt64(byte) << UInt64(8 * k) }
        return value
    }

    /// `prefix(of:)` for the `count` bytes at `bytes`, read in one load: eight bytes must be readable there.
    @inlinable @inline(__always)
    public static func prefix(loadedAt bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let loaded = UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self).littleEndian
        return count >= 8 ? loaded : loaded & ((1 << UInt64(8 * count)) &- 1)
    }

    @inlinable @inline(__always)
    static func hash(_ key: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }
}
