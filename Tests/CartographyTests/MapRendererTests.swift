import Foundation
import GeoJSON
import Projection
import XCTest
@testable import Cartography

final class MapRendererTests: XCTestCase {
    /// Golden maps: two seed windows (French and English) and the overview, compared byte for byte.
    func testGoldenMaps() throws {
        let cases: [(name: String, render: () throws -> String)] = [
            ("2021-07.fr.svg", { try Fixtures.renderer(.fr).render(events: Fixtures.window("2021-07"), windowLabel: "2021-07") }),
            ("2022-01.en.svg", { try Fixtures.renderer(.en).render(events: Fixtures.window("2022-01"), windowLabel: "2022-01") }),
            ("overview.fr.svg", {
                try Fixtures.renderer(.fr).renderOverview(windows: Fixtures.windowLabels.map { ($0, try Fixtures.window($0)) })
            }),
        ]
        for (name, render) in cases {
            let svg = try render()
            XCTAssertEqual(svg, try render(), "\(name): two renders differ")
            if ProcessInfo.processInfo.environment["KHARITA_UPDATE_GOLDEN"] == "1" {
                let url = Fixtures.sourceDirectory.appendingPathComponent("golden").appendingPathComponent(name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(svg.utf8).write(to: url)
                continue
            }
            let golden = try Data(contentsOf: Fixtures.directory.appendingPathComponent("golden/\(name)"))
            XCTAssertEqual(Data(svg.utf8), golden, "\(name) differs from its golden file")
        }
    }

    func testEverySymbolCarriesItsEventAndTooltip() throws {
        let events = try Fixtures.window("2022-01")
        let svg = try Fixtures.renderer(.en).render(events: events, windowLabel: "2022-01")
        let parsed = try ParsedSVG(svg)
        XCTAssertEqual(parsed.eventAttributes.map { $0["data-id"]! }.sorted(),
                       ["ev-2022-01-03-a", "ev-2022-01-04-a", "ev-2022-01-04-b", "ev-2022-01-04-c", "ev-2022-01-05-a"])
        let strike = try XCTUnwrap(parsed.eventAttributes.first { $0["data-id"] == "ev-2022-01-04-c" })
        XCTAssertEqual(strike["data-event-type"], "strike")
        XCTAssertEqual(strike["data-outcome"], "unknown")
        XCTAssertEqual(strike["data-date"], "2022-01-04")
        XCTAssertEqual(strike["href"], "#s0")
        let intercepted = try XCTUnwrap(parsed.eventAttributes.first { $0["data-id"] == "ev-2022-01-03-a" })
        XCTAssertEqual(intercepted["href"], "#d1", "two drones: drone shape, second size class")
        XCTAssertEqual(intercepted["class"], "k1 fn", "intercepted: hollow ring in the interception colour")
        XCTAssertTrue(svg.contains("<title>2022-01-03 · Drone attack · Intercepted · Baghdad Diplomatic Support Center · 2 weapons\nSources: 002_42d25c0f64ab8fe8.txt, 003_71c96d678e5f51be.txt</title>"))
        // Two events at Baghdad airport and two at Green Village: each place gets a count badge, symbols apart.
        XCTAssertEqual(svg.components(separatedBy: "<g data-count=\"2\">").count - 1, 2)
        let boxes = parsed.symbolBoxes
        for i in boxes.indices { for j in boxes.indices where j > i { XCTAssertFalse(boxes[i].intersects(boxes[j]), "symbols \(i) and \(j) overlap") } }
        // The legend lists only what the map uses.
        XCTAssertTrue(parsed.textContent.contains("Strike (means unspecified)"))
        XCTAssertFalse(parsed.textContent.contains("Mortar attack"))
        XCTAssertFalse(parsed.textContent.contains("Failed launch"))
        XCTAssertTrue(parsed.textContent.contains("January 2022"))
        XCTAssertTrue(parsed.textContent.contains("5 events"))
        let extent = try Fixtures.runExtent()
        let projection = ProjectionChooser.conformal(west: extent.west, south: extent.south, east: extent.east, north: extent.north)
        XCTAssertTrue(projection.name.hasPrefix("Lambert conformal conic"), projection.name)
        XCTAssertTrue(parsed.textContent.contains("Projection: \(projection.name) · Generated 5 January 2022"))
    }

    /// No two label boxes intersect and no label covers a symbol, on the golden maps and on a crowded map
    /// where some labels must be dropped (and are counted).
    func testLabelsNeitherCollideNorCoverSymbols() throws {
        var crowded: [Feature] = []
        for i in 0..<40 {
            let lon = 42.0 + Double(i % 8) * 0.3, lat = 33.0 + Double(i / 8) * 0.2
            crowded.append(Feature(id: .string(String(format: "c%02d", i)), geometry: .point(Position(lon, lat)), properties: [
                "date": "2021-07-01", "event_type": "rocket_attack", "outcome": i % 2 == 0 ? "impact" : "intercepted",
                "place_id": .string("p\(i)"), "place_name": .string("Place number \(i)"),
            ]))
        }
        let renders: [(String, RenderedMap)] = [
            ("2021-07", try Fixtures.renderer(.fr).draw(events: Fixtures.window("2021-07"), windowLabel: "2021-07")),
            ("2022-01", try Fixtures.renderer(.en).draw(events: Fixtures.window("2022-01"), windowLabel: "2022-01")),
            ("crowded", try Fixtures.renderer(.en).draw(events: crowded, windowLabel: "2021-07")),
        ]
        for (name, rendered) in renders {
            if let keep = ProcessInfo.processInfo.environment["KHARITA_KEEP_SVG"] {
                try Data(rendered.svg.utf8).write(to: URL(fileURLWithPath: keep).appendingPathComponent("labels-\(name).svg"))
            }
            let parsed = try ParsedSVG(rendered.svg)
            XCTAssertEqual(parsed.labelBoxes.count, rendered.layout.labels.count, name)
            XCTAssertGreaterThanOrEqual(parsed.symbolBoxes.count, rendered.svg.components(separatedBy: "data-id=").count - 1, name)
            let labels = parsed.labelBoxes
            for i in labels.indices {
                XCTAssertTrue(rendered.layout.view.contains(labels[i].box), "\(name): \(labels[i].text) leaves the map")
                for j in labels.indices where j > i {
                    XCTAssertFalse(labels[i].box.intersects(labels[j].box), "\(name): \(labels[i].text) overlaps \(labels[j].text)")
                }
                for symbol in parsed.symbolBoxes {
                    XCTAssertFalse(labels[i].box.intersects(symbol), "\(name): \(labels[i].text) covers a symbol at \(symbol)")
                }
            }
            XCTAssertTrue(rendered.svg.contains("data-dropped-labels=\"\(rendered.layout.droppedLabels)\""), name)
        }
        XCTAssertEqual(renders[2].1.svg.components(separatedBy: "data-id=").count - 1, 40, "every crowded event keeps its own symbol")
        let crowdedLayout = renders[2].1.layout
        let placeLabels = crowdedLayout.labels.filter { $0.style == .place }
        XCTAssertGreaterThan(crowdedLayout.droppedLabels, 0, "40 places 20 to 30 px apart cannot all be labelled")
        XCTAssertGreaterThan(placeLabels.count, 5)
        XCTAssertGreaterThanOrEqual(placeLabels.count + crowdedLayout.droppedLabels, 40)
        // The seed windows' places all get their labels.
        let julyLabels = renders[0].1.layout.labels.filter { $0.style == .place }.map(\.text).sorted()
        XCTAssertEqual(julyLabels, ["Ain al-Asad air base", "US embassy, Baghdad"])
    }

    /// The bar's printed length equals the geodesic distance between its ends, and its ends are where the
    /// map's own projection puts them.
    func testScaleBarMatchesGeodesicDistance() throws {
        for (language, crs) in [(MapLanguage.en, nil), (.fr, "EPSG:32638"), (.en, "EPSG:3857")] as [(MapLanguage, String?)] {
            let events = try Fixtures.window("2021-07")
            let rendered = try Fixtures.renderer(language, crs: crs).draw(events: events, windowLabel: "2021-07")
            let bar = try ParsedSVG(rendered.svg).scaleBar
            let km = try XCTUnwrap(Double(bar["data-km"] ?? ""))
            let lon1 = Double(bar["data-lon1"]!)!, lat1 = Double(bar["data-lat1"]!)!
            let lon2 = Double(bar["data-lon2"]!)!, lat2 = Double(bar["data-lat2"]!)!
            let geodesic = Geodesic.inverse(lon1: lon1, lat1: lat1, lon2: lon2, lat2: lat2).distance / 1000
            XCTAssertEqual(geodesic, km, accuracy: km * 0.01, "crs \(crs ?? "chooser"): bar says \(km) km, ends are \(geodesic) km apart")
            let leading = String(km).prefix { $0 != "." }
            XCTAssertTrue(["1", "2", "5"].contains(String(leading.first!)) && leading.dropFirst().allSatisfy { $0 == "0" }, "\(km) is not round")

            // Pixel scale from two events (their PROJ coordinates vs their pixel positions) gives the bar's pixel length.
            let extent = try Fixtures.runExtent()
            let definition = crs ?? ProjectionChooser.conformal(west: extent.west, south: extent.south, east: extent.east, north: extent.north).definition
            let transform = try Transform(from: "EPSG:4326", to: definition)
            let uses = try ParsedSVG(rendered.svg).eventAttributes
            var xs = [44.396, 42.4412, lon1, lon2], ys = [33.299, 33.7856, lat1, lat2]
            try transform.forward(&xs, &ys)
            let pixelEvents = uses.map { (Double($0["x"]!)!, Double($0["y"]!)!) }
            let pixelsPerMetre = hypot(pixelEvents[0].0 - pixelEvents[1].0, pixelEvents[0].1 - pixelEvents[1].1) / hypot(xs[0] - xs[1], ys[0] - ys[1])
            let barPixels = Double(bar["data-x2"]!)! - Double(bar["data-x1"]!)!
            XCTAssertEqual(hypot(xs[2] - xs[3], ys[2] - ys[3]) * pixelsPerMetre, barPixels, accuracy: 0.5)
            XCTAssertEqual(rendered.layout.scaleBar.kilometres, km)
        }
    }

    /// Every SVG is well-formed (xmllint) and renders with rsvg-convert without a warning.
    func testSVGIsWellFormedAndRenders() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kharita-cartography-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [URL] = []
        for label in Fixtures.windowLabels {
            for language in MapLanguage.allCases {
                let url = directory.appendingPathComponent("\(label).\(language).svg")
                try Data(try Fixtures.renderer(language).render(events: Fixtures.window(label), windowLabel: label).utf8).write(to: url)
                files.append(url)
            }
        }
        let overview = directory.appendingPathComponent("overview.svg")
        try Data(try Fixtures.renderer(.en, coloring: .year).renderOverview(windows: Fixtures.windowLabels.map { ($0, try Fixtures.window($0)) }).utf8).write(to: overview)
        files.append(overview)
        for file in files {
            guard let lint = try runTool("xmllint", ["--noout", file.path]) else { throw XCTSkip("xmllint is not installed") }
            XCTAssertEqual(lint.status, 0, "\(file.lastPathComponent): \(lint.stderr)")
            XCTAssertEqual(lint.stderr, "", file.lastPathComponent)
            guard let rsvg = try runTool("rsvg-convert", ["-o", file.path + ".png", file.path]) else { throw XCTSkip("rsvg-convert is not installed") }
            XCTAssertEqual(rsvg.status, 0, "\(file.lastPathComponent): \(rsvg.stderr)")
            XCTAssertEqual(rsvg.stderr, "", "\(file.lastPathComponent): rsvg-convert warned")
            let png = try Data(contentsOf: URL(fileURLWithPath: file.path + ".png"))
            XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        }
    }

