import Foundation
import Testing
@testable import Gazetteer

/// Each way a row can be wrong gives its own message and line, and stops the load.
@Suite struct LoaderTests {
    func issues(places: [String], towns: [String]? = nil, name: String = #function) throws -> [String] {
        let directory = try gazetteerDirectory(places: places, towns: towns, name: name)
        do {
            _ = try Gazetteer(directory: directory)
            return []
        } catch let error as GazetteerLoadError {
            return error.issues.map(\.description)
        }
    }

    @Test func sampleLoads() throws {
        let gazetteer = try Gazetteer(directory: try gazetteerDirectory(places: sampleRows))
        #expect(gazetteer.places.map(\.id) == ["land", "capital", "capital_airport"])
        #expect(gazetteer.issues.isEmpty)
    }

    @Test func wrongColumnCount() throws {
        #expect(try issues(places: sampleRows + ["extra\tExtra\tcity\tLD\t\t1\t2"]) ==
                ["places.tsv:5: expected 12 columns, found 7"])
    }

    @Test func latitudeOutOfRange() throws {
        #expect(try issues(places: sampleRows + ["north\tNorth\tcity\tLD\t\t95.2\t20\t\tland\t\t\ttest"]) ==
                ["places.tsv:5: latitude 95.2 out of range"])
    }

    @Test func longitudeOutOfRange() throws {
        #expect(try issues(places: sampleRows + ["east\tEast\tcity\tLD\t\t10\t-180.5\t\tland\t\t\ttest"]) ==
                ["places.tsv:5: longitude -180.5 out of range"])
    }

    @Test func coordinateNotANumber() throws {
        #expect(try issues(places: ["land\tLand\tcountry\tLD\t\t33,5\t20\t\t\t\t\ttest"]) ==
                ["places.tsv:2: latitude '33,5' is not a number"])
        #expect(try issues(places: ["land\tLand\tcountry\tLD\t\t10\t\t\t\t\t\ttest"], name: "emptyLongitude") ==
                ["places.tsv:2: longitude '' is not a number"])
        #expect(try issues(places: ["land\tLand\tcountry\tLD\t\t10\tnan\t\t\t\t\ttest"], name: "nanLongitude") ==
                ["places.tsv:2: longitude 'nan' is not a number"])
    }

    @Test func duplicateID() throws {
        #expect(try issues(places: sampleRows + ["capital\tOther\tcity\tLD\t\t1\t2\t\tland\t\t\ttest"]) ==
                ["places.tsv:5: duplicate id 'capital' (first at places.tsv:3)"])
    }

    @Test func unknownParent() throws {
        #expect(try issues(places: sampleRows + ["lost\tLost\tcity\tLD\t\t1\t2\t\tnowhere\t\t\ttest"]) ==
                ["places.tsv:5: unknown parent 'nowhere'"])
    }

    @Test func parentLoop() throws {
        #expect(try issues(places: [
            "a\tA\tcity\tLD\t\t1\t2\t\tb\t\t\ttest",
            "b\tB\tcity\tLD\t\t1\t2\t\ta\t\t\ttest",
        ]) == ["places.tsv:2: parent chain of 'a' loops through 'a'", "places.tsv:3: parent chain of 'b' loops through 'b'"])
    }

    @Test func otherFieldChecks() throws {
        #expect(try issues(places: sampleRows + ["x\tX\tvillage\tLD\t\t1\t2\t\tland\t\t\ttest"]) ==
                ["places.tsv:5: unknown kind 'village' (one of country, governorate, region, city, town, district, base, airbase, airport, embassy, compound, oilfield, gasfield, site)"])
        #expect(try issues(places: sampleRows + ["x\tX\tcity\tIraq\t\t1\t2\t\tland\t\t\ttest"], name: "country") ==
                ["places.tsv:5: country 'Iraq' is not an ISO 3166-1 alpha-2 code"])
        #expect(try issues(places: sampleRows + ["x\tX\tcity\tLD\t\t1\t2\t-3\tland\t\t\ttest"], name: "radius") ==
                ["places.tsv:5: radius_km '-3' is not a positive number"])
        #expect(try issues(places: sampleRows + ["x\tX\tcity\tLD\t\t1\t2\t\tland\t\t\t"], name: "source") ==
                ["places.tsv:5: empty source"])
        #expect(try issues(places: sampleRows + ["x\tX\tcity\tLD\t\t1\t2\t\tland\tal-\t\ttest"], name: "alias") ==
                ["places.tsv:5: alias 'al-' folds to nothing"])
    }

    @Test func wrongHeaderAlwaysThrows() throws {
        let directory = try gazetteerDirectory(places: sampleRows)
        let path = directory + "/places.tsv"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "not_near", with: "notes")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: GazetteerLoadError.self) { try Gazetteer(directory: directory, skipBadRows: true) }
        do { _ = try Gazetteer(directory: directory, skipBadRows: true) } catch let error as GazetteerLoadError {
            #expect(error.issues.map(\.line) == [1])
            #expect(error.issues[0].message.hasPrefix("header must be: id <TAB> name"))
        }
    }

    @Test func missingDirectoryNamesTheFile() throws {
        do {
            _ = try Gazetteer(directory: "/nonexistent/kharita")
            Issue.record("loaded a missing directory")
        } catch let error as GazetteerLoadError {
            #expect(error.description == "places.tsv:0: cannot read /nonexistent/kharita/places.tsv")
        }
    }

    @Test func townRowsAreCheckedToo() throws {
        #expect(try issues(places: sampleRows, towns: [
            "geonames:LD:a\tA\t10\t20\tNorth\t\tLD\tA",
            "geonames:LD:b\tB\t10\t20\tNorth\t\tXX\tB",
            "geonames:LD:c\tC\t91\t20\tNorth\t\tLD\tC",
            "capital\tCapital\t10\t20\tNorth\t\tLD\tCapital",
            "geonames:LD:d\tD\t10\t20\tNorth\tLD\tD",
        ]) == [
            "towns.tsv:3: no country row in places.tsv for 'XX'",
            "towns.tsv:4: latitude 91 out of range",
            "towns.tsv:5: duplicate id 'capital' (first at places.tsv:3)",
            "towns.tsv:6: expected 8 columns, found 7",
        ])
    }

    /// With skipBadRows the good rows load and every bad one is still reported, children of a
    /// skipped row included.
    @Test func skipBadRowsKeepsGoodRowsAndReportsBadOnes() throws {
        let directory = try gazetteerDirectory(places: sampleRows + [
            "north\tNorth\tcity\tLD\t\t95.2\t20\t\tland\t\t\ttest",
            "north_base\tNorth Base\tbase\tLD\t\t10\t20\t\tnorth\tNorthern Base\t\ttest",
            "short\tShort",
            "south\tSouth\tcity\tLD\t\t-10\t20\t\tland\tSud\t\ttest",
        ], towns: ["geonames:LD:east\tEast\t10\t20\tNorth\t\tLD\tEast"])
        #expect(throws: GazetteerLoadError.self) { try Gazetteer(directory: directory) }
        let gazetteer = try Gazetteer(directory: directory, skipBadRows: true)
        #expect(gazetteer.places.map(\.id) == ["land", "capital", "capital_airport", "south", "geonames:LD:east"])
        #expect(gazetteer.issues.map(\.description) == [
            "places.tsv:5: latitude 95.2 out of range",
            "places.tsv:6: unknown parent 'north'",
            "places.tsv:7: expected 12 columns, found 2",
        ])
        #expect(gazetteer.readings("Sud, East, Northern Base") == ["Sud=south", "East=geonames:LD:east"])
    }

    @Test func commentsBlankLinesAndCRLF() throws {
        let directory = try gazetteerDirectory(places: ["# countries", ""] + sampleRows.map { $0 + "\r" })
        let gazetteer = try Gazetteer(directory: directory)
        #expect(gazetteer.places.count == 3)
        #expect(gazetteer.place(id: "capital")?.source == "test")
    }

    @Test func rowFieldsBecomePlaceFields() throws {
        let gazetteer = try Gazetteer(directory: try gazetteerDirectory(places: sampleRows + [
            "post\tPost\tbase\tLD\tNorth\t10.25\t-20.75\t0.8\tcapital\t~Post;Outpost One\tgeneral\tderived: test",
        ]))
        let post = try #require(gazetteer.place(id: "post"))
        #expect(post == Place(id: "post", name: "Post", kind: .base, country: "LD", admin1: "North", latitude: 10.25,
                              longitude: -20.75, radiusKm: 0.8, parentID: "capital", aliases: ["Post", "Outpost One"],
                              source: "derived: test", tier: .curated))
        #expect(gazetteer.place(id: "capital")?.radiusKm == 10)
        #expect(gazetteer.place(id: "capital")?.admin1 == "North")
        #expect(gazetteer.place(id: "land")?.admin1 == nil)
        #expect(gazetteer.ancestors(of: post).map(\.id) == ["capital", "land"])
        let land = try #require(gazetteer.place(id: "land"))
        #expect(gazetteer.isAncestor(land, of: post))
        #expect(!gazetteer.isAncestor(post, of: land))
        #expect(!gazetteer.isAncestor(post, of: post))
        // A place made outside the gazetteer is placed by its parent id.
        let visitor = Place(id: "visitor", name: "Visitor", kind: .site, country: "LD", admin1: nil, latitude: 10,
                            longitude: -20, radiusKm: 1, parentID: "post", aliases: ["Visitor"], source: "test", tier: .curated)
        #expect(gazetteer.isAncestor(land, of: visitor))
        #expect(!gazetteer.isAncestor(visitor, of: post))
        // The same id made again is the ancestor the chain names; a place is the same as its copy.
        let landAgain = Place(id: "land", name: "Elsewhere", kind: .country, country: "LD", admin1: nil, latitude: 0,
                              longitude: 0, radiusKm: 1, parentID: nil, aliases: [], source: "test", tier: .curated)
        #expect(gazetteer.isAncestor(landAgain, of: post))
        #expect(landAgain.hasSameID(as: land) && land.hasSameID(as: land) && !land.hasSameID(as: post))
        // "~Post" repeats the display name, which stays a full-strength spelling.
        #expect(gazetteer.matches(in: "Post").first?.best.score == 0.95)
        // not_near words rule out any spelling of the place.
        #expect(gazetteer.matches(in: "General Post").isEmpty)
        #expect(gazetteer.matches(in: "Post General").isEmpty)
        #expect(gazetteer.readings("the Post, said a general") == ["Post=post"])
    }
}
