import Gazetteer

/// A lexicon phrase found in a sentence: tokens `first...last`.
struct CueHit {
    var first: Int
    var last: Int
    var cue: Cue
}

/// Lexicon phrases matched word by word, as a trie over numbered words (`WordTrie`): a walk from a token costs a
/// probe or two per word. A phrase ending in `*` ends in a stem, which any word beginning with the stem's bytes matches.
struct PhraseMatcher: Sendable {
    private let trie: WordTrie
    /// The cue of the phrase ending at each node, or -1.
    private let wordCues: [Int32]
    /// Whether a stem follows the node: most nodes have none, and then no stem is looked for.
    private let nodeHasStems: [Bool]
    private let stems: Stems
    /// Which tokens may begin a phrase; nil when any token may.
    private let beginnings: PhraseBeginnings?
    let cues: [Cue]
    /// Phrases listed twice with different meanings (a lexicon bug the tests check for).
    let conflicts: [String]

    init(_ entries: [(String, Cue)]) {
        var trie = WordTrie()
        var wordCues: [Int32?] = [nil]
        var stemCues: [StemKey: Int32] = [:]
        var cues: [Cue] = []
        var conflicts: [String] = []
        var phraseWords: [(words: [[UInt8]], isStem: Bool)] = []
        for (phrase, cue) in entries {
            let isStem = phrase.hasSuffix("*")
            let body = isStem ? String(phrase.dropLast()) : phrase
            let text = FoldedText(bytes: Array(body.utf8))
            let words = text.tokens.indices.map { Array(text.foldedBytes(of: $0)) }
            phraseWords.append((words, isStem))
            let node = trie.descend(from: 0, through: isStem ? words.dropLast() : words[...])
            wordCues += repeatElement(nil, count: trie.nodeCount - wordCues.count)
            let stem = isStem ? StemKey(node: node, bytes: words[words.count - 1]) : nil
            if let stem { precondition(stem.bytes.count >= Stems.keyBytes, "lexicon stem \(phrase): shorter than \(Stems.keyBytes) bytes") }
            if let existing = stem.map({ stemCues[$0] }) ?? wordCues[Int(node)] {
                if cues[Int(existing)] != cue { conflicts.append(phrase) }
                continue
            }
            cues.append(cue)
            if let stem { stemCues[stem] = Int32(cues.count - 1) } else { wordCues[Int(node)] = Int32(cues.count - 1) }
        }
        trie.seal()
        var nodeHasStems = [Bool](repeating: false, count: trie.nodeCount)
        for stem in stemCues.keys { nodeHasStems[Int(stem.node)] = true }
        self.trie = trie
        self.wordCues = wordCues.map { $0 ?? -1 }
        self.nodeHasStems = nodeHasStems
        stems = Stems(stemCues.map { (node: $0.key.node, bytes: $0.key.bytes, cue: $0.value) })
        self.cues = cues
        self.conflicts = conflicts
        beginnings = PhraseBeginnings(phraseWords)
    }

    /// Leftmost-longest, non-overlapping phrase hits in `tokens` (one sentence). From each token a walk goes down
    /// the trie word by word; the last token that ended a phrase, or began with a stem, ends the hit.
    func hits(in text: FoldedText, tokens range: Range<Int>, into result: inout [CueHit]) {
        // Raw buffers: this loop runs once per token of every document.
        text.folded.withUnsafeBufferPointer { folded in
            text.tokens.withUnsafeBufferPointer { tokens in
                text.packedTokens.withUnsafeBufferPointer { packed in
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
                        while t < range.upperBound {
                            let word = TokenWord(tokens[t], packed: packed[t], folded: folded)
                            // A walk over bytes met a word's stems before its end, shortest first, and kept the first.
                            if nodeHasStems[Int(node)], let cue = stems.shortestMatch(after: node, word) {
                                bestLast = t
                                bestCue = cue
                            }
                            let number = trie.words.number(of: word.bytes, count: word.count, prefix: word.prefix)
                            guard number >= 0 else { break }
                            node = trie.child(of: node, number)
                            guard node >= 0 else { break }
                            if wordCues[Int(node)] >= 0 {
                                bestLast = t
                                bestCue = wordCues[Int(node)]
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

/// A token's folded bytes as the matcher compares them.
private struct TokenWord {
    let bytes: UnsafePointer<UInt8>
    let count: Int
    /// The first eight bytes, zero-padded (`PackedWordFilter.prefix`).
    let prefix: UInt64

    @inline(__always)
    init(_ token: Token, packed: UInt64, folded: UnsafeBufferPointer<UInt8>) {
        bytes = folded.baseAddress! + Int(token.foldStart)
        count = Int(token.foldEnd &- token.foldStart)
        // `FoldedText` packs words of up to eight bytes; a longer one has eight bytes to load.
        prefix = packed != 0 ? packed : UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self).littleEndian
    }
}

/// A stem and the trie node it follows.
private struct StemKey: Hashable {
    let node: Int32
    let bytes: [UInt8]
}

/// The stems that follow each node, found by the node and a word's first three bytes (every stem has as many),
/// shortest first.
private struct Stems: Sendable {
    static let keyBytes = 3
    /// By group (node and first three bytes), then length; `groupKeys` marks where a group ends.
    private let groupKeys: [UInt64]
    private let lengths: [Int32]
    private let starts: [Int32]
    private let bytes: [UInt8]
    private let cues: [Int32]
    /// A group's first stem.
    private let groups: IntegerMap

    private static func groupKey(_ node: Int32, _ prefix: UInt64) -> UInt64 {
        IntegerMap.key(node, Int32(truncatingIfNeeded: prefix & 0xFF_FFFF))
    }

    init(_ entries: [(node: Int32, bytes: [UInt8], cue: Int32)]) {
        // Two stems of one group and length differ in their bytes, so no word begins with both: their order is free.
        let sorted = entries.map { (key: Self.groupKey($0.node, PackedWordFilter.prefix(of: $0.bytes)), bytes: $0.bytes, cue: $0.cue) }
            .sorted { ($0.key, $0.bytes.count) < ($1.key, $1.bytes.count) }
        var starts: [Int32] = []
        var bytes: [UInt8] = []
        var groups: [(key: UInt64, value: Int32)] = []
        for (index, stem) in sorted.enumerated() {
            if index == 0 || sorted[index - 1].key != stem.key { groups.append((stem.key, Int32(index))) }
            starts.append(Int32(bytes.count))
            bytes += stem.bytes
        }
        groupKeys = sorted.map(\.key)
        lengths = sorted.map { Int32($0.bytes.count) }
        self.starts = starts
        self.bytes = bytes
        cues = sorted.map(\.cue)
        self.groups = IntegerMap(groups)
    }

    /// The cue of the shortest stem after `node` that `word` begins with, if any.
    @inline(__always)
    func shortestMatch(after node: Int32, _ word: TokenWord) -> Int32? {
        guard word.count >= Self.keyBytes else { return nil }
        let key = Self.groupKey(node, word.prefix)
        var index = Int(groups.value(key))
        guard index >= 0 else { return nil }
        return bytes.withUnsafeBufferPointer { bytes in
            while index < groupKeys.count && groupKeys[index] == key {
                let length = Int(lengths[index])
                if length <= word.count && WordNumbers.equal(word.bytes, bytes.baseAddress! + Int(starts[index]), length) {
                    return cues[index]
                }
                index += 1
            }
            return nil
        }
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
