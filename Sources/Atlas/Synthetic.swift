import Extraction
import Foundation
import GeoJSON
import Gazetteer

/// SplitMix64: a small, fast, seedable generator, so synthetic data is the same for the same seed
/// on every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Benchmark inputs: news articles recombined from the sentences of real ones, dense articles made of
/// attack templates, and events as GeoJSON features.
public enum Synthetic {
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let frenchWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let frenchCounts = ["deux", "trois", "quatre", "cinq", "au moins deux", "au moins trois", "plusieurs"]
    static let englishCounts = ["two", "three", "four", "five", "at least two", "at least three", "several"]

    static let frenchEvents = [
        "{count} roquettes ont frappé {place} {when}, selon un responsable de la sécurité.",
        "Un drone armé a été abattu au-dessus de {place} {when}, a indiqué la coalition.",
        "{count} drones piégés visant {place} ont été interceptés par le système C-RAM {when}.",
        "Des tirs de roquettes ont visé {place} {when} sans faire de victime.",
        "Une attaque au drone contre {place} a été signalée {when}; les dégâts sont en cours d'évaluation.",
        "{count} missiles balistiques ont touché {place} {when}, faisant {casualties} blessés.",
        "Des obus de mortier sont tombés près de {place} {when}, a rapporté l'agence.",
    ]
    static let englishEvents = [
        "{count} rockets hit {place} {when}, a security official said.",
        "An armed drone was shot down over {place} {when}, the coalition said.",
        "{count} explosive-laden drones targeting {place} were intercepted by C-RAM {when}.",
        "Rockets were fired at {place} {when}, causing no casualties.",
        "A drone attack on {place} was reported {when}; damage is being assessed.",
        "{count} ballistic missiles struck {place} {when}, wounding {casualties} people.",
        "Mortar rounds landed near {place} {when}, the agency reported.",
    ]
    static let frenchFiller = [
        "Les autorités ont ouvert une enquête et n'ont pas désigné de responsable.",
        "Ces attaques sont souvent imputées à des factions armées soutenues par l'Iran.",
        "La coalition internationale conserve quelques milliers de soldats dans la région.",
        "Le gouvernement a condamné une violation de la souveraineté nationale.",
        "Aucun groupe n'a revendiqué l'opération dans l'immédiat.",
    ]
    static let englishFiller = [
        "Authorities opened an investigation and did not name anyone responsible.",
        "Such attacks are often blamed on Iran-backed armed factions.",
        "The international coalition keeps a few thousand troops in the region.",
        "The government condemned a violation of national sovereignty.",
        "No group immediately claimed responsibility for the operation.",
    ]

    /// Dense template articles, a stress input: two sentences in three report an attack on one of the
    /// gazetteer's curated places. French and English alternate until `totalBytes` of text, each with
    /// a ` date YYYY-MM` header like the seeds. Returns (file name, text) pairs.
    public static func articles(places: [Place], totalBytes: Int, seed: UInt64) -> [(name: String, text: String)] {
        var random = SeededGenerator(seed: seed)
        let names = places.filter { $0.tier == .curated && $0.kind != .country }.flatMap { place in place.aliases.prefix(3) }
        precondition(!names.isEmpty, "the gazetteer has no curated places to write about")
        var result: [(String, String)] = []
        var written = 0
        while written < totalBytes {
            let french = result.count.isMultiple(of: 2)
            let year = Int.random(in: 2019...2024, using: &random)
            let month = Int.random(in: 1...12, using: &random)
            var text = " date \(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2)) "
            for sentenceIndex in 0..<Int.random(in: 8...20, using: &random) {
                if sentenceIndex % 3 == 2 {
                    text += (french ? frenchFiller : englishFiller).randomElement(using: &random)!
                } else {
                    let day = Int.random(in: 1...28, using: &random)
                    let when: String = Bool.random(using: &random)
                        ? (french ? "\((frenchWeekdays.randomElement(using: &random))!) soir" : "on \((englishWeekdays.randomElement(using: &random))!) night")
                        : (french ? "le \(day) \(frenchMonths[month - 1]) \(year)" : "on \(englishMonths[month - 1]) \(day), \(year)")
                    text += (french ? frenchEvents : englishEvents).randomElement(using: &random)!
                        .replacingOccurrences(of: "{count}", with: (french ? frenchCounts : englishCounts).randomElement(using: &random)!)
                        .replacingOccurrences(of: "{place}", with: names.randomElement(using: &random)!)
                        .replacingOccurrences(of: "{when}", with: when)
                        .replacingOccurrences(of: "{casualties}", with: String(Int.random(in: 1...9, using: &random)))
                        .capitalizingFirst()
                }
                text += sentenceIndex % 4 == 3 ? "\n\n" : " "
            }
            text += "\n"
            written += text.utf8.count
            result.append(("synthetic_\(CalendarDay.pad(result.count, 6)).txt", text))
        }
        return result
    }

