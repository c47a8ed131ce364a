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
    /// A GeoNames name: GeoNames includes common words ("Hit"), so only a capitalised mention is the town.
    let requiresCapital: Bool
}

/// Every folded alias as a trie over its numbered words (`WordTrie`). The scanner runs it from every word start, so
/// there is one pass over the text whatever the number of aliases.
struct AliasAutomaton: Sendable {
    private let trie: WordTrie
    /// The index into `targets` of the alias ending at each node, or -1.
    private let accepts: [Int32]
    let targets: [[AliasTarget]]
    /// Words in the longest alias.
    let maxAliasWords: Int
    /// Words of any alias: every other word ends every walk, and most words of a text are asked only this.
    private let aliasWords: PackedWordFilter

    /// `aliases` are already folded (words joined by single spaces) and non-empty.
    init(aliases: [(folded: [UInt8], target: AliasTarget)]) {
        var trie = WordTrie()
        var accepts: [Int32] = [-1]
        var targetLists: [[AliasTarget]] = []
        for (folded, target) in aliases {
            let node = Int(trie.descend(from: 0, through: folded.split(separator: 0x20)))
            accepts += repeatElement(-1, count: trie.nodeCount - accepts.count)
            if accepts[node] < 0 {
                accepts[node] = Int32(targetLists.count)
                targetLists.append([])
            }
            // Spellings of one place that fold alike but differ in conditions stay apart: each
            // reading is checked, and the best that passes is kept.
            let index = Int(accepts[node])
            if !targetLists[index].contains(target) { targetLists[index].append(target) }
        }
        trie.seal()
        self.trie = trie
        self.accepts = accepts
        targets = targetLists
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

    /// A walk through the trie begun at some word start and still alive.
    private struct Walk {
        var node: Int32
        var start: Int
        var startsUppercase: Bool
        var isAllUppercase: Bool
        var startsWithArticle: Bool
    }

    /// `words` calls its argument with each word of the text, in order.
    private func rawMatches(words: ((FoldedWord) -> Void) -> Void) -> [RawMatch] {
        // At most one walk per word of the longest alias is alive at once.
        let capacity = maxAliasWords + 1
        var walks = UnsafeMutablePointer<Walk>.allocate(capacity: capacity)
        var survivors = UnsafeMutablePointer<Walk>.allocate(capacity: capacity)
        defer { walks.deallocate(); survivors.deallocate() }
        var walkCount = 0
        var found: [RawMatch] = []
        words { word in
            let number = aliasWords.admits(word.prefix)
                ? trie.words.number(of: word.folded.baseAddress!, count: word.folded.count, prefix: word.prefix) : -1
            guard number >= 0 else {
                walkCount = 0
                return
            }
            var survivorCount = 0
            for k in 0..<walkCount {
                let walk = walks[k]
                let node = trie.child(of: walk.node, number)
                if node >= 0 && survivorCount < capacity {
                    survivors[survivorCount] = Walk(node: node, start: walk.start, startsUppercase: walk.startsUppercase,
                                                    isAllUppercase: walk.isAllUppercase && word.isAllUppercase,
                                                    startsWithArticle: walk.startsWithArticle)
                    survivorCount += 1
                }
            }
            let fresh = trie.child(of: 0, number)
            if fresh >= 0 && survivorCount < capacity {
                survivors[survivorCount] = Walk(node: fresh, start: word.start, startsUppercase: word.startsUppercase,
                                                isAllUppercase: word.isAllUppercase, startsWithArticle: word.followsArticle)
                survivorCount += 1
            }
            for k in 0..<survivorCount {
                let list = accepts[Int(survivors[k].node)]
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
