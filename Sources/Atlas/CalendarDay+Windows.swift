import Extraction

/// What time windows need beyond Extraction's calendar day: ISO weeks and calendar-month steps.
extension CalendarDay {
    /// ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds the first Thursday).
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 3 - weekday)
        return (thursday.year, (thursday.ordinal - CalendarDay.firstOf(month: 1, year: thursday.year).ordinal) / 7 + 1)
    }

    /// Adds calendar months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28).
    public func adding(months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(month: m, year: y)))!
    }

    var iso: String { description }
}
