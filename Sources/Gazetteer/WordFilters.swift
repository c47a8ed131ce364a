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

    @inlinable @inline(__always)
    static func hash(_ key: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }
}

/// Whole words of a set of phrases. Phrases that match only whole words of the text (place names)
/// can neither begin nor go on through a word that none of them contains, so a scanner asks this
/// once per word before touching its trie.
struct WordFilter: Sendable {
    private var bits = HashedBits()

    init(_ words: some Sequence<ArraySlice<UInt8>>) {
        for word in words { word.withUnsafeBufferPointer { bits.insert(Self.hash($0)) } }
    }

    @inline(__always)
    func admits(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        bits.contains(Self.hash(word))
    }

    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = UInt32(truncatingIfNeeded: word.count)
        for byte in word { hash = (hash &<< 5 | hash &>> 27) ^ UInt32(byte) }
        return hash &* 2_654_435_761
    }
}
