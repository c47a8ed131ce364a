import Foundation

/// The folding shared by aliases and scanned text, so that a spelling in the gazetteer and the
/// same name in an article reduce to the same bytes: lower case, no accents, apostrophes and
/// hyphens as word breaks, and the Arabic article dropped ("al-", "el-", "ad-", "ash-"…).
public enum NameFolding {
    /// The folded words joined by single spaces: `"d’Aïn al-Asad"` → `"d ain asad"`.
    public static func fold(_ s: String) -> String {
        let utf8 = Array(s.utf8)
        var words: [String] = []
        utf8.withUnsafeBufferPointer { buffer in
            WordScanner.forEachWord(in: buffer) { word in
                words.append(String(decoding: word.folded, as: UTF8.self))
            }
        }
        return words.joined(separator: " ")
    }
}

/// One word of text as `WordScanner.scan` folds it, before an Arabic article is joined to the
/// name after it. Extraction keeps these as its tokens and hands them back to the gazetteer, so a
/// document is folded once.
public struct ScannedWord: Sendable {
    /// UTF-8 offsets of the word in the text: from its first letter to just after its last.
    public var start: Int
    public var end: Int
    /// Where its folded bytes are in the scan's output buffer.
    public var foldedStart: Int
    public var foldedEnd: Int
    public var startsUppercase: Bool
    public var startsLowercase: Bool
    /// No lower-case letter (acronym aliases such as "BDSC" match only when written so).
    public var isAllUppercase: Bool
    /// A hyphen ends the word: "ad-", "as-"… are articles only then.
    public var hyphenFollows: Bool

    public init(start: Int, end: Int, foldedStart: Int, foldedEnd: Int, startsUppercase: Bool, startsLowercase: Bool,
                isAllUppercase: Bool, hyphenFollows: Bool) {
        self.start = start
        self.end = end
        self.foldedStart = foldedStart
        self.foldedEnd = foldedEnd
        self.startsUppercase = startsUppercase
        self.startsLowercase = startsLowercase
        self.isAllUppercase = isAllUppercase
        self.hyphenFollows = hyphenFollows
    }
}

/// One word of scanned text after folding, with an Arabic article before it joined to it.
struct FoldedWord {
    /// Folded bytes; valid only during the callback.
    let folded: UnsafeBufferPointer<UInt8>
    /// The first eight of them, packed (`PackedWordFilter.prefix`).
    let prefix: UInt64
    /// Byte offset of the word in the original text, moved back over an Arabic article that was
    /// dropped just before it, so that a match on "al-Anbar" spans the article too.
    let start: Int
    let end: Int
    /// The first letter is a capital (GeoNames names must be written capitalised).
    let startsUppercase: Bool
    /// No lower-case letter (acronym aliases such as "BDSC" match only when written so).
    let isAllUppercase: Bool
    /// An article was dropped just before the word ("al-Assad", not "Assad").
    let followsArticle: Bool
}

/// What one code point contributes to a folded word.
struct FoldAction {
    enum Kind: UInt8 {
        /// Ends a word.
        case wordBreak
        /// Ends a word; only "ad-", "as-"… before a hyphen are articles, so hyphens are told apart.
        case hyphen
        /// Vanishes inside a word: transliteration marks (` ʿ ʾ), combining accents, Arabic vowel signs.
        case ignore
        /// Appends `first` and, when not zero, `second` (æ → "ae").
        case letter
        /// A letter of another script, appended as written.
        case verbatim
    }
    var kind: Kind
    var first: UInt8 = 0
    var second: UInt8 = 0
    var upper = false
    var lower = false
}

/// Drops Arabic articles from a stream of scanned words and marks the word after one.
struct ArticleJoiner {
    private var articleStart = -1
    private var articleEnd = -1

    /// Feeds one word (its folded bytes in `folded`, which may go on past the scan's end); calls `body` unless the
    /// word is an article.
    @inline(__always)
    mutating func feed(_ word: ScannedWord, folded: UnsafeBufferPointer<UInt8>, _ body: (FoldedWord) -> Void) {
        let bytes = UnsafeBufferPointer(start: folded.baseAddress! + word.foldedStart,
                                        count: min(word.foldedEnd - word.foldedStart, WordScanner.maxWordBytes))
        // One load, unless the word is among the last seven bytes of the buffer.
        let prefix = word.foldedStart + 8 <= folded.count
            ? PackedWordFilter.prefix(loadedAt: bytes.baseAddress!, count: bytes.count) : PackedWordFilter.prefix(of: bytes)
        if WordScanner.isArticle(prefix: prefix, count: bytes.count, hyphenFollows: word.hyphenFollows) {
            if articleStart < 0 || word.start - articleEnd > 3 { articleStart = word.start }
            articleEnd = word.end
            return
        }
        let followsArticle = articleStart >= 0 && word.start - articleEnd <= 3
        let start = followsArticle ? articleStart : word.start
        articleStart = -1
        body(FoldedWord(folded: bytes, prefix: prefix, start: start, end: word.end, startsUppercase: word.startsUppercase, isAllUppercase: word.isAllUppercase,
                        followsArticle: followsArticle))
    }
}

