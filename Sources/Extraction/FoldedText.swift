import Gazetteer

/// A word of a document: where it is in the original UTF-8 bytes and in the folded
/// (lower-case, accent-free ASCII) buffer the lexicon is matched against.
struct Token {
    var start: Int32
    var end: Int32
    var foldStart: Int32
    var foldEnd: Int32
    var sentence: Int32
    var paragraph: Int32
    /// The last punctuation byte between the previous token and this one (0 if only spaces).
    var punctuationBefore: UInt8
    var isCapitalized: Bool
    var isAllUppercase: Bool
    var hyphenFollows: Bool

    /// The word as the gazetteer reads it (which does not ask whether it starts in lower case).
    var scannedWord: ScannedWord {
        ScannedWord(start: Int(start), end: Int(end), foldedStart: Int(foldStart), foldedEnd: Int(foldEnd),
                    startsUppercase: isCapitalized, startsLowercase: false, isAllUppercase: isAllUppercase,
                    hyphenFollows: hyphenFollows)
    }
}

/// A few folded words (lower case, no accents), compared as bytes. The rules ask these lists about
/// token after token, so words of up to eight bytes are kept packed into one integer each (a folded
/// word holds no zero byte, so the packing tells lengths apart) and a question is a scan of integers.
struct FoldedWords {
    private let packed: [UInt64]
    private let long: [[UInt8]]

    init(_ words: [String]) {
        let bytes = words.map { Array($0.utf8) }
        packed = bytes.filter { $0.count <= 8 }.map(PackedWordFilter.prefix)
        long = bytes.filter { $0.count > 8 }
    }

    func contains(_ bytes: ArraySlice<UInt8>) -> Bool {
        contains(packed: bytes.count <= 8 ? PackedWordFilter.prefix(of: bytes) : 0, bytes)
    }

    /// `contains` for a word already packed (`PackedWordFilter.prefix`); 0 stands for a word longer than eight bytes,
    /// the only one whose bytes are read (a slice of a token's bytes costs a retain and a release of the text).
    func contains<Bytes: Collection<UInt8>>(packed key: UInt64, _ bytes: @autoclosure () -> Bytes) -> Bool {
        guard key == 0 else { return packed.contains(key) }
        let bytes = bytes()
        return long.contains { $0.count == bytes.count && $0.elementsEqual(bytes) }
    }
}

extension FoldedWords {
    /// "the", « le », « la », « l' »: the singular definite articles, which the rules of dates and sentences both skip.
    static let singularDefiniteArticles = FoldedWords(["the", "le", "la", "l"])
    /// « le », « la », « l' » before a time of day: « à l'aube », « le 3 au soir », « vers la mi-journée ».
    static let frenchSingularDefiniteArticles = FoldedWords(["l", "la", "le"])
}

struct Sentence {
    var tokens: Range<Int>
    var paragraph: Int
}

/// One pass over a document's bytes: folding, tokens, sentences, paragraphs.
/// Words are folded by the gazetteer's scanner (lower case, Latin letters to their base letters), so
/// that "aéroport" and "aeroport" meet the same lexicon entry and place names are found on the same tokens.
struct FoldedText {
    let bytes: [UInt8]
    private(set) var folded: [UInt8] = []
    private(set) var tokens: [Token] = []
    private(set) var sentences: [Sentence] = []
    /// For each token, how many clause breaks (, ; : ( ) before a token) come up to and including it,
    /// so that the breaks between two tokens are a subtraction.
    private var clauseBreaksThrough: [Int32] = []
    /// Each token's folded bytes packed as `FoldedWords` keeps its words (0 for more than eight bytes).
    private(set) var packedTokens: [UInt64] = []

    init(bytes: [UInt8], from startOffset: Int = 0) {
        self.bytes = bytes
        tokenize(from: startOffset)
    }

    func foldedBytes(of index: Int) -> ArraySlice<UInt8> {
        let t = tokens[index]
        return folded[Int(t.foldStart)..<Int(t.foldEnd)]
    }

    /// Whether token `index` is one of `words`; compares bytes, so scanning every token of a
    /// sentence builds no strings.
    func token(_ index: Int, isOneOf words: FoldedWords) -> Bool {
        words.contains(packed: packedTokens[index], foldedBytes(of: index))
    }

    func foldedString(of index: Int) -> String { String(decoding: foldedBytes(of: index), as: UTF8.self) }

