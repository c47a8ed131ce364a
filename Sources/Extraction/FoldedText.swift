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
}

struct Sentence {
    var tokens: Range<Int>
    var paragraph: Int
}

/// One pass over a document's bytes: folding, tokens, sentences, paragraphs.
/// Folding maps Latin letters with diacritics to their base letters so that
/// "aéroport" and "aeroport" meet the same lexicon entry.
struct FoldedText {
    let bytes: [UInt8]
    private(set) var folded: [UInt8] = []
    private(set) var tokens: [Token] = []
    private(set) var sentences: [Sentence] = []

    init(bytes: [UInt8], from startOffset: Int = 0) {
        self.bytes = bytes
        folded.reserveCapacity(bytes.count)
        tokens.reserveCapacity(bytes.count / 5)
        tokenize(from: startOffset)
    }

    func foldedBytes(of index: Int) -> ArraySlice<UInt8> {
        let t = tokens[index]
        return folded[Int(t.foldStart)..<Int(t.foldEnd)]
    }

    func foldedString(of index: Int) -> String { String(decoding: foldedBytes(of: index), as: UTF8.self) }

    func original(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The value of an all-digit token.
    func number(at index: Int) -> Int? {
        let slice = foldedBytes(of: index)
        guard !slice.isEmpty, slice.count <= 9 else { return nil }
        var value = 0
        for b in slice {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
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

    private static let abbreviations: Set<[UInt8]> = Set(
        ["env", "mr", "mrs", "ms", "dr", "st", "mt", "col", "gen", "lt", "sgt", "capt", "cpt", "no", "vol",
         "jan", "feb", "fev", "aug", "sep", "sept", "oct", "nov", "dec", "etc", "approx", "vs", "av", "bd", "mme", "mlle"]
            .map { Array($0.utf8) })

    private mutating func tokenize(from startOffset: Int) {
        let n = bytes.count
        var i = startOffset
        var inToken = false
        var tokenStart = 0
        var tokenFoldStart = 0
        var state = ScanState()
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                let isDigit = b >= 0x30 && b <= 0x39
                let isUpper = b >= 0x41 && b <= 0x5A
                let isLower = b >= 0x61 && b <= 0x7A
                if isDigit || isUpper || isLower {
                    if !inToken {
                        beginToken(at: i, firstByte: b, secondByte: 0, &state)
                        inToken = true
                        tokenStart = i
                        tokenFoldStart = folded.count
                    }
                    folded.append(isUpper ? b | 0x20 : b)
                    i += 1
                    continue
                }
                if inToken { finishToken(end: i, foldStart: tokenFoldStart, start: tokenStart); inToken = false }
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
            // Multi-byte UTF-8 sequence.
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            var scalar: UInt32 = 0
            if length == 2, i + 1 < n {
                scalar = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
            } else if length == 3, i + 2 < n {
                scalar = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            }
            if scalar >= 0xC0 && scalar < 0x180, let base = FoldedText.latinBase[Int(scalar - 0xC0)], !base.isEmpty {
                if !inToken {
                    beginToken(at: i, firstByte: b, secondByte: i + 1 < n ? bytes[i + 1] : 0, &state)
                    inToken = true
                    tokenStart = i
                    tokenFoldStart = folded.count
                }
                folded.append(contentsOf: base)
                i += length
                continue
            }
            if inToken { finishToken(end: i, foldStart: tokenFoldStart, start: tokenStart); inToken = false }
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
            i += min(length, n - i)
        }
        if inToken { finishToken(end: n, foldStart: tokenFoldStart, start: tokenStart) }
        closeSentence(&state)
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

    private mutating func closeSentence(_ state: inout ScanState) {
        if state.sentence >= 0 && tokens.count > state.sentenceFirstToken {
            sentences.append(Sentence(tokens: state.sentenceFirstToken..<tokens.count, paragraph: Int(state.paragraph)))
        }
    }

    private mutating func beginToken(at offset: Int, firstByte: UInt8, secondByte: UInt8, _ state: inout ScanState) {
        let startsLower = (firstByte >= 0x61 && firstByte <= 0x7A) || (firstByte == 0xC3 && secondByte >= 0x9F)
        let capitalized = (firstByte >= 0x41 && firstByte <= 0x5A) || (firstByte == 0xC3 && secondByte >= 0x80 && secondByte <= 0x9E)
        var newParagraph = state.paragraph < 0 || state.newlines >= 2 || (state.newlines == 1 && !startsLower)
        var newSentence = newParagraph
        if !newSentence && state.sawSentenceEnd && state.sawSpaceAfterEnd && !startsLower, let last = tokens.last {
            let lastWord = Array(folded[Int(last.foldStart)..<Int(last.foldEnd)])
            let isInitial = lastWord.count == 1 && !(lastWord[0] >= 0x30 && lastWord[0] <= 0x39)
            newSentence = !isInitial && !FoldedText.abbreviations.contains(lastWord)
        }
        if state.newlines == 1 && startsLower { newParagraph = false }
        if newSentence {
            closeSentence(&state)
            state.sentence += 1
            state.sentenceFirstToken = tokens.count
            if newParagraph { state.paragraph += 1 }
        }
        tokens.append(Token(start: Int32(offset), end: Int32(offset), foldStart: Int32(folded.count),
                            foldEnd: Int32(folded.count), sentence: state.sentence, paragraph: state.paragraph,
                            punctuationBefore: state.punctuation, isCapitalized: capitalized))
        state.punctuation = 0
        state.newlines = 0
        state.sawSentenceEnd = false
        state.sawSpaceAfterEnd = false
    }

    private mutating func finishToken(end: Int, foldStart: Int, start: Int) {
        tokens[tokens.count - 1].end = Int32(end)
        tokens[tokens.count - 1].foldEnd = Int32(folded.count)
    }

    /// Base letters of U+00C0…U+017F (empty: not a letter).
    private static let latinBase: [[UInt8]?] = {
        let table = "a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y|a|a|a|a|a|a|c|c|c|c|c|c|c|c|d|d|d|d|e|e|e|e|e|e|e|e|e|e|g|g|g|g|g|g|g|g|h|h|h|h|i|i|i|i|i|i|i|i|i|i|ij|ij|j|j|k|k|k|l|l|l|l|l|l|l|l|l|l|n|n|n|n|n|n|n|n|n|o|o|o|o|o|o|oe|oe|r|r|r|r|r|r|s|s|s|s|s|s|s|s|t|t|t|t|t|t|u|u|u|u|u|u|u|u|u|u|u|u|w|w|y|y|y|z|z|z|z|z|z|s"
        return table.split(separator: "|", omittingEmptySubsequences: false).map { Array($0.utf8) }
    }()
}
