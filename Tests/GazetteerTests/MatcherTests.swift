import Testing
@testable import Gazetteer

/// Tricky spellings on the project's gazetteer.
@Suite struct ProjectMatcherTests {
    let gazetteer = projectGazetteer

    @Test func spellingsOfAinAlAsad() {
        for text in ["Aïn al-Asad", "Ain al-Asad", "Ayn al-Asad", "Ain Al Asad", "Ain Al-Assad", "AIN AL-ASAD",
                     "Ain al-Asad air base", "Al-Asad Airbase", "Al Asad Air Base"] {
            #expect(gazetteer.readings(text) == ["\(text)=al_asad_airbase"], "\(text)")
        }
        #expect(gazetteer.readings("la base aérienne d’Aïn al-Asad") == ["base aérienne d’Aïn al-Asad=al_asad_airbase"])
        #expect(gazetteer.readings("la base aérienne d'Aïn al-Asad") == ["base aérienne d'Aïn al-Asad=al_asad_airbase"])
        #expect(gazetteer.readings("base aérienne d’Al-Assad") == ["base aérienne d’Al-Assad=al_asad_airbase"])
    }

    @Test func personNamedAssadIsNotTheAirbase() {
        #expect(gazetteer.readings("le président Bachar al-Assad a parlé") == [])
        #expect(gazetteer.readings("Syrian President Bashar al-Assad said") == [])
        #expect(gazetteer.readings("le régime al-Assad") == [])
        #expect(gazetteer.readings("al-Assad regime forces") == [])
    }

    @Test func bareAlAssadIsAWeakReading() throws {
        let matches = gazetteer.matches(in: "Des roquettes ont visé Al-Assad mardi.")
        try #require(matches.count == 1)
        #expect(matches[0].text == "Al-Assad")
        #expect(matches[0].best.place.id == "al_asad_airbase")
        #expect(matches[0].best.score == 0.41)
        // Written with its article, the weak alias needs the article in the text too.
        #expect(projectGazetteer.readings("Assad a déclaré") == [])
        #expect(projectGazetteer.readings("Assad's forces") == [])
        // "~Baghdadi" is listed bare, so it reads bare (weakly).
        #expect(projectGazetteer.matches(in: "à Baghdadi").map(\.best.score) == [0.38])
    }

    @Test func baghdadiThePersonIsNotTheTown() {
        #expect(gazetteer.readings("le chef de l'EI Abou Bakr al-Baghdadi") == [])
        #expect(gazetteer.readings("Abu Bakr al-Baghdadi was killed") == [])
        #expect(gazetteer.readings("near Khan al-Baghdadi in Anbar") == ["Khan al-Baghdadi=al_baghdadi", "Anbar=anbar_governorate"])
        // And "Baghdad" inside "Baghdadi" is not the capital.
        #expect(!gazetteer.readings("Abou Bakr al-Baghdadi").contains { $0.hasSuffix("=baghdad") })
    }

    @Test func deirEzZorSpellings() {
        for text in ["Deir-ez-Zor", "Deir ez-Zor", "Deir Ezzor", "Deir al-Zor", "Dayr az-Zawr", "deir ez-zour"] {
            #expect(gazetteer.readings(text) == ["\(text)=deir_ez_zor"], "\(text)")
        }
        #expect(gazetteer.readings("province de Deir ez-Zor") == ["province de Deir ez-Zor=deir_ez_zor_governorate"])
    }