    static let eventTypes = ["rocket_attack", "drone_attack", "missile_attack", "mortar_attack", "airstrike", "strike"]
    static let outcomes = ["intercepted", "impact", "failed", "unknown"]

    /// `count` events shaped like Kharita's own, scattered around the gazetteer's curated places
    /// (within about their radius) over 2019–2024, sorted by date then id.
    public static func events(places: [Place], count: Int, seed: UInt64) -> [Feature] {
        var random = SeededGenerator(seed: seed)
        let anchors = places.filter { $0.tier == .curated && $0.kind != .country && $0.kind != .governorate }
        precondition(!anchors.isEmpty, "the gazetteer has no curated sites to scatter events around")
        let firstDay = CalendarDay(year: 2019, month: 1, day: 1)!.ordinal
        let lastDay = CalendarDay(year: 2024, month: 12, day: 31)!.ordinal
        var rows: [(date: CalendarDay, id: String, feature: Feature)] = []
        rows.reserveCapacity(count)
        for index in 0..<count {
            let place = anchors.randomElement(using: &random)!
            let spread = max(0.01, place.radiusKm / 111)
            let longitude = place.longitude + Double.random(in: -spread...spread, using: &random)
            let latitude = place.latitude + Double.random(in: -spread...spread, using: &random)
            let date = CalendarDay(ordinal: Int.random(in: firstDay...lastDay, using: &random))
            let id = "syn-\(CalendarDay.pad(index, 7))"
            let properties: Properties = [
                "date": .string(date.iso), "date_end": .string(date.iso), "time_precision": "day",
                "event_type": .string(eventTypes.randomElement(using: &random)!),
                "outcome": .string(outcomes.randomElement(using: &random)!),
                "weapon_count": .integer(Int.random(in: 1...6, using: &random)),
                "place_id": .string(place.id), "place_name": .string(place.name), "country": .string(place.country),
                "geo_precision": 1, "context": "reported", "source_count": 1, "confidence": 0.8,
            ]
            rows.append((date, id, Feature(id: .string(id), geometry: .point(Position(longitude, latitude)), properties: properties)))
        }
        rows.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        return rows.map(\.feature)
    }
}

extension String {
    func capitalizingFirst() -> String { prefix(1).uppercased() + dropFirst() }
}

// MARK: - Articles recombined from real ones

extension Synthetic {
    /// News articles made from the sentences of real ones, until `totalBytes` of text or a little more.
    ///
    /// Each article takes the paragraph shape of one source article; every sentence slot keeps that
    /// article's own sentence or, one time in two, takes a sentence of another article in the same
    /// language, so event and non-event sentences keep the proportion they have in the sources. In
    /// every sentence the place names the gazetteer finds become other places of the same kind (one
    /// replacement per place within an article; no French spellings in English copy), dates move by
    /// the article's shift (its sources' months all move to the article's month, then a few days: day
    /// numbers, month names and years, French and English forms), and counts in digits or words
    /// change. Each article starts with a ` date YYYY-MM ` header, the month its sources' headers move
    /// to. A source article without a header stands at its first date with a month and a year, else
    /// at the first month it names; one that names no month keeps its dates.
    ///
    /// Returns (file name, text) pairs, the same bytes for the same sources, gazetteer and seed.
    public static func recombinedArticles(from sources: [(name: String, text: String)], gazetteer: Gazetteer,
                                          totalBytes: Int, seed: UInt64) -> [(name: String, text: String)] {
        RecombinationCorpus(sources: sources, gazetteer: gazetteer).articles(totalBytes: totalBytes, seed: seed)
    }
}

/// Source articles cut once into paragraphs, sentences and the pieces of each sentence: literal bytes,
/// or slots (a place, a count, a part of a date) that every generated article fills anew.
struct RecombinationCorpus {
    enum Language: Int { case french = 0, english = 1 }

    /// Places are replaced by places of the same group, so "la base de X" stays a base.
    enum PlaceGroup: Int, CaseIterable {
        case country, region, settlement, site

        init(_ place: Place) {
            switch place.kind {
            case .country: self = .country
            case .governorate, .region: self = .region
            case .city, .town, .district: self = .settlement
            default: self = place.tier == .geonames ? .settlement : .site
            }
        }
    }

    enum MonthStyle: Equatable {
        case frenchLowercase, frenchCapitalized, english
        /// Reuters and AP abbreviate all months but March to July: "Jan 28", "Sept. 3", "June 5".
        case englishAbbreviated(dot: Bool)

