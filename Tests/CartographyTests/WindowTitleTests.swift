import XCTest
@testable import Cartography

final class WindowTitleTests: XCTestCase {
    func testEveryLabelFormInBothLanguages() {
        let expected: [(String, String, String)] = [
            ("2021-07", "Juillet 2021", "July 2021"),
            ("2021-08", "Août 2021", "August 2021"),
            ("2021-W27", "Semaine 27, 2021", "Week 27, 2021"),
            ("2021-Q3", "3e trimestre 2021", "Q3 2021"),
            ("2021-Q1", "1er trimestre 2021", "Q1 2021"),
            ("2021-07-05", "5 juillet 2021", "5 July 2021"),
            ("2021-12-01", "1er décembre 2021", "1 December 2021"),
            ("2021", "2021", "2021"),
            ("2021-13", "2021-13", "2021-13"),
            ("2021-W54", "2021-W54", "2021-W54"),
            ("spring", "spring", "spring"),
            ("all", "all", "all"),
        ]
        for (label, fr, en) in expected {
            XCTAssertEqual(WindowTitle.title(for: label, language: .fr), fr, label)
            XCTAssertEqual(WindowTitle.title(for: label, language: .en), en, label)
        }
    }

    func testNumbersAreFixedAndDeterministic() {
        XCTAssertEqual(SVGText.number(12.345), "12.3")
        XCTAssertEqual(SVGText.number(-0.04), "0")
        XCTAssertEqual(SVGText.number(-1.25), "-1.3")
        XCTAssertEqual(SVGText.number(7), "7")
        var path = ""
        SVGText.appendPath([(0, 0), (1.04, 0), (1.0, 0.0), (1, 2.55), (-3, -4)], close: true, to: &path)
        XCTAssertEqual(path, "M0 0l1 0 0 2.6-4-6.6z")
    }
}
