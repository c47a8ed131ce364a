/// A trie whose states are 8-byte nodes: most states of a word trie have one child, kept inline,
/// and only states that branch get a dense row of children. A scanner that walks the trie from
/// every word then touches one small node per byte instead of a whole row, so the trie stays in
/// cache. Each state may carry a value of its owner (an accept index); the node marks whether it
/// has one, so a walk reads the values only of the few states that have them.
struct CompactTrie: Sendable {
    struct Node: Sendable {
        let child: Int32
        /// The only child's symbol, `branching` for a dense row at `child`, `leaf` for none.
        let symbol: Int16
        let hasValue: Bool
    }

    static let branching: Int16 = -1
    static let leaf: Int16 = -2

    let nodes: [Node]
    let branches: [Int32]
    /// Values by state; -1 where the state has none.
    let values: [Int32]
    /// What a missing transition returns.
    let absent: Int32

    /// `transitions` is a dense table with `columns` symbols per state (as `TrieLayout` gives);
    /// `values` holds the owner's values by state.
    init(transitions: [Int32], columns: Int, absent: Int32, values: [Int32]) {
        var nodes: [Node] = []
        var branches: [Int32] = []
        nodes.reserveCapacity(values.count)
        for state in values.indices {
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
            nodes.append(Node(child: child, symbol: symbol, hasValue: values[state] >= 0))
        }
        self.nodes = nodes
        self.branches = branches
        self.values = values
        self.absent = absent
    }

    /// Runs `body` with a walker over raw buffers, for scanning loops.
    func withWalker<R>(_ body: (Walker) throws -> R) rethrows -> R {
        try nodes.withUnsafeBufferPointer { nodes in
            try branches.withUnsafeBufferPointer { branches in
                try values.withUnsafeBufferPointer { values in
                    try body(Walker(nodes: nodes, branches: branches, values: values, absent: absent))
                }
            }
        }
    }

    struct Walker {
        let nodes: UnsafeBufferPointer<Node>
        let branches: UnsafeBufferPointer<Int32>
        let values: UnsafeBufferPointer<Int32>
        let absent: Int32

        /// The state `symbol` leads to from `state`, or the trie's `absent` value.
        @inline(__always)
        func next(_ state: Int32, _ symbol: Int32) -> Int32 {
            let node = nodes[Int(state)]
            if Int32(node.symbol) == symbol { return node.child }
            if node.symbol == CompactTrie.branching { return branches[Int(node.child &+ symbol)] }
            return absent
        }

        /// The state's value, or -1.
        @inline(__always)
        func value(_ state: Int32) -> Int32 {
            nodes[Int(state)].hasValue ? values[Int(state)] : -1
        }
    }
}
