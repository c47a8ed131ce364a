/// A date as written, before it is resolved against a reference day.
enum DateExpression: Hashable {
    /// Fully given: "le 3 janvier 2020", "January 5, 2022", "en janvier 2020", "en 2020".
    case absolute(DateSpan)
    /// "le 9 décembre": the year comes from the reference.
    case dayMonth(day: Int, month: Int)
    /// "Nov 10-16": a round-up's week without its year, which comes from the reference.
    case dayMonthSpan(from: Int, to: Int, month: Int)
    /// "le 15 août de l'année dernière", "August 15 last year": the day in the reference's year minus `yearsBack`.
    case dayMonthOfYear(day: Int, month: Int, yearsBack: Int)
    /// « le 1er octobre dernier »: the latest such day not after the reference.
    case dayMonthBefore(day: Int, month: Int)
    /// "en mai", "début janvier", "mai dernier".
    case month(Int)
    /// "le 14 novembre suivant", "the following March": the first such day (or month) after the date told before.
    case dayMonthAfterPrevious(day: Int, month: Int)
    case monthAfterPrevious(Int)
    /// "le 11 août de la même année", "in August of that year": the day (or month) in the year of the date told before.
    case dayMonthOfPreviousYear(day: Int, month: Int)
    case monthOfPreviousYear(Int)
    /// "in January last year", "en janvier de cette année": the month of the reference's year minus `yearsBack`.
    case monthOfYear(month: Int, yearsBack: Int)
    /// "lundi", "dimanche soir", "tôt mercredi".
    case weekday(Int)
    /// "jeudi dernier", "last Thursday": one to seven days before the reference.
    case lastWeekday(Int)
    /// « dans la nuit de mardi 12 à mercredi », "on Tuesday the 12th": a weekday and a day of a month left unsaid.
    case weekdayAndDay(weekday: Int, day: Int)
    /// "shot down on the 5th", « abattu le 5 courant »: a day of the month the article speaks from.
    case dayOfReferenceMonth(Int)
    case relative(RelativeDay)
    /// "lundi prochain", "next week".
    case future
    /// « à la mi-mars », "late last month", "early March 2023": the first (1), middle (2) or last (3) third of the month
    /// named: days 1–10, 11–20 or 21 to the end.
    case thirdOfMonth(NamedMonth, third: Int)
}

/// A month as `DateExpression` names it, kept apart so that expressions stay plain values (no indirect case to retain).
enum NamedMonth: Hashable {
    case month(Int)
    case monthOfYear(month: Int, yearsBack: Int)
    case monthAfterPrevious(Int)
    case monthOfPreviousYear(Int)
    case absolute(DateSpan)
    case lastMonth
    case thisMonth

    init?(_ expression: DateExpression) {
        switch expression {
        case .month(let m): self = .month(m)
        case .monthOfYear(let m, let back): self = .monthOfYear(month: m, yearsBack: back)
        case .monthAfterPrevious(let m): self = .monthAfterPrevious(m)
        case .monthOfPreviousYear(let m): self = .monthOfPreviousYear(m)
        case .absolute(let span) where span.precision == .month: self = .absolute(span)
        case .relative(.lastMonth): self = .lastMonth
        case .relative(.thisMonth): self = .thisMonth
        default: return nil
        }
    }

    var expression: DateExpression {
        switch self {
        case .month(let m): .month(m)
        case .monthOfYear(let m, let back): .monthOfYear(month: m, yearsBack: back)
        case .monthAfterPrevious(let m): .monthAfterPrevious(m)
        case .monthOfPreviousYear(let m): .monthOfPreviousYear(m)
        case .absolute(let span): .absolute(span)
        case .lastMonth: .relative(.lastMonth)
        case .thisMonth: .relative(.thisMonth)
        }
    }
}

struct DateHit {
    var first: Int
    var last: Int
    var expression: DateExpression
    /// A dateline's or a "Publié le" / "Updated" line's date: the day the article speaks from.
    var isPublication = false
    /// "Une source a déclaré, samedi 27/4, que…": the day a verb of saying takes, the incident's only when nothing else dates it.
    var isDayOfSaying = false
}

/// A time of day as news writes it ("14h45", "4:30 a.m."); prints as "HH:MM".
struct TimeOfDay: Equatable, CustomStringConvertible {
    var hour: Int
    var minute: Int

    var description: String { CalendarDay.pad(hour, 2) + ":" + CalendarDay.pad(minute, 2) }
}

struct TimeHit {
    var token: Int
    var value: TimeOfDay
    /// Followed by GMT/UTC: not the local time.
    var isUniversal: Bool
}

enum DateExpressions {
    private static let monthQualifiers = FoldedWords([
        "en", "in", "debut", "fin", "mi", "early", "late", "mid", "courant", "of", "mois", "during",
    ])

    private static let periodStartMaxWords = 4
    private static let periodStartWords = FoldedWords([
        "le", "la", "l", "the", "lancement", "launch", "debut", "start", "beginning", "of", "de", "du", "d", "en", "in",
    ])

    /// Words before a date that make it the bound of a period, not the day of an incident.
    private static let periodBounds = FoldedWords(["since", "depuis", "until", "till", "jusqu"])
    private static let whenWords = FoldedWords(["when", "lorsque", "lorsqu", "quand"])
    /// "jeudi le 23", "Thursday the 1st".
    private static let definiteArticles = FoldedWords(["le", "the"])
    /// "en janvier de l'année dernière", "in March of this year".
    private static let yearLinks = FoldedWords(["de", "of", "d"])

