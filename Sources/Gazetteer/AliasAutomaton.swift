/// One place an alias names, with the conditions under which the alias may be read as it.
struct AliasTarget: Hashable, Sendable {
    let placeIndex: Int32
    /// Marked "~" in places.tsv: the spelling is also a person's name or a common word.
    let isWeak: Bool
    /// Written all in capitals ("BDSC", "IZ"): matches only text written all in capitals.
    let requiresUppercase: Bool
}

/// A deterministic finite automaton over folded alias bytes: the trie of every folded alias,
/// words separated by one space, flattened into a dense transition table over the byte classes
/// that occur in aliases. The scanner runs it from every word start, so there is one pass over
/// the text whatever the number of aliases.
struct AliasAutomaton: Sendable {
    static let dead: Int32 = 0
    static let root: Int32 = 1

    /// Byte → column; column 0 is every byte that no alias uses.
    private let classOfByte: [UInt8]
    private let classCount: Int
    private let transitions: [Int32]
    /// State → index into `targets`, or -1.
    private let acceptOfState: [Int32]
    let targets: [[AliasTarget]]
    let spaceClass: Int

    /// `aliases` are already folded (words joined by single spaces) and non-empty.
    init(aliases: [(folded: [UInt8], target: AliasTarget)]) {
        var byteClasses = [UInt8](repeating: 0, count: 256)
        var nextClass: UInt8 = 1
        for byte in ([0x20] + aliases.flatMap(\.folded)).sorted() where byteClasses[Int(byte)] == 0 {
            byteClasses[Int(byte)] = nextClass
            nextClass += 1
        }
        let columns = Int(nextClass)
        var table = [Int32](repeating: Self.dead, count: 2 * columns)  // dead and root rows
        var accept: [Int32] = [-1, -1]
        var targetLists: [[AliasTarget]] = []
        for (folded, target) in aliases {
            var state = Int(Self.root)
            for byte in folded {
                let slot = state * columns + Int(byteClasses[Int(byte)])
                if table[slot] == Self.dead {
                    table[slot] = Int32(accept.count)
                    table.append(contentsOf: repeatElement(Self.dead, count: columns))
                    accept.append(-1)
                }
                state = Int(table[slot])
            }
            if accept[state] < 0 {
                accept[state] = Int32(targetLists.count)
                targetLists.append([])
            }
            let index = Int(accept[state])
            if let existing = targetLists[index].firstIndex(where: { $0.placeIndex == target.placeIndex }) {
                // Two spellings of one place fold alike: keep the less restrictive reading.
                let old = targetLists[index][existing]
                targetLists[index][existing] = AliasTarget(
                    placeIndex: target.placeIndex, isWeak: old.isWeak && target.isWeak,
                    requiresUppercase: old.requiresUppercase && target.requiresUppercase)
            } else {
                targetLists[index].append(target)
            }
        }
        classOfByte = byteClasses
        classCount = columns
        transitions = table
        acceptOfState = accept
        targets = targetLists
        spaceClass = Int(byteClasses[0x20])
    }

    var stateCount: Int { acceptOfState.count }

    @inline(__always)
    func step(_ state: Int32, _ byte: UInt8) -> Int32 {
        transitions[Int(state) &* classCount &+ Int(classOfByte[Int(byte)])]
    }

    @inline(__always)
    func stepSpace(_ state: Int32) -> Int32 {
        transitions[Int(state) &* classCount &+ spaceClass]
    }

    @inline(__always)
    func walk(_ state: Int32, _ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var current = state
        for byte in word {
            current = step(current, byte)
            if current == Self.dead { break }
        }
        return current
    }

    @inline(__always)
    func accepted(_ state: Int32) -> Int32 { acceptOfState[Int(state)] }
}

/// Where the automaton reached the end of an alias at the end of a word.
struct RawMatch {
    let start: Int
    let end: Int
    let targetList: Int32
    let startsUppercase: Bool
    let isAllUppercase: Bool
}

extension AliasAutomaton {
    /// Every (possibly overlapping) alias occurrence that starts and ends on word boundaries.
    func rawMatches(in bytes: UnsafeBufferPointer<UInt8>) -> [RawMatch] {
        struct Walk {
            var state: Int32
            let start: Int
            let startsUppercase: Bool
            var isAllUppercase: Bool
        }
        var found: [RawMatch] = []
        var walks: [Walk] = []
        var survivors: [Walk] = []
        walks.reserveCapacity(16)
        survivors.reserveCapacity(16)
        WordScanner.forEachWord(in: bytes) { word in
            survivors.removeAll(keepingCapacity: true)
            for walk in walks {
                let afterSpace = stepSpace(walk.state)
                if afterSpace == Self.dead { continue }
                let state = self.walk(afterSpace, word.folded)
                if state != Self.dead {
                    survivors.append(Walk(state: state, start: walk.start, startsUppercase: walk.startsUppercase,
                                          isAllUppercase: walk.isAllUppercase && word.isAllUppercase))
                }
            }
            let fresh = self.walk(Self.root, word.folded)
            if fresh != Self.dead {
                survivors.append(Walk(state: fresh, start: word.start, startsUppercase: word.startsUppercase,
                                      isAllUppercase: word.isAllUppercase))
            }
            for walk in survivors {
                let list = accepted(walk.state)
                if list >= 0 {
                    found.append(RawMatch(start: walk.start, end: word.end, targetList: list,
                                          startsUppercase: walk.startsUppercase, isAllUppercase: walk.isAllUppercase))
                }
            }
            swap(&walks, &survivors)
        }
        return found
    }
}
