import Extraction
import XCTest
@testable import Atlas

final class CalendarDayWindowTests: XCTestCase {
    func testISOWeeksAtYearEdges() {
        // 2021-01-03 (Sunday) belongs to 2020-W53; 2021-01-04 (Monday) starts 2021-W01.
        XCTAssertTrue(CalendarDay(iso: "2021-01-03")!.isoWeek == (2020, 53))
        XCTAssertTrue(CalendarDay(iso: "2021-01-04")!.isoWeek == (2021, 1))
        // 2024-12-30 (Monday) is 2025-W01; 2027-01-01 (Friday) is 2026-W53.
        XCTAssertTrue(CalendarDay(iso: "2024-12-30")!.isoWeek == (2025, 1))
        XCTAssertTrue(CalendarDay(iso: "2027-01-01")!.isoWeek == (2026, 53))
        XCTAssertTrue(CalendarDay(iso: "2021-07-05")!.isoWeek == (2021, 27))
    }

    func testAddingMonthsClampsTheDay() {
        XCTAssertEqual(CalendarDay(iso: "2021-01-31")!.adding(months: 1).iso, "2021-02-28")
        XCTAssertEqual(CalendarDay(iso: "2020-01-31")!.adding(months: 1).iso, "2020-02-29")
        XCTAssertEqual(CalendarDay(iso: "2021-11-15")!.adding(months: 3).iso, "2022-02-15")
        XCTAssertEqual(CalendarDay(iso: "2021-01-15")!.adding(months: -1).iso, "2020-12-15")
    }
}

