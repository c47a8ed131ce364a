import XCTest
@testable import Cartography

final class IndexPageTests: XCTestCase {
    func testPageListsEveryWindowAndNeedsNoNetwork() {
        let windows = ["2021-07", "2022-01"].map { label in
            IndexPage.WindowEntry(label: label, title: WindowTitle.title(for: label, language: .fr), eventCount: 2,
                                  mapPath: "windows/\(label)/map.svg", geojsonPath: "windows/\(label)/events.geojson",
                                  events: [IndexPage.EventRow(id: "ev-\(label)", date: "\(label)-05", type: "rocket_attack", outcome: "impact", place: "Ain al-Asad <base>")])
        }
        let html = IndexPage.html(title: "Kharita", overviewPath: "overview.svg", windows: windows, language: .fr)
        XCTAssertTrue(html.contains("data=\"overview.svg\""))
        for label in ["2021-07", "2022-01"] {
            XCTAssertTrue(html.contains("data-label=\"\(label)\""), label)
            XCTAssertTrue(html.contains("data=\"windows/\(label)/map.svg\""), label)
            XCTAssertTrue(html.contains("<a href=\"windows/\(label)/events.geojson\">"), label)
            XCTAssertTrue(html.contains("<td>ev-\(label)</td>"), label)
        }
        XCTAssertTrue(html.contains("Juillet 2021 — 2 événements"))
        XCTAssertTrue(html.contains("<td>Tir de roquettes</td><td>Impact</td><td>Ain al-Asad &lt;base&gt;</td>"))
        XCTAssertTrue(html.contains("max=\"1\""), "the slider steps through both windows")
        XCTAssertTrue(html.contains("id=\"play\""))
        XCTAssertFalse(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/1999/xhtml\"", with: "").contains("http://"),
                       "no network address besides the XHTML namespace name")
        XCTAssertFalse(html.contains("https://"))
        XCTAssertFalse(html.contains("<script src"))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertEqual(html, IndexPage.html(title: "Kharita", overviewPath: "overview.svg", windows: windows, language: .fr))
    }

    func testWellFormedForXMLTools() throws {
        // Polyglot HTML: xmllint's XML parser must accept the whole page.
        let windows = ["2021-W27", "2021-W28"].map { label in
            IndexPage.WindowEntry(label: label, title: WindowTitle.title(for: label, language: .en), eventCount: 1,
                                  mapPath: "windows/\(label)/map.svg", geojsonPath: "windows/\(label)/events.geojson",
                                  events: [IndexPage.EventRow(id: "e-\(label)", date: "2021-07-05", type: "drone_attack", outcome: "intercepted", place: "A & B")])
        }
        let html = IndexPage.html(title: "K", overviewPath: "o.svg", windows: windows, language: .en)
        XCTAssertTrue(html.contains("<output id=\"current\">Week 27, 2021</output>"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kharita-index-\(ProcessInfo.processInfo.processIdentifier).html")
        try Data(html.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        guard let lint = try runTool("xmllint", ["--noout", url.path]) else { throw XCTSkip("xmllint is not installed") }
        XCTAssertEqual(lint.status, 0, lint.stderr)
        XCTAssertEqual(lint.stderr, "", "xmllint reports problems")
    }
}
