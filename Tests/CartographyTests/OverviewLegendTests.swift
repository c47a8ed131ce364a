import Foundation
import GeoJSON
import XCTest
@testable import Cartography

/// The overview's colour legend explains every colour on the map and nothing else.
final class OverviewLegendTests: XCTestCase {
    /// Month labels from `first` (year, month) on, `count` of them.
    static func months(from first: (Int, Int), count: Int) -> [String] {
        (0..<count).map { k in
            let m = first.1 - 1 + k
            return String(format: "%04d-%02d", first.0 + m / 12, m % 12 + 1)
        }
    }

    /// `count` rocket attacks dated in month `label`, at places of their own: `slot` (0–29) picks a spot
    /// on a 10 × 3 grid over central Iraq, so that every event keeps its own symbol.
    static func events(in label: String, count: Int, slot: Int) -> [Feature] {
        (0..<count).map { i in
            let lon = 39.0 + Double(slot % 10) * 0.75, lat = 32.0 + Double(slot / 10) * 1.2 + Double(i) * 0.4
            return Feature(id: .string("\(label)-\(i)"), geometry: .point(Position(lon, lat)), properties: [
                "date": .string("\(label)-\(String(format: "%02d", 1 + i))"), "event_type": "rocket_attack",
                "outcome": i % 2 == 0 ? "impact" : "intercepted", "place_id": .string("p-\(label)-\(i)"),
                "place_name": .string("Place \(label) \(i)"),
            ])
        }
    }

    /// Checks the invariant on one overview and returns the legend's colour entries' texts.
    func checkColorsMatchLegend(_ svg: String, events: Int, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let parsed = try ParsedSVG(svg)
        XCTAssertFalse(parsed.eventAttributes.isEmpty, "no event symbols", file: file, line: line)
        var symbolColors = Set<String>()
        for use in parsed.eventAttributes {
            let classes = (use["class"] ?? "").split(separator: " ").map(String.init)
            let colorClass = try XCTUnwrap(classes.first { $0.hasPrefix("k") }, "\(use["data-id"] ?? "?") has no colour", file: file, line: line)
            symbolColors.insert(try XCTUnwrap(parsed.colorOfClass[colorClass], "\(colorClass) has no colour rule", file: file, line: line))
        }
        let legendColors = parsed.legendColorEntries.map { parsed.colorOfClass[$0.cls] ?? "missing \($0.cls)" }
        XCTAssertEqual(Set(legendColors), symbolColors, "colours on the map vs colours in the legend", file: file, line: line)
        XCTAssertEqual(Set(legendColors).count, legendColors.count, "two legend entries share a colour", file: file, line: line)
        var total = 0
        for entry in parsed.legendColorEntries {
            let count = Int(entry.text.split(separator: "(").last?.dropLast().filter(\.isNumber) ?? "")
            XCTAssertNotNil(count, "\(entry.text): no count", file: file, line: line)
            XCTAssertNotEqual(count, 0, "\(entry.text): empty entry", file: file, line: line)
            total += count ?? 0
        }
        XCTAssertEqual(parsed.eventAttributes.count, events, "every event has its own symbol", file: file, line: line)
        XCTAssertEqual(total, events, "legend counts add up to the events", file: file, line: line)
        return parsed.legendColorEntries.map(\.text)
    }

    /// The seed run: 25 month windows, 6 of them with events.
    func testSeedLikeOverviewListsExactlyTheWindowsWithEvents() throws {
        let extra = ["2020-12": Self.events(in: "2020-12", count: 1, slot: 3), "2021-05": Self.events(in: "2021-05", count: 1, slot: 17)]
        let windows = try Self.months(from: (2020, 1), count: 25).map { label -> (label: String, events: [Feature]) in
            (label, Fixtures.windowLabels.contains(label) ? try Fixtures.window(label) : extra[label] ?? [])
        }
        XCTAssertEqual(windows.filter { !$0.events.isEmpty }.count, 6)
        let svg = try Fixtures.renderer(.fr, coloring: .window).renderOverview(windows: windows)
        let entries = try checkColorsMatchLegend(svg, events: 13)
        XCTAssertEqual(entries, ["Janvier 2020 (2)", "Décembre 2020 (1)", "Mai 2021 (1)", "Juin 2021 (2)", "Juillet 2021 (2)", "Janvier 2022 (5)"])
        let texts = try ParsedSVG(svg).textContent
        XCTAssertTrue(texts.contains("Période"))
        XCTAssertTrue(texts.contains("13 événements · Janvier 2020 – Janvier 2022"), "the subtitle still spans the whole run")
    }

    /// 30 windows with events are too many colours: the map is coloured by year and the legend says so.
    func testThirtyWindowsAreColouredByYear() throws {
        let labels = Self.months(from: (2019, 7), count: 30)
        let windows = labels.enumerated().map { (k, label) in (label: label, events: Self.events(in: label, count: 1 + k % 2, slot: k)) }
        for language in MapLanguage.allCases {
            let svg = try Fixtures.renderer(language, coloring: .window, extent: MapExtent(west: 38, south: 31, east: 47, north: 36))
                .renderOverview(windows: windows)
            let entries = try checkColorsMatchLegend(svg, events: 45)
            // 2019: Jul–Dec (k 0–5) → 1+2+1+2+1+2; 2020: k 6–17 → 18; 2021: k 18–29 → 18.
            XCTAssertEqual(entries, ["2019 (9)", "2020 (18)", "2021 (18)"], "\(language)")
            let texts = try ParsedSVG(svg).textContent
            XCTAssertTrue(texts.contains(language == .fr ? "Période — couleur par année" : "Period — coloured by year"), "\(language)")
            XCTAssertTrue(texts.contains(language == .fr ? "30 périodes avec événements" : "30 periods with events"), "\(language)")
        }
    }

    /// Eight windows with events still get one colour each, all different.
    func testEightWindowsKeepOneColourEach() throws {
        let windows = Self.months(from: (2021, 1), count: 12).enumerated().map { (k, label) in
            (label: label, events: k < 8 ? Self.events(in: label, count: 1, slot: k) : [])
        }
        let svg = try Fixtures.renderer(.en, coloring: .window, extent: MapExtent(west: 38, south: 31, east: 47, north: 36))
            .renderOverview(windows: windows)
        let entries = try checkColorsMatchLegend(svg, events: 8)
        XCTAssertEqual(entries, Self.months(from: (2021, 1), count: 8).map { WindowTitle.title(for: $0, language: .en) + " (1)" })
    }
}