        var isFrench: Bool { self == .frenchLowercase || self == .frenchCapitalized }
    }

    enum Piece {
        case text(Range<Int>)
        case place(Int)
        case number(digits: Int)
        case countWord(Language, capitalized: Bool)
        case day(date: Int)
        case month(date: Int, style: MonthStyle)
        case year(date: Int)
    }

    /// A date as the source states it; missing parts come from the article's home month.
    struct StatedDate {
        var year: Int?
        var month: Int?
        var day: Int?
        var isFrench: Bool
    }

    struct Sentence {
        var article: Int
        var pieces: [Piece]
        var dates: [StatedDate]
    }

    struct Article {
        var language: Language
        /// Months since year 0 (year × 12 + month − 1) the article speaks from: see `addArticle`.
        var home: Int?
        /// Sentence indices, paragraph by paragraph.
        var paragraphs: [[Int]]
        var paragraphBreak: [UInt8]
    }

    struct Token {
        var start: Int
        var end: Int
        var isDigits: Bool
        var isLetters: Bool
    }

    private(set) var bytes: [UInt8] = []
    private(set) var sentences: [Sentence] = []
    private(set) var articles: [Article] = []
    /// Group of each distinct place the sources name; `Piece.place` indexes it.
    private(set) var sourcePlaceGroups: [PlaceGroup] = []
    /// Per language and group: the spellings of every place, flat; `placeSpellings[language][group][p]`
    /// are place p's, its display name first.
    private let spellings: [[[[UInt8]]]]
    private let placeSpellings: [[[Range<Int>]]]
    private var sentencesByLanguage: [[Int]] = [[], []]
    private var leadsByLanguage: [[Int]] = [[], []]

    init(sources: [(name: String, text: String)], gazetteer: Gazetteer) {
        let groups = PlaceGroup.allCases.count
        var spellings = Array(repeating: Array(repeating: [[UInt8]](), count: groups), count: 2)
        var placeSpellings = Array(repeating: Array(repeating: [Range<Int>](), count: groups), count: 2)
        for place in gazetteer.places {
            // Arabic-script spellings would stand out in French and English copy.
            let latin = ([place.name] + place.aliases).reduce(into: [[UInt8]]()) { list, name in
                let utf8 = Array(name.utf8)
                if !utf8.contains(where: { (0xD8...0xDB).contains($0) }) && !list.contains(utf8) { list.append(utf8) }
            }
            let group = PlaceGroup(place).rawValue
            for (language, names) in [latin, latin.filter { !Self.looksFrench($0) }].enumerated() where !names.isEmpty {
                placeSpellings[language][group].append(spellings[language][group].count..<spellings[language][group].count + names.count)
                spellings[language][group] += names
            }
        }
        self.spellings = spellings
        self.placeSpellings = placeSpellings

        var sourcePlaceIndex: [String: Int] = [:]
        for source in sources {
            let start = bytes.count
            bytes.append(contentsOf: source.text.utf8)
            let (home, bodyStart) = Self.header(bytes, start..<bytes.count)
            var places = bytes.withUnsafeBufferPointer {
                gazetteer.matches(inUTF8: UnsafeBufferPointer(rebasing: $0[bodyStart..<$0.count]))
            }.map { match -> (range: Range<Int>, index: Int) in
                let place = match.best.place
                let index = sourcePlaceIndex[place.id] ?? {
                    sourcePlaceGroups.append(PlaceGroup(place))
                    sourcePlaceIndex[place.id] = sourcePlaceGroups.count - 1
                    return sourcePlaceGroups.count - 1
                }()
                return (bodyStart + match.range.lowerBound..<bodyStart + match.range.upperBound, index)
            }[...]
            addArticle(body: bodyStart..<bytes.count, home: home, places: &places)
        }
        precondition(!sentences.isEmpty, "the source articles hold no sentences to recombine")
    }

    // MARK: Reading the sources

