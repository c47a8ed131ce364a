/// One place an alias names, with the conditions under which the alias may be read as it.
struct AliasTarget: Hashable, Sendable {
    let placeIndex: Int32
    /// Marked "~" in places.tsv: the spelling is also a person's name or a common word.
    let isWeak: Bool
    /// Written all in capitals ("BDSC", "IZ"): matches only text written all in capitals.
    let requiresUppercase: Bool
    /// Written with its article ("Al-Baghdadi", "~Al-Assad"): bare "Baghdadi" or "Assad" in the
    /// text is not read as this spelling (another spelling of the place may still read it).
    let requiresArticle: Bool
}

/// A deterministic finite automaton over folded alias bytes: the trie of every folded alias,
/// words separated by one space, flattened into a dense transition table over the byte classes
/// that occur in aliases. The scanner runs it from every word start, so there is one pass over
/// the text whatever the number of aliases.
struct AliasAutomaton: Sendable {
    static let dead: Int32 = 0
    static let root: Int32 = 1

    /// Byte → column; column 0 is every byte that no alias uses (up to 257 columns, hence 16 bits).
    private let classOfByte: [UInt16]
    /// Node values: the state's index into `targets`, or -1.
    private let trie: CompactTrie
    let targets: [[AliasTarget]]
    let spaceClass: Int
    /// Words in the longest alias.
    let maxAliasWords: Int
    /// Words that begin an alias: no other word starts a walk.
    private let firstWords: PackedWordFilter
    /// Words of any alias: every other word ends every walk.
    private let aliasWords: PackedWordFilter

    /// `aliases` are already folded (words joined by single spaces) and non-empty.
    init(aliases: [(folded: [UInt8], target: AliasTarget)]) {
        var byteClasses = [UInt16](repeating: 0, count: 256)
        var nextClass: UInt16 = 1
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
            // Spellings of one place that fold alike but differ in conditions stay apart: each
            // reading is checked, and the best that passes is kept.
            let index = Int(accept[state])
            if !targetLists[index].contains(target) { targetLists[index].append(target) }
        }
        let layout = TrieLayout(transitions: table, columns: columns, fixedStates: Int(Self.root) + 1, absent: Self.dead)
        classOfByte = byteClasses
        trie = CompactTrie(transitions: layout.transitions, columns: columns, absent: Self.dead, values: layout.reorder(accept))
        targets = targetLists
        spaceClass = Int(byteClasses[0x20])
        firstWords = PackedWordFilter(aliases.map { PackedWordFilter.prefix(of: $0.folded.split(separator: 0x20)[0]) })
        aliasWords = PackedWordFilter(aliases.flatMap { $0.folded.split(separator: 0x20).map(PackedWordFilter.prefix) })
        maxAliasWords = aliases.map { $0.folded.count(where: { $0 == 0x20 }) + 1 }.max() ?? 0
    }
}

/// Where the automaton reached the end of an alias at the end of a word.
struct RawMatch {
    let start: Int
    let end: Int
    let targetList: Int32
    let startsUppercase: Bool
    let isAllUppercase: Bool
    let startsWithArticle: Bool
}

extension AliasAutomaton {
    /// Every (possibly overlapping) alias occurrence that starts and ends on word boundaries.
    func rawMatches(in bytes: UnsafeBufferPointer<UInt8>) -> [RawMatch] {
        rawMatches { WordScanner.forEachWord(in: bytes, $0) }
    }

    /// The same over words already scanned: `word(k)` is the k-th of `count`, its folded bytes in `folded`.
    func rawMatches(scanned count: Int, word: (Int) -> ScannedWord, folded: UnsafeBufferPointer<UInt8>) -> [RawMatch] {
        rawMatches { body in
            var joiner = ArticleJoiner()
            for k in 0..<count { joiner.feed(word(k), folded: folded, body) }
        }
    }

    /// `words` calls its argument with each word of the text, in order.
    private func rawMatches(words: ((FoldedWord) -> Void) -> Void) -> [RawMatch] {
        trie.withWalker { trie in
            classOfByte.withUnsafeBufferPointer { classOfByte in
                rawMatches(words: words, trie: trie, classOfByte: classOfByte)
            }
        }
    }

    /// A walk through the automaton begun at some word start and still alive.
    private struct Walk {
        var state: Int32
        var start: Int
        var startsUppercase: Bool
        var isAllUppercase: Bool
        var startsWithArticle: Bool
    }

    private func rawMatches(words: ((FoldedWord) -> Void) -> Void, trie: CompactTrie.Walker,
                            classOfByte: UnsafeBufferPointer<UInt16>) -> [RawMatch] {
        let space = Int32(spaceClass)
        @inline(__always)
        func advance(_ state: Int32, through word: UnsafeBufferPointer<UInt8>) -> Int32 {
            var current = state
            for byte in word {
                current = trie.next(current, Int32(classOfByte[Int(byte)]))
                if current == Self.dead { break }
            }
            return current
        }
        // At most one walk per word of the longest alias is alive at once.
        let capacity = maxAliasWords + 1
        var walks = UnsafeMutablePointer<Walk>.allocate(capacity: capacity)
        var survivors = UnsafeMutablePointer<Walk>.allocate(capacity: capacity)
        defer { walks.deallocate(); survivors.deallocate() }
        var walkCount = 0
        var found: [RawMatch] = []
        words { word in
            let folded = word.folded
            guard aliasWords.admits(word.prefix) else {
                walkCount = 0
                return
            }
            var survivorCount = 0
            for k in 0..<walkCount {
                let walk = walks[k]
                let afterSpace = trie.next(walk.state, space)
                if afterSpace == Self.dead { continue }
                let state = advance(afterSpace, through: word.folded)
                if state != Self.dead && survivorCount < capacity {
                    survivors[survivorCount] = Walk(state: state, start: walk.start, startsUppercase: walk.startsUppercase,
                                                    isAllUppercase: walk.isAllUppercase && word.isAllUppercase,
                                                    startsWithArticle: walk.startsWithArticle)
                    survivorCount += 1
                }
            }
            let fresh = firstWords.admits(word.prefix) ? advance(Self.root, through: folded) : Self.dead
            if fresh != Self.dead && survivorCount < capacity {
                survivors[survivorCount] = Walk(state: fresh, start: word.start, startsUppercase: word.startsUppercase,
                                                isAllUppercase: word.isAllUppercase, startsWithArticle: word.followsArticle)
                survivorCount += 1
            }
            for k in 0..<survivorCount {
                let list = trie.value(survivors[k].state)
                if list >= 0 {
                    let walk = survivors[k]
                    found.append(RawMatch(start: walk.start, end: word.end, targetList: list,
                                          startsUppercase: walk.startsUppercase, isAllUppercase: walk.isAllUppercase,
                                          startsWithArticle: walk.startsWithArticle))
                }
            }
            swap(&walks, &survivors)
            walkCount = survivorCount
        }
        return found
    }
}
