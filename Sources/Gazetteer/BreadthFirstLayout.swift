/// Renumbers the states of a trie stored as a dense transition table (`columns` entries per state)
/// in breadth-first order. Scanners run the trie from every word, so nearly all lookups touch the
/// first few levels; numbered first, those states sit together in a few cache-resident rows instead
/// of being scattered among deep states in insertion order.
public struct BreadthFirstLayout {
    /// The renumbered table.
    public let transitions: [Int32]
    /// New number of each old state.
    public let newState: [Int32]

    /// States `0..<fixedStates` keep their numbers (a dead state, the root); `absent` marks a missing
    /// transition. Every state must be reachable from the last fixed state.
    public init(transitions old: [Int32], columns: Int, fixedStates: Int, absent: Int32) {
        let stateCount = old.count / columns
        var newState = [Int32](repeating: -1, count: stateCount)
        var order: [Int] = Array(0..<fixedStates)
        for state in order { newState[state] = Int32(state) }
        var head = fixedStates - 1
        while head < order.count {
            let state = order[head]
            head += 1
            for column in 0..<columns {
                let next = old[state * columns + column]
                if next == absent || newState[Int(next)] >= 0 { continue }
                newState[Int(next)] = Int32(order.count)
                order.append(Int(next))
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
    public func reorder<T>(_ values: [T]) -> [T] {
        var result = values
        for (old, new) in newState.enumerated() { result[Int(new)] = values[old] }
        return result
    }
}
