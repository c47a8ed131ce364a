/// Renumbers the states of a trie stored as a dense transition table (`columns` entries per state)
/// for scanners that run it from every word. Nearly all lookups touch the first few levels, so those
/// are numbered first, breadth first, and sit together in a few cache-resident rows. Below them each
/// subtree is numbered depth first: a walk down the rest of one word then reads neighbouring nodes,
/// several to a cache line, instead of one scattered node per level (3% of an extraction run).
struct TrieLayout {
    /// The renumbered table.
    let transitions: [Int32]
    /// New number of each old state.
    let newState: [Int32]

    /// States `0..<fixedStates` keep their numbers (a dead state, the root); `absent` marks a missing
    /// transition. Every state must be reachable from the last fixed state. States less than
    /// `breadthFirstDepth` transitions below the root, and the states they lead to, are numbered breadth first.
    init(transitions old: [Int32], columns: Int, fixedStates: Int, absent: Int32, breadthFirstDepth: Int = 2) {
        let stateCount = old.count / columns
        var newState = [Int32](repeating: -1, count: stateCount)
        var order: [Int] = Array(0..<fixedStates)
        for state in order { newState[state] = Int32(state) }
        var head = fixedStates - 1
        var depth = [Int](repeating: 0, count: stateCount)
        while head < order.count {
            let state = order[head]
            head += 1
            for column in 0..<columns {
                let next = old[state * columns + column]
                if next == absent || newState[Int(next)] >= 0 { continue }
                depth[Int(next)] = depth[state] + 1
                newState[Int(next)] = Int32(order.count)
                order.append(Int(next))
            }
            if head < order.count && depth[order[head]] >= breadthFirstDepth { break }
        }
        var stack = Array(order[head...].reversed())
        while let state = stack.popLast() {
            if newState[state] < 0 { newState[state] = Int32(order.count); order.append(state) }
            for column in (0..<columns).reversed() {
                let next = old[state * columns + column]
                if next != absent && newState[Int(next)] < 0 { stack.append(Int(next)) }
            }
        }
        precondition(order.count == stateCount, "a trie state is unreachable from the root")
        var table = [Int32](repeating: absent, count: old.count)
        for (position, state) in order.enumerated() {
            for column in 0..<columns {
                let next = old[state * columns + column]
                table[position * columns + column] = next == absent ? absent : newState[Int(next)]
            }
        }
        transitions = table
        self.newState = newState
    }

    /// `values` indexed by old state, reindexed by new state.
    func reorder<T>(_ values: [T]) -> [T] {
        var result = values
        for (old, new) in newState.enumerated() { result[Int(new)] = values[old] }
        return result
    }
}