public enum WordScanner {
    /// Longer words cannot be names; they are matched only up to this length.
    static let maxWordBytes = 96

    /// Folds `bytes` word by word, articles dropped. Invalid UTF-8 bytes break words.
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (FoldedWord) -> Void) {
        let folded = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + 8)
        folded.initialize(repeating: 0)
        defer { folded.deallocate() }
        var joiner = ArticleJoiner()
        _ = scan(bytes, from: 0, into: folded.baseAddress!) { word in joiner.feed(word, folded: UnsafeBufferPointer(folded), body) }
    }

    /// Folds `bytes` from `start` word by word into `folded` (room for `bytes.count` bytes: no
    /// letter folds longer than it is written), articles kept; returns the folded length.
    /// Invalid UTF-8 bytes break words.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into folded: UnsafeMutablePointer<UInt8>,
                            _ body: (ScannedWord) -> Void) -> Int {
        asciiClass.withUnsafeBufferPointer { ascii in
            latinTable.withUnsafeBufferPointer { latin in
                scan(bytes, from: start, into: folded, ascii: ascii, latin: latin, body)
            }
        }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into out: UnsafeMutablePointer<UInt8>,
                             ascii: UnsafeBufferPointer<UInt8>, latin: UnsafeBufferPointer<FoldAction>,
                             _ body: (ScannedWord) -> Void) -> Int {
        let count = bytes.count
        var outCount = 0
        var word = ScannedWord(start: -1, end: 0, foldedStart: 0, foldedEnd: 0, startsUppercase: false,
                               startsLowercase: false, isAllUppercase: true, hyphenFollows: false)

        @inline(__always)
        func finishWord(hyphenFollows: Bool) {
            guard word.start >= 0 else { return }
            word.foldedEnd = outCount
            word.hyphenFollows = hyphenFollows
            body(word)
            word.start = -1
        }

        @inline(__always)
        func beginWord(at i: Int, upper: Bool, lower: Bool) {
            word.start = i
            word.foldedStart = outCount
            word.startsUppercase = upper
            word.startsLowercase = lower
            word.isAllUppercase = true
        }

        var i = start
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                // ASCII fast path: most news text is ASCII.
                var folded = ascii[Int(lead)]
                if folded >= Self.asciiWordMinimum {
                    if word.start < 0 { beginWord(at: i, upper: lead <= 0x5A && lead >= 0x41, lower: lead >= 0x61) }
                    // The rest of the run of letters and digits, folded in one loop.
                    var next = i
                    var byte = lead
                    var allUpper = word.isAllUppercase
                    repeat {
                        allUpper = allUpper && byte < 0x61
                        out[outCount] = folded
                        outCount &+= 1
                        next &+= 1
                        byte = next < count ? bytes[next] : 0
                        // Bytes from 0x80 are 0 in the table: they end the run, and the loop below reads their scalar.
                        folded = ascii[Int(byte)]
                    } while folded >= Self.asciiWordMinimum
                    word.isAllUppercase = allUpper
                    word.end = next
                    i = next
                    continue
                }
                switch folded {
                case Self.asciiIgnore: break
                case Self.asciiHyphen: finishWord(hyphenFollows: true)
                default: finishWord(hyphenFollows: false)
                }
                i += 1
                continue
            }
            let (scalar, width) = decode(bytes, at: i, count: count)
            let action = latinIndex(scalar).map { latin[$0] } ?? foldAction(for: scalar)
            switch action.kind {
            case .letter, .verbatim:
                if word.start < 0 { beginWord(at: i, upper: action.upper, lower: action.lower) }
                if action.lower { word.isAllUppercase = false }
                if action.kind == .letter {
                    out[outCount] = action.first
                    outCount += 1
                    if action.second != 0 {
                        out[outCount] = action.second
                        outCount += 1
                    }
                } else {
                    for k in i..<(i + width) {
                        out[outCount] = bytes[k]
                        outCount += 1
                    }
                }
                word.end = i + width
            case .ignore:
                break
            case .hyphen:
                finishWord(hyphenFollows: true)
            case .wordBreak:
                finishWord(hyphenFollows: false)
            }
            i += width
        }
        finishWord(hyphenFollows: false)
        return outCount
    }

    /// The folded byte of each ASCII letter and digit (`asciiWordMinimum` or more); for other bytes, what
    /// they do to a word: `asciiIgnore` (a backtick: a transliterated ayn inside a word), `asciiHyphen`,
    /// or 0, a word break. Bytes from 0x80 are 0 too, so that a run of ASCII letters stops at them with one lookup.
    private static let asciiClass: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 0x61...0x7A, 0x30...0x39: UInt8(b)
        case 0x41...0x5A: UInt8(b | 0x20)
        case 0x60: asciiIgnore
        case 0x2D: asciiHyphen
        default: 0
        }
    }
    private static let asciiIgnore: UInt8 = 1
    private static let asciiHyphen: UInt8 = 2
    private static let asciiWordMinimum: UInt8 = 0x30

    /// "al" and "el" are articles wherever they stand; the sun-letter forms are English or French
    /// words on their own ("as", "an", "et", "en"), so they count only when a hyphen ties them to a name.
    @inline(__always)
    static func isArticle(prefix: UInt64, count: Int, hyphenFollows: Bool) -> Bool {
        guard count == 2 || count == 3 else { return false }
        if prefix == alPrefix || prefix == elPrefix { return true }
        return hyphenFollows && hyphenArticles.contains(prefix)
    }

    private static let alPrefix = PackedWordFilter.prefix(of: "al".utf8)
    private static let elPrefix = PackedWordFilter.prefix(of: "el".utf8)
    private static let hyphenArticles = ["ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et", "ez", "ul"]
        .map { PackedWordFilter.prefix(of: $0.utf8) }

    /// Decodes one scalar; an invalid sequence yields U+FFFD over one byte.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, count: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[i])
        let width: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: width = 2; scalar = lead & 0x1F
        case 0xE0...0xEF: width = 3; scalar = lead & 0x0F
        case 0xF0...0xF4: width = 4; scalar = lead & 0x07
        default: return (0xFFFD, 1)
        }
        guard i + width <= count else { return (0xFFFD, 1) }
        for k in 1..<width {
            let next = UInt32(bytes[i + k])
            guard next & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            scalar = scalar << 6 | (next & 0x3F)
        }
        return (scalar, width)
    }

    /// Code points outside ASCII and the Latin letter table.
    private static func foldAction(for scalar: UInt32) -> FoldAction {
        switch scalar {
        case 0x02BB...0x02BF, 0x0300...0x036F, 0x0640, 0x064B...0x065F, 0x0670:
            // ʻ ʼ ʽ ʾ ʿ transliteration marks, combining accents, Arabic tatweel and vowel signs
            return FoldAction(kind: .ignore)
        case 0x2010...0x2015, 0x2212:
            return FoldAction(kind: .hyphen)
        case 0x060C, 0x061B, 0x061F, 0x0660...0x066D, 0x06D4:
            return FoldAction(kind: .wordBreak)  // Arabic punctuation and digits
        case 0x0370...0x03FF, 0x0400...0x04FF, 0x0590...0x05FF, 0x0600...0x06FF, 0x0750...0x077F:
            // Greek, Cyrillic, Hebrew and Arabic letters are kept as written: Arabic aliases match Arabic text.
            return FoldAction(kind: .verbatim)
        default:
            return FoldAction(kind: .wordBreak)
        }
    }

    /// Latin letters with diacritics: U+00C0…U+024F (Latin-1, Extended-A and -B) followed by
    /// U+1E00…U+1EFF (Latin Extended Additional: the ḥ ṣ ṭ ẓ of scholarly transliteration).
    static let latinRanges: (first: ClosedRange<UInt32>, second: ClosedRange<UInt32>) = (0x00C0...0x024F, 0x1E00...0x1EFF)

    @inline(__always)
    static func latinIndex(_ scalar: UInt32) -> Int? {
        if latinRanges.first.contains(scalar) { return Int(scalar - latinRanges.first.lowerBound) }
        if latinRanges.second.contains(scalar) {
            return latinRanges.first.count + Int(scalar - latinRanges.second.lowerBound)
        }
        return nil
    }

    /// Each letter folded to its ASCII base by canonical decomposition, except the letters that
    /// do not decompose (ligatures, stroked letters), which are listed.
    static let latinTable: [FoldAction] = {
        let undecomposable: [Character: String] = [
            "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
            "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ħ": "h", "Ħ": "h", "ı": "i", "ł": "l", "Ł": "l", "ŀ": "l",
            "Ŀ": "l", "ŧ": "t", "Ŧ": "t", "ĸ": "k", "ŋ": "n", "Ŋ": "n", "ŉ": "n", "Ĳ": "ij", "ĳ": "ij",
        ]
        let scalars = Array(latinRanges.first) + Array(latinRanges.second)
        return scalars.map { value -> FoldAction in
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else {
                return FoldAction(kind: .wordBreak)
            }
            let character = Character(scalar)
            let base = undecomposable[character]
                ?? String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first
                    .flatMap { $0.isASCII && $0.properties.isAlphabetic ? String($0).lowercased() : nil }
            guard let folded = base.map({ Array($0.utf8) }) else { return FoldAction(kind: .verbatim) }
            return FoldAction(kind: .letter, first: folded[0], second: folded.count > 1 ? folded[1] : 0,
                              upper: scalar.properties.isUppercase, lower: scalar.properties.isLowercase)
        }
    }()
}
