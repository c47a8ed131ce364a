/// The three-byte beginnings of a set of byte strings, hashed into a 64-kbit table (8 KB, cache
/// resident). Scanners that walk a trie from every word ask it first: a word of three bytes or more
/// whose beginning is not in the table cannot start a walk that gets anywhere, and skipping it saves
/// the trie rows it would have touched. A hash collision only costs a walk that fails.
public struct PrefixFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1 << 10)

    /// `strings` are the trie's keys; only their first three bytes are kept.
    public init(_ strings: some Sequence<[UInt8]>) {
        for string in strings where string.count >= 3 {
            let slot = Self.slot(string[0], string[1], string[2])
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
    }

    /// Whether a key can begin with `a b c`.
    @inline(__always)
    public func admits(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        let slot = Self.slot(a, b, c)
        return bits.withUnsafeBufferPointer { $0[slot >> 6] & (1 << UInt64(slot & 63)) != 0 }
    }

    @inline(__always)
    private static func slot(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        let packed = UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
        return Int((packed &* 2_654_435_761) >> 16)
    }
}