    @Test func specificSiteBeatsTheCityAroundIt() {
        #expect(gazetteer.readings("près de l’aéroport international de Bagdad") == ["aéroport international de Bagdad=baghdad_international_airport"])
        #expect(gazetteer.readings("l'aéroport de Bagdad") == ["aéroport de Bagdad=baghdad_international_airport"])
        #expect(gazetteer.readings("Baghdad International Airport") == ["Baghdad International Airport=baghdad_international_airport"])
        #expect(gazetteer.readings("à Bagdad") == ["Bagdad=baghdad"])
        #expect(gazetteer.readings("la zone verte de Bagdad") == ["zone verte de Bagdad=green_zone"])
        #expect(gazetteer.readings("Centre de soutien diplomatique de Bagdad (BDSC)") ==
                ["Centre de soutien diplomatique de Bagdad=bdsc", "BDSC=bdsc"])
    }

    @Test func machineTranslationArtefacts() {
        #expect(gazetteer.readings("la base de Inexperienced Village près de Deir-ez-Zor") ==
                ["Inexperienced Village=green_village", "Deir-ez-Zor=deir_ez_zor"])
        #expect(gazetteer.readings("l’aéroport worldwide de Bagdad") == ["aéroport worldwide de Bagdad=baghdad_international_airport"])
    }

    @Test func briefAliases() {
        let cases: [(String, String)] = [
            ("base aérienne d'Aïn al-Asad", "al_asad_airbase"), ("Ain al-Asad air base", "al_asad_airbase"),
            ("al-Asad airbase", "al_asad_airbase"), ("aéroport de Bagdad", "baghdad_international_airport"),
            ("Baghdad airport", "baghdad_international_airport"),
            ("aéroport international de Bagdad", "baghdad_international_airport"),
            ("ambassade américaine", "us_embassy_baghdad"), ("US embassy", "us_embassy_baghdad"),
            ("U.S. Embassy in Baghdad", "us_embassy_baghdad"), ("zone verte", "green_zone"), ("Green Zone", "green_zone"),
            ("Union III", "union_iii"), ("Erbil airport", "erbil_international_airport"), ("base de Harir", "harir_air_base"),
            ("province d'Anbar", "anbar_governorate"), ("Deir Ezzor", "deir_ez_zor"),
            ("champ pétrolier d'al-Omar", "al_omar_oil_field"), ("Conoco", "conoco_gas_field"), ("Tour 22", "tower_22"),
            ("Tower 22", "tower_22"), ("Tanf", "al_tanf"), ("al-Tanf", "al_tanf"), ("Kurdistan irakien", "kurdistan_region"),
            ("Iraqi Kurdistan", "kurdistan_region"), ("Irak", "iraq"), ("Syrie", "syria"), ("Jordanie", "jordan"),
            ("Koweït", "kuwait"), ("Mossoul", "mosul"), ("Kirkouk", "kirkuk"), ("Bassora", "basra"), ("Damas", "damascus"),
            ("Alep", "aleppo"), ("Falloujah", "fallujah"), ("Palmyre", "palmyra"), ("Hassaké", "hasakah"),
        ]
        for (text, id) in cases {
            #expect(gazetteer.readings(text) == ["\(text)=\(id)"], "\(text)")
        }
    }

    @Test func geonamesTownsMustBeCapitalised() {
        #expect(gazetteer.readings("the rocket hit the runway") == [])
        #expect(gazetteer.readings("near the town of Hit in Anbar") == ["Hit=geonames:IQ:hit", "Anbar=anbar_governorate"])
        #expect(gazetteer.readings("Ramtha") == ["Ramtha=geonames:JO:ar-ramtha"])
        #expect(gazetteer.readings("Ar Ramtha") == ["Ar Ramtha=geonames:JO:ar-ramtha"])
        #expect(gazetteer.readings("ramtha") == [])
        // Stoplisted: common words even when capitalised.
        #expect(gazetteer.readings("Salt and Tall") == [])
    }

    @Test func acronymsMatchOnlyInCapitals() {
        #expect(gazetteer.readings("le BDSC") == ["BDSC=bdsc"])
        #expect(gazetteer.readings("le bdsc") == [])
        #expect(gazetteer.readings("inside the IZ") == ["IZ=green_zone"])
        #expect(gazetteer.readings("la base K1 (Kirkouk)") == ["base K1 (Kirkouk=k1_air_base"])
    }

    @Test func articleBeforeAMentionIsPartOfItsSpan() throws {
        let text = "la province d’al-Anbar et al-Tanf"
        #expect(gazetteer.readings(text) == ["province d’al-Anbar=anbar_governorate", "al-Tanf=al_tanf"])
        let tanf = try #require(gazetteer.matches(in: text).last)
        #expect(tanf.range == 28..<35)
    }

    @Test func utf8EntryPointGivesByteOffsets() throws {
        let text = "🇮🇶 Attaque à Bagdad — « Green Zone »"
        var bytes = Array(text.utf8)
        let matches = bytes.withUnsafeMutableBufferPointer { gazetteer.matches(inUTF8: UnsafeBufferPointer($0)) }
        #expect(matches == gazetteer.matches(in: text))
        try #require(matches.count == 2)
        #expect(matches[0].range == 20..<26)
        #expect(String(decoding: bytes[matches[1].range], as: UTF8.self) == "Green Zone")
    }

    @Test func invalidUTF8DoesNotStopTheScan() {
        var bytes = Array("Bagdad ".utf8) + [0xFF, 0xC3] + Array(" Mossoul".utf8)
        let ids = bytes.withUnsafeMutableBufferPointer {
            gazetteer.matches(inUTF8: UnsafeBufferPointer($0)).map(\.best.place.id)
        }
        #expect(ids == ["baghdad", "mosul"])
    }
}

