import Foundation
import Testing
@testable import Extraction

/// Broken, empty, binary, huge and undated inputs are reported, never a crash.
@Suite struct BadInputTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kharita-extraction-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func invalidUTF8IsDecodedWithReplacementAndReported() throws {
        var bytes = Array(" date 2021-07\nPremière ligne.\nTrois roquettes ont frappé lundi la base d'Ain al-Asad ".utf8)
        bytes += [0xFF, 0xFE, 0x2E, 0x0A]
        let path = try write("broken.txt", bytes)
        let loaded = DocumentLoader.load(paths: [path])
        #expect(loaded.documents.count == 1)
        #expect(loaded.documents.first?.text.contains("\u{FFFD}") == true)
        #expect(loaded.warnings.map(\.description) == ["\(path):3: invalid UTF-8, decoded with replacement characters"])
        let events = extractor.extract(loaded.documents).events
        // The header gives only the month, so "lundi" is somewhere in July 2021.
        #expect(events.map(summary) == ["rocket_attack al_asad_airbase 2021-07-01 impact"])
        #expect(events.first?.timePrecision == .month)
    }

    @Test func emptyAndBinaryFilesAreSkippedWithAWarning() throws {
        let empty = try write("empty.txt", [])
        let blank = try write("blank.txt", Array("  \n\n ".utf8))
        let binary = try write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] + Array(repeating: 0, count: 64))
        let loaded = DocumentLoader.load(paths: [empty, blank, binary, directory.appendingPathComponent("missing.txt").path])
        #expect(loaded.documents.isEmpty)
        #expect(loaded.warnings.map(\.description) == [
            "\(empty): empty file; skipped",
            "\(blank): file holds only white space; skipped",
            "\(binary): binary file (control bytes in the text); skipped",
            "\(directory.appendingPathComponent("missing.txt").path): no such file or directory",
        ])
    }

    @Test func folderListsTextAndJSONLinesInOrder() throws {
        _ = try write("b.txt", Array("Deux drones ont été abattus lundi au-dessus de l'aéroport de Bagdad.".utf8))
        _ = try write("a.txt", Array(" date 2022-01-03 Texte.".utf8))
        _ = try write("notes.md", Array("ignored".utf8))
        let lines = [
            #"{"id": "j1", "date": "2022-01-04", "text": "Deux drones ont été abattus mardi au-dessus d'Ain al-Asad."}"#,
            #"not json"#,
            #"{"date": "2022-01-04", "text": "no id"}"#,
            #"{"id": "j2", "date": "someday", "text": "Texte."}"#,
        ]
        let jsonl = try write("c.jsonl", Array(lines.joined(separator: "\n").utf8))
        let loaded = DocumentLoader.load(paths: [directory.path])
        #expect(loaded.documents.map(\.id) == ["a.txt", "b.txt", "j1", "j2"])
        #expect(loaded.documents.map(\.headerDate) == ["2022-01-03", nil, "2022-01-04", nil])
        #expect(loaded.warnings.map(\.description) == [
            "\(jsonl):2: not a JSON object; line skipped",
            "\(jsonl):3: missing string \"id\"; line skipped",
            "\(jsonl):4: unreadable \"date\" someday in j2; ignored",
        ])
    }

    @Test func undatedDocumentSendsItsEventsToUnresolved() {
        let result = extract("Trois roquettes ont frappé la base aérienne d'Ain al-Asad.", date: nil, id: "undated.txt")
        #expect(result.events.isEmpty)
        #expect(result.unresolved.map(\.kind) == ["undated_event"])
        #expect(result.unresolved.first?.sources.first?.document == "undated.txt")
        #expect(result.warnings.map(\.description) == ["undated.txt: no date found (no header, tweet or date in the text); its undated events go to unresolved"])
        #expect(result.documentDates["undated.txt"]?.source == ReferenceDateSource.none)
    }

    @Test func unplacedEventsAndUnknownPlacesAreListed() {
        let result = extract("Trois roquettes ont frappé lundi une base à Wadi Zamzoum.", date: "2021-07-05")
        #expect(result.events.map { $0.place == nil } == [true])
        #expect(result.events.first?.feature().geometry == nil)
        #expect(Set(result.unresolved.map(\.kind)) == ["unplaced_event", "unknown_place_mention"])
        #expect(result.unresolved.first { $0.kind == "unknown_place_mention" }?.text == "Wadi Zamzoum")
    }

    /// A span of days as the document's last words, with no token after the second day, once read past the last token.
    @Test func spanOfDaysEndingTheTextIsRead() {
        let text = "Deux roquettes ont frappé la base d'Ain al-Asad le 1er novembre.\n\nAjloun Governorate and the border: the week in review (November 1–2)"
        let result = extract(text, date: "2023-11")
        #expect(result.events.map(\.date?.description) == ["2023-11-01"])
        #expect(extract("Rockets hit Balad air base on November 1–2", date: "2023-11").events.map(\.date?.description) == ["2023-11-02"])
    }

    @Test func fiftyMegabyteFileIsRead() throws {
        let seed = try String(contentsOf: repositoryRoot.appendingPathComponent("seeds/000_b845082235ac34ad.txt"), encoding: .utf8)
        let paragraph = Array(seed.utf8.dropFirst(13))
        var bytes = Array(" date 2021-07 ".utf8)
        bytes.reserveCapacity(50_000_000 + paragraph.count)
        while bytes.count < 50_000_000 { bytes += paragraph + [0x0A, 0x0A] }
        let path = try write("big.txt", bytes)
        let loaded = DocumentLoader.load(paths: [path])
        #expect(loaded.warnings.isEmpty)
        let result = extractor.extract(loaded.documents)
        #expect(Set(result.events.map(summary)).isSuperset(of: ["rocket_attack al_asad_airbase 2021-07-05 impact",
                                                                 "drone_attack us_embassy_baghdad 2021-07-05 intercepted"]))
        #expect(result.events.first { $0.eventType == .rocketAttack && $0.date == "2021-07-05" }!.sources.count > 1000)
    }
}
