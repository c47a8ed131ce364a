import Extraction

/// A closed interval of days with the label that names its folder and its place on the time slider.
public struct TimeWindow: Hashable, Sendable {
    public let label: String
    public let start: CalendarDay
    /// Inclusive.
    public let end: CalendarDay

    public init(label: String, start: CalendarDay, end: CalendarDay) {
        self.label = label
        self.start = start
        self.end = end
    }

    public func contains(_ start: CalendarDay, _ end: CalendarDay) -> Bool { self.start <= start && end <= self.end }
}

public enum CalendarUnit: String, CaseIterable, Sendable {
    case day, week, month, quarter, year
}

/// How a run cuts time into windows.
public enum WindowScheme: Equatable, Sendable {
    /// Calendar periods: ISO weeks (Monday–Sunday), months, quarters, years.
    case calendar(CalendarUnit)
    /// Back-to-back periods of an ISO 8601 duration counted from an anchor date.
    case duration(months: Int, days: Int, anchor: CalendarDay, text: String)
    /// The user's own intervals, which may overlap or leave gaps.
    case explicit([TimeWindow])

    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads `--window` (`day|week|month|quarter|year` or an ISO duration such as `P10D`, `P2W`, `P1M`,
    /// `P1Y2M`), `--anchor YYYY-MM-DD` (durations only) and `--windows start/end,start/end,…`.
    public static func parse(window: String?, anchor: String?, windows: String?) throws -> WindowScheme {
        if let windows {
            guard window == nil else { throw ParseError(description: "give either --window or --windows, not both") }
            return .explicit(try parseIntervals(windows))
        }
        let text = window ?? "month"
        if let unit = CalendarUnit(rawValue: text) {
            if anchor != nil { throw ParseError(description: "--anchor applies to an ISO 8601 duration window such as P10D, not to '\(text)'") }
            return .calendar(unit)
        }
        guard text.hasPrefix("P") else {
            throw ParseError(description: "--window '\(text)' is not one of day, week, month, quarter, year or an ISO 8601 duration such as P10D")
        }
        let (months, days) = try parseDuration(text)
        guard let anchor else { throw ParseError(description: "--window \(text) needs --anchor YYYY-MM-DD to say where the first window starts") }
        guard let anchorDate = CalendarDay(iso: anchor) else { throw ParseError(description: "--anchor '\(anchor)' is not a date YYYY-MM-DD") }
        return .duration(months: months, days: days, anchor: anchorDate, text: text)
    }

    static func parseDuration(_ text: String) throws -> (months: Int, days: Int) {
        if text.contains("T") {
            throw ParseError(description: "--window '\(text)': time parts (PT…) are not supported; windows are whole days (use Y, M, W or D)")
        }
        var months = 0, days = 0, number = "", seenUnit = false
        for character in text.dropFirst() {
            if character.isASCII, character.isNumber { number.append(character); continue }
            guard let value = Int(number) else {
                throw ParseError(description: "--window '\(text)': expected a number before '\(character)' (ISO 8601 durations: PnY, PnM, PnW, PnD)")
            }
            switch character {
            case "Y": months += 12 * value
            case "M": months += value
            case "W": days += 7 * value
            case "D": days += value
            default: throw ParseError(description: "--window '\(text)': unit '\(character)' is not an ISO 8601 date unit (use Y, M, W or D)")
            }
            number = ""
            seenUnit = true
        }
        guard seenUnit, number.isEmpty, months + days > 0 else {
            throw ParseError(description: "--window '\(text)' is not a positive ISO 8601 duration such as P10D or P1M")
        }
        return (months, days)
    }

    static func parseIntervals(_ text: String) throws -> [TimeWindow] {
        var result: [TimeWindow] = []
        for item in text.split(separator: ",") {
            let ends = item.split(separator: "/", omittingEmptySubsequences: false)
            guard ends.count == 2, let start = CalendarDay(iso: String(ends[0])), let end = CalendarDay(iso: String(ends[1])) else {
                throw ParseError(description: "--windows: '\(item)' is not an interval YYYY-MM-DD/YYYY-MM-DD")
            }
            guard start <= end else { throw ParseError(description: "--windows: '\(item)' ends before it starts") }
            result.append(TimeWindow(label: intervalLabel(start, end), start: start, end: end))
        }
        guard !result.isEmpty else { throw ParseError(description: "--windows is empty") }
        return result
    }

    /// ISO 8601 allows `--` in place of `/` in an interval, which keeps the label usable as a folder name.
    static func intervalLabel(_ start: CalendarDay, _ end: CalendarDay) -> String { "\(start.iso)--\(end.iso)" }

    /// The window that holds `date` (calendar and duration schemes).
    func window(containing date: CalendarDay) -> TimeWindow {
        switch self {
        case .calendar(.day):
            return TimeWindow(label: date.iso, start: date, end: date)
        case .calendar(.week):
            let monday = date.adding(days: -date.weekday)
            let (year, week) = date.isoWeek
            return TimeWindow(label: "\(CalendarDay.pad(year, 4))-W\(CalendarDay.pad(week, 2))", start: monday, end: monday.adding(days: 6))
        case .calendar(.month):
            return TimeWindow(label: "\(CalendarDay.pad(date.year, 4))-\(CalendarDay.pad(date.month, 2))", start: CalendarDay.firstOf(month: date.month, year: date.year), end: CalendarDay.lastOf(month: date.month, year: date.year))
        case .calendar(.quarter):
            let quarter = (date.month - 1) / 3
            let start = CalendarDay(year: date.year, month: quarter * 3 + 1, day: 1)!
            return TimeWindow(label: "\(CalendarDay.pad(date.year, 4))-Q\(quarter + 1)", start: start, end: start.adding(months: 3).adding(days: -1))
        case .calendar(.year):
            return TimeWindow(label: CalendarDay.pad(date.year, 4), start: CalendarDay(year: date.year, month: 1, day: 1)!,
                              end: CalendarDay(year: date.year, month: 12, day: 31)!)
        case .duration(let months, let days, let anchor, _):
            var index = estimateIndex(of: date, months: months, days: days, anchor: anchor)
            while periodStart(index, months, days, anchor) > date { index -= 1 }
            while periodStart(index + 1, months, days, anchor) <= date { index += 1 }
            let start = periodStart(index, months, days, anchor)
            let end = periodStart(index + 1, months, days, anchor).adding(days: -1)
            return TimeWindow(label: WindowScheme.intervalLabel(start, end), start: start, end: end)
        case .explicit:
            preconditionFailure("explicit windows are listed, not computed")
        }
    }

    private func periodStart(_ index: Int, _ months: Int, _ days: Int, _ anchor: CalendarDay) -> CalendarDay {
        anchor.adding(months: months * index).adding(days: days * index)
    }

    private func estimateIndex(of date: CalendarDay, months: Int, days: Int, anchor: CalendarDay) -> Int {
        let approximateLength = Double(months) * 30.436875 + Double(days)
        return Int((Double(date.ordinal - anchor.ordinal) / approximateLength).rounded(.down))
    }

    /// Every window from the one holding `first` to the one holding `last`, empty ones included,
    /// so that a time slider never skips a period silently. Explicit windows are returned as given.
    public func windows(from first: CalendarDay, through last: CalendarDay) -> [TimeWindow] {
        if case .explicit(let list) = self { return list }
        var result: [TimeWindow] = []
        var window = window(containing: first)
        while true {
            result.append(window)
            if window.end >= last { break }
            window = self.window(containing: window.end.adding(days: 1))
        }
        return result
    }
}

/// Where each dated item goes. The rule: an item belongs to every window that holds its whole
/// interval [date, date_end]. An item that no window holds whole (a month-precision event in a week
/// window, or one straddling two windows) goes to the run's `imprecise` layer instead, so it is
/// never lost and never claimed by a window it may not belong to.
public struct WindowAssignment: Sendable {
    public let windows: [TimeWindow]
    /// For each window, the indices of its items, in input order.
    public let members: [[Int]]
    /// Indices of items that no window holds whole.
    public let imprecise: [Int]

    public init(scheme: WindowScheme, intervals: [(start: CalendarDay, end: CalendarDay)]) {
        guard let first = intervals.map(\.start).min(), let last = intervals.map(\.end).max() else {
            let listed: [TimeWindow]
            if case .explicit(let list) = scheme { listed = list } else { listed = [] }
            self.windows = listed
            self.members = listed.map { _ in [] }
            self.imprecise = []
            return
        }
        let windows = scheme.windows(from: first, through: last)
        var members = Array(repeating: [Int](), count: windows.count)
        var imprecise: [Int] = []
        for (index, interval) in intervals.enumerated() {
            var placed = false
            if case .explicit = scheme {
                for (w, window) in windows.enumerated() where window.contains(interval.start, interval.end) {
                    members[w].append(index)
                    placed = true
                }
            } else {
                let window = scheme.window(containing: interval.start)
                if window.contains(interval.start, interval.end), let w = windows.firstIndex(of: window) {
                    members[w].append(index)
                    placed = true
                }
            }
            if !placed { imprecise.append(index) }
        }
        self.windows = windows
        self.members = members
        self.imprecise = imprecise
    }
}
