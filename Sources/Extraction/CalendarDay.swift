/// A proleptic Gregorian calendar day; arithmetic goes through a day count so that
/// results never depend on a time zone or on Foundation's calendar.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    private let storedMonth: UInt8
    private let storedDay: UInt8
    /// Days since 1970-01-01. Kept beside the date: merging compares days by the hundred thousand.
    public let ordinal: Int

    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        self.year = year
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
        ordinal = CalendarDay.ordinal(year: year, month: month, day: day)
    }

    /// Howard Hinnant's days_from_civil.
    private static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        storedMonth = UInt8(m)
        storedDay = UInt8(d)
        self.ordinal = ordinal
    }

    /// 0 = Monday … 6 = Sunday (ISO order).
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func firstOf(month: Int, year: Int) -> CalendarDay { CalendarDay(year: year, month: month, day: 1)! }
    public static func lastOf(month: Int, year: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: daysIn(month: month, year: year))!
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        // Written digit by digit: every event's id, date and date_end goes through here.
        guard (0...9999).contains(year) else {
            return "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))"
        }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func write(_ value: Int, digits: Int, at start: Int) {
                var value = value
                for position in stride(from: start + digits - 1, through: start, by: -1) {
                    buffer[position] = UInt8(0x30 + value % 10)
                    value /= 10
                }
            }
            write(year, digits: 4, at: 0)
            buffer[4] = 0x2D
            write(month, digits: 2, at: 5)
            buffer[7] = 0x2D
            write(day, digits: 2, at: 8)
            return 10
        }
    }

    /// Zero-padded decimal digits of a non-negative value, as dates and window labels write them.
    public static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.ordinal < b.ordinal }
}

public enum TimePrecision: String, Sendable, Comparable {
    case day, week, month, year

    var rank: Int {
        switch self {
        case .day: 0
        case .week: 1
        case .month: 2
        case .year: 3
        }
    }

    public static func < (a: TimePrecision, b: TimePrecision) -> Bool { a.rank < b.rank }
}

/// A stretch of days an event is known to fall in.
public struct DateSpan: Hashable, Sendable {
    public let start: CalendarDay
    public let end: CalendarDay
    public let precision: TimePrecision

    public init(start: CalendarDay, end: CalendarDay, precision: TimePrecision) {
        self.start = start
        self.end = end
        self.precision = precision
    }

    public static func day(_ d: CalendarDay) -> DateSpan { DateSpan(start: d, end: d, precision: .day) }
    public static func month(_ month: Int, of year: Int) -> DateSpan {
        DateSpan(start: .firstOf(month: month, year: year), end: .lastOf(month: month, year: year), precision: .month)
    }
    public static func year(_ year: Int) -> DateSpan {
        DateSpan(start: .firstOf(month: 1, year: year), end: .lastOf(month: 12, year: year), precision: .year)
    }
    /// The ISO week (Monday to Sunday) holding `d`.
    public static func week(of d: CalendarDay) -> DateSpan {
        let monday = d.adding(days: -d.weekday)
        return DateSpan(start: monday, end: monday.adding(days: 6), precision: .week)
    }

    public func overlaps(_ other: DateSpan) -> Bool { start <= other.end && other.start <= end }
}
