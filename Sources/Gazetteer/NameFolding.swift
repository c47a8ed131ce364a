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

    /// What one Latin letter with diacritics (U+00C0…U+024F, U+1E00…U+1EFF) folds to, so that other
    /// scanners fold exactly as names do; nil for other scalars and for letters with no ASCII base.
    @inline(__always)
    public static func latinLetter(_ scalar: UInt32) -> FoldedLetter? {
        guard let index = WordScanner.latinIndex(scalar) else { return nil }
        let action = WordScanner.latinTable[index]
        guard action.kind == .letter else { return nil }
        return FoldedLetter(first: action.first, second: action.second, isUppercase: action.upper, isLowercase: action.lower)
    }
}

/// A letter folded to lower-case ASCII: one byte, or two for ligatures ("æ" → "ae", "ß" → "ss").
public struct FoldedLetter: Sendable, Equatable {
    public let first: UInt8
    /// 0 when the letter folds to one byte.
    public let second: UInt8
    public let isUppercase: Bool
    public let isLowercase: Bool
}

/// One word of scanned text after folding.
struct FoldedWord {
    /// Folded bytes; valid only during the callback.
    let folded: UnsafeBufferPointer<UInt8>
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

enum WordScanner {
    /// Longer words cannot be names; they are folded only up to this length.
    static let maxWordBytes = 96

    /// Folds `bytes` word by word. Invalid UTF-8 bytes break words.
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (FoldedWord) -> Void) {
        asciiClass.withUnsafeBufferPointer { ascii in
            latinTable.withUnsafeBufferPointer { latin in
                forEachWord(in: bytes, ascii: ascii, latin: latin, body)
            }
        }
    }

    private static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<UInt8>,
                                    latin: UnsafeBufferPointer<FoldAction>, _ body: (FoldedWord) -> Void) {
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: maxWordBytes)
        defer { scratch.deallocate() }
        let count = bytes.count
        var wordLength = 0
        var wordStart = -1
        var wordEnd = 0
        var startsUppercase = false
        var isAllUppercase = true
        var articleStart = -1
        var articleEnd = -1

        func finishWord(hyphenFollows: Bool) {
            defer { wordStart = -1; wordLength = 0 }
            if wordLength == 0 { return }
            let word = UnsafeBufferPointer(start: scratch, count: min(wordLength, maxWordBytes))
            if isArticle(word, hyphenFollows: hyphenFollows) {
                if articleStart < 0 || wordStart - articleEnd > 3 { articleStart = wordStart }
                articleEnd = wordEnd
                return
            }
            let followsArticle = articleStart >= 0 && wordStart - articleEnd <= 3
            let start = followsArticle ? articleStart : wordStart
            articleStart = -1
            body(FoldedWord(folded: word, start: start, end: wordEnd, startsUppercase: startsUppercase,
                            isAllUppercase: isAllUppercase, followsArticle: followsArticle))
        }

        @inline(__always)
        func append(_ byte: UInt8) {
            if wordLength < maxWordBytes { scratch[wordLength] = byte }
            wordLength += 1
        }

        var i = 0
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                // ASCII fast path: most news text is ASCII.
                switch ascii[Int(lead)] {
                case 1, 2: // small letter or digit, capital
                    if wordStart < 0 { wordStart = i; startsUppercase = lead <= 0x5A && lead >= 0x41; isAllUppercase = true }
                    // The rest of the run of letters and digits, folded in one loop.
                    var next = i
                    repeat {
                        let byte = bytes[next]
                        if byte >= 0x61 { isAllUppercase = false }
                        append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                        next += 1
                    } while next < count && bytes[next] < 0x80 && (ascii[Int(bytes[next])] == 1 || ascii[Int(bytes[next])] == 2)
                    wordEnd = next
                    i = next
                    continue
                case 3: // backtick: a transliterated ayn inside a word
                    break
                case 4:
                    finishWord(hyphenFollows: true)
                default:
                    finishWord(hyphenFollows: false)
                }
                i += 1
                continue
            }
            let (scalar, width) = decode(bytes, at: i, count: count)
            let action = latinIndex(scalar).map { latin[$0] } ?? foldAction(for: scalar)
            switch action.kind {
            case .letter, .verbatim:
                if wordStart < 0 { wordStart = i; startsUppercase = action.upper; isAllUppercase = true }
                if action.lower { isAllUppercase = false }
                if action.kind == .letter {
                    append(action.first)
                    if action.second != 0 { append(action.second) }
                } else {
                    for k in i..<(i + width) { append(bytes[k]) }
                }
                wordEnd = i + width
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
    }

    /// 1 small letter or digit, 2 capital, 3 ignored, 4 hyphen, 0 other break.
    private static let asciiClass: [UInt8] = (0..<128).map { b -> UInt8 in
        switch b {
        case 0x61...0x7A, 0x30...0x39: 1
        case 0x41...0x5A: 2
        case 0x60: 3
        case 0x2D: 4
        default: 0
        }
    }

    /// "al" and "el" are articles wherever they stand; the sun-letter forms are English or French
    /// words on their own ("as", "an", "et", "en"), so they count only when a hyphen ties them to a name.
    @inline(__always)
    private static func isArticle(_ word: UnsafeBufferPointer<UInt8>, hyphenFollows: Bool) -> Bool {
        var packed: UInt32 = 0
        switch word.count {
        case 2: packed = UInt32(word[0]) << 8 | UInt32(word[1])
        case 3: packed = UInt32(word[0]) << 16 | UInt32(word[1]) << 8 | UInt32(word[2])
        default: return false
        }
        if packed == alPacked || packed == elPacked { return true }
        return hyphenFollows && hyphenArticles.contains(packed)
    }

    private static func pack(_ s: StaticString) -> UInt32 {
        var packed: UInt32 = 0
        for k in 0..<s.utf8CodeUnitCount { packed = packed << 8 | UInt32(s.utf8Start[k]) }
        return packed
    }
    private static let alPacked = pack("al")
    private static let elPacked = pack("el")
    private static let hyphenArticles: [UInt32] = [
        pack("ad"), pack("adh"), pack("an"), pack("ar"), pack("as"), pack("ash"), pack("at"), pack("ath"),
        pack("az"), pack("ed"), pack("en"), pack("er"), pack("es"), pack("et"), pack("ez"), pack("ul"),
    ]

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
