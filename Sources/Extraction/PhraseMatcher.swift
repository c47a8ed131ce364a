import Gazetteer

/// A lexicon phrase found in a sentence: tokens `first...last`.
struct CueHit {
    var first: Int
    var last: Int
    var cue: Cue
}

/// A byte trie over folded phrases; words are joined by one space. Matching walks the
/// folded bytes of consecutive tokens, so no per-sentence strings or regexes are built.
struct PhraseMatcher: Sendable {
    private static let alphabetSize = 38
    private static let space = 36
    /// Bytes of other scripts, which words of the text may hold and no phrase does.
    private static let foreign = 37

    /// Node values: `first` is the cue ending here as a word, `second` the cue ending here as a stem
    /// (any word continuing it matches); -1 for none.
    private let trie: CompactTrie
    /// Beginnings of the phrases; nil when a stem is shorter than three bytes (any word could continue it).
    private let beginnings: PrefixFilter?
    let cues: [Cue]
    /// Phrases listed twice with different meanings (a lexicon bug the tests check for).
    let conflicts: [String]

    init(_ entries: [(String, Cue)]) {
        var transitions = [Int32](repeating: -1, count: PhraseMatcher.alphabetSize)
        var wordTerminal: [Int32] = [-1]
        var stemTerminal: [Int32] = [-1]
        var cues: [Cue] = []
        var conflicts: [String] = []
        var keys: [[UInt8]] = []
        var hasShortStem = false
        func child(of node: Int, symbol: Int) -> Int {
            let slot = node * PhraseMatcher.alphabetSize + symbol
            if transitions[slot] >= 0 { return Int(transitions[slot]) }
            let new = wordTerminal.count
            transitions.append(contentsOf: repeatElement(-1, count: PhraseMatcher.alphabetSize))
            wordTerminal.append(-1)
            stemTerminal.append(-1)
            transitions[slot] = Int32(new)
            return new
        }
        for (phrase, cue) in entries {
            let isStem = phrase.hasSuffix("*")
            let body = isStem ? String(phrase.dropLast()) : phrase
            let text = FoldedText(bytes: Array(body.utf8))
            keys.append(Array(text.tokens.indices.map { Array(text.foldedBytes(of: $0)) }.joined(separator: [0x20])))
            if isStem && keys[keys.count - 1].count < 3 { hasShortStem = true }
            var node = 0
            for (k, _) in text.tokens.enumerated() {
                if k > 0 { node = child(of: node, symbol: PhraseMatcher.space) }
                for b in text.foldedBytes(of: k) {
                    node = child(of: node, symbol: PhraseMatcher.symbol(b))
                }
            }
            let existing = isStem ? stemTerminal[node] : wordTerminal[node]
            if existing >= 0 {
                if cues[Int(existing)] != cue { conflicts.append(phrase) }
                continue
            }
            cues.append(cue)
            if isStem { stemTerminal[node] = Int32(cues.count - 1) } else { wordTerminal[node] = Int32(cues.count - 1) }
        }
        let layout = TrieLayout(transitions: transitions, columns: PhraseMatcher.alphabetSize, fixedStates: 1, absent: -1)
        trie = CompactTrie(transitions: layout.transitions, columns: PhraseMatcher.alphabetSize, absent: -1,
                           first: layout.reorder(wordTerminal), second: layout.reorder(stemTerminal))
        self.cues = cues
        self.conflicts = conflicts
        beginnings = hasShortStem ? nil : PrefixFilter(keys)
    }

    private static func symbol(_ b: UInt8) -> Int { Int(symbols[Int(b)]) }

    /// Leftmost-longest, non-overlapping phrase hits in `tokens` (one sentence).
    func hits(in text: FoldedText, tokens range: Range<Int>, into result: inout [CueHit]) {
        // Raw buffers: this loop runs once per token of every document.
        trie.withWalker { trie in
            text.folded.withUnsafeBufferPointer { folded in
                text.tokens.withUnsafeBufferPointer { tokens in
                    PhraseMatcher.symbols.withUnsafeBufferPointer { symbols in
                        var start = range.lowerBound
                        while start < range.upperBound {
                            if let beginnings {
                                let first = tokens[start]
                                let at = Int(first.foldStart)
                                if first.foldEnd - first.foldStart >= 3
                                    && !beginnings.admits(folded[at], folded[at &+ 1], folded[at &+ 2]) {
                                    start &+= 1
                                    continue
                                }
                            }
                            var node: Int32 = 0
                            var bestLast = -1
                            var bestCue: Int32 = -1
                            var t = start
                            walk: while t < range.upperBound {
                                if t > start {
                                    node = trie.next(node, Int32(PhraseMatcher.space))
                                    if node < 0 { break }
                                }
                                let token = tokens[t]
                                var i = Int(token.foldStart)
                                let end = Int(token.foldEnd)
                                while i < end {
                                    node = trie.next(node, Int32(symbols[Int(folded[i])]))
                                    if node < 0 { break walk }
                                    i &+= 1
                                    let stem = trie.second(node)
                                    if stem >= 0 && bestLast < t {
                                        bestLast = t
                                        bestCue = stem
                                    }
                                }
                                let word = trie.first(node)
                                if word >= 0 {
                                    bestLast = t
                                    bestCue = word
                                }
                                t &+= 1
                            }
                            if bestLast >= 0 {
                                result.append(CueHit(first: start, last: bestLast, cue: cues[Int(bestCue)]))
                                start = bestLast + 1
                            } else {
                                start += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// Trie symbol of each folded byte (letters 0…25, digits 26…35, any other byte `foreign`).
    private static let symbols: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        if b >= 0x61 && b <= 0x7A { return UInt8(b - 0x61) }
        if b >= 0x30 && b <= 0x39 { return UInt8(b - 0x30 + 26) }
        return UInt8(foreign)
    }
}
