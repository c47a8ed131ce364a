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

/// The three-byte beginnings of a set of byte strings: a word of three bytes or more whose beginning
/// is not here cannot start a walk through a trie of those strings.
public struct PrefixFilter: Sendable {
    @usableFromInline var bits = HashedBits()

    /// `strings` are the trie's keys; only their first three bytes are kept.
    public init(_ strings: some Sequence<[UInt8]>) {
        for string in strings where string.count >= 3 {
            bits.insert(Self.hash(string[0], string[1], string[2]))
        }
    }

    /// Whether a key can begin with `a b c`.
    @inlinable @inline(__always)
    public func admits(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        bits.contains(Self.hash(a, b, c))
    }

    @inlinable @inline(__always)
    static func hash(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 {
        (UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)) &* 2_654_435_761
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
