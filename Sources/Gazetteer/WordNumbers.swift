/// Distinct folded words numbered from 0 in the order first met, found by open addressing on their first eight
/// bytes and length, then compared. The gazetteer's aliases and the extraction lexicon are tries over these numbers:
/// a walk from a word of the text costs a probe or two per word, where a trie over bytes cost a dependent load and a
/// branch on the loaded node per byte (extraction got 4% faster on one core when both scanners changed over).
public struct WordNumbers: Sendable {
    /// A word in the table: its first eight bytes, length and number, together so that a probe reads one line.
    @usableFromInline struct Slot: Sendable {
        @usableFromInline var prefix: UInt64
        @usableFromInline var length: Int32
        /// -1 for an empty slot.
        @usableFromInline var number: Int32
    }

    /// By hash; at most half full.
    @usableFromInline var slots = [Slot](repeating: Slot(prefix: 0, length: 0, number: -1), count: 16)
    /// Each word's bytes after the eighth, by number.
    @usableFromInline var tails: [[UInt8]] = []

    public init() {}

    public var count: Int { tails.count }

    /// The word's number, given it if it has none yet.
    public mutating func insert(_ word: some Collection<UInt8>) -> Int32 {
        let word = Array(word)
        let prefix = PackedWordFilter.prefix(of: word)
        let found = word.withUnsafeBufferPointer { number(of: $0.baseAddress!, count: word.count, prefix: prefix) }
        if found >= 0 { return found }
        tails.append(Array(word.dropFirst(8)))
        if 2 * count > slots.count {
            let old = slots.filter { $0.number >= 0 }
            slots = [Slot](repeating: Slot(prefix: 0, length: 0, number: -1), count: 2 * slots.count)
            for slot in old { place(slot) }
        }
        place(Slot(prefix: prefix, length: Int32(word.count), number: Int32(count - 1)))
        return Int32(count - 1)
    }

    private mutating func place(_ entry: Slot) {
        let mask = slots.count - 1
        var slot = Self.slot(entry.prefix, Int(entry.length), mask: mask)
        while slots[slot].number >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    @inlinable @inline(__always)
    static func slot(_ prefix: UInt64, _ length: Int, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((prefix ^ UInt64(truncatingIfNeeded: length) << 58) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The number of the `count` bytes at `bytes`, whose first eight are `prefix` (`PackedWordFilter.prefix`);
    /// -1 when they are no word of the list.
    @inlinable @inline(__always)
    public func number(of bytes: UnsafePointer<UInt8>, count: Int, prefix: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Self.slot(prefix, count, mask: mask)
            while true {
                let slot = slots[index]
                if slot.number < 0 { return -1 }
                if slot.prefix == prefix && Int(slot.length) == count
                    && (count <= 8 || tails[Int(slot.number)].withUnsafeBufferPointer { Self.equal(bytes + 8, $0.baseAddress!, count - 8) }) {
                    return slot.number
                }
                index = (index + 1) & mask
            }
        }
    }

    /// Whether the `count` bytes at `a` and at `b` are equal.
    @inlinable @inline(__always)
    public static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var k = 0
        while k < count {
            if a[k] != b[k] { return false }
            k &+= 1
        }
        return true
    }
}

/// Non-negative values by integer key, in open addressing: the edges of a trie over word numbers.
public struct IntegerMap: Sendable {
    @usableFromInline struct Slot: Sendable {
        @usableFromInline var key: UInt64
        /// -1 for an empty slot.
        @usableFromInline var value: Int32
    }

    /// By hash; at most half full.
    @usableFromInline let slots: [Slot]

    /// Two numbers as one key (a node and a word number, say).
    @inlinable @inline(__always)
    public static func key(_ high: Int32, _ low: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: high)) << 32 | UInt64(UInt32(bitPattern: low))
    }

    public init(_ entries: [(key: UInt64, value: Int32)]) {
        var size = 16
        while size < 2 * entries.count { size *= 2 }
        var slots = [Slot](repeating: Slot(key: 0, value: -1), count: size)
        for (key, value) in entries {
            var slot = Self.slot(key, mask: size - 1)
            while slots[slot].value >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(key: key, value: value)
        }
        self.slots = slots
    }

    @inlinable @inline(__always)
    static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The key's value, or -1.
    @inlinable @inline(__always)
    public func value(_ key: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Self.slot(key, mask: mask)
            while slots[index].value >= 0 {
                if slots[index].key == key { return slots[index].value }
                index = (index + 1) & mask
            }
            return -1
        }
    }
}

/// A trie over word numbers: the words of each entry (alias or phrase) lead from the root, node 0, to the node the
/// entry ends at. The root's children are an array by word number, since every walk begins there.
public struct WordTrie: Sendable {
    public private(set) var words = WordNumbers()
    @usableFromInline var rootChildren: [Int32] = []
    @usableFromInline var edges = IntegerMap([])
    /// Nodes so far (the root included).
    public private(set) var nodeCount = 1
    private var pending: [UInt64: Int32] = [:]

    public init() {}

    /// The node `words` lead to from `node`, made if missing.
    public mutating func descend(from node: Int32, through words: some Sequence<some Collection<UInt8>>) -> Int32 {
        var node = node
        for word in words {
            let key = IntegerMap.key(node, self.words.insert(word))
            if let child = pending[key] {
                node = child
            } else {
                node = Int32(nodeCount)
                nodeCount += 1
                pending[key] = node
            }
        }
        return node
    }

    /// Lays the edges out for walks; call once all entries are in.
    public mutating func seal() {
        rootChildren = [Int32](repeating: -1, count: words.count)
        var deeper: [(key: UInt64, value: Int32)] = []
        for (key, child) in pending.sorted(by: { $0.key < $1.key }) {
            if key >> 32 == 0 { rootChildren[Int(key & 0xFFFF_FFFF)] = child } else { deeper.append((key, child)) }
        }
        edges = IntegerMap(deeper)
        pending = [:]
    }

    /// The child of `node` by word `number`, or -1.
    @inlinable @inline(__always)
    public func child(of node: Int32, _ number: Int32) -> Int32 {
        node == 0 ? rootChildren[Int(number)] : edges.value(IntegerMap.key(node, number))
    }
}
