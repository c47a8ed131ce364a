import Foundation
import GeoJSON
import Testing
@testable import Gazetteer

/// The committed gazetteer/ directory.
@Suite struct ProjectGazetteerTests {
    let gazetteer = projectGazetteer

    @Test func counts() {
        #expect(gazetteer.issues.isEmpty)
        #expect(gazetteer.places.filter { $0.tier == .curated }.count == 208)
        #expect(gazetteer.places.filter { $0.tier == .geonames }.count == 395)
        #expect(gazetteer.places.filter { $0.kind == .country }.map(\.id) == ["iraq", "syria", "jordan", "kuwait"])
    }

    @Test func everyParentResolvesAndEveryChainEndsAtACountry() {
        for place in gazetteer.places {
            let chain = gazetteer.ancestors(of: place)
            if place.kind == .country {
                #expect(place.parentID == nil && chain.isEmpty, "\(place.id)")
            } else {
                #expect(gazetteer.parent(of: place)?.id == place.parentID, "\(place.id)")
                #expect(chain.last?.kind == .country, "\(place.id)")
                #expect(chain.last?.country == place.country, "\(place.id) lies in \(place.country)")
            }
        }
    }

    @Test func siteHierarchies() throws {
        let chain = { (id: String) in self.gazetteer.ancestors(of: self.gazetteer.place(id: id)!).map(\.id) }
        #expect(chain("bdsc") == ["baghdad_international_airport", "baghdad", "iraq"])
        #expect(chain("union_iii") == ["green_zone", "baghdad", "iraq"])
        #expect(chain("green_village") == ["al_omar_oil_field", "deir_ez_zor_governorate", "syria"])
        #expect(chain("al_asad_airbase") == ["anbar_governorate", "iraq"])
        #expect(chain("geonames:IQ:hit") == ["iraq"])
        #expect(gazetteer.place(id: "geonames:IQ:hit")?.admin1 == "Anbar")
    }

    /// The three sites with no published coordinate sit where the sources say they lie, and say so.
    @Test func derivedCoordinates() throws {
        let airport = try #require(gazetteer.place(id: "baghdad_international_airport"))
        let embassy = try #require(gazetteer.place(id: "us_embassy_baghdad"))
        let oilField = try #require(gazetteer.place(id: "al_omar_oil_field"))
        for (id, anchor) in [("bdsc", airport), ("union_iii", embassy), ("green_village", oilField)] {
            let place = try #require(gazetteer.place(id: id))
            #expect(place.latitude == anchor.latitude && place.longitude == anchor.longitude, "\(id)")
            #expect(place.source.hasPrefix("derived: "), "\(id)")
        }
    }

    /// Every spelling of every place, written alone, is found whole and read as that place.
    @Test func everyAliasFindsItsPlace() {
        for place in gazetteer.places {
            for alias in place.aliases {
                let matches = gazetteer.matches(in: alias)
                #expect(matches.count == 1 && NameFolding.fold(matches[0].text) == NameFolding.fold(alias)
                        && matches[0].candidates.contains { $0.place.id == place.id },
                        "\(place.id): '\(alias)' → \(matches.map { "\($0.text)=\($0.best.place.id)" })")
            }
        }
    }

    @Test func featureCarriesTheGazetteerAttributes() throws {
        let bdsc = try #require(gazetteer.place(id: "bdsc"))
        let feature = gazetteer.feature(for: bdsc)
        #expect(feature.id == .string("bdsc"))
        #expect(feature.geometry == .point(Position(44.23444, 33.2625)))
        #expect(Array(feature.properties!.keys) == ["id", "name", "kind", "country", "admin1", "parent", "radius_km", "source"])
        #expect(feature.properties!["name"] == "Baghdad Diplomatic Support Center")
        #expect(feature.properties!["kind"] == "compound")
        #expect(feature.properties!["country"] == "IQ")
        #expect(feature.properties!["admin1"] == "Baghdad")
        #expect(feature.properties!["parent"] == "baghdad_international_airport")
        #expect(feature.properties!["radius_km"] == .number(3))
        let iraq = gazetteer.feature(for: try #require(gazetteer.place(id: "iraq")))
        #expect(Array(iraq.properties!.keys) == ["id", "name", "kind", "country", "radius_km", "source"])
    }

    @Test func placeLookup() {
        #expect(gazetteer.place(id: "nowhere") == nil)
        #expect(gazetteer.place(id: "tower_22")?.country == "JO")
        #expect(gazetteer.places.first?.id == "iraq")
    }
}