    /// Date expressions of one sentence (its cue hits sorted by token, and its numeric dates),
    /// periods' bounds left out; a dateline's or publication line's date is marked.
    static func find(in text: FoldedText, sentence: Int, hits: ArraySlice<CueHit>) -> [DateHit] {
        let tokens = text.sentences[sentence].tokens
        var found = candidates(in: text, hits: hits)
        for numeric in numericDates(in: text, tokens: tokens) where !found.contains(where: { $0.first <= numeric.last && numeric.first <= $0.last }) {
            found.append(numeric)
        }
        // Most sentences hold no date.
        guard !found.isEmpty else { return found }
        let published = hits.filter { $0.cue == .published }
        found.sort { $0.first < $1.first }
        let datelineEnd = datelineEnd(text, sentence: sentence, dates: found[...])
        found = found.filter { hit in
            // "a statement read at the funeral on Saturday", « lors des obsèques, samedi »: the mourning's day, no incident's,
            // and no day a later "two days earlier" counts from.
            if (max(tokens.lowerBound, hit.first - funeralMaxGap)..<hit.first).contains(where: { text.token($0, isOneOf: funeralWords) }) {
                return false
            }
            var before = hit.first - 1
            // "depuis le 17 octobre", "since the 17th"; « depuis le lancement en avril 2022 de l'opération », "since the start in
            // March of the campaign": the start of a period, however its beginning is named.
            while before > tokens.lowerBound, hit.first - before <= periodStartMaxWords, text.token(before, isOneOf: periodStartWords) {
                before -= 1
            }
            // "since August 15 last year, when two drones…": the bound is the day of the incident "when" tells.
            return before < tokens.lowerBound || !text.token(before, isOneOf: periodBounds)
                || (hit.last + 1 < tokens.upperBound && text.token(hit.last + 1, isOneOf: whenWords))
        }.map { hit in
            var hit = hit
            hit.isPublication = (datelineEnd.map { hit.last < $0 } ?? false)
                || published.contains { $0.last < hit.first && hit.first <= $0.last + 2 }
            if let month = NamedMonth(hit.expression), let third = monthThird(of: hit, text, tokens) {
                hit.expression = .thirdOfMonth(month, third: third)
            }
            // "struck the launchers, the day after rockets were fired at US troops": what follows "after" with no comma came
            // that many days before the day told, as "the day after the strikes" does (not "The day after, rockets fell").
            if case .relative(.fromPrevious(let days)) = hit.expression, days > 0, text.token(hit.last, isOneOf: afterWords),
               hit.last + 1 < tokens.upperBound, text.tokens[hit.last + 1].punctuationBefore == 0 {
                hit.expression = .relative(.fromPrevious(-days))
            }
            return hit
        }
        // "Une source a déclaré, samedi, qu'un drone a bombardé … vendredi 7 avril", "officials said on Tuesday, March 14,
        // that rockets hit … on Monday": the day a verb of saying takes is the day the report speaks from, as a dateline's
        // is, when another date tells the incident.
        let othersTellTheIncident = found.count >= 2
        for k in found.indices where !found[k].isPublication && isDayOfSaying(found[k], text, tokens, spokeTooWhenOthers: othersTellTheIncident) {
            found[k].isDayOfSaying = true
        }
        guard found.contains(where: \.isDayOfSaying), found.contains(where: { !$0.isPublication && !$0.isDayOfSaying }) else { return found }
        for k in found.indices where found[k].isDayOfSaying { found[k].isPublication = true }
        return found
    }

    /// The third of the month a month's expression is qualified by: its own first words ("late last month", « à la fin du
    /// mois dernier », « mi-mars ») or the word right before it ("mid-March", "the end of March", « fin mars 2023 »).
    private static func monthThird(of hit: DateHit, _ text: FoldedText, _ tokens: Range<Int>) -> Int? {
        var before = hit.first - 1
        if before > tokens.lowerBound, text.token(before, isOneOf: monthPartLinks) { before -= 1 }
        let own = hit.first...min(hit.last, hit.first + 2)
        for t in own.map({ $0 }) + (before >= tokens.lowerBound ? [before] : []) {
            if text.token(t, isOneOf: earlyWords) { return 1 }
            if text.token(t, isOneOf: middleWords) { return 2 }
            if text.token(t, isOneOf: lateWords) { return 3 }
        }
        return nil
    }

    /// The day of "on the 5th" (an ordinal) or « le 5 courant » at token `t`, when no month follows.
    /// Asked of the tokens that begin with a digit.
    private static func dayOfReferenceMonth(_ text: FoldedText, _ t: Int, _ range: Range<Int>) -> Int? {
        guard t - 1 >= range.lowerBound else { return nil }
        if text.token(t - 1, isOneOf: englishThe), t - 2 >= range.lowerBound, text.token(t - 2, isOneOf: englishOn),
           text.tokens[t].end - text.tokens[t].start >= 3, let day = dayNumber(text, t),
           t + 1 >= range.upperBound || !text.token(t + 1, isOneOf: yearLinks) {
            return day
        }
        if text.token(t - 1, isOneOf: definiteArticles), t + 1 < range.upperBound, text.token(t + 1, isOneOf: currentMonthWords) {
            return dayNumber(text, t)
        }
        if isFirstOfTheMonth(text, t, range) { return 1 }
        return dayWithTimeOfDay(text, t, range)
    }

    /// « Le 14 au soir », « dans la soirée du 12 », "on the evening of the 12th": a day number that a time of day goes
    /// with, and no month after it, is a day of the reference month.
    /// Kept out of `dayOfReferenceMonth`, which every digit of the text goes through.
    @inline(never)
    private static func dayWithTimeOfDay(_ text: FoldedText, _ t: Int, _ range: Range<Int>) -> Int? {
        let next = t + 1 < range.upperBound ? t + 1 : nil
        // « le 14 au soir », « le 3 à l'aube »
        if text.token(t - 1, isOneOf: definiteArticles), let next, next + 1 < range.upperBound,
           text.token(next, isOneOf: timeOfDayLinks) {
            let word = text.token(next + 1, isOneOf: .frenchSingularDefiniteArticles) && next + 2 < range.upperBound ? next + 2 : next + 1
            if text.token(word, isOneOf: timesOfDay) { return dayNumber(text, t) }
        }
        if let day = secondOfTwoDays(text, t, range) { return day }
        // « dans la soirée du 12 », « la nuit du 3, » "the evening of the 12th": not « la nuit du 12 au 13 mars ».
        let article = text.token(t - 1, isOneOf: englishThe) ? t - 1 : t
        guard article - 2 >= range.lowerBound, text.token(article - 1, isOneOf: timeOfDayOf),
              text.token(article - 2, isOneOf: timesOfDay) else { return nil }
        if let next, text.token(next, isOneOf: rangeOrMonthWords) || text.number(at: next) != nil { return nil }
        return dayNumber(text, t)
    }

    /// "around midnight between the 9th and the 10th", « entre le 9 et le 10 au soir »: a night across two days of the reference
    /// month ends on the second, as « dans la nuit du 9 au 10 » does. Asked of the second day's token.
    private static func secondOfTwoDays(_ text: FoldedText, _ t: Int, _ range: Range<Int>) -> Int? {
        guard t - 5 >= range.lowerBound, text.token(t - 2, isOneOf: conjunctions), text.token(t - 1, isOneOf: definiteArticles),
              text.token(t - 4, isOneOf: definiteArticles), text.token(t - 5, isOneOf: betweenWords),
              let day = dayNumber(text, t), dayNumber(text, t - 3) == day - 1 else { return nil }
        if t + 1 < range.upperBound, text.token(t + 1, isOneOf: rangeOrMonthWords) { return nil }
        return day
    }

    private static let afterWords = FoldedWords(["after", "apres"])
    private static let conjunctions = FoldedWords(["and", "et"])
    private static let betweenWords = FoldedWords(["between", "entre"])

    private static let timeOfDayLinks = FoldedWords(["au", "a", "en", "dans"])
    private static let timeOfDayOf = FoldedWords(["du", "of"])
    private static let timesOfDay = FoldedWords([
        "soir", "soiree", "matin", "matinee", "aube", "nuit", "journee", "apres", "evening", "night", "morning", "afternoon",
        "dawn",
    ])
    /// A month or the end of a span right after the day: the day is not the reference month's.
    private static let rangeOrMonthWords = FoldedWords(
        // « sept », the abbreviation the lexicon leaves out (it is also « sept », seven).
        ["au", "to", "et", "and", "sept"] + Lexicon.dates.compactMap { phrase, cue in if case .month = cue { phrase } else { nil } })

