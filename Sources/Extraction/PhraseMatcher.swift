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
    private static let alphabetSize = 37
    private static let space = 36
    /// A row is a node: its children by symbol, then the cue that ends there as a word, then the cue
    /// that ends there as a stem (-1 for none). Keeping all three in one row costs one cache miss per
    /// step of the walk instead of two.
    private static let wordColumn = alphabetSize
    private static let stemColumn = alphabetSize + 1
    private static let rowWidth = alphabetSize + 2

    private let rows: [Int32]
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
        let layout = BreadthFirstLayout(transitions: transitions, columns: PhraseMatcher.alphabetSize, fixedStates: 1, absent: -1)
        let words = layout.reorder(wordTerminal), stems = layout.reorder(stemTerminal)
        var rows: [Int32] = []
        rows.reserveCapacity(words.count * PhraseMatcher.rowWidth)
        for node in words.indices {
            rows += layout.transitions[node * PhraseMatcher.alphabetSize..<(node + 1) * PhraseMatcher.alphabetSize]
            rows.append(words[node])
            rows.append(stems[node])
        }
        self.rows = rows
        beginnings = hasShortStem ? nil : PrefixFilter(keys)
        self.cues = cues
        self.conflicts = conflicts
    }

    private static func symbol(_ b: UInt8) -> Int { Int(symbols[Int(b)]) }

    /// Leftmost-longest, non-overlapping phrase hits in `tokens` (one sentence).
    func hits(in text: FoldedText, tokens range: Range<Int>, into result: inout [CueHit]) {
        let width = PhraseMatcher.rowWidth
        // Raw buffers: this loop runs once per token of every document.
        rows.withUnsafeBufferPointer { rows in
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
                            var row = 0
                            var bestLast = -1
                            var bestCue: Int32 = -1
                            var t = start
                            walk: while t < range.upperBound {
                                if t > start {
                                    let next = rows[row &+ PhraseMatcher.space]
                                    if next < 0 { break }
                                    row = Int(next) &* width
                                }
                                let token = tokens[t]
                                var i = Int(token.foldStart)
                                let end = Int(token.foldEnd)
                                while i < end {
                                    let next = rows[row &+ Int(symbols[Int(folded[i])])]
                                    if next < 0 { break walk }
                                    row = Int(next) &* width
                                    i &+= 1
                                    let stem = rows[row &+ PhraseMatcher.stemColumn]
                                    if stem >= 0 && bestLast < t {
                                        bestLast = t
                                        bestCue = stem
                                    }
                                }
                                let word = rows[row &+ PhraseMatcher.wordColumn]
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

    /// Trie symbol of each folded byte (letters 0…25, digits 26…35).
    private static let symbols: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        if b >= 0x61 && b <= 0x7A { return UInt8(b - 0x61) }
        if b >= 0x30 && b <= 0x39 { return UInt8(b - 0x30 + 26) }
        return 0
    }
}
