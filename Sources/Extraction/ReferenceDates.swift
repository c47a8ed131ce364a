import Foundation
import Gazetteer

/// A quoted tweet: its text (bytes `textRange`) speaks from the signature's date.
struct TweetRegion {
    var textRange: Range<Int>
    /// The "— Name (@handle) date" signature, excluded from date expressions.
    var signatureRange: Range<Int>
    var date: CalendarDay
}

enum ReferenceDates {
    /// The year a weekday-with-date is searched from when the text names no year.
    static let defaultEraYear = 2020
    /// How many years before `defaultEraYear` a year the text names may still set the era.
    static let earliestEraOffset = 5
    private static let tweetMaxBytes = 600

    /// "YYYY-MM" or "YYYY-MM-DD".
    static func parseHeader(_ value: String) -> ReferenceDate? {
        var value = value
        return value.withUTF8(parseHeader(utf8:))
    }

    /// `YYYY-MM` or `YYYY-MM-DD`.
    static func parseHeader(utf8 b: UnsafeBufferPointer<UInt8>) -> ReferenceDate? {
        func number(_ at: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in b[at..<at + count] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard b.count == 7 || b.count == 10, b[4] == 0x2D, let year = number(0, 4), let month = number(5, 2) else { return nil }
        if b.count == 10 {
            guard b[7] == 0x2D, let day = number(8, 2), let d = CalendarDay(year: year, month: month, day: day) else { return nil }
            return ReferenceDate(day: d, precision: .day, source: .header)
        }
        guard (1...12).contains(month) else { return nil }
        return ReferenceDate(day: .firstOf(month: month, year: year), precision: .month, source: .header)
    }

    /// Tweet signatures: a dash, a name, "(@handle)", then a date.
    static func tweets(in text: FoldedText, hits: [CueHit], hitIndexByToken: [Int32]) -> [TweetRegion] {
        let bytes = text.bytes
        var regions: [TweetRegion] = []
        var i = 0
        let n = bytes.count
        while i + 1 < n {
            // memchr: this looks at every byte of every document, and few are an opening bracket.
            let bracket = bytes.withUnsafeBufferPointer { buffer in
                memchr(buffer.baseAddress! + i, 0x28, n - 1 - i).map { UnsafeRawPointer($0) - UnsafeRawPointer(buffer.baseAddress!) }
            }
            guard let bracket else { break }
            i = bracket
            guard bytes[i + 1] == 0x40 else { i += 1; continue }
            var close = i + 2
            while close < n, close < i + 60, bytes[close] != 0x29, bytes[close] != 0x0A { close += 1 }
            guard close < n, bytes[close] == 0x29 else { i += 1; continue }
            let first = text.tokenIndex(atOrAfter: close)
            // "— Name (@handle) 20 octobre 2021", or the date inside the brackets: "(@handle, Oct 20, 2021)".
            let handle = text.tokenIndex(atOrAfter: i + 2)
            let inside = signatureDate(text, handle + 1, hits, hitIndexByToken).flatMap { found in
                Int(text.tokens[found.1].end) <= close ? found : nil
            }
            guard let (date, lastToken) = inside ?? signatureDate(text, first, hits, hitIndexByToken) else { i = close; continue }
            var lineStart = i
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            // The signature's dash is on its line and after the tweet signed before it.
            let floor = max(lineStart, regions.last?.signatureRange.upperBound ?? 0)
            var dash = i
            while dash > floor, !isDash(bytes, dash) { dash -= 1 }
            if dash == floor && !isDash(bytes, dash) { dash = i }
            let signature = dash..<Int(text.tokens[lastToken].end)
            let textStart: Int
            if bytes[lineStart..<dash].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0xE2 || $0 == 0x80 || $0 == 0x93 || $0 == 0x94 || $0 == 0x2D }) {
                textStart = precedingTweetLines(bytes, before: lineStart, stopAt: regions.last?.signatureRange.upperBound ?? 0)
            } else {
                textStart = max(lineStart, regions.last?.signatureRange.upperBound ?? 0)
            }
            regions.append(TweetRegion(textRange: textStart..<dash, signatureRange: signature, date: date))
            i = signature.upperBound
        }
        return regions
    }

    private static func isDash(_ bytes: [UInt8], _ i: Int) -> Bool {
        if bytes[i] == 0x2D, i > 0, bytes[i - 1] == 0x20 { return true }
        // U+2013 and U+2014 start E2 80 93 / E2 80 94.
        return bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94)
    }

    /// A signature on its own line dates the short lines above it (a tweet is short), up to a blank line.
    private static func precedingTweetLines(_ bytes: [UInt8], before lineStart: Int, stopAt floor: Int) -> Int {
        var start = lineStart
        var end = lineStart
        while end > floor {
            var s = end - 1
            while s > floor, bytes[s - 1] != 0x0A { s -= 1 }
            let line = bytes[s..<max(s, end - 1)]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { break }
            if lineStart - s > tweetMaxBytes { break }
            start = s
            end = s
        }
        return start
    }

    private static func signatureDate(_ text: FoldedText, _ first: Int, _ hits: [CueHit], _ index: [Int32]) -> (CalendarDay, Int)? {
        let count = text.tokens.count
        guard first + 2 < count else { return nil }
        func month(_ t: Int) -> Int? {
            let h = index[t]
            guard h >= 0, case .month(let m) = hits[Int(h)].cue, hits[Int(h)].first == t else { return nil }
            return m
        }
        if let day = DateExpressions.dayNumber(text, first), let m = month(first + 1),
           let y = DateExpressions.year(text, first + 2), let d = CalendarDay(year: y, month: m, day: day) {
            return (d, first + 2)
        }
        if let m = month(first), let day = DateExpressions.dayNumber(text, first + 1),
           let y = DateExpressions.year(text, first + 2), let d = CalendarDay(year: y, month: m, day: day) {
            return (d, first + 2)
        }
        return nil
    }

    /// Where a document speaks from: header day, else the latest tweet, else the latest full or
    /// weekday-fixed date in the text, else the header month. A `header` of year precision is a year
    /// other documents revealed (see `inferredFromOtherDocuments`): it dates the yearless dateline.
    static func reference(header: ReferenceDate?, tweets: [TweetRegion], dates: [DateHit], text: FoldedText,
                          hits: [CueHit], hitIndexByToken: [Int32]) -> ReferenceDate {
        if let header, header.precision == .day { return header }
        let mentionedYears = text.tokens.indices.compactMap { DateExpressions.year(text, $0) }
        let publicationYear = header?.day?.year ?? mentionedYears.max()
        // A year long before the conflicts this tool maps ("le camp, fondé en 1993") is something the article
        // recalls, not the time it speaks from.
        let era = header?.day?.year ?? max(mentionedYears.max() ?? defaultEraYear, defaultEraYear - earliestEraOffset)
        let published = dates.filter(\.isPublication).compactMap { hit -> CalendarDay? in
            switch hit.expression {
            case .absolute(let span) where span.precision == .day: return span.start
            case .dayMonth(let day, let month):
                guard let year = publicationYear, let date = CalendarDay(year: year, month: month, day: day) else { return nil }
                // « Publié le jeudi 3 février » in a text that recalls « la défaite de l'EI en 2017 »: the weekday, not the
                // year the text names, fixes the year of a yearless dateline: of the years it fits after that one, the one
                // nearest the era this tool maps, the later of two as near.
                if header == nil, let weekday = weekday(of: hit, hits, hitIndexByToken), date.weekday != weekday {
                    return likeliestDay(month: month, day: day, weekday: weekday, from: era, nearest: max(era, defaultEraYear)) { _ in true }
                }
                // A year learnt from an incident's day: a dateline earlier in the year is the next year's.
                if header?.precision == .year, let incident = header?.day, date < incident {
                    return CalendarDay(year: year + 1, month: month, day: day)
                }
                return date
            default: return nil
            }
        }
        if let latest = published.max() {
            return ReferenceDate(day: latest, precision: .day, source: .explicitText)
        }
        if let latest = tweets.map(\.date).max() {
            return ReferenceDate(day: latest, precision: .day, source: .tweet)
        }
        var candidates: [(CalendarDay, ReferenceDateSource)] = []
        let inHeaderMonth: (CalendarDay) -> Bool = { day in
            guard let h = header?.day else { return true }
            return h.year == day.year && (header?.precision == .year || h.month == day.month)
        }
        // A round-up's title span ("Nov 10-16, 2023", "Nov 10-16" under a month header) speaks from its last day; a span
        // in the body is a period the text tells of (« la visite du pape du 5 au 8 mars »).
        for hit in dates {
            if case .absolute(let span) = hit.expression, inHeaderMonth(span.end),
               span.precision == .day || (span.precision == .week && isInTitle(hit, text)) {
                candidates.append((span.end, .explicitText))
            }
            if case .dayMonthSpan(_, let to, let month) = hit.expression, isInTitle(hit, text), let h = header?.day,
               header?.precision == .month, month == h.month, let end = CalendarDay(year: h.year, month: month, day: to) {
                candidates.append((end, .explicitText))
            }
        }
        // "Weekly round-up, July 18–24, 2022 … overnight Sunday into Monday (July 17–18)": a text that writes its days with
        // their year has fixed its year, so a weekday paired with the wrong one of two days does not move it to the next
        // year where they agree; only a January after a December written with its year reaches past it.
        let latestFullDate = candidates.map(\.0).max()
        let agreesWithFullDates: (CalendarDay) -> Bool = { day in
            guard let full = latestFullDate else { return true }
            return day.year == full.year || (day.year == full.year + 1 && day.month < full.month)
        }
        for hit in dates {
            guard case .dayMonth(let day, let month) = hit.expression, let weekday = weekday(of: hit, hits, hitIndexByToken)
            else { continue }
            // "from Saturday, Dec. 2, to Friday, Dec. 8": a round-up's span ends on the day it speaks from, so its
            // weekdays fall inside the span, not after it (as they may after a weekday inferred elsewhere).
            // A header's year is where its days are; without one, the years this tool maps.
            let nearest = header?.day?.year ?? max(era, defaultEraYear)
            if let d = likeliestDay(month: month, day: day, weekday: weekday, from: era, nearest: nearest, where: agreesWithFullDates),
               inHeaderMonth(d) {
                candidates.append((d, endsSpan(hit, dates, text) ? .explicitText : .weekdayInference))
            }
        }
        // "vendredi … L'attaque s'est produite le 20 janvier": in a document that gives only its month, a day of
        // that month written without its weekday, falling on a weekday the text names, is the day it speaks from.
        if let month = header?.day, header?.precision == .month {
            let namedWeekdays = Set(dates.compactMap { hit -> Int? in if case .weekday(let w) = hit.expression { w } else { nil } })
            for hit in dates where !namedWeekdays.isEmpty {
                let day: CalendarDay? = switch hit.expression {
                case .dayMonth(let d, let m) where m == month.month: CalendarDay(year: month.year, month: m, day: d)
                case .absolute(let span) where span.precision == .day && inHeaderMonth(span.start): span.start
                default: nil
                }
                if let day, namedWeekdays.contains(day.weekday) { candidates.append((day, .weekdayInference)) }
            }
        }
        if let month = header?.day, header?.precision == .month {
            // "shot down on the 5th" under a September header: that day of September.
            for hit in dates {
                if case .dayOfReferenceMonth(let d) = hit.expression, let day = CalendarDay(year: month.year, month: month.month, day: d) {
                    candidates.append((day, .explicitText))
                }
            }
            // « dans la nuit de mardi 12 à mercredi » under a month header: the day of the month that falls on its weekday.
            for hit in dates {
                guard case .weekdayAndDay(let weekday, let d) = hit.expression,
                      let day = CalendarDay(year: month.year, month: month.month, day: d), day.weekday == weekday else { continue }
                candidates.append((day, .weekdayInference))
            }
        }
        if var best = candidates.max(by: { $0.0 < $1.0 }) {
            // "Une source a déclaré, mercredi, que … dans la nuit de mardi 12 à mercredi": the weekday a source spoke on, a day
            // or two after the day the text fixed, is the day the document speaks from; so under a month header, where that
            // day is an incident's (« La cellule a annoncé, samedi, … dans la soirée du 12 »).
            if best.1 == .weekdayInference || header?.precision == .month, let spoken = dates.lazy.compactMap({ hit -> Int? in
                guard hit.isDayOfSaying, case .weekday(let weekday) = hit.expression else { return nil }
                return weekday
            }).first {
                let ahead = (spoken - best.0.weekday + 7) % 7
                if ahead == 1 || ahead == 2 { best.0 = best.0.adding(days: ahead) }
            }
            return ReferenceDate(day: best.0, precision: .day, source: best.1)
        }
        return header.flatMap { $0.precision == .month ? $0 : nil } ?? ReferenceDate(day: nil, precision: .day, source: .none)
    }

    /// The day of `month` falling on `weekday` in the dozen years from `era` on that passes `accepts`: of those, the one
    /// nearest the year `nearest`, the later of two as near (« mardi 9 mai » in a text that recalls 2014 is 2023, not 2017).
    private static func likeliestDay(month: Int, day: Int, weekday: Int, from era: Int, nearest: Int,
                                     where accepts: (CalendarDay) -> Bool) -> CalendarDay? {
        (era...(era + 11)).compactMap { CalendarDay(year: $0, month: month, day: day) }
            .filter { $0.weekday == weekday && accepts($0) }
            .min { (abs($0.year - nearest), -$0.year) < (abs($1.year - nearest), -$1.year) }
    }

    /// The weekday that opens a day-and-month hit ("jeudi 3 février", "Thursday, Feb. 3").
    private static func weekday(of hit: DateHit, _ hits: [CueHit], _ hitIndexByToken: [Int32]) -> Int? {
        guard hitIndexByToken[hit.first] >= 0, case .weekday(let weekday) = hits[Int(hitIndexByToken[hit.first])].cue else {
            return nil
        }
        return weekday
    }

    /// "to Friday, Dec. 8" after "from Saturday, Dec. 2" in its sentence: the end of a span of at most a week.
    /// « du lundi 5 au dimanche 11 août »: the start's month is the end's, so the start is a weekday and its day.
    private static func endsSpan(_ hit: DateHit, _ dates: [DateHit], _ text: FoldedText) -> Bool {
        guard case .dayMonth(let day, let month) = hit.expression, hit.first > 0, text.token(hit.first - 1, isOneOf: spanEnds) else { return false }
        let sentence = text.tokens[hit.first].sentence
        return dates.contains { start in
            guard start.last < hit.first, text.tokens[start.first].sentence == sentence else { return false }
            switch start.expression {
            case .dayMonth(let startDay, let startMonth): return startMonth == month && (1...6).contains(day - startDay)
            case .weekday: return hit.first - start.last <= 3
            default: return false
            }
        }
    }

    private static let spanEnds = FoldedWords(["to", "through", "au", "jusqu"])

    private static func isInTitle(_ hit: DateHit, _ text: FoldedText) -> Bool {
        text.sentences[Int(text.tokens[hit.first].sentence)].paragraph == text.sentences[0].paragraph
    }

    /// A document whose header gives only the month learns its day from the others: an incident it dates
    /// by a weekday ("mercredi") that another document dates to a day of that month and weekday, at a
    /// compatible place, happened on that day, and the document speaks from the latest such day, or
    /// from its last weekday up to three days after it.
    /// Returns the documents (by index) whose reference is now known to the day.
    /// The day "le lendemain" counts from after a sentence: the last day it dated an incident to, else
    /// the last day it writes ("Le 27 juin, le Pentagone a annoncé…"), else the one before.
    static func lastDay(mentions: [Mention], dates: ArraySlice<DateHit>, reference: ReferenceDate, previous: CalendarDay?) -> CalendarDay? {
        // « Mi-avril 2021, des roquettes… Trois semaines plus tard… »: a third of a month is the nearest a chronology gets to a day.
        if let day = mentions.last(where: { $0.dateIsStated && ($0.date?.precision == .day || $0.isDatedByAThirdOfAMonth) })?.date?.start {
            return day
        }
        return statedDay(dates: dates, reference: reference, previous: previous) ?? previous
    }

    /// The last day a sentence's own dates name, if any.
    static func statedDay(dates: ArraySlice<DateHit>, reference: ReferenceDate, previous: CalendarDay?) -> CalendarDay? {
        for hit in dates.reversed() where !hit.isPublication {
            if let span = DateExpressions.resolve(hit.expression, reference: reference, previous: previous), span.precision == .day {
                return span.start
            }
        }
        return nil
    }

    /// The day the sentence `index` falls under in a round-up: a paragraph that is only a date
    /// ("Wednesday, Oct. 18", "Mardi 17 octobre") heads the bulleted paragraphs after it, and any other
    /// paragraph ends its section. A paragraph that opens with a date set off by a dash or a colon
    /// ("Mardi 17 janvier - Qamichli. Un drone…", "Oct. 18: rockets hit…") is a section of its own.
    /// `current` is the day of the sentence before.
    static func sectionDay(_ current: CalendarDay?, text: FoldedText, sentence index: Int, dates: ArraySlice<DateHit>,
                           reference: ReferenceDate) -> CalendarDay? {
        let sentence = text.sentences[index]
        guard index == 0 || text.sentences[index - 1].paragraph != sentence.paragraph else { return current }
        let first = sentence.tokens.lowerBound
        if text.tokens[first].punctuationBefore == 0x2D || text.tokens[first].punctuationBefore == 0x2A { return current }
        guard let heading = dates.first, heading.first == first, !heading.isPublication else { return nil }
        let isWholeParagraph = index + 1 == text.sentences.count || text.sentences[index + 1].paragraph != sentence.paragraph
        let datesTheSentence = dates.count == 1 && heading.last == sentence.tokens.upperBound - 1
        let setOff = heading.last + 1 < sentence.tokens.upperBound && sectionMarks.contains(text.tokens[heading.last + 1].punctuationBefore)
        guard (isWholeParagraph && datesTheSentence) || setOff,
              let span = DateExpressions.resolve(heading.expression, reference: reference), span.precision == .day else { return nil }
        return span.start
    }

    /// A dash (en and em dashes read as one) or a colon after a heading's date.
    private static let sectionMarks: Set<UInt8> = [0x2D, 0x3A]

    /// How far past the day other documents confirm a document's later weekdays may reach.
    private static let maxDaysAhead = 3

    static func inferredFromOtherDocuments(_ references: [ReferenceDate], _ incidents: [[Extractor.Incident]],
                                           samePlace: (Place, Place) -> Bool) -> [(document: Int, reference: ReferenceDate)] {
        struct Key: Hashable {
            let type: EventType
            let year: Int
            let month: Int
            let weekday: Int
        }
        struct DayOfYear: Hashable {
            let type: EventType
            let month: Int
            let day: Int
        }
        var datedDays: [Key: [(document: Int, place: Place, day: CalendarDay)]] = [:]
        var datedDaysOfYear: [DayOfYear: [(document: Int, place: Place, day: CalendarDay)]] = [:]
        for (d, found) in incidents.enumerated() {
            for incident in found where incident.dateIsStated && incident.date?.precision == .day {
                guard let day = incident.date?.start, let place = incident.place, place.kind.specificity >= 2 else { continue }
                datedDays[Key(type: incident.type, year: day.year, month: day.month, weekday: day.weekday), default: []]
                    .append((d, place, day))
                datedDaysOfYear[DayOfYear(type: incident.type, month: day.month, day: day.day), default: []].append((d, place, day))
            }
        }
        var result: [(Int, ReferenceDate)] = []
        // A dateline without a year ("ERBIL, Iraq, April 15 (Reuters)") in a text that writes none: an incident it
        // dates by day and month ("on Feb. 15") that another document dates in full, at a compatible place, is that
        // day. The reference then carries it with year precision: the year the text's own dates are read in.
        for (d, reference) in references.enumerated() where reference.day == nil {
            var latest: CalendarDay?
            for incident in incidents[d] {
                guard case .dayMonth(let day, let month)? = incident.summary.dateExpression, let place = incident.place,
                      place.kind.specificity >= 2 else { continue }
                for other in datedDaysOfYear[DayOfYear(type: incident.type, month: month, day: day)] ?? []
                where other.document != d && samePlace(other.place, place) {
                    latest = max(latest ?? other.day, other.day)
                }
            }
            if let latest { result.append((d, ReferenceDate(day: latest, precision: .year, source: .explicitText))) }
        }
        // A day inferred from the text's own weekday and date ("Sunday, Dec. 3") is the earliest the document speaks
        // from: another document may show that its "Friday" is a later one.
        for (d, reference) in references.enumerated() where reference.precision == .month || reference.source == .weekdayInference {
            guard let month = reference.day else { continue }
            let earliest = reference.precision == .day ? month : nil
            var latest: CalendarDay?
            var weekdays: Set<Int> = []
            for incident in incidents[d] {
                guard case .weekday(let weekday)? = incident.summary.dateExpression else { continue }
                weekdays.insert(weekday)
                guard let place = incident.place, place.kind.specificity >= 2 else { continue }
                let key = Key(type: incident.type, year: month.year, month: month.month, weekday: weekday)
                for other in datedDays[key] ?? [] where other.document != d && samePlace(other.place, place)
                    && earliest.map({ other.day > $0 }) ?? true {
                    latest = max(latest ?? other.day, other.day)
                }
            }
            guard let latest else { continue }
            // "lundi … mardi … mercredi matin": the article speaks from its last weekday, a few days on.
            let ahead = weekdays.map { ($0 - latest.weekday + 7) % 7 }.filter { $0 <= maxDaysAhead }.max() ?? 0
            result.append((d, ReferenceDate(day: latest.adding(days: ahead), precision: .day, source: .weekdayInference)))
        }
        return result
    }
}