    /// « Le 1er, déjà, un drone avait visé… »: the first of the month, set off by a comma, is the reference month's.
    /// Kept out of `dayOfReferenceMonth`, which every digit of the text goes through.
    @inline(never)
    private static func isFirstOfTheMonth(_ text: FoldedText, _ t: Int, _ range: Range<Int>) -> Bool {
        text.token(t - 1, isOneOf: definiteArticles) && text.token(t, isOneOf: firstOfMonth)
            && (t + 1 >= range.upperBound || text.tokens[t + 1].punctuationBefore == 0x2C)
    }

    private static let firstOfMonth = FoldedWords(["1er", "1st"])

    private static let englishThe = FoldedWords(["the"])
    private static let englishOn = FoldedWords(["on"])
    private static let currentMonthWords = FoldedWords(["courant"])
    private static let funeralWords = FoldedWords(["funeral", "funerals", "burial", "funerailles", "obseques", "enterrement", "inhumation"])
    /// Tokens from the funeral to its day: "the funeral on Saturday", « des obsèques, samedi ».
    private static let funeralMaxGap = 3
    private static let monthPartLinks = FoldedWords(["of", "de", "du", "d"])
    private static let earlyWords = FoldedWords(["debut", "early", "beginning", "start"])
    private static let middleWords = FoldedWords(["mi", "mid", "middle", "milieu"])
    private static let lateWords = FoldedWords(["fin", "late", "end"])

    /// A date right after a verb of saying, "on", "le" or a comma allowed between: "said on Sunday", "a déclaré, samedi".
    private static func isDayOfSaying(_ hit: DateHit, _ text: FoldedText, _ tokens: Range<Int>, spokeTooWhenOthers: Bool) -> Bool {
        var before = hit.first - 1
        if before > tokens.lowerBound, text.token(before, isOneOf: sayingLinks) { before -= 1 }
        if before >= tokens.lowerBound && text.token(before, isOneOf: sayingVerbs) { return true }
        // "Speaking in Baghdad on Monday, the spokesman said … on Sunday", « S'exprimant lundi à Bagdad, … »: where and when a
        // source spoke, read only when another date may tell the incident.
        return spokeTooWhenOthers
            && (max(tokens.lowerBound, hit.first - speakingMaxGap)..<hit.first).contains { text.token($0, isOneOf: speakingWords) }
    }

    private static let speakingMaxGap = 4
    private static let speakingWords = FoldedWords(["speaking", "exprimant", "briefing", "interviewed", "interroge", "interrogee"])

    private static let sayingLinks = FoldedWords(["on", "le", "ce", "this"])
    private static let sayingVerbs = FoldedWords([
        "said", "says", "told", "announced", "stated", "reported", "added", "declared", "declare", "annonce", "indique",
        "affirme", "dit", "rapporte", "precise", "ajoute", "explique", "souligne",
        // "the faction claimed, on Monday, responsibility for the rockets": the day of a claim, not of the attack.
        "claimed", "claims", "revendique",
    ])

