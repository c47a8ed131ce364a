import Gazetteer

/// A lexicon phrase found in a sentence: tokens `first...last`.
struct CueHit {
    var first: Int
    var last: Int
    var cue: Cue
}

/// Lexicon phrases matched word by word. Each word of the lexicon has a number, and the phrases are a trie over
/// those numbers, so a walk from a token costs a hash probe or two per word: a trie over bytes cost a dependent
/// load per byte, and with thousands of phrases its nodes did not stay in the first-level cache (the matcher was
/// an eighth of extraction time, most of it waiting on those loads). A phrase ending in `*` ends in a stem, which
/// any word beginning with the stem's bytes matches.
struct PhraseMatcher: Sendable {
    /// The lexicon's words, numbered.
    private let vocabulary: Vocabulary
    /// The root's child by word number, -1 for none: every walk begins at the root.
    private let rootChildren: [Int32]
    /// The edges below the root, keyed by node and word number.
    private let edges: IntegerMap
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
        var vocabulary = Vocabulary()
        var edges: [UInt64: Int32] = [:]
        var wordCues: [Int32] = [-1]
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
            var node: Int32 = 0
            for word in isStem ? words.dropLast() : words[...] {
                let key = IntegerMap.key(node, vocabulary.insert(word))
                if let child = edges[key] {
                    node = child
                } else {
                    node = Int32(wordCues.count)
                    wordCues.append(-1)
                    edges[key] = node
                }
            }
            let stem = isStem ? StemKey(node: node, bytes: words[words.count - 1]) : nil
            if let stem { precondition(stem.bytes.count >= Stems.keyBytes, "lexicon stem \(phrase): shorter than \(Stems.keyBytes) bytes") }
            if let existing = stem.map({ stemCues[$0] }) ?? (wordCues[Int(node)] >= 0 ? wordCues[Int(node)] : nil) {
                if cues[Int(existing)] != cue { conflicts.append(phrase) }
                continue
            }
            cues.append(cue)
            if let stem { stemCues[stem] = Int32(cues.count - 1) } else { wordCues[Int(node)] = Int32(cues.count - 1) }
        }
        var rootChildren = [Int32](repeating: -1, count: vocabulary.count)
        var deeper: [(key: UInt64, value: Int32)] = []
        for (key, child) in edges {
            if key >> 32 == 0 { rootChildren[Int(key & 0xFFFF_FFFF)] = child } else { deeper.append((key, child)) }
        }
        var nodeHasStems = [Bool](repeating: false, count: wordCues.count)
        for stem in stemCues.keys { nodeHasStems[Int(stem.node)] = true }
        self.vocabulary = vocabulary
        self.rootChildren = rootChildren
        self.edges = IntegerMap(deeper)
        self.wordCues = wordCues
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
                            let number = vocabulary.number(of: word)
                            guard number >= 0 else { break }
                            node = node == 0 ? rootChildren[Int(number)] : edges.value(IntegerMap.key(node, number))
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

/// A word's folded bytes as the matcher compares them.
private struct TokenWord {
    let bytes: UnsafePointer<UInt8>
    let count: Int
    /// The first eight bytes, zero-padded (`PackedWordFilter.prefix`).
    let prefix: UInt64

    /// Eight bytes must be readable at `bytes`.
    init(bytes: UnsafePointer<UInt8>, count: Int, prefix: UInt64) {
        self.bytes = bytes
        self.count = count
        self.prefix = prefix
    }

    @inline(__always)
    init(_ token: Token, packed: UInt64, folded: UnsafeBufferPointer<UInt8>) {
        let bytes = folded.baseAddress! + Int(token.foldStart)
        // `FoldedText` packs words of up to eight bytes; a longer one has eight bytes to load.
        self.init(bytes: bytes, count: Int(token.foldEnd &- token.foldStart),
                  prefix: packed != 0 ? packed : UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self).littleEndian)
    }

    /// Whether the word's bytes from `offset` on begin with the `count` bytes at `other` (the word has that many).
    @inline(__always)
    func bytes(from offset: Int, beginWith other: UnsafePointer<UInt8>, count: Int) -> Bool {
        var k = 0
        while k < count {
            if bytes[offset &+ k] != other[k] { return false }
            k &+= 1
        }
        return true
    }
}