    private mutating func addArticle(body: Range<Int>, home headerHome: Int?, places: inout ArraySlice<(range: Range<Int>, index: Int)>) {
        let language = languageOf(body)
        let articleIndex = articles.count
        var paragraphs: [[Int]] = []
        var paragraphBreak: [UInt8]?
        var firstFullDate: Int?
        var firstMonth: Int?
        var firstYear: Int?
        var cursor = body.lowerBound
        while cursor < body.upperBound {
            var end = cursor
            while end < body.upperBound && bytes[end] != 0x0A { end += 1 }
            var next = end
            while next < body.upperBound && (bytes[next] == 0x0A || bytes[next] == 0x0D) { next += 1 }
            if paragraphBreak == nil && end < body.upperBound && next < body.upperBound {
                paragraphBreak = bytes[end..<next].contains(0x0D) ? [0x0A, 0x0A] : Array(bytes[end..<next].prefix(2))
            }
            var paragraph: [Int] = []
            for range in sentenceRanges(trimmed(cursor..<end)) {
                while let first = places.first, first.range.lowerBound < range.lowerBound { places.removeFirst() }
                var inside: [(range: Range<Int>, index: Int)] = []
                while let first = places.first, first.range.upperBound <= range.upperBound {
                    inside.append(first)
                    places.removeFirst()
                }
                let sentence = makeSentence(range, article: articleIndex, language: language, places: inside)
                for date in sentence.dates {
                    if firstFullDate == nil, let year = date.year, let month = date.month { firstFullDate = year * 12 + month - 1 }
                    if firstMonth == nil { firstMonth = date.month }
                    if firstYear == nil { firstYear = date.year }
                }
                paragraph.append(sentences.count)
                sentences.append(sentence)
            }
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            cursor = next
        }
        guard let lead = paragraphs.first?.first else { return }
        // Without a header or a full date, the first month named and the first year named (any year
        // when none is: no date in the text carries one) stand for the article's month.
        let home = headerHome ?? firstFullDate ?? firstMonth.map { (firstYear ?? 2020) * 12 + $0 - 1 }
        articles.append(Article(language: language, home: home, paragraphs: paragraphs,
                                paragraphBreak: paragraphBreak ?? [0x0A, 0x0A]))
        sentencesByLanguage[language.rawValue] += paragraphs.joined()
        leadsByLanguage[language.rawValue].append(lead)
    }

    /// The ` date YYYY-MM` prefix the seeds carry: its month and where the text after it starts.
    static func header(_ bytes: [UInt8], _ range: Range<Int>) -> (home: Int?, bodyStart: Int) {
        var i = range.lowerBound
        while i < range.upperBound && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        guard range.upperBound - i >= 12, bytes[i..<i + 4].elementsEqual("date".utf8), bytes[i + 4] == 0x20 || bytes[i + 4] == 0x3A
        else { return (nil, range.lowerBound) }
        i += 5
        while i < range.upperBound && (bytes[i] == 0x20 || bytes[i] == 0x3A) { i += 1 }
        var end = i
        while end < range.upperBound && (isDigit(bytes[end]) || bytes[end] == 0x2D) { end += 1 }
        let digits = bytes[i..<end]
        guard digits.count >= 7, digits[i + 4] == 0x2D, let year = Self.decimal(digits[i..<i + 4]), let month = Self.decimal(digits[i + 5..<i + 7]),
              (1...12).contains(month)
        else { return (nil, range.lowerBound) }
        while end < range.upperBound && (bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0A) { end += 1 }
        return (year * 12 + month - 1, end)
    }

    private func languageOf(_ range: Range<Int>) -> Language {
        var english = 0
        var french = 0
        forEachToken(in: range) { token in
            let word = Array(bytes[token.start..<token.end])
            if Self.englishMarkers.contains(word) { english += 1 } else if Self.frenchMarkers.contains(word) { french += 1 }
        }
        return english > french ? .english : .french
    }