    /// "BAGDAD, 30 décembre 2019 (AFP) - …", "ERBIL, Iraq (AP) — …", "Erbil, 5 janvier 2022 — …": a
    /// paragraph that opens with a place and has a spaced dash within its first words, the place
    /// written in capitals or followed by a date just before the dash. Returns the first token after
    /// the dash; the place and date before it are the dispatch's, not an incident's.
    static func datelineEnd(_ text: FoldedText, sentence index: Int, dates: ArraySlice<DateHit>) -> Int? {
        let sentence = text.sentences[index]
        guard index == 0 || text.sentences[index - 1].paragraph != sentence.paragraph else { return nil }
        let first = text.tokens[sentence.tokens.lowerBound]
        // "SATURDAY – DAMASCUS.": a paragraph that opens with its date is a round-up's heading, not a dispatch's place.
        guard first.isCapitalized, dates.first?.first != sentence.tokens.lowerBound else { return nil }
        let firstWord = text.bytes[Int(first.start)..<Int(first.end)]
        let inCapitals = firstWord.count >= 2 && !firstWord.contains { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
        let limit = min(sentence.tokens.upperBound, sentence.tokens.lowerBound + datelineMaxTokens)
        for t in (sentence.tokens.lowerBound + 1)..<limit {
            let token = text.tokens[t]
            let spaced = token.start > 0 && [0x20, 0x09].contains(text.bytes[Int(token.start) - 1])
            guard token.punctuationBefore == 0x2D && spaced else { continue }
            // "Mardi 17 janvier - Qamichli.": a paragraph that opens with its date is a round-up's heading.
            let datedPlace = dates.contains { $0.last == t - 1 && $0.first > sentence.tokens.lowerBound && $0.first - sentence.tokens.lowerBound <= 4 }
            if inCapitals || datedPlace || isAgencyDispatch(text, dash: t, sentence: sentence)
                || isAttributedDispatch(text, dash: t, sentence: sentence) { return t }
            return nil
        }
        return nil
    }

    private static let datelineMaxTokens = 12

    /// "Duhok - Une source sécuritaire … a déclaré", "Kirkuk - A police source said": a place of a few words, a spaced
    /// dash, then a capitalised sentence whose verb of saying follows within a few words: a wire's dispatch place.
    private static func isAttributedDispatch(_ text: FoldedText, dash: Int, sentence: Sentence) -> Bool {
        guard dash - sentence.tokens.lowerBound <= 3, text.tokens[dash].isCapitalized else { return false }
        let end = min(sentence.tokens.upperBound, dash + attributionMaxTokens)
        return (dash..<end).contains { text.token($0, isOneOf: sayingVerbs) }
    }

    private static let attributionMaxTokens = 14

    /// "Damas, SANA – Au petit matin…", "Erbil, Rudaw - …": a place of a few words, then a news agency's name just before
    /// the spaced dash: the agency's dispatch place, whatever the sentence tells next.
    private static func isAgencyDispatch(_ text: FoldedText, dash: Int, sentence: Sentence) -> Bool {
        dash - sentence.tokens.lowerBound <= 4 && text.token(dash - 1, isOneOf: newsAgencies)
    }

    private static let newsAgencies = FoldedWords([
        "afp", "ap", "reuters", "sana", "ina", "irna", "isna", "tasnim", "mehr", "fars", "anadolu", "aa", "xinhua", "rudaw",
        "shafaq", "kurdistan24", "anha", "hawar", "efe", "dpa", "ansa", "upi", "belga", "petra", "wam", "qna",
    ])

    /// "29/09/2020", "29.09.2020", "25-8-2019" (day first, as in French, British and Arabic copy; month first
    /// only when the day cannot be a month), and year first: ISO "2020-09-29", Arabic copy's "2020/09/29".
    private static func numericDates(in text: FoldedText, tokens range: Range<Int>) -> [DateHit] {
        var result: [DateHit] = []
        var t = range.lowerBound
        while t < range.upperBound {
            defer { t += 1 }
            // Each form begins with a number: most tokens are words, which their first byte rules out.
            let first = text.bytes[Int(text.tokens[t].start)]
            guard first >= 0x30 && first <= 0x39 else { continue }
            if let day = dayOfReferenceMonth(text, t, range) {
                result.append(DateHit(first: t - 1, last: t, expression: .dayOfReferenceMonth(day)))
                continue
            }
            guard t + 1 < range.upperBound else { continue }
            // "at dawn today, 6/6", "aujourd'hui 6/6": Arabic copy gives the day and month after the day word.
            if text.tokens[t + 1].punctuationBefore == 0x2F, t > range.lowerBound, text.token(t - 1, isOneOf: dayWords),
               let (day, month) = slashedDayMonth(text, t) {
                result.append(DateHit(first: t, last: t + 1, expression: .dayMonth(day: day, month: month)))
                t += 1
                continue
            }
            guard t + 2 < range.upperBound else { continue }
            let separator = text.tokens[t + 1].punctuationBefore
            guard isDateSeparator(separator), text.tokens[t + 2].punctuationBefore == separator,
                  text.tokens[t + 1].start == text.tokens[t].end + 1, text.tokens[t + 2].start == text.tokens[t + 1].end + 1,
                  let a = text.number(at: t), let b = text.number(at: t + 1), let c = text.number(at: t + 2) else { continue }
            var day: CalendarDay?
            if let y = year(text, t) {
                day = CalendarDay(year: y, month: b, day: c)
            } else if let y = year(text, t + 2) {
                day = a > 12 || b <= 12 ? CalendarDay(year: y, month: b, day: a) : CalendarDay(year: y, month: a, day: b)
            }
            if let day {
                result.append(DateHit(first: t, last: t + 2, expression: .absolute(.day(day))))
                t += 2
            }
        }
        return result
    }

    private static func candidates(in text: FoldedText, hits: ArraySlice<CueHit>) -> [DateHit] {
        // Most sentences hold no cue a date is read from, and need no copy of their hits.
        guard hits.contains(where: { beginsADate($0.cue) }) else { return [] }
        var result: [DateHit] = []
        let list = Array(hits)
        var consumedUpTo = -1
        for (k, hit) in list.enumerated() where hit.first > consumedUpTo {
            switch hit.cue {
            case .month(let month):
                if let found = monthExpression(text, list, k, month) {
                    result.append(found)
                    consumedUpTo = found.last
                }
            case .weekday(let weekday):
                let nextIsFuture = k + 1 < list.count && list[k + 1].cue == .next && list[k + 1].first == hit.last + 1
                let previousIsFuture = k > 0 && list[k - 1].cue == .next && list[k - 1].last == hit.first - 1
                let previousIsLast = k > 0 && list[k - 1].cue == .previous && list[k - 1].last == hit.first - 1
                // "lundi 7 juin", "jeudi le 23 mars": the month expression that follows carries the date.
                if let day = dayToken(afterWeekday: hit, text), k + 1 < list.count, case .month = list[k + 1].cue,
                   list[k + 1].first == day + 1 {
                    continue
                }
                // "Thursday, October 19": so does the American month and day.
                if k + 1 < list.count, case .month = list[k + 1].cue, list[k + 1].first == hit.last + 1,
                   list[k + 1].last + 1 < text.tokens.count, dayNumber(text, list[k + 1].last + 1) != nil {
                    continue
                }
                if let numeric = numericDayMonth(afterWeekday: hit, text) {
                    result.append(numeric)
                    consumedUpTo = numeric.last
                    continue
                }
                if let day = dayToken(afterWeekday: hit, text), let number = dayNumber(text, day), !previousIsFuture, !previousIsLast,
                   !continuesTheDay(after: day, text) {
                    result.append(DateHit(first: hit.first, last: day, expression: .weekdayAndDay(weekday: weekday, day: number)))
                    consumedUpTo = day
                    continue
                }
                let nextIsLast = k + 1 < list.count && list[k + 1].cue == .previous && list[k + 1].first == hit.last + 1
                let first = previousIsFuture || previousIsLast ? list[k - 1].first : hit.first
                let last = nextIsFuture || nextIsLast ? list[k + 1].last : hit.last
                let expression: DateExpression = nextIsFuture || previousIsFuture ? .future
                    : previousIsLast || nextIsLast ? .lastWeekday(weekday) : .weekday(weekday)
                result.append(DateHit(first: first, last: last, expression: expression))
                consumedUpTo = last
            case .number(7) where isSeptemberAbbreviation(text, hit):
                if let found = monthExpression(text, list, k, 9) {
                    result.append(found)
                    consumedUpTo = found.last
                }
            case .holiday(let day, let month):
                // "on Christmas Day 2023", "le jour de Noël": a day of the month like "le 25 décembre".
                if hit.last + 1 < text.tokens.count, let y = year(text, hit.last + 1), let d = CalendarDay(year: y, month: month, day: day) {
                    result.append(DateHit(first: hit.first, last: hit.last + 1, expression: .absolute(.day(d))))
                    consumedUpTo = hit.last + 1
                } else {
                    result.append(DateHit(first: hit.first, last: hit.last, expression: .dayMonth(day: day, month: month)))
                    consumedUpTo = hit.last
                }
            case .relative(let relative):
                result.append(DateHit(first: hit.first, last: hit.last, expression: .relative(relative)))
                consumedUpTo = hit.last
            case .inPreposition:
                // "in early 2021", "in the summer of 2022", « au cours de l'été 2022 »: a part of the year is as vague as the year.
                // The year is looked for first (a few byte tests): most "in" are followed by none.
                var next = hit.last + 1
                if next < text.tokens.count, year(text, next) == nil,
                   let later = (next + 1..<min(text.tokens.count, next + 1 + maxYearPartWords)).first(where: {
                       startsWithDigit(text, $0) && year(text, $0) != nil
                   }),
                   (next..<later).allSatisfy({ text.token($0, isOneOf: yearPartWords) }) {
                    next = later
                }
                if next < text.tokens.count, let year = year(text, next),
                   !(k + 1 < list.count && list[k + 1].first == next + 1 && isMonth(list[k + 1].cue)) {
                    result.append(DateHit(first: hit.first, last: next, expression: .absolute(.year(year))))
                    consumedUpTo = next
                }
            default:
                continue
            }
        }
        return result
    }

    private static func isMonth(_ cue: Cue) -> Bool { if case .month = cue { true } else { false } }

    private static func startsWithDigit(_ text: FoldedText, _ t: Int) -> Bool {
        let first = text.bytes[Int(text.tokens[t].start)]
        return first >= 0x30 && first <= 0x39
    }

    private static let maxYearPartWords = 3
    private static let yearPartWords = FoldedWords([
        "the", "early", "late", "mid", "summer", "spring", "autumn", "fall", "winter", "end", "beginning", "start", "of",
        "l", "la", "le", "de", "d", "ete", "printemps", "automne", "hiver", "fin", "debut", "mi",
    ])

    /// "/", "." or "-" between the numbers of a date ("14.03.2023", "5/3/2021").
    private static func isDateSeparator(_ punctuation: UInt8) -> Bool {
        punctuation == 0x2F || punctuation == 0x2E || punctuation == 0x2D
    }

    /// The cues `candidates` reads a date from.
    private static func beginsADate(_ cue: Cue) -> Bool {
        switch cue {
        case .month, .weekday, .number(7), .holiday, .relative, .inPreposition: true
        default: false
        }
    }

    /// "Sept 30", "Sept. 30, 2020": the English abbreviation the lexicon reads as French "sept" (seven). Written
    /// with a capital and followed by a day number it is the month; "sept roquettes", "Sept 107 mm" stay numbers.
    private static func isSeptemberAbbreviation(_ text: FoldedText, _ hit: CueHit) -> Bool {
        let next = hit.last + 1
        return hit.first == hit.last && text.tokens[hit.first].isCapitalized && next < text.tokens.count
            && text.tokens[next].sentence == text.tokens[hit.last].sentence && dayNumber(text, next) != nil
            && text.token(hit.first, isOneOf: septemberWords)
    }

    private static let septemberWords = FoldedWords(["sept"])

    /// The token of the day number right after a weekday, "the"/"le" allowed between: "jeudi le 23".
    private static func dayToken(afterWeekday hit: CueHit, _ text: FoldedText) -> Int? {
        var t = hit.last + 1
        if t < text.tokens.count, text.token(t, isOneOf: definiteArticles) { t += 1 }
        return t < text.tokens.count && dayNumber(text, t) != nil ? t : nil
    }

    /// "Tuesday, 14.03.2023", « du lundi 5 au dimanche 11 août »: the day number after a weekday begins a numeric date or a
    /// span, which the day's own reading takes.
    private static func continuesTheDay(after day: Int, _ text: FoldedText) -> Bool {
        let next = day + 1
        guard next < text.tokens.count, text.tokens[next].sentence == text.tokens[day].sentence else { return false }
        if isDateSeparator(text.tokens[next].punctuationBefore) { return true }
        // "Tuesday 12 to Wednesday" is a night; "Monday 5 to Sunday 11" a span.
        return text.token(next, isOneOf: spanLinks) && (1...2).contains { k in
            next + k < text.tokens.count && text.tokens[next + k].sentence == text.tokens[day].sentence && dayNumber(text, next + k) != nil
        }
    }

    /// "Monday, 3/1", "on Wednesday afternoon, 7/7", "vendredi 24/12": a weekday then, within a few
    /// words of the same sentence, day/month without a year (day first, as in Arabic and French copy).
    private static func numericDayMonth(afterWeekday hit: CueHit, _ text: FoldedText) -> DateHit? {
        let sentence = text.tokens[hit.last].sentence
        for t in (hit.last + 1)...(hit.last + 3) where t + 1 < text.tokens.count && text.tokens[t + 1].sentence == sentence {
            guard text.number(at: t) != nil else { continue }
            guard let (day, month) = slashedDayMonth(text, t) else { return nil }
            return DateHit(first: hit.first, last: t + 1, expression: .dayMonth(day: day, month: month))
        }
        return nil
    }

    /// Words a day/month without a year follows in Arabic copy ("today, 6/6"); weekdays are read with their cue.
    private static let dayWords = FoldedWords(["today", "tonight", "yesterday", "hui", "hier"])

    /// "6/6", "24/12" at token `t`: day/month (month first only when the day cannot be a month), in the same
    /// sentence and without a third part, which would make it a full date.
    private static func slashedDayMonth(_ text: FoldedText, _ t: Int) -> (day: Int, month: Int)? {
        guard t + 1 < text.tokens.count, text.tokens[t + 1].sentence == text.tokens[t].sentence, let a = text.number(at: t) else { return nil }
        let next = text.tokens[t + 1]
        guard next.punctuationBefore == 0x2F, next.start == text.tokens[t].end + 1, let b = text.number(at: t + 1) else { return nil }
        if t + 2 < text.tokens.count, text.tokens[t + 2].punctuationBefore == 0x2F, text.tokens[t + 2].start == next.end + 1 {
            return nil
        }
        let (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b)
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: 2000) else { return nil }
        return (day, month)
    }

