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

    private var transitions: [Int32]
    /// Cue index when a phrase ends exactly here (at a word end), else -1.
    private var wordTerminal: [Int32]
    /// Cue index when a stem ends here: any word continuing it matches.
    private var stemTerminal: [Int32]
    private(set) var cues: [Cue] = []
    /// Phrases listed twice with different meanings (a lexicon bug the tests check for).
    private(set) var conflicts: [String] = []

    init(_ entries: [(String, Cue)]) {
        transitions = Array(repeating: -1, count: PhraseMatcher.alphabetSize)
        wordTerminal = [-1]
        stemTerminal = [-1]
        for (phrase, cue) in entries {
            let isStem = phrase.hasSuffix("*")
            let body = isStem ? String(phrase.dropLast()) : phrase
            let text = FoldedText(bytes: Array(body.utf8))
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
        transitions = layout.transitions
        wordTerminal = layout.reorder(wordTerminal)
        stemTerminal = layout.reorder(stemTerminal)
    }

    private static func symbol(_ b: UInt8) -> Int { Int(symbols[Int(b)]) }

    private mutating func child(of node: Int, symbol: Int) -> Int {
        let slot = node * PhraseMatcher.alphabetSize + symbol
        if transitions[slot] >= 0 { return Int(transitions[slot]) }
        let new = wordTerminal.count
        transitions.append(contentsOf: repeatElement(-1, count: PhraseMatcher.alphabetSize))
        wordTerminal.append(-1)
        stemTerminal.append(-1)
        transitions[slot] = Int32(new)
        return new
    }

    /// Leftmost-longest, non-overlapping phrase hits in `tokens` (one sentence).
    func hits(in text: FoldedText, tokens range: Range<Int>, into result: inout [CueHit]) {
        // Raw buffers: this loop runs once per token of every document.
        transitions.withUnsafeBufferPointer { transitions in
            wordTerminal.withUnsafeBufferPointer { wordTerminal in
                stemTerminal.withUnsafeBufferPointer { stemTerminal in
                    text.folded.withUnsafeBufferPointer { folded in
                        text.tokens.withUnsafeBufferPointer { tokens in
                            PhraseMatcher.symbols.withUnsafeBufferPointer { symbols in
                                var start = range.lowerBound
                                while start < range.upperBound {
                                    var node = 0
                                    var bestLast = -1
                                    var bestCue: Int32 = -1
                                    var t = start
                                    walk: while t < range.upperBound {
                                        if t > start {
                                            let next = transitions[node &* PhraseMatcher.alphabetSize &+ PhraseMatcher.space]
                                            if next < 0 { break }
                                            node = Int(next)
                                        }
                                        let token = tokens[t]
                                        var i = Int(token.foldStart)
                                        let end = Int(token.foldEnd)
                                        while i < end {
                                            let next = transitions[node &* PhraseMatcher.alphabetSize &+ Int(symbols[Int(folded[i])])]
                                            if next < 0 { break walk }
                                            node = Int(next)
                                            i &+= 1
                                            if stemTerminal[node] >= 0 && bestLast < t {
                                                bestLast = t
                                                bestCue = stemTerminal[node]
                                            }
                                        }
                                        if wordTerminal[node] >= 0 {
                                            bestLast = t
                                            bestCue = wordTerminal[node]
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
    }

    /// Trie symbol of each folded byte (letters 0…25, digits 26…35).
    private static let symbols: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        if b >= 0x61 && b <= 0x7A { return UInt8(b - 0x61) }
        if b >= 0x30 && b <= 0x39 { return UInt8(b - 0x30 + 26) }
        return 0
    }
}
