/// A trie whose states are 8-byte nodes: most states of a word trie have one child, kept inline,
/// and only states that branch get a dense row of children. A scanner that walks the trie from
/// every word then touches one small node per byte instead of a whole row, so the trie stays in
/// cache. Each state may carry two values of its owner (cue or accept indices); the node marks which
/// it has, so a walk reads the values only of the few states that have them.
public struct CompactTrie: Sendable {
    @usableFromInline struct Node: Sendable {
        @usableFromInline let child: Int32
        /// The only child's symbol, `branching` for a dense row at `child`, `leaf` for none.
        @usableFromInline let symbol: Int16
        /// `hasFirst` and `hasSecond` bits.
        @usableFromInline let marks: UInt16
    }

    @usableFromInline static let branching: Int16 = -1
    @usableFromInline static let leaf: Int16 = -2
    @usableFromInline static let hasFirst: UInt16 = 1
    @usableFromInline static let hasSecond: UInt16 = 2

    @usableFromInline let nodes: [Node]
    @usableFromInline let branches: [Int32]
    /// Values by state; -1 where the state has none.
    @usableFromInline let firsts: [Int32]
    @usableFromInline let seconds: [Int32]
    /// What a missing transition returns.
    public let absent: Int32

    /// `transitions` is a dense table with `columns` symbols per state (as `TrieLayout` gives);
    /// `first` and `second` hold the owner's values by state (no `second`: -1 everywhere).
    public init(transitions: [Int32], columns: Int, absent: Int32, first: [Int32], second: [Int32] = []) {
        var nodes: [Node] = []
        var branches: [Int32] = []
        nodes.reserveCapacity(first.count)
        for state in first.indices {
            let row = transitions[state * columns..<(state + 1) * columns]
            let children = row.indices.filter { row[$0] != absent }
            var child: Int32 = 0
            var symbol = Self.leaf
            if children.count == 1 {
                symbol = Int16(children[0] - row.startIndex)
                child = row[children[0]]
            } else if children.count > 1 {
                symbol = Self.branching
                child = Int32(branches.count)
                branches += row
            }
            let marks = (first[state] >= 0 ? Self.hasFirst : 0) | (!second.isEmpty && second[state] >= 0 ? Self.hasSecond : 0)
            nodes.append(Node(child: child, symbol: symbol, marks: marks))
        }
        self.nodes = nodes
        self.branches = branches
        firsts = first
        seconds = second.isEmpty ? [Int32](repeating: -1, count: first.count) : second
        self.absent = absent
    }

    /// Runs `body` with a walker over raw buffers, for scanning loops.
    @inlinable
    public func withWalker<R>(_ body: (Walker) throws -> R) rethrows -> R {
        try nodes.withUnsafeBufferPointer { nodes in
            try branches.withUnsafeBufferPointer { branches in
                try firsts.withUnsafeBufferPointer { firsts in
                    try seconds.withUnsafeBufferPointer { seconds in
                        try body(Walker(nodes: nodes, branches: branches, firsts: firsts, seconds: seconds, absent: absent))
                    }
                }
            }
        }
    }

    public struct Walker {
        @usableFromInline let nodes: UnsafeBufferPointer<Node>
        @usableFromInline let branches: UnsafeBufferPointer<Int32>
        @usableFromInline let firsts: UnsafeBufferPointer<Int32>
        @usableFromInline let seconds: UnsafeBufferPointer<Int32>
        @usableFromInline let absent: Int32

        @inlinable
        init(nodes: UnsafeBufferPointer<Node>, branches: UnsafeBufferPointer<Int32>, firsts: UnsafeBufferPointer<Int32>,
             seconds: UnsafeBufferPointer<Int32>, absent: Int32) {
            self.nodes = nodes
            self.branches = branches
            self.firsts = firsts
            self.seconds = seconds
            self.absent = absent
        }

        /// The state `symbol` leads to from `state`, or the trie's `absent` value.
        @inlinable @inline(__always)
        public func next(_ state: Int32, _ symbol: Int32) -> Int32 {
            let node = nodes[Int(state)]
            if Int32(node.symbol) == symbol { return node.child }
            if node.symbol == CompactTrie.branching { return branches[Int(node.child &+ symbol)] }
            return absent
        }

        /// The state's first value, or -1.
        @inlinable @inline(__always)
        public func first(_ state: Int32) -> Int32 {
            nodes[Int(state)].marks & CompactTrie.hasFirst != 0 ? firsts[Int(state)] : -1
        }

        /// The state's second value, or -1.
        @inlinable @inline(__always)
        public func second(_ state: Int32) -> Int32 {
            nodes[Int(state)].marks & CompactTrie.hasSecond != 0 ? seconds[Int(state)] : -1
        }
    }
}