    private static let ofWords = FoldedWords(["of"])

    /// The day a word at `index` names (its position in `days`, from 1), when `after` holds the word before it.
    private static func spelledDay(_ text: FoldedText, _ index: Int, among days: [FoldedWords], after: FoldedWords) -> Int? {
        guard text.token(index - 1, isOneOf: after) else { return nil }
        return days.firstIndex { text.token(index, isOneOf: $0) }.map { $0 + 1 }
    }

    private static let englishOrdinalDays = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth"].map { FoldedWords([$0]) }
    private static let frenchNumberDays = ["premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
        "douze", "treize", "quatorze", "quinze", "seize"].map { FoldedWords([$0]) }

    private static func monthExpression(_ text: FoldedText, _ hits: [CueHit], _ k: Int, _ month: Int) -> DateHit? {
        let hit = hits[k]
        // A date does not run over the end of its sentence ("… GMT+7" then a paragraph "Dec. …").
        let sentence = text.tokens[hit.first].sentence
        let tokenCount = text.tokens.count
        let after = hit.last + 1
        // "the 7th of May": an ordinal day and "of" before the month.
        // "on the fourth of April", « le quatre avril »: the day in words (ordinal before "of", French number after "le").
        let spelledOrdinal = hit.first - 3 >= 0 && text.token(hit.first - 1, isOneOf: ofWords)
            ? spelledDay(text, hit.first - 2, among: englishOrdinalDays, after: definiteArticles) : nil
        let ofDay = hit.first - 2 >= 0 && text.token(hit.first - 1, isOneOf: ofWords) && (dayNumber(text, hit.first - 2) != nil || spelledOrdinal != nil)
        let before = ofDay ? hit.first - 2 : hit.first - 1
        // French and British order: [weekday] D month [YYYY].
        if before >= 0, text.tokens[before].sentence == sentence,
           let day = dayNumber(text, before) ?? spelledOrdinal
            ?? (before >= 1 ? spelledDay(text, before, among: frenchNumberDays, after: definiteArticles) : nil) {
            var first = before
            if k > 0, case .weekday = hits[k - 1].cue, hits[k - 1].last == first - 1
                || (hits[k - 1].last == first - 2 && text.token(first - 1, isOneOf: definiteArticles)) {
                first = hits[k - 1].first
            }
            // "2-8 mars 2022", « du 2 au 8 mars »: a round-up's week.
            let spanStart: Int? = if text.tokens[before].punctuationBefore == 0x2D { before - 1 }
                else if before - 2 >= 0, text.token(before - 1, isOneOf: spanLinks) { before - 2 } else { nil }
            if let spanStart, spanStart >= 0, text.tokens[spanStart].sentence == sentence, let firstDay = dayNumber(text, spanStart),
               let week = weekHit(text, first: spanStart, last: hit.last, month: month, from: firstDay, to: day) {
                return week
            }
            if after < tokenCount, text.tokens[after].sentence == sentence, let y = year(text, after) {
                guard let d = CalendarDay(year: y, month: month, day: day) else { return nil }
                return DateHit(first: first, last: hit.last + 1, expression: .absolute(.day(d)))
            }
            guard day <= CalendarDay.daysIn(month: month, year: 2000) else { return nil }
            if after < tokenCount, text.tokens[after].sentence == sentence, text.token(after, isOneOf: followingWords) {
                return DateHit(first: first, last: after, expression: .dayMonthAfterPrevious(day: day, month: month))
            }
            if let back = yearsBack(after: hit.last, text, hits, k) {
                return DateHit(first: first, last: back.last, expression: .dayMonthOfYear(day: day, month: month, yearsBack: back.years))
            }
            if let last = sameYearEnd(after: hit.last, text) {
                return DateHit(first: first, last: last, expression: .dayMonthOfPreviousYear(day: day, month: month))
            }
            if k + 1 < hits.count, hits[k + 1].cue == .previous, hits[k + 1].first == hit.last + 1 {
                return DateHit(first: first, last: hits[k + 1].last, expression: .dayMonthBefore(day: day, month: month))
            }
            return DateHit(first: first, last: hit.last, expression: .dayMonth(day: day, month: month))
        }
        // American order: [weekday[,]] month D[,] [YYYY] ("Thursday, October 19").
        if after < tokenCount, text.tokens[after].sentence == sentence, let day = dayNumber(text, after), year(text, after) == nil {
            var first = hit.first
            if k > 0, case .weekday = hits[k - 1].cue, hits[k - 1].last == hit.first - 1 { first = hits[k - 1].first }
            // "Nov 10-16, 2023", "Nov 10 to 16": a round-up's week, told by the days of its span.
            let spanEnd = hit.last + 2 < tokenCount && text.tokens[hit.last + 2].punctuationBefore == 0x2D ? hit.last + 2
                : hit.last + 2 < tokenCount && text.token(hit.last + 2, isOneOf: spanLinks) ? hit.last + 3 : tokenCount
            if spanEnd < tokenCount, text.tokens[spanEnd].sentence == sentence, let lastDay = dayNumber(text, spanEnd),
               let week = weekHit(text, first: first, last: spanEnd, month: month, from: day, to: lastDay) {
                return week
            }
            // "overnight Sunday into Monday (July 17–18)": a night told by its two days ends on the second, as « 5-6 mars » does.
            if spanEnd < tokenCount, text.tokens[spanEnd].sentence == sentence, dayNumber(text, spanEnd) == day + 1,
               year(text, spanEnd + 1) == nil {
                return DateHit(first: first, last: spanEnd, expression: .dayMonth(day: day + 1, month: month))
            }
            if hit.last + 2 < tokenCount, text.tokens[hit.last + 2].sentence == sentence, let y = year(text, hit.last + 2) {
                guard let d = CalendarDay(year: y, month: month, day: day) else { return nil }
                return DateHit(first: first, last: hit.last + 2, expression: .absolute(.day(d)))
            }
            if let last = sameYearEnd(after: hit.last + 1, text) {
                return DateHit(first: first, last: last, expression: .dayMonthOfPreviousYear(day: day, month: month))
            }
            return yearsBack(after: hit.last + 1, text, hits, k).map {
                DateHit(first: first, last: $0.last, expression: .dayMonthOfYear(day: day, month: month, yearsBack: $0.years))
            } ?? DateHit(first: first, last: hit.last + 1, expression: .dayMonth(day: day, month: month))
        }
        if hit.last + 1 < tokenCount, let y = year(text, hit.last + 1) {
            return DateHit(first: hit.first, last: hit.last + 1, expression: .absolute(.month(month, of: y)))
        }
        // « Fin décembre, le 25, un haut gradé… », "In late December, on the 25th, …": the day told right after the month.
        if let (day, last) = dayAfterComma(text, hit.last + 1, sentence: sentence) {
            return DateHit(first: hit.first, last: last, expression: .dayMonth(day: day, month: month))
        }
        if hit.first > 0, text.token(hit.first - 1, isOneOf: monthQualifiers), let last = sameYearEnd(after: hit.last, text) {
            return DateHit(first: hit.first - 1, last: last, expression: .monthOfPreviousYear(month))
        }
        // "in January last year", "en janvier de l'année dernière", "in March this year".
        if k + 1 < hits.count, case .relative(let relative) = hits[k + 1].cue {
            let gap = hits[k + 1].first - hit.last - 1
            let adjacent = gap == 0 || (gap == 1 && text.token(hit.last + 1, isOneOf: yearLinks))
            switch relative {
            case .yearsAgo(let years) where adjacent:
                return DateHit(first: hit.first, last: hits[k + 1].last, expression: .monthOfYear(month: month, yearsBack: years))
            case .thisYear where adjacent:
                return DateHit(first: hit.first, last: hits[k + 1].last, expression: .monthOfYear(month: month, yearsBack: 0))
            default:
                break
            }
        }
        // "en mars suivant", "the following March".
        if hit.last + 1 < tokenCount, text.tokens[hit.last + 1].sentence == sentence, text.token(hit.last + 1, isOneOf: followingWords),
           hit.first > 0, text.token(hit.first - 1, isOneOf: monthQualifiers) {
            return DateHit(first: hit.first - 1, last: hit.last + 1, expression: .monthAfterPrevious(month))
        }
        if hit.first > 0, text.tokens[hit.first - 1].sentence == sentence, text.token(hit.first - 1, isOneOf: followingWords) {
            return DateHit(first: hit.first - 1, last: hit.last, expression: .monthAfterPrevious(month))
        }
        // "mai dernier" / "last May"; a bare month only after a preposition ("en mai", "début janvier").
        if k + 1 < hits.count, hits[k + 1].cue == .previous, hits[k + 1].first == hit.last + 1 {
            return DateHit(first: hit.first, last: hits[k + 1].last, expression: .month(month))
        }
        if k > 0, hits[k - 1].cue == .previous, hits[k - 1].last == hit.first - 1 {
            return DateHit(first: hits[k - 1].first, last: hit.last, expression: .month(month))
        }
        if hit.first > 0, text.token(hit.first - 1, isOneOf: monthQualifiers) {
            return DateHit(first: hit.first - 1, last: hit.last, expression: .month(month))
        }
        return nil
    }