final class TimeWindowTests: XCTestCase {
    private func date(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    private func assign(_ scheme: WindowScheme, _ intervals: [(String, String)]) -> WindowAssignment {
        WindowAssignment(scheme: scheme, intervals: intervals.map { (date($0.0), date($0.1)) })
    }

    func testMonthWindowsListEmptyMonthsBetweenEvents() {
        let result = assign(.calendar(.month), [("2020-12-20", "2020-12-20"), ("2021-03-02", "2021-03-02")])
        XCTAssertEqual(result.windows.map(\.label), ["2020-12", "2021-01", "2021-02", "2021-03"])
        XCTAssertEqual(result.members, [[0], [], [], [1]])
        XCTAssertEqual(result.windows[2].end.iso, "2021-02-28")
        XCTAssertEqual(result.imprecise, [])
    }

    func testWeekWindowsAcrossTheYearBoundary() {
        let result = assign(.calendar(.week), [("2020-12-31", "2020-12-31"), ("2021-01-04", "2021-01-04")])
        XCTAssertEqual(result.windows.map(\.label), ["2020-W53", "2021-W01"])
        XCTAssertEqual(result.windows[0].start.iso, "2020-12-28")
        XCTAssertEqual(result.windows[0].end.iso, "2021-01-03")
        XCTAssertEqual(result.members, [[0], [1]])
    }

    func testMonthPrecisionEventInWeekWindowsGoesToImprecise() {
        let result = assign(.calendar(.week), [("2021-05-01", "2021-05-31"), ("2021-05-10", "2021-05-10")])
        XCTAssertEqual(result.imprecise, [0])
        XCTAssertEqual(result.members.flatMap { $0 }, [1])
        XCTAssertEqual(result.windows.first?.label, "2021-W17")
        XCTAssertEqual(result.windows.last?.label, "2021-W22")
    }

    func testMonthPrecisionEventFitsItsMonthWindow() {
        let result = assign(.calendar(.month), [("2020-01-01", "2020-01-31")])
        XCTAssertEqual(result.windows.map(\.label), ["2020-01"])
        XCTAssertEqual(result.members, [[0]])
    }

    func testQuarterAndYearLabels() {
        let quarters = assign(.calendar(.quarter), [("2021-07-05", "2021-07-05"), ("2021-12-31", "2021-12-31")])
        XCTAssertEqual(quarters.windows.map(\.label), ["2021-Q3", "2021-Q4"])
        XCTAssertEqual(quarters.windows[1].end.iso, "2021-12-31")
        let years = assign(.calendar(.year), [("2020-01-03", "2020-01-03"), ("2022-01-05", "2022-01-05")])
        XCTAssertEqual(years.windows.map(\.label), ["2020", "2021", "2022"])
        XCTAssertEqual(years.members, [[0], [], [1]])
    }

    func testDurationWindowsCountFromTheAnchor() throws {
        let scheme = try WindowScheme.parse(window: "P10D", anchor: "2021-01-01", windows: nil)
        let result = assign(scheme, [("2021-01-12", "2021-01-12"), ("2020-12-25", "2020-12-25")])
        XCTAssertEqual(result.windows.map(\.label), ["2020-12-22--2020-12-31", "2021-01-01--2021-01-10", "2021-01-11--2021-01-20"])
        XCTAssertEqual(result.members, [[1], [], [0]])
        let monthly = try WindowScheme.parse(window: "P1M", anchor: "2021-01-15", windows: nil)
        XCTAssertEqual(assign(monthly, [("2021-03-01", "2021-03-01")]).windows.map(\.label), ["2021-02-15--2021-03-14"])
    }

    func testExplicitWindowsMayOverlap() throws {
        let scheme = try WindowScheme.parse(window: nil, anchor: nil, windows: "2021-06-01/2021-07-15,2021-07-01/2021-07-31")
        let result = assign(scheme, [("2021-07-05", "2021-07-05"), ("2021-06-02", "2021-06-02"), ("2021-08-01", "2021-08-01")])
        XCTAssertEqual(result.windows.map(\.label), ["2021-06-01--2021-07-15", "2021-07-01--2021-07-31"])
        XCTAssertEqual(result.members, [[0, 1], [0]])
        XCTAssertEqual(result.imprecise, [2])
    }

    func testBadWindowValuesSayWhatIsWrong() {
        func message(_ window: String?, _ anchor: String? = nil, _ windows: String? = nil) -> String {
            do {
                _ = try WindowScheme.parse(window: window, anchor: anchor, windows: windows)
                return "accepted"
            } catch {
                return String(describing: error)
            }
        }
        XCTAssertEqual(message("fortnight"), "--window 'fortnight' is not one of day, week, month, quarter, year or an ISO 8601 duration such as P10D")
        XCTAssertEqual(message("P10D"), "--window P10D needs --anchor YYYY-MM-DD to say where the first window starts")
        XCTAssertEqual(message("PT3H", "2021-01-01"), "--window 'PT3H': time parts (PT…) are not supported; windows are whole days (use Y, M, W or D)")
        XCTAssertEqual(message("P3X", "2021-01-01"), "--window 'P3X': unit 'X' is not an ISO 8601 date unit (use Y, M, W or D)")
        XCTAssertEqual(message("P0D", "2021-01-01"), "--window 'P0D' is not a positive ISO 8601 duration such as P10D or P1M")
        XCTAssertEqual(message(nil, nil, "2021-07-31/2021-07-01"), "--windows: '2021-07-31/2021-07-01' ends before it starts")
        XCTAssertEqual(message(nil, nil, "2021-07-01"), "--windows: '2021-07-01' is not an interval YYYY-MM-DD/YYYY-MM-DD")
        XCTAssertEqual(message("week", "2021-01-01"), "--anchor applies to an ISO 8601 duration window such as P10D, not to 'week'")
    }
}

final class WindowLabelTests: XCTestCase {
    func testLabelsNameTheirWindows() {
        let cases: [(String, String, String)] = [
            ("2021-07", "2021-07-01", "2021-07-31"), ("2021-W27", "2021-07-05", "2021-07-11"),
            ("2020-W53", "2020-12-28", "2021-01-03"), ("2021-07-05", "2021-07-05", "2021-07-05"),
            ("2021-Q3", "2021-07-01", "2021-09-30"), ("2021", "2021-01-01", "2021-12-31"),
            ("2021-01-01--2021-01-10", "2021-01-01", "2021-01-10"),
        ]
        for (label, start, end) in cases {
            let window = TimeWindow(label: label)
            XCTAssertEqual(window?.start.iso, start, label)
            XCTAssertEqual(window?.end.iso, end, label)
            XCTAssertEqual(window?.label, label)
        }
        for bad in ["2021-13", "2021-W54", "2021-Q5", "July", "2021-02-30", "2021-01-10--2021-01-01"] {
            XCTAssertNil(TimeWindow(label: bad), bad)
        }
    }
}
