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
        XCTAssertFalse(html.contains("http://"))
        XCTAssertFalse(html.contains("https://"))
        XCTAssertFalse(html.contains("<script src"))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertEqual(html, IndexPage.html(title: "Kharita", overviewPath: "overview.svg", windows: windows, language: .fr))
    }

    func testWellFormedForXMLTools() throws {
        // The page is HTML5; xmllint's HTML parser must accept it without errors.
        let html = IndexPage.html(title: "K", overviewPath: "o.svg", windows: [], language: .en)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kharita-index-\(ProcessInfo.processInfo.processIdentifier).html")
        try Data(html.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        guard let lint = try runTool("xmllint", ["--html", "--noout", url.path]) else { throw XCTSkip("xmllint is not installed") }
        XCTAssertEqual(lint.status, 0, lint.stderr)
    }
}