    private static let sameYearDeterminers = FoldedWords(["la", "the", "that", "cette"])
    private static let sameWords = FoldedWords(["meme", "same"])
    private static let yearWords = FoldedWords(["annee", "year"])

    /// The last token of "de la même année", "of the same year", "that year", « de cette même année » right after token
    /// `last`: the year of the date told before, which analyses and chronologies leave unsaid.
    private static func sameYearEnd(after last: Int, _ text: FoldedText) -> Int? {
        var t = last + 1
        let sentence = text.tokens[last].sentence
        func at(_ i: Int, _ words: FoldedWords) -> Bool { i < text.tokens.count && text.tokens[i].sentence == sentence && text.token(i, isOneOf: words) }
        if at(t, yearLinks) { t += 1 }
        guard at(t, sameYearDeterminers) else { return nil }
        let isThat = text.token(t, isOneOf: thatWords)
        t += 1
        if at(t, sameWords) { t += 1 } else if !isThat { return nil }
        return at(t, yearWords) ? t : nil
    }

    private static let thatWords = FoldedWords(["that"])

    /// The year of a day and month the text gives without one: the reference's, unless that puts it more than a week
    /// after the reference (then the year before).
    private static func yearOf(day: Int, month: Int, reference ref: CalendarDay, dayKnown: Bool) -> Int {
        let latest = dayKnown ? ref.ordinal + 7 : DateSpan.month(ref.month, of: ref.year).end.ordinal + 7
        if let candidate = CalendarDay(year: ref.year, month: month, day: day), candidate.ordinal > latest { return ref.year - 1 }
        return ref.year
    }

