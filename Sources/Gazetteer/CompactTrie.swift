/// A trie whose states are 16-byte nodes: most states of a word trie have one child, kept inline,
/// and only states that branch get a dense row of children. A scanner that walks the trie from
/// every word then touches one small node per byte instead of a whole row, so the trie stays in
/// cache. Each node also carries two values of its owner (cue or accept indices), read in the same
/// cache line as the step that reached it.
public struct CompactTrie: Sendable {
    public struct Node: Sendable {
        public let first: Int32
        public let second: Int32
        @usableFromInline let child: Int32
        /// The only child's symbol, `branching` for a dense row at `child`, `leaf` for none.
        @usableFromInline let symbol: Int32
    }

    @usableFromInline static let branching: Int32 = -1
    @usableFromInline static let leaf: Int32 = -2

    @usableFromInline let nodes: [Node]
    @usableFromInline let branches: [Int32]
    /// What a missing transition returns.
    public let absent: Int32

    /// `transitions` is a dense table with `columns` symbols per state (as `BreadthFirstLayout` gives);
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
                symbol = Int32(children[0] - row.startIndex)
                child = row[children[0]]
            } else if children.count > 1 {
                symbol = Self.branching
                child = Int32(branches.count)
                branches += row
            }
            nodes.append(Node(first: first[state], second: second.isEmpty ? -1 : second[state], child: child, symbol: symbol))
        }
        self.nodes = nodes
        self.branches = branches
        self.absent = absent
    }

    /// Runs `body` with a walker over raw buffers, for scanning loops.
    @inlinable
    public func withWalker<R>(_ body: (Walker) throws -> R) rethrows -> R {
        try nodes.withUnsafeBufferPointer { nodes in
            try branches.withUnsafeBufferPointer { branches in
                try body(Walker(nodes: nodes, branches: branches, absent: absent))
            }
        }
    }

    public struct Walker {
        @usableFromInline let nodes: UnsafeBufferPointer<Node>
        @usableFromInline let branches: UnsafeBufferPointer<Int32>
        @usableFromInline let absent: Int32

        @inlinable
        init(nodes: UnsafeBufferPointer<Node>, branches: UnsafeBufferPointer<Int32>, absent: Int32) {
            self.nodes = nodes
            self.branches = branches
            self.absent = absent
        }

        /// The state `symbol` leads to from `state`, or the trie's `absent` value.
        @inlinable @inline(__always)
        public func next(_ state: Int32, _ symbol: Int32) -> Int32 {
            let node = nodes[Int(state)]
            if node.symbol == symbol { return node.child }
            if node.symbol == CompactTrie.branching { return branches[Int(node.child &+ symbol)] }
            return absent
        }

        @inlinable @inline(__always)
        public func node(_ state: Int32) -> Node { nodes[Int(state)] }
    }
}