    private static let englishMarkers: Set<[UInt8]> = Set(["the", "of", "and", "was", "were", "said", "with"].map { Array($0.utf8) })
    private static let frenchMarkers: Set<[UInt8]> = Set(["le", "la", "les", "des", "du", "et", "ont", "selon", "avec"].map { Array($0.utf8) })

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && Self.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower && (Self.isSpace(bytes[upper - 1]) || bytes[upper - 1] == 0x0D) { upper -= 1 }
        return lower..<upper
    }

    /// A sentence ends at ., ! or ? (and any closing quotes or brackets) followed by white space and
    /// a capital, an opening quote or a non-ASCII character; not after an initial ("U.S.") or a
    /// common abbreviation ("Col.", "Jan.").
    private func sentenceRanges(_ paragraph: Range<Int>) -> [Range<Int>] {
        guard !paragraph.isEmpty else { return [] }
        var result: [Range<Int>] = []
        var start = paragraph.lowerBound
        var i = paragraph.lowerBound
        while i < paragraph.upperBound {
            let byte = bytes[i]
            i += 1
            guard byte == 0x2E || byte == 0x21 || byte == 0x3F else { continue }
            var end = i
            while end < paragraph.upperBound && (bytes[end] == 0x22 || bytes[end] == 0x29 || bytes[end] == 0x27) { end += 1 }
            if end + 1 < paragraph.upperBound && bytes[end] == 0xC2 && bytes[end + 1] == 0xBB { end += 2 }
            if end + 2 < paragraph.upperBound && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x9D { end += 3 }
            var next = end
            while next < paragraph.upperBound && Self.isSpace(bytes[next]) { next += 1 }
            guard next > end, next < paragraph.upperBound else { continue }
            let following = bytes[next]
            guard (following >= 0x41 && following <= 0x5A) || following == 0x22 || following >= 0xC2 else { continue }
            if byte == 0x2E && isAbbreviation(endingAt: i - 1, from: start) { continue }
            result.append(start..<end)
            start = next
            i = next
        }
        result.append(start..<paragraph.upperBound)
        return result
    }

    private func isAbbreviation(endingAt dot: Int, from start: Int) -> Bool {
        var wordStart = dot
        while wordStart > start && Self.isASCIILetter(bytes[wordStart - 1]) { wordStart -= 1 }
        let word = Array(bytes[wordStart..<dot])
        return word.count == 1 && bytes[wordStart] <= 0x5A || Self.abbreviations.contains(word)
    }

    private static let abbreviations: Set<[UInt8]> = Set(
        ["Mr", "Mrs", "Ms", "Dr", "Col", "Gen", "Lt", "Sgt", "Maj", "Capt", "Adm", "St", "No", "Gov", "Sen", "Rep", "Jan", "Feb",
         "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mme", "p", "a", "m"].map { Array($0.utf8) })

    /// Words and numbers: runs of ASCII letters and digits and of two-byte UTF-8 letters (accented
    /// Latin and other alphabets); C2 and E2 sequences (no-break space, « », ’, dashes) and emoji separate.
    func forEachToken(in range: Range<Int>, _ body: (Token) -> Void) {
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            if Self.isWordByte(byte) {
                var token = Token(start: i, end: i, isDigits: true, isLetters: true)
                while i < range.upperBound && Self.isWordByte(bytes[i]) {
                    if Self.isDigit(bytes[i]) { token.isLetters = false } else { token.isDigits = false }
                    i += bytes[i] >= 0xC3 ? 2 : 1
                }
                token.end = min(i, range.upperBound)
                body(token)
            } else {
                i += Self.sequenceLength(byte)
            }
        }
    }

    // MARK: Slots of one sentence

    private mutating func makeSentence(_ range: Range<Int>, article: Int, language: Language,
                                       places: [(range: Range<Int>, index: Int)]) -> Sentence {
        var slots: [(range: Range<Int>, piece: Piece)] = places.map { ($0.range, .place($0.index)) }
        var dates: [StatedDate] = []
        var tokens: [Token] = []
        var from = range.lowerBound
        for place in places + [(range: range.upperBound..<range.upperBound, index: -1)] {
            forEachToken(in: from..<place.range.lowerBound) { tokens.append($0) }
            from = place.range.upperBound
        }
        let months = language == .french ? Self.frenchArticleMonths : Self.englishArticleMonths
        let counts = language == .french ? Self.frenchCounts : Self.englishCounts
        var t = 0
        while t < tokens.count {
            let token = tokens[t]
            let next = t + 1 < tokens.count ? tokens[t + 1] : nil
            let afterNext = t + 2 < tokens.count ? tokens[t + 2] : nil
            // "5 juillet 2021", "le 1er mars", "3 January 2020"
            if let day = dayValue(token, language: language), let next, spaced(token.end, next.start),
               let (month, listed) = months[word(next)] {
                let style = inContext(listed, after: next)
                let monthEnd = extendedByDot(next, style)
                var date = StatedDate(year: nil, month: month, day: day, isFrench: style.isFrench)
                slots.append((token.start..<token.end, .day(date: dates.count)))
                slots.append((next.start..<monthEnd, .month(date: dates.count, style: style)))
                t += 2
                if let afterNext, spaced(monthEnd, afterNext.start), let year = yearValue(afterNext) {
                    date.year = year
                    slots.append((afterNext.start..<afterNext.end, .year(date: dates.count)))
                    t += 1
                }
                dates.append(date)
                continue
            }
            if let (month, listed) = months[word(token)] {
                let style = inContext(listed, after: token)
                let monthEnd = extendedByDot(token, style)
                var date = StatedDate(year: nil, month: month, day: nil, isFrench: style.isFrench)
                slots.append((token.start..<monthEnd, .month(date: dates.count, style: style)))
                t += 1
                // "March 3, 2021", "Feb 16", "Jan. 28"
                if let next, spaced(monthEnd, next.start), next.isDigits, next.end - next.start <= 2,
                   let day = Self.decimal(bytes[next.start..<next.end]), (1...31).contains(day), !continuesNumber(next) {
                    date.day = day
                    slots.append((next.start..<next.end, .day(date: dates.count)))
                    t += 1
                    if let afterNext, let year = yearValue(afterNext), spaced(next.end, afterNext.start, comma: true) {
                        date.year = year
                        slots.append((afterNext.start..<afterNext.end, .year(date: dates.count)))
                        t += 1
                    }
                } else if let next, spaced(monthEnd, next.start), let year = yearValue(next) {
                    // "février 2021", "in May 2021"
                    date.year = year
                    slots.append((next.start..<next.end, .year(date: dates.count)))
                    t += 1
                } else if case .englishAbbreviated = style {
                    // A bare "Jan" or "Dec" is as likely a name as a month.
                    slots.removeLast()
                    continue
                }
                dates.append(date)
                continue
            }
            if let year = yearValue(token), !continuesNumber(token) {
                slots.append((token.start..<token.end, .year(date: dates.count)))
                dates.append(StatedDate(year: year, month: nil, day: nil, isFrench: language == .french))
            } else if token.isDigits, token.end - token.start <= 3, bytes[token.start] != 0x30, standsAlone(token, in: range) {
                slots.append((token.start..<token.end, .number(digits: token.end - token.start)))
            } else if token.isLetters, counts.contains(Self.lowercasedFirst(word(token))) {
                slots.append((token.start..<token.end, .countWord(language, capitalized: bytes[token.start] <= 0x5A)))
            }
            t += 1
        }
        slots.sort { $0.range.lowerBound < $1.range.lowerBound }
        var pieces: [Piece] = []
        var cursor = range.lowerBound
        for slot in slots {
            if cursor < slot.range.lowerBound { pieces.append(.text(cursor..<slot.range.lowerBound)) }
            pieces.append(slot.piece)
            cursor = slot.range.upperBound
        }
        if cursor < range.upperBound { pieces.append(.text(cursor..<range.upperBound)) }
        return Sentence(article: article, pieces: pieces, dates: dates)
    }

    private func word(_ token: Token) -> [UInt8] { Array(bytes[token.start..<token.end]) }

    private func dayValue(_ token: Token, language: Language) -> Int? {
        if token.isDigits && token.end - token.start <= 2, let day = Self.decimal(bytes[token.start..<token.end]), (1...31).contains(day) {
            return day
        }
        return language == .french && bytes[token.start..<token.end].elementsEqual("1er".utf8) ? 1 : nil
    }

    private func yearValue(_ token: Token) -> Int? {
        guard token.isDigits, token.end - token.start == 4, let year = Self.decimal(bytes[token.start..<token.end]),
              (1980...2039).contains(year) else { return nil }
        return year
    }

    /// Only white space (and a comma when allowed) between two tokens.
    private func spaced(_ end: Int, _ start: Int, comma: Bool = false) -> Bool {
        guard start > end, start - end <= 3 else { return false }
        var i = end
        if comma && bytes[i] == 0x2C { i += 1 }
        while i < start {
            if bytes[i] == 0x20 { i += 1 } else if bytes[i] == 0xC2 && i + 1 < start && bytes[i + 1] == 0xA0 { i += 2 } else { return false }
        }
        return i > end
    }

    /// An abbreviated month is written again with its dot when the source has one ("Jan. 28").
    private func inContext(_ style: MonthStyle, after token: Token) -> MonthStyle {
        guard case .englishAbbreviated = style, token.end < bytes.count, bytes[token.end] == 0x2E else { return style }
        return .englishAbbreviated(dot: true)
    }

    private func extendedByDot(_ token: Token, _ style: MonthStyle) -> Int {
        style == .englishAbbreviated(dot: true) ? token.end + 1 : token.end
    }

    /// "1,500", "2.5", "7:20", "24/7": a number joined to another by punctuation is left alone.
    private func continuesNumber(_ token: Token) -> Bool {
        guard token.end + 1 < bytes.count else { return false }
        let after = bytes[token.end]
        return (after == 0x2C || after == 0x2E || after == 0x3A || after == 0x2F) && Self.isDigit(bytes[token.end + 1])
    }

    /// Not part of a code, handle, time or range: "B-1", "#47", "@user1", "0720", "7:20".
    private func standsAlone(_ token: Token, in sentence: Range<Int>) -> Bool {
        if token.start > sentence.lowerBound, [0x2D, 0x2F, 0x2E, 0x3A, 0x23, 0x40, 0x5F, 0x2C].contains(bytes[token.start - 1]) { return false }
        if token.end < sentence.upperBound, [0x3A, 0x2F, 0x2D, 0x5F].contains(bytes[token.end]) { return false }
        return !continuesNumber(token)
    }

    // MARK: Writing articles

    func articles(totalBytes: Int, seed: UInt64) -> [(name: String, text: String)] {
        var random = SeededGenerator(seed: seed)
        var result: [(name: String, text: String)] = []
        var written = 0
        var out: [UInt8] = []
        var chosenName = Array(repeating: -1, count: sourcePlaceGroups.count)
        var touched: [Int] = []
        var movedDates: [(year: Int, month: Int, day: Int)] = []
        while written < totalBytes {
            let skeleton = articles[Int.random(in: 0..<articles.count, using: &random)]
            let language = skeleton.language.rawValue
            let target = Int.random(in: 2019 * 12...2024 * 12 + 11, using: &random)
            let dayShift = Int.random(in: -10...10, using: &random)
            out.removeAll(keepingCapacity: true)
            out.append(contentsOf: " date ".utf8)
            Self.appendDecimal(target / 12, width: 4, to: &out)
            out.append(0x2D)
            Self.appendDecimal(target % 12 + 1, width: 2, to: &out)
            out.append(0x20)
            for (p, paragraph) in skeleton.paragraphs.enumerated() {
                if p > 0 { out.append(contentsOf: skeleton.paragraphBreak) }
                for (s, own) in paragraph.enumerated() {
                    var chosen = own
                    if Bool.random(using: &random) {
                        let pool = p == 0 && s == 0 ? leadsByLanguage[language] : sentencesByLanguage[language]
                        chosen = pool[Int.random(in: 0..<pool.count, using: &random)]
                    }
                    if s > 0 { out.append(0x20) }
                    let sentence = sentences[chosen]
                    moveDates(of: sentence, to: target, dayShift: dayShift, into: &movedDates)
                    for piece in sentence.pieces {
                        write(piece, of: sentence, in: skeleton.language, dates: movedDates, chosenName: &chosenName, touched: &touched, random: &random, to: &out)
                    }
                }
            }
            out.append(0x0A)
            for index in touched { chosenName[index] = -1 }
            touched.removeAll(keepingCapacity: true)
            written += out.count
            result.append(("recombined_\(CalendarDay.pad(result.count, 6)).txt", String(decoding: out, as: UTF8.self)))
        }
        return result
    }

    /// The sentence's dates moved from its article's home month to `target` (same day of the month,
    /// clamped, then `dayShift` days); dates of an article with no home month stay where they are.
    private func moveDates(of sentence: Sentence, to target: Int, dayShift: Int, into moved: inout [(year: Int, month: Int, day: Int)]) {
        moved.removeAll(keepingCapacity: true)
        let home = articles[sentence.article].home ?? target
        let homeYear = home / 12
        let days = articles[sentence.article].home == nil ? 0 : dayShift
        for date in sentence.dates {
            guard let month = date.month else {
                moved.append((date.year! + target / 12 - homeYear, 1, 1))
                continue
            }
            let index = (date.year ?? homeYear) * 12 + month - 1 + target - home
            let (year, newMonth) = (index / 12, index % 12 + 1)
            guard let day = date.day else {
                moved.append((year, newMonth, 1))
                continue
            }
            let sameDay = CalendarDay(year: year, month: newMonth, day: min(day, CalendarDay.daysIn(month: newMonth, year: year)))!
            let shifted = sameDay.adding(days: days)
            moved.append((shifted.year, shifted.month, shifted.day))
        }
    }

    private func write(_ piece: Piece, of sentence: Sentence, in language: Language, dates: [(year: Int, month: Int, day: Int)], chosenName: inout [Int], touched: inout [Int],
                       random: inout SeededGenerator, to out: inout [UInt8]) {
        switch piece {
        case .text(let range):
            out.append(contentsOf: bytes[range])
        case .place(let source):
            let group = sourcePlaceGroups[source].rawValue
            if chosenName[source] < 0 {
                let places = placeSpellings[language.rawValue][group]
                let place = places[Int.random(in: 0..<places.count, using: &random)]
                // The display name half the time, any spelling otherwise.
                chosenName[source] = Bool.random(using: &random) ? place.lowerBound : Int.random(in: place, using: &random)
                touched.append(source)
            }
            out.append(contentsOf: spellings[language.rawValue][group][chosenName[source]])
        case .number(let digits):
            let low = digits == 1 ? 1 : Self.powersOfTen[digits - 1]
            Self.appendDecimal(Int.random(in: low..<Self.powersOfTen[digits], using: &random), width: 1, to: &out)
        case .countWord(let language, let capitalized):
            let words = Self.countWords[language.rawValue][capitalized ? 1 : 0]
            out.append(contentsOf: words[Int.random(in: 0..<words.count, using: &random)])
        case .day(let date):
            if dates[date].day == 1 && sentence.dates[date].isFrench {
                out.append(contentsOf: "1er".utf8)
            } else {
                Self.appendDecimal(dates[date].day, width: 1, to: &out)
            }
        case .month(let date, let style):
            out.append(contentsOf: Self.monthName(dates[date].month, style))
        case .year(let date):
            Self.appendDecimal(dates[date].year, width: 4, to: &out)
        }
    }

    // MARK: Words and bytes

    static let frenchMonthNames = Synthetic.frenchMonths.map { Array($0.utf8) }
    static let capitalizedFrenchMonthNames = Synthetic.frenchMonths.map { Array($0.capitalizingFirst().utf8) }
    static let englishMonthNames = Synthetic.englishMonths.map { Array($0.utf8) }
    static let abbreviatedEnglishMonthNames = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
        .map { Array($0.utf8) }

    static func monthName(_ month: Int, _ style: MonthStyle) -> [UInt8] {
        switch style {
        case .frenchLowercase: frenchMonthNames[month - 1]
        case .frenchCapitalized: capitalizedFrenchMonthNames[month - 1]
        case .english: englishMonthNames[month - 1]
        case .englishAbbreviated(let dot): (3...7).contains(month) || !dot ? abbreviatedEnglishMonthNames[month - 1]
            : abbreviatedEnglishMonthNames[month - 1] + [0x2E]
        }
    }

    /// Month words as each language's copy writes them. French copy also quotes English tweets
    /// ("March 3, 2021") but its "Sept" is seven; lowercase "may" and "march" are English verbs.
    static let frenchArticleMonths: [[UInt8]: (Int, MonthStyle)] = {
        var table = frenchMonthWords
        for (index, name) in englishMonthNames.enumerated() { table[name] = (index + 1, .english) }
        return table
    }()
    static let englishArticleMonths: [[UInt8]: (Int, MonthStyle)] = {
        var table = frenchMonthWords
        for (index, name) in englishMonthNames.enumerated() { table[name] = (index + 1, .english) }
        for (name, month) in [("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8), ("Sep", 9),
                              ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12)] {
            // The dot after an abbreviation is part of the month slot; which one it is, is known only in context.
            table[Array(name.utf8)] = (month, .englishAbbreviated(dot: false))
        }
        return table
    }()
    private static let frenchMonthWords: [[UInt8]: (Int, MonthStyle)] = {
        var table: [[UInt8]: (Int, MonthStyle)] = [:]
        for (index, name) in Synthetic.frenchMonths.enumerated() {
            table[Array(name.utf8)] = (index + 1, .frenchLowercase)
            table[Array(name.capitalizingFirst().utf8)] = (index + 1, .frenchCapitalized)
            let plain = name.replacingOccurrences(of: "é", with: "e").replacingOccurrences(of: "û", with: "u")
            table[Array(plain.utf8)] = (index + 1, .frenchLowercase)
        }
        return table
    }()

    /// Counts written in words, by language, lowercase then capitalised ("un" and "one" are left
    /// alone: they are as often articles and pronouns).
    static let countWords: [[[[UInt8]]]] = [
        ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze", "vingt", "trente"],
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty"],
    ].map { words in [words.map { Array($0.utf8) }, words.map { Array($0.capitalizingFirst().utf8) }] }
    static let frenchCounts = Set(countWords[Language.french.rawValue][0])
    static let englishCounts = Set(countWords[Language.english.rawValue][0])

    /// Numbers in digits change within their number of digits (at most three).
    static let powersOfTen = [1, 10, 100, 1000]

    static func appendDecimal(_ value: Int, width: Int, to out: inout [UInt8]) {
        var divisor = 1
        var digits = 1
        while divisor <= value / 10 {
            divisor *= 10
            digits += 1
        }
        for _ in digits..<max(digits, width) { out.append(0x30) }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        var value = 0
        for digit in digits {
            guard isDigit(digit) else { return nil }
            value = value * 10 + Int(digit - 0x30)
        }
        return value
    }

    static func lowercasedFirst(_ word: [UInt8]) -> [UInt8] {
        guard let first = word.first, first >= 0x41, first <= 0x5A else { return word }
        return [first + 0x20] + word.dropFirst()
    }

    /// French spellings ("aéroport de Bagdad", "base d'al-Tanf") would stand out in English copy.
    static func looksFrench(_ spelling: [UInt8]) -> Bool {
        let text = String(decoding: spelling, as: UTF8.self).lowercased()
        return text.contains { "éèêëïîôûç".contains($0) } || text.split(separator: " ").contains { ["de", "du", "des", "la", "le"].contains($0) }
            || text.contains("d'") || text.contains("d’")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    /// ASCII letters and digits, and the bytes of two-byte letters (lead bytes C3–DF, continuations).
    static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || isASCIILetter(byte) || (byte >= 0xC3 && byte <= 0xDF)
    }
    static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