    /// The day of ", le 25" or ", on the 25th" at token `t`, and the token it ends on.
    private static func dayAfterComma(_ text: FoldedText, _ t: Int, sentence: Int32) -> (Int, Int)? {
        guard t + 1 < text.tokens.count, text.tokens[t].punctuationBefore == 0x2C, text.tokens[t + 1].sentence == sentence else { return nil }
        if text.token(t, isOneOf: definiteArticles), let day = dayNumber(text, t + 1) { return (day, t + 1) }
        guard t + 2 < text.tokens.count, text.tokens[t + 2].sentence == sentence, text.token(t, isOneOf: englishOn),
              text.token(t + 1, isOneOf: englishThe), let day = dayNumber(text, t + 2) else { return nil }
        return (day, t + 2)
    }

    private static let spanLinks = FoldedWords(["au", "to", "through", "thru"])
    private static let followingWords = FoldedWords(["suivant", "suivante", "following"])

    /// A round-up's week, days `from`…`to` of `month` written in tokens `first…last`, with its year when the next token
    /// of the sentence is one; nil when those days make no week.
    private static func weekHit(_ text: FoldedText, first: Int, last: Int, month: Int, from: Int, to: Int) -> DateHit? {
        guard daySpan(year: 2000, month: month, from: from, to: to) != nil else { return nil }
        let after = last + 1
        if after < text.tokens.count, text.tokens[after].sentence == text.tokens[last].sentence, let y = year(text, after),
           let span = daySpan(year: y, month: month, from: from, to: to) {
            return DateHit(first: first, last: after, expression: .absolute(span))
        }
        return DateHit(first: first, last: last, expression: .dayMonthSpan(from: from, to: to, month: month))
    }

    /// The days `from`…`to` of a month, when they make three days to a week: a round-up's span (a night "du 3 au 4"
    /// is the day it ends on; longer spans are no round-up's).
    private static func daySpan(year: Int, month: Int, from: Int, to: Int) -> DateSpan? {
        guard to - from >= 2, to - from <= 6, let start = CalendarDay(year: year, month: month, day: from),
              let end = CalendarDay(year: year, month: month, day: to) else { return nil }
        return DateSpan(start: start, end: end, precision: .week)
    }

    /// "last year", "de l'année dernière" right after a day and month ending at token `last`: how many years back.
    private static func yearsBack(after last: Int, _ text: FoldedText, _ hits: [CueHit], _ k: Int) -> (years: Int, last: Int)? {
        guard let next = hits[(k + 1)...].first(where: { $0.first > last }), case .relative(.yearsAgo(let years)) = next.cue else { return nil }
        let gap = next.first - last - 1
        return gap == 0 || (gap == 1 && text.token(last + 1, isOneOf: yearLinks)) ? (years, next.last) : nil
    }

    /// 1…31 written as digits, "1er" or "1st"/"2nd"/"3rd"/"4th".
    static func dayNumber(_ text: FoldedText, _ index: Int) -> Int? {
        let bytes = text.foldedBytes(of: index)
        var value = 0
        var digits = 0
        var rest: [UInt8] = []
        for b in bytes {
            if b >= 0x30 && b <= 0x39 && rest.isEmpty { value = value * 10 + Int(b - 0x30); digits += 1 } else { rest.append(b) }
        }
        guard digits >= 1, digits <= 2, (1...31).contains(value) else { return nil }
        if rest.isEmpty { return value }
        let suffix = String(decoding: rest, as: UTF8.self)
        return ["er", "st", "nd", "rd", "th"].contains(suffix) ? value : nil
    }

    static func year(_ text: FoldedText, _ index: Int) -> Int? {
        // Asked of every token of a document, and of the token after a date, which may be past the last: the length, read
        // first, turns most away.
        guard index < text.tokens.count, text.tokens[index].foldEnd - text.tokens[index].foldStart == 4, let value = text.number(at: index), (1900...2100).contains(value) else {
            return nil
        }
        // "11:30 p.m. (2030 GMT)": a clock time in military notation, not a year.
        if index + 1 < text.tokens.count, text.token(index + 1, isOneOf: clockZones) { return nil }
        return value
    }

    private static let clockZones = FoldedWords(["gmt", "utc", "zulu"])

