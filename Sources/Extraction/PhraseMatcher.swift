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

    /// A trie node in 16 bytes. Most nodes of a word trie have one child, kept inline; only nodes
    /// that branch have a dense row of children. The walk touches one small node per byte instead
    /// of a 148-byte row, so the trie fits in cache.
    private struct Node {
        /// Cue index when a phrase ends exactly here (at a word end), else -1.
        var word: Int32 = -1
        /// Cue index when a stem ends here: any word continuing it matches.
        var stem: Int32 = -1
        /// The only child, or the offset of the dense row in `branches`.
        var child: Int32 = -1
        /// The only child's symbol; `Node.branching` for a dense row, `Node.leaf` for no child.
        var symbol: Int32 = Node.leaf

        static let branching: Int32 = -1
        static let leaf: Int32 = -2
    }

    private let nodes: [Node]
    private let branches: [Int32]
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
        var nodes: [Node] = []
        var branches: [Int32] = []
        for node in words.indices {
            let row = layout.transitions[node * PhraseMatcher.alphabetSize..<(node + 1) * PhraseMatcher.alphabetSize]
            var compact = Node(word: words[node], stem: stems[node])
            let children = row.indices.filter { row[$0] >= 0 }
            if children.count == 1 {
                compact.symbol = Int32(children[0] - row.startIndex)
                compact.child = row[children[0]]
            } else if children.count > 1 {
                compact.symbol = Node.branching
                compact.child = Int32(branches.count)
                branches += row
            }
            nodes.append(compact)
        }
        self.nodes = nodes
        self.branches = branches
        self.cues = cues
        self.conflicts = conflicts
        beginnings = hasShortStem ? nil : PrefixFilter(keys)
    }

    private static func symbol(_ b: UInt8) -> Int { Int(symbols[Int(b)]) }

    /// Leftmost-longest, non-overlapping phrase hits in `tokens` (one sentence).
    func hits(in text: FoldedText, tokens range: Range<Int>, into result: inout [CueHit]) {
        // Raw buffers: this loop runs once per token of every document.
        nodes.withUnsafeBufferPointer { nodes in
            branches.withUnsafeBufferPointer { branches in
                text.folded.withUnsafeBufferPointer { folded in
                    text.tokens.withUnsafeBufferPointer { tokens in
                        PhraseMatcher.symbols.withUnsafeBufferPointer { symbols in
                            @inline(__always)
                            func next(_ node: Int, _ symbol: Int32) -> Int {
                                let current = nodes[node]
                                if current.symbol == symbol { return Int(current.child) }
                                if current.symbol == Node.branching { return Int(branches[Int(current.child &+ symbol)]) }
                                return -1
                            }
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
                                var node = 0
                                var bestLast = -1
                                var bestCue: Int32 = -1
                                var t = start
                                walk: while t < range.upperBound {
                                    if t > start {
                                        node = next(node, Int32(PhraseMatcher.space))
                                        if node < 0 { break }
                                    }
                                    let token = tokens[t]
                                    var i = Int(token.foldStart)
                                    let end = Int(token.foldEnd)
                                    while i < end {
                                        node = next(node, Int32(symbols[Int(folded[i])]))
                                        if node < 0 { break walk }
                                        i &+= 1
                                        let stem = nodes[node].stem
                                        if stem >= 0 && bestLast < t {
                                            bestLast = t
                                            bestCue = stem
                                        }
                                    }
                                    let word = nodes[node].word
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

    /// Trie symbol of each folded byte (letters 0…25, digits 26…35).
    private static let symbols: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        if b >= 0x61 && b <= 0x7A { return UInt8(b - 0x61) }
        if b >= 0x30 && b <= 0x39 { return UInt8(b - 0x30 + 26) }
        return 0
    }
}
