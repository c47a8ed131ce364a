import Foundation
import Projection
import XCTest
@testable import Cartography

final class ProjectionNameTests: XCTestCase {
    /// Each kind of projection the chooser picks gets a French name built from its PROJ parameters.
    func testFrenchNamesForEveryChooserProjection() {
        let cases: [(box: (Double, Double, Double, Double), french: String)] = [
            ((38.5, 31.5, 47.9, 36.9), "Conique conforme de Lambert, parallèles standards 32,4° et 36°"),
            ((44.0, 33.0, 45.0, 34.0), "UTM zone 38N (WGS 84)"),
            ((30.0, -20.0, 33.0, -18.0), "UTM zone 36S (WGS 84)"),
            ((100.0, -10.0, 120.0, 14.0), "Mercator, méridien central 110°, échelle vraie à 2°"),
            ((0.0, 85.0, 40.0, 89.0), "Stéréographique polaire universelle nord (WGS 84)"),
            ((0.0, -89.0, 40.0, -82.0), "Stéréographique polaire universelle sud (WGS 84)"),
        ]
        for (box, french) in cases {
            let choice = ProjectionChooser.conformal(west: box.0, south: box.1, east: box.2, north: box.3)
            XCTAssertEqual(ProjectionName.name(of: choice, .fr), french, choice.definition)
            XCTAssertEqual(ProjectionName.name(of: choice, .en), choice.name)
        }
    }

    /// The French footer names the projection in French with decimal commas; the English one is unchanged.
    func testFooterAndScaleBarUseTheMapsLanguage() throws {
        let events = try Fixtures.window("2021-07")
        let french = try ParsedSVG(Fixtures.renderer(.fr).render(events: events, windowLabel: "2021-07")).textContent
        XCTAssertTrue(french.contains("Projection : Conique conforme de Lambert, parallèles standards 32,21° et 36,21° · Généré le 5 janvier 2022"), "\(french)")
        let english = try ParsedSVG(Fixtures.renderer(.en).render(events: events, windowLabel: "2021-07")).textContent
        XCTAssertTrue(english.contains("Projection: Lambert conformal conic, standard parallels 32.21° and 36.21° · Generated 5 January 2022"), "\(english)")

        // A view two kilometres wide gets a bar under a kilometre, printed with the language's decimal mark.
        let street = MapExtent(west: 44.39, south: 33.29, east: 44.41, north: 33.305)
        let frBar = try Fixtures.renderer(.fr, extent: street).draw(events: events, windowLabel: "2021-07")
        let enBar = try Fixtures.renderer(.en, extent: street).draw(events: events, windowLabel: "2021-07")
        XCTAssertLessThan(frBar.layout.scaleBar.kilometres, 1)
        let km = String(frBar.layout.scaleBar.kilometres)
        XCTAssertTrue(try ParsedSVG(frBar.svg).textContent.contains(km.replacingOccurrences(of: ".", with: ",") + " km"))
        XCTAssertTrue(try ParsedSVG(enBar.svg).textContent.contains(km + " km"))
    }
}

/// What a picture editor reads first on a map: its words are all in the map's language.
final class MapWordingTests: XCTestCase {
    func testCreditsDateAndEmptyWindowSpeakTheMapsLanguage() throws {
        let expected: [(MapLanguage, credits: String, generated: String, empty: String)] = [
            (.fr, "Fond de carte : Digital Chart of the World (GMT 6.4 DCW), cours d’eau GSHHG 2.3, LGPL-3 · Lieux : répertoire Kharita (GeoNames, CC BY 4.0)",
             "Généré le 5 janvier 2022", "Aucun événement signalé sur cette période"),
            (.en, "Basemap: Digital Chart of the World (GMT 6.4 DCW), GSHHG 2.3 rivers, LGPL-3 · Places: Kharita gazetteer (GeoNames, CC BY 4.0)",
             "Generated 5 January 2022", "No events reported in this period"),
        ]
        for (language, credits, generated, empty) in expected {
            let texts = try ParsedSVG(Fixtures.renderer(language).render(events: [], windowLabel: "2020-02")).textContent
            XCTAssertTrue(texts.contains(credits), "\(language): \(texts)")
            XCTAssertTrue(texts.contains { $0.hasSuffix(generated) }, "\(language): \(texts)")
            XCTAssertTrue(texts.contains(empty), "\(language): \(texts)")
            XCTAssertFalse(texts.contains { $0.hasPrefix("0 ") }, "\(language): an empty window says so in words")
        }
        let given = try MapRenderer(basemap: Fixtures.basemap(), options: MapOptions(language: .fr, generatedOn: "2022-01-05", attribution: "Source : AFP"))
        XCTAssertTrue(try ParsedSVG(given.render(events: [], windowLabel: nil)).textContent.contains("Source : AFP"))
    }
}