    /// Clock times: "14h45", "4h30", "14 h 45", "14:45", "2:45 pm".
    static func times(in text: FoldedText, tokens range: Range<Int>, hits: ArraySlice<CueHit>) -> [TimeHit] {
        var result: [TimeHit] = []
        var t = range.lowerBound
        while t < range.upperBound {
            let firstByte = text.folded[Int(text.tokens[t].foldStart)]
            guard (firstByte >= 0x30 && firstByte <= 0x39) || (firstByte == 0x68 && text.tokens[t].foldEnd - text.tokens[t].foldStart == 1) else {
                t += 1
                continue
            }
            let bytes = Array(text.foldedBytes(of: t))
            var hour: Int?
            var minute = 0
            var last = t
            if let h = bytes.firstIndex(of: 0x68), h > 0, h <= 2, bytes[..<h].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                let tail = bytes[(h + 1)...]
                let hourValue = Int(String(decoding: bytes[..<h], as: UTF8.self))!
                if tail.isEmpty {
                    if t + 1 < range.upperBound, text.tokens[t + 1].punctuationBefore == 0,
                       let m = text.number(at: t + 1), text.foldedBytes(of: t + 1).count == 2, m < 60 {
                        minute = m
                        last = t + 1
                        hour = hourValue
                    } else if hourValue >= 1 {
                        hour = hourValue
                    }
                } else if tail.count == 2, tail.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    hour = hourValue
                    minute = Int(String(decoding: tail, as: UTF8.self))!
                }
            } else if let h = text.number(at: t), bytes.count <= 2, t + 1 < range.upperBound,
                      text.tokens[t + 1].punctuationBefore == 0x3A, let m = text.number(at: t + 1),
                      text.foldedBytes(of: t + 1).count == 2, m < 60 {
                hour = h
                minute = m
                last = t + 1
                if t + 2 < range.upperBound {
                    let suffix = text.foldedString(of: t + 2)
                    if suffix == "pm" || (suffix == "p" && t + 3 < range.upperBound && text.foldedString(of: t + 3) == "m") {
                        if h < 12 { hour = h + 12 }
                        last = t + 2
                    } else if suffix == "am" || suffix == "a" {
                        if h == 12 { hour = 0 }
                        last = t + 2
                    }
                }
            } else if bytes == Array("h".utf8), t > range.lowerBound, let h = text.number(at: t - 1),
                      t + 1 < range.upperBound, let m = text.number(at: t + 1), text.foldedBytes(of: t + 1).count == 2 {
                hour = h
                minute = m
                last = t + 1
            }
            if let hour, hour < 24, minute < 60 {
                let universal = hits.contains { $0.cue == .timeZone && $0.first == last + 1 }
                result.append(TimeHit(token: t, value: TimeOfDay(hour: hour, minute: minute), isUniversal: universal))
                t = last + 1
            } else {
                t += 1
            }
        }
        return result
    }

    /// The span an expression names, counted from `reference`; nil when it cannot be placed in time. `previous` is
    /// the day told before: what "le lendemain" counts from, and what a weekday under a month header is near.
    static func resolve(_ expression: DateExpression, reference: ReferenceDate, previous: CalendarDay? = nil) -> DateSpan? {
        if case .absolute(let span) = expression { return span }
        if case .relative(.fromPrevious(let days)) = expression { return previous.map { .day($0.adding(days: days)) } }
        if case .thirdOfMonth(let month, let third) = expression {
            guard let span = resolve(month.expression, reference: reference, previous: previous), span.precision == .month,
                  let start = CalendarDay(year: span.start.year, month: span.start.month, day: 10 * (third - 1) + 1) else { return nil }
            let end = third == 3 ? span.end : start.adding(days: 9)
            return DateSpan(start: start, end: end, precision: .week)
        }
        guard let ref = reference.day else { return nil }
        let dayKnown = reference.precision == .day
        let referenceMonth = DateSpan.month(ref.month, of: ref.year)
        switch expression {
        case .absolute(let span):
            return span
        case .dayMonth(let day, let month):
            return CalendarDay(year: yearOf(day: day, month: month, reference: ref, dayKnown: dayKnown), month: month, day: day).map(DateSpan.day)
        case .dayMonthBefore(let day, let month):
            let latest = dayKnown ? ref : referenceMonth.end
            guard let sameYear = CalendarDay(year: ref.year, month: month, day: day) else { return nil }
            return .day(sameYear > latest ? CalendarDay(year: ref.year - 1, month: month, day: day) ?? sameYear : sameYear)
        case .dayMonthSpan(let from, let to, let month):
            return daySpan(year: yearOf(day: to, month: month, reference: ref, dayKnown: dayKnown), month: month, from: from, to: to)
        case .month(let month):
            return .month(month, of: month > ref.month ? ref.year - 1 : ref.year)
        case .monthOfYear(let month, let yearsBack):
            return .month(month, of: ref.year - yearsBack)
        case .dayMonthAfterPrevious(let day, let month):
            guard let previous else { return resolve(.dayMonth(day: day, month: month), reference: reference) }
            let sameYear = CalendarDay(year: previous.year, month: month, day: day)
            let year = sameYear.map { $0 > previous } ?? false ? previous.year : previous.year + 1
            return CalendarDay(year: year, month: month, day: day).map(DateSpan.day)
        case .monthAfterPrevious(let month):
            guard let previous else { return resolve(.month(month), reference: reference) }
            return .month(month, of: month > previous.month ? previous.year : previous.year + 1)
        case .dayMonthOfPreviousYear(let day, let month):
            guard let previous else { return resolve(.dayMonth(day: day, month: month), reference: reference) }
            return CalendarDay(year: previous.year, month: month, day: day).map(DateSpan.day)
        case .monthOfPreviousYear(let month):
            guard let previous else { return resolve(.month(month), reference: reference) }
            return .month(month, of: previous.year)
        case .dayMonthOfYear(let day, let month, let yearsBack):
            return CalendarDay(year: ref.year - yearsBack, month: month, day: day).map(DateSpan.day)
        case .weekday(let weekday):
            guard dayKnown else {
                // "Le 24 août, des roquettes… Jeudi, un drone…": under a month header, the weekday nearest the day the
                // story told last, when that day is of the month.
                guard let previous, referenceMonth.start <= previous, previous <= referenceMonth.end else { return referenceMonth }
                let ahead = (weekday - previous.weekday + 7) % 7
                return .day(previous.adding(days: ahead <= 3 ? ahead : ahead - 7))
            }
            // A day inferred from "jeudi 23 mars" in the text is the earliest the article speaks from,
            // so "vendredi" after it is the next day, not the Friday of the week before.
            if reference.source == .weekdayInference, weekday == (ref.weekday + 1) % 7 { return .day(ref.adding(days: 1)) }
            return .day(ref.adding(days: -((ref.weekday - weekday + 7) % 7)))
        case .dayOfReferenceMonth(let day):
            // The latest such day by the reference: "on the 28th" in a report of the 2nd is last month's.
            let month = dayKnown && day > ref.day ? (ref.month + 10) % 12 + 1 : ref.month
            let year = month > ref.month ? ref.year - 1 : ref.year
            return CalendarDay(year: year, month: month, day: day).map(DateSpan.day)
        case .weekdayAndDay(let weekday, let day):
            // The month, from the reference's back, in which that day falls on that weekday (a header's month first);
            // the reference's month when none does within a quarter.
            for back in 0...2 {
                let month = (ref.month - 1 - back + 12) % 12 + 1
                let year = ref.month - back >= 1 ? ref.year : ref.year - 1
                if let candidate = CalendarDay(year: year, month: month, day: day), candidate.weekday == weekday,
                   !dayKnown || candidate.ordinal <= ref.ordinal + 1 {
                    return .day(candidate)
                }
            }
            return CalendarDay(year: ref.year, month: ref.month, day: day).map(DateSpan.day)
        case .lastWeekday(let weekday):
            guard dayKnown else { return referenceMonth }
            let back = (ref.weekday - weekday + 7) % 7
            return .day(ref.adding(days: -(back == 0 ? 7 : back)))
        case .relative(let relative):
            switch relative {
            case .today: return dayKnown ? .day(ref) : referenceMonth
            case .daysAgo(let n): return dayKnown ? .day(ref.adding(days: -n)) : referenceMonth
            case .lastWeek: return dayKnown ? .week(of: ref.adding(days: -7)) : referenceMonth
            case .lastWeekend:
                guard dayKnown else { return referenceMonth }
                let back = (ref.weekday - 5 + 7) % 7
                let saturday = ref.adding(days: -(back == 0 ? 7 : back))
                return DateSpan(start: saturday, end: saturday.adding(days: 1), precision: .week)
            case .thisWeek: return dayKnown ? .week(of: ref) : referenceMonth
            case .thisMonth: return referenceMonth
            case .lastMonth: return ref.month == 1 ? .month(12, of: ref.year - 1) : .month(ref.month - 1, of: ref.year)
            case .thisYear: return .year(ref.year)
            case .yearsAgo(let years): return .year(ref.year - years)
            case .fromPrevious: return nil
            }
        case .future, .thirdOfMonth:
            return nil
        }
    }
}