    func testAggregationAboveThreshold() throws {
        let events = try Fixtures.window("2022-01")
        let atThreshold = try Fixtures.renderer(.en, threshold: events.count).draw(events: events, windowLabel: "2022-01")
        XCTAssertFalse(atThreshold.layout.aggregated)
        let above = try Fixtures.renderer(.en, threshold: events.count - 1).draw(events: events, windowLabel: "2022-01")
        XCTAssertTrue(above.layout.aggregated)
        XCTAssertFalse(above.svg.contains("data-id="), "aggregated maps draw bins, not events")
        // Bins hold every event: Baghdad airport 2, Ain al-Asad 1, Green Village 2.
        let counts = above.svg.components(separatedBy: "data-count=\"").dropFirst().map { Int($0.prefix { $0.isNumber })! }
        XCTAssertEqual(counts.sorted(), [1, 2, 2])
        XCTAssertTrue(above.svg.contains("<title>2 events (2 outcome unknown)</title>"))
    }

    func testHundredThousandEventsStayUnderFiveMegabytes() throws {
        let events = Self.syntheticEvents(100_000)
        let rendered = try Fixtures.renderer(.fr, extent: MapExtent.fitting(events)).draw(events: events, windowLabel: "2021")
        XCTAssertTrue(rendered.layout.aggregated)
        XCTAssertLessThan(rendered.svg.utf8.count, 5_000_000)
        let total = rendered.svg.components(separatedBy: "data-count=\"").dropFirst().map { Int($0.prefix { $0.isNumber })! }.reduce(0, +)
        XCTAssertEqual(total, events.count, "every event is in a bin inside the view")
        XCTAssertTrue(rendered.svg.contains("100\u{202F}000 événements"))
    }

