import Testing
@testable import Gazetteer

/// The layout renumbers states without changing what the trie accepts.
@Suite struct TrieLayoutTests {
    /// Words over the alphabet a…z as a dense table (26 columns, state 0 dead, 1 the root); the value of
    /// each state is the index of the word ending there, or -1.
    static func denseTrie(_ words: [String]) -> (transitions: [Int32], values: [Int32]) {
        var transitions = [Int32](repeating: 0, count: 2 * 26)
        var values: [Int32] = [-1, -1]
        for (index, word) in words.enumerated() {
            var state = 1
            for byte in word.utf8 {
                let slot = state * 26 + Int(byte - 0x61)
                if transitions[slot] == 0 {
                    transitions[slot] = Int32(values.count)
                    transitions += repeatElement(0, count: 26)
                    values.append(-1)
                }
                state = Int(transitions[slot])
            }
            values[state] = Int32(index)
        }
        return (transitions, values)
    }

    static func walk(_ word: String, _ transitions: [Int32]) -> Int {
        var state = 1
        for byte in word.utf8 where state != 0 { state = Int(transitions[state * 26 + Int(byte - 0x61)]) }
        return state
    }

    let words = ["rocket", "rockets", "drone", "drones", "dr", "mortar", "missile", "mi"]

    @Test func everyWordReachesItsValueAfterRenumbering() {
        let (transitions, values) = Self.denseTrie(words)
        let layout = TrieLayout(transitions: transitions, columns: 26, fixedStates: 2, absent: 0)
        let reordered = layout.reorder(values)
        for (index, word) in words.enumerated() {
            #expect(reordered[Self.walk(word, layout.transitions)] == Int32(index), "\(word)")
        }
        #expect(Self.walk("rocky", layout.transitions) == 0)
        #expect(Set(layout.newState).count == values.count)
    }

    @Test func shallowLevelsComeFirstThenEachWordsTailInARow() {
        let (transitions, _) = Self.denseTrie(["abcde", "xyz"])
        let layout = TrieLayout(transitions: transitions, columns: 26, fixedStates: 2, absent: 0, breadthFirstDepth: 2)
        // Breadth first: a, x (depth 1), then ab, xy (depth 2); then depth first: abc, abcd, abcde, xyz.
        let states = ["a", "x", "ab", "xy", "abc", "abcd", "abcde", "xyz"].map { Self.walk($0, layout.transitions) }
        #expect(states == Array(2...9))
    }
}