/// The lexicon's distinct words, numbered from 0 in the order first met; found by open addressing on their first
/// eight bytes and length, then compared.
private struct Vocabulary: Sendable {
    private var prefixes: [UInt64] = []
    private var lengths: [Int32] = []
    /// Where each word's bytes after the eighth begin in `tails`.
    private var tailStarts: [Int32] = []
    private var tails: [UInt8] = []
    /// Word numbers by hash, -1 for an empty slot; at most a quarter full.
    private var slots = [Int32](repeating: -1, count: 16)

    var count: Int { prefixes.count }

    /// The word's number, given it if it has none yet.
    mutating func insert(_ word: [UInt8]) -> Int32 {
        let prefix = PackedWordFilter.prefix(of: word)
        let found = (word + [UInt8](repeating: 0, count: 8)).withUnsafeBufferPointer { padded in
            number(of: TokenWord(bytes: padded.baseAddress!, count: word.count, prefix: prefix))
        }
        if found >= 0 { return found }
        prefixes.append(prefix)
        lengths.append(Int32(word.count))
        tailStarts.append(Int32(tails.count))
        tails += word.dropFirst(8)
        if 4 * count > slots.count {
            slots = [Int32](repeating: -1, count: 2 * slots.count)
            for number in prefixes.indices { place(Int32(number)) }
        } else {
            place(Int32(count - 1))
        }
        return Int32(count - 1)
    }

    private mutating func place(_ number: Int32) {
        let mask = slots.count - 1
        var slot = Self.slot(prefixes[Int(number)], Int(lengths[Int(number)]), mask: mask)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = number
    }

    @inline(__always)
    private static func slot(_ prefix: UInt64, _ length: Int, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((prefix ^ UInt64(length) << 58) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The word's number, or -1 when the lexicon has no such word.
    @inline(__always)
    func number(of word: TokenWord) -> Int32 {
        let mask = slots.count - 1
        var slot = Self.slot(word.prefix, word.count, mask: mask)
        while true {
            let number = Int(slots[slot])
            if number < 0 { return -1 }
            if prefixes[number] == word.prefix && Int(lengths[number]) == word.count
                && (word.count <= 8 || tails.withUnsafeBufferPointer { word.bytes(from: 8, beginWith: $0.baseAddress! + Int(tailStarts[number]), count: word.count - 8) }) {
                return Int32(number)
            }
            slot = (slot + 1) & mask
        }
    }
}

/// Non-negative values by integer key, in open addressing: the trie's edges below the root, the stems' groups.
private struct IntegerMap: Sendable {
    private let keys: [UInt64]
    /// -1 for an empty slot.
    private let values: [Int32]

    static func key(_ high: Int32, _ low: Int32) -> UInt64 { UInt64(UInt32(bitPattern: high)) << 32 | UInt64(UInt32(bitPattern: low)) }

    init(_ entries: [(key: UInt64, value: Int32)]) {
        var size = 16
        while size < 4 * entries.count { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [Int32](repeating: -1, count: size)
        for (key, value) in entries {
            var slot = Self.slot(key, mask: size - 1)
            while values[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always)
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The key's value, or -1.
    @inline(__always)
    func value(_ key: UInt64) -> Int32 {
        let mask = values.count - 1
        var slot = Self.slot(key, mask: mask)
        while values[slot] >= 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return -1
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
                if length <= word.count && word.bytes(from: 0, beginWith: bytes.baseAddress! + Int(starts[index]), count: length) {
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