    /// Deterministic pseudo-random events around the seed places (a fixed-seed LCG).
    static func syntheticEvents(_ count: Int) -> [Feature] {
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let centres = [(44.39, 33.30), (42.44, 33.79), (40.58, 35.15), (43.13, 36.34), (38.99, 33.5)]
        let types = MapEvent.eventTypes, outcomes = MapEvent.outcomes
        return (0..<count).map { i in
            let c = centres[i % centres.count]
            let lon = c.0 + (next() - 0.5) * 2.5, lat = c.1 + (next() - 0.5) * 1.6
            return Feature(id: .string("e\(i)"), geometry: .point(Position(lon, lat)), properties: [
                "date": .string(String(format: "2021-%02d-%02d", 1 + i % 12, 1 + i % 28)),
                "event_type": .string(types[i % types.count]), "outcome": .string(outcomes[(i / 7) % outcomes.count]),
                "weapon_count": .integer(1 + i % 5), "place_id": .string("p\(i % 500)"), "place_name": .string("Place \(i % 500)"),
            ])
        }
    }

    /// Benchmark (run with KHARITA_BENCH=1): time and size of a 100 000-event window.
    func testBenchmarkHundredThousandEvents() throws {
        guard ProcessInfo.processInfo.environment["KHARITA_BENCH"] == "1" else { throw XCTSkip("set KHARITA_BENCH=1 to run the benchmark") }
        let count = Int(ProcessInfo.processInfo.environment["KHARITA_BENCH_EVENTS"] ?? "") ?? 100_000
        let events = Self.syntheticEvents(count)
        let renderer = try Fixtures.renderer(.en, extent: MapExtent.fitting(events))
        let start = Date()
        let svg = try renderer.render(events: events, windowLabel: "2021")
        let seconds = Date().timeIntervalSince(start)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kharita-bench-\(count).svg")
        try Data(svg.utf8).write(to: url)
        print("BENCH cartography \(count) events: \(String(format: "%.3f", seconds)) s, \(svg.utf8.count) bytes, written to \(url.path)")
    }

    func testBadOptionsAreRejected() throws {
        let basemap = try Fixtures.basemap()
        XCTAssertThrowsError(try MapRenderer(basemap: basemap, options: MapOptions(crs: "EPSG:99999999", generatedOn: "2022-01-05"))) {
            XCTAssertTrue("\($0)".contains("EPSG:99999999"), "\($0)")
        }
        XCTAssertThrowsError(try MapRenderer(basemap: basemap, options: MapOptions(width: 100, generatedOn: "2022-01-05")))
    }
}