/// Longest match and ranking rules on a small hand-made gazetteer.
@Suite struct RankingTests {
    @Test func longestMatchWinsAndSpecificityOrdersCandidates() throws {
        let directory = try gazetteerDirectory(places: sampleRows + [
            "capital_base\tCapital Base\tbase\tLD\tNorth\t10.6\t20.6\t\tcapital\tFort;Capitale\t\ttest",
        ], towns: [
            "geonames:LD:capitale\tCapitale\t10.5\t20.5\tNorth\t\tLD\tCapitale",
        ])
        let gazetteer = try Gazetteer(directory: directory)
        #expect(gazetteer.readings("vers l'aéroport de la Capitale") == ["aéroport de la Capitale=capital_airport"])
        #expect(gazetteer.readings("vers la Capitale") == ["la Capitale=capital"])
        let shared = try #require(gazetteer.matches(in: "à Capitale").first)
        // Same words, three places: curated before GeoNames, and the base (more specific) before the city.
        #expect(shared.candidates.map(\.place.id) == ["capital_base", "capital", "geonames:LD:capitale"])
        #expect(shared.candidates.map(\.score) == [0.95, 0.92, 0.62])
        #expect(gazetteer.matches(in: "à capitale").first?.candidates.map(\.place.id) == ["capital_base", "capital"])
    }

    @Test func overlappingMentionsKeepTheLongest() throws {
        let directory = try gazetteerDirectory(places: [
            "land\tLand\tcountry\tLD\t\t10\t20\t\t\t\t\ttest",
            "a\tNorth Gate\tsite\tLD\t\t10\t20\t\tland\t\t\ttest",
            "b\tGate Tower Hill\tsite\tLD\t\t10\t20\t\tland\t\t\ttest",
            "c\tHill\tsite\tLD\t\t10\t20\t\tland\t\t\ttest",
        ])
        let gazetteer = try Gazetteer(directory: directory)
        // "Gate Tower Hill" (15 bytes) beats "North Gate" (10) although it starts later.
        #expect(gazetteer.readings("North Gate Tower Hill") == ["Gate Tower Hill=b"])
        #expect(gazetteer.readings("North Gate, Hill") == ["North Gate=a", "Hill=c"])
    }
}

/// Stoplisted GeoNames spellings: first names and common words that would otherwise be towns.
@Suite struct StoplistTests {
    @Test func personNamesAreNotTowns() {
        #expect(projectGazetteer.readings("le prince héritier Mohammed ben Salman") == [])
        #expect(projectGazetteer.readings("Mahmoud Zahar, Salwa et Jasim") == [])
        #expect(projectGazetteer.readings("la Douma russe") == [])
    }

    @Test func fullNameStillMatchesWhenOnlyTheStrippedFormIsStopped() {
        // Az Zubayr is now the curated row, which keeps the GeoNames spelling with its article.
        #expect(projectGazetteer.readings("Az Zubayr") == ["Az Zubayr=zubair"])
        #expect(projectGazetteer.readings("Ibn Zubayr") == [])
        #expect(projectGazetteer.readings("la ville d'al-Bab") == ["al-Bab=geonames:SY:bab"])
        #expect(projectGazetteer.readings("Bab al-Hawa") == [])
    }
}

/// A spelling written with its article needs the article in the text; another spelling of the
/// same place may still read the bare word, at its own strength.
@Suite struct ArticleTests {
    @Test func alBaghdadiWithArticleIsTheTownAtFullStrength() {
        #expect(projectGazetteer.matches(in: "le secteur d'al-Baghdadi").map(\.best.score) == [0.92])
        #expect(projectGazetteer.matches(in: "le secteur de Baghdadi").map(\.best.score) == [0.38])
        #expect(projectGazetteer.matches(in: "al-Baghdadi").first?.candidates.count == 1)
    }

    @Test func hyphenatedGeoNamesArticleIsStripped() {
        #expect(projectGazetteer.readings("Hamdaniya, Al-Hamdaniya") ==
                ["Hamdaniya=geonames:IQ:hamdaniya", "Al-Hamdaniya=geonames:IQ:hamdaniya"])
    }
}

/// `bestPlaces` over words the scanner folded once finds what `matches` finds, keeping only the best reading.
@Suite struct BestPlacesTests {
    @Test func bestPlacesAreTheMatchesBestReadings() throws {
        let text = """
        Des roquettes ont visé la base aérienne d’Aïn al-Asad et l'aéroport de Bagdad mardi ; à Erbil, \
        Al-Assad a été évoqué. Rockets hit Camp Taji near Baghdad, and HIT was named; Deir ez-Zor, Hit and Tanf too.
        """
        let bytes = Array(text.utf8)
        let expected = bytes.withUnsafeBufferPointer { projectGazetteer.matches(inUTF8: $0) }.map { ($0.range, $0.best.place.id) }
        var words: [ScannedWord] = []
        let folded = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        defer { folded.deallocate() }
        let found = bytes.withUnsafeBufferPointer { buffer in
            _ = WordScanner.scan(buffer, from: 0, into: folded) { words.append($0) }
            return projectGazetteer.bestPlaces(scannedWords: words.count, word: { words[$0] }, folded: UnsafeBufferPointer(start: folded, count: bytes.count), in: buffer)
        }
        try #require(expected.count >= 6)
        #expect(found.map(\.range) == expected.map(\.0))
        #expect(found.map(\.place.id) == expected.map(\.1))
    }
}