    func original(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The value of an all-digit token.
    func number(at index: Int) -> Int? {
        // Read in place: a slice of the folded bytes would cost a retain and a release, and most tokens asked are words.
        let token = tokens[index]
        let bytes = Int(token.foldStart)..<Int(token.foldEnd)
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for i in bytes {
            let b = folded[i]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    /// Clause breaks in front of the tokens `from + 1 ... to` (0 when `to` is not after `from`).
    func clauseBreaks(from: Int, to: Int) -> Int {
        guard from < to else { return 0 }
        return Int(clauseBreaksThrough[to] - clauseBreaksThrough[from])
    }

    static func isClauseBreak(_ punctuation: UInt8) -> Bool {
        punctuation == 0x2C || punctuation == 0x3B || punctuation == 0x3A || punctuation == 0x28 || punctuation == 0x29
    }

    /// Index of the first token starting at or after `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private static let abbreviations = FoldedWords(
        ["env", "mr", "mrs", "ms", "dr", "st", "mt", "col", "gen", "lt", "sgt", "capt", "cpt", "no", "vol",
         "jan", "feb", "fev", "mar", "apr", "avr", "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov", "dec", "etc", "approx", "vs", "av", "bd", "mme", "mlle"])

    /// The gazetteer's scanner folds the words (so that place names are matched on the same tokens);
    /// sentences and paragraphs come from the bytes between words.
    private mutating func tokenize(from startOffset: Int) {
        // A letter folds to at most as many bytes as it takes in UTF-8, so the text's length suffices; eight
        // zero bytes more let a token's bytes be packed with one load.
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + 8)
        out.initialize(repeating: 0, count: bytes.count + 8)
        defer { out.deallocate() }
        // Two words are at least one byte apart, so a text of n bytes holds at most (n + 1) / 2 of them: the token
        // columns are written in place at that capacity, never grown nor copied.
        let capacity = (bytes.count - startOffset + 1) / 2 + 1
        let bytes = self.bytes
        var foldedCount = 0
        var sentences: [Sentence] = []
        var clauseBreaksThrough: [Int32] = []
        var packedTokens: [UInt64] = []
        tokens = [Token](unsafeUninitializedCapacity: capacity) { tokens, tokenCount in
            clauseBreaksThrough = [Int32](unsafeUninitializedCapacity: capacity) { clauseBreaks, clauseBreakCount in
                packedTokens = [UInt64](unsafeUninitializedCapacity: capacity) { packed, packedCount in
                    var builder = TokenBuilder(out: out, tokens: tokens.baseAddress!, clauseBreaksThrough: clauseBreaks.baseAddress!,
                                               packedTokens: packed.baseAddress!)
                    foldedCount = bytes.withUnsafeBufferPointer { bytes in
                        var previousEnd = startOffset
                        let count = WordScanner.scan(bytes, from: startOffset, into: out) { word in
                            // Most words follow a single space, which changes nothing `add` has not just reset.
                            if word.start != previousEnd + 1 || bytes[previousEnd] != 0x20 {
                                builder.scanGap(bytes, previousEnd..<word.start)
                            }
                            builder.add(word)
                            previousEnd = word.end
                        }
                        builder.scanGap(bytes, previousEnd..<bytes.count)
                        return count
                    }
                    builder.closeSentence()
                    sentences = builder.sentences
                    packedCount = builder.count
                }
                clauseBreakCount = packedTokens.count
            }
            tokenCount = packedTokens.count
        }
        self.clauseBreaksThrough = clauseBreaksThrough
        self.packedTokens = packedTokens
        self.sentences = sentences
        folded = Array(UnsafeBufferPointer(start: out, count: foldedCount))
    }

    /// Tokens, sentences and paragraphs, built word by word.
    /// The token columns are written through pointers into arrays made large enough for any text: three array appends
    /// per word, each checking uniqueness and capacity, cost more than the rest of building a token.
    private struct TokenBuilder {
        let out: UnsafeMutablePointer<UInt8>
        let tokens: UnsafeMutablePointer<Token>
        let clauseBreaksThrough: UnsafeMutablePointer<Int32>
        let packedTokens: UnsafeMutablePointer<UInt64>
        var sentences: [Sentence] = []
        var state = ScanState()
        private var clauseBreaks: Int32 = 0
        private(set) var count = 0

        init(out: UnsafeMutablePointer<UInt8>, tokens: UnsafeMutablePointer<Token>, clauseBreaksThrough: UnsafeMutablePointer<Int32>,
             packedTokens: UnsafeMutablePointer<UInt64>) {
            self.out = out
            self.tokens = tokens
            self.clauseBreaksThrough = clauseBreaksThrough
            self.packedTokens = packedTokens
        }

        /// Punctuation, spaces and line breaks between two words.
        mutating func scanGap(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) {
            var i = gap.lowerBound
            while i < gap.upperBound {
                let b = bytes[i]
                if b < 0x80 {
                    switch b {
                    case 0x0A: state.newlines += 1
                    case 0x2E, 0x21, 0x3F:
                        state.sawSentenceEnd = true
                        state.sawSpaceAfterEnd = false
                        state.punctuation = b
                    case 0x20, 0x09, 0x0D:
                        if state.sawSentenceEnd { state.sawSpaceAfterEnd = true }
                    default:
                        state.punctuation = b
                    }
                    i += 1
                    continue
                }
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                var scalar: UInt32 = 0
                if length == 2, i + 1 < gap.upperBound {
                    scalar = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                } else if length == 3, i + 2 < gap.upperBound {
                    scalar = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                }
                switch scalar {
                case 0x2026:
                    state.sawSentenceEnd = true
                    state.sawSpaceAfterEnd = false
                case 0xA0, 0x202F, 0x2009:
                    if state.sawSentenceEnd { state.sawSpaceAfterEnd = true }
                case 0x2018, 0x2019, 0x02BC: state.punctuation = 0x27
                case 0x2013, 0x2014: state.punctuation = 0x2D
                case 0xAB, 0xBB, 0x201C, 0x201D: state.punctuation = 0x22
                default: break
                }
                i += min(length, gap.upperBound - i)
            }
        }

        mutating func closeSentence() {
            if state.sentence >= 0 && count > state.sentenceFirstToken {
                sentences.append(Sentence(tokens: state.sentenceFirstToken..<count, paragraph: Int(state.paragraph)))
            }
        }

        mutating func add(_ word: ScannedWord) {
            let startsLower = word.startsLowercase
            var newParagraph = state.paragraph < 0 || state.newlines >= 2 || (state.newlines == 1 && !startsLower)
            var newSentence = newParagraph
            if !newSentence && state.sawSentenceEnd && state.sawSpaceAfterEnd && !startsLower, count > 0 {
                let last = tokens[count - 1]
                let lastWord = UnsafeBufferPointer(start: out + Int(last.foldStart), count: Int(last.foldEnd - last.foldStart))
                let isInitial = lastWord.count == 1 && !(lastWord[0] >= 0x30 && lastWord[0] <= 0x39)
                newSentence = !isInitial && !FoldedText.abbreviations.contains(packed: packedTokens[count - 1], lastWord)
            }
            if state.newlines == 1 && startsLower { newParagraph = false }
            if newSentence {
                closeSentence()
                state.sentence += 1
                state.sentenceFirstToken = count
                if newParagraph { state.paragraph += 1 }
            }
            (tokens + count).initialize(to: Token(
                start: Int32(word.start), end: Int32(word.end), foldStart: Int32(word.foldedStart),
                foldEnd: Int32(word.foldedEnd), sentence: state.sentence, paragraph: state.paragraph,
                punctuationBefore: state.punctuation, isCapitalized: word.startsUppercase,
                isAllUppercase: word.isAllUppercase, hyphenFollows: word.hyphenFollows))
            if FoldedText.isClauseBreak(state.punctuation) { clauseBreaks += 1 }
            (clauseBreaksThrough + count).initialize(to: clauseBreaks)
            // The folded buffer has eight bytes to spare.
            let length = word.foldedEnd - word.foldedStart
            (packedTokens + count).initialize(to: length > 8 ? 0 : PackedWordFilter.prefix(loadedAt: out + word.foldedStart, count: length))
            count += 1
            state.punctuation = 0
            state.newlines = 0
            state.sawSentenceEnd = false
            state.sawSpaceAfterEnd = false
        }
    }

    /// What the scan has seen since the last token.
    private struct ScanState {
        var punctuation: UInt8 = 0
        var newlines = 0
        var sawSentenceEnd = false
        var sawSpaceAfterEnd = false
        var sentence: Int32 = -1
        var paragraph: Int32 = -1
        var sentenceFirstToken = 0
    }
}
