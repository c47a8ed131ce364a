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
    /// Which tokens may begin a phrase; nil when any token may.
    private let beginnings: PhraseBeginnings?
    let cues: [Cue]
    /// Phrases listed twice with different meanings (a lexicon bug the tests check for).
    let conflicts: [String]

    init(_ entries: [(String, Cue)]) {
        var transitions = [Int32](repeating: -1, count: PhraseMatcher.alphabetSize)
        var wordTerminal: [Int32] = [-1]
        var stemTerminal: [Int32] = [-1]
        var cues: [Cue] = []
        var conflicts: [String] = []
        var phraseWords: [(words: [[UInt8]], isStem: Bool)] = []
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
            phraseWords.append((text.tokens.indices.map { Array(text.foldedBytes(of: $0)) }, isStem))
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
        beginnings = PhraseBeginnings(phraseWords)
    }

    private static func symbol(_ b: UInt8) -> Int { Int(symbols[Int(b)]) }

    /// Leftmost-longest, non-overlapping phrase hits in `tokens` (one sentence).
    func hits(in text: FoldedText, tokens range: Range<Int>, into result: inout [CueHit]) {
        // Raw buffers: this loop runs once per token of every document.
        trie.withWalker { trie in
            text.folded.withUnsafeBufferPointer { folded in
                text.tokens.withUnsafeBufferPointer { tokens in
                    text.packedTokens.withUnsafeBufferPointer { packed in
                        PhraseMatcher.symbols.withUnsafeBufferPointer { symbols in
                            var start = range.lowerBound
                            while start < range.upperBound {
                                if let beginnings, !beginnings.admits(start, before: range.upperBound, tokens: tokens, packed: packed, folded: folded) {
                                    start &+= 1
                                    continue
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
    }

    /// Trie symbol of each folded byte (letters 0…25, digits 26…35, any other byte `foreign`).
    private static let symbols: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        if b >= 0x61 && b <= 0x7A { return UInt8(b - 0x61) }
        if b >= 0x30 && b <= 0x39 { return UInt8(b - 0x30 + 26) }
        return UInt8(foreign)
    }
}

/// Which tokens may begin a phrase, asked before walking the trie from each token. Most words of a text begin
/// none; the commonest that do ("the", « de », « l' ») begin only phrases of two words or more, so the word
/// after them is asked too. A word is keyed by its first eight bytes (`PackedWordFilter.prefix`); hash collisions only
/// cost a walk that fails.
private struct PhraseBeginnings {
    /// Phrases of one word.
    private let singleWords: PackedWordFilter
    /// One-word stems by their first three bytes: any word continuing a stem matches it.
    private let stems: PackedWordFilter
    /// The first word of a longer phrase with the first three bytes of its second word.
    private let pairs: PackedWordFilter

    /// nil when a stem of fewer than three bytes would let any word through.
    init?(_ phrases: [(words: [[UInt8]], isStem: Bool)]) {
        var singleWords: [UInt64] = [], stems: [UInt64] = [], pairs: [UInt64] = []
        for (words, isStem) in phrases where !words.isEmpty {
            if isStem && words[words.count - 1].count < 3 { return nil }
            let first = PackedWordFilter.prefix(of: words[0])
            if words.count == 1 {
                if isStem { stems.append(first & Self.threeBytes) } else { singleWords.append(first) }
            } else {
                pairs.append(Self.pair(first, PackedWordFilter.prefix(of: words[1].prefix(3))))
            }
        }
        self.singleWords = PackedWordFilter(singleWords)
        self.stems = PackedWordFilter(stems)
        self.pairs = PackedWordFilter(pairs)
    }

    private static let threeBytes: UInt64 = 0xFF_FFFF

    private static func pair(_ first: UInt64, _ secondPrefix: UInt64) -> UInt64 {
        first &* 0xFF51_AFD7_ED55_8CCD ^ secondPrefix
    }

    /// Whether token `t` may begin a phrase that ends before token `end`.
    @inline(__always)
    func admits(_ t: Int, before end: Int, tokens: UnsafeBufferPointer<Token>, packed: UnsafeBufferPointer<UInt64>,
                folded: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always)
        func key(_ t: Int) -> UInt64 {
            // `FoldedText` packs only words of up to eight bytes; a longer one is keyed by its first eight.
            packed[t] != 0 ? packed[t] : UnsafeRawPointer(folded.baseAddress! + Int(tokens[t].foldStart)).loadUnaligned(as: UInt64.self).littleEndian
        }
        let first = key(t)
        // A word of three bytes or more has a third byte (folded words hold no zero byte).
        if singleWords.admits(first) || (first > 0xFFFF && stems.admits(first & Self.threeBytes)) { return true }
        return t + 1 < end && pairs.admits(Self.pair(first, key(t + 1) & Self.threeBytes))
    }
}
