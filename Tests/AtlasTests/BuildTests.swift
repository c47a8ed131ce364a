import Foundation
import KharitaTestSupport
import Gazetteer
import GeoJSON
import XCTest
@testable import Atlas


func temporaryFolder(_ name: String) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kharita-\(name)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Every file under `root` with its bytes, keyed by relative path.
func snapshot(_ root: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    while let path = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let full = root.appendingPathComponent(path).path
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = FileManager.default.contents(atPath: full)
        }
    }
    return files
}

final class BuildTests: XCTestCase {
    func seedOptions(out: URL) -> BuildOptions {
        var options = BuildOptions()
        options.inputs = [repositoryRoot.appendingPathComponent("seeds").path]
        options.gazetteer = repositoryRoot.appendingPathComponent("gazetteer").path
        options.output = out.path
        return options
    }

    func testBuildsAreByteIdenticalWhateverTheThreadCount() throws {
        let root = temporaryFolder("determinism")
        defer { try? FileManager.default.removeItem(at: root) }
        var single = seedOptions(out: root.appendingPathComponent("a"))
        single.threads = 1
        var several = seedOptions(out: root.appendingPathComponent("b"))
        several.threads = 3
        _ = try AtlasBuild.run(single)
        _ = try AtlasBuild.run(several)
        let a = snapshot(root.appendingPathComponent("a")), b = snapshot(root.appendingPathComponent("b"))
        XCTAssertGreaterThan(a.count, 10)
        XCTAssertEqual(a.keys.sorted(), b.keys.sorted())
        for (path, bytes) in a { XCTAssertEqual(bytes, b[path], path) }
    }

    func testManifestDescribesEveryFileAndWindow() throws {
        let root = temporaryFolder("manifest")
        defer { try? FileManager.default.removeItem(at: root) }
        let summary = try AtlasBuild.run(seedOptions(out: root))
        let files = snapshot(root)
        let manifest = try JSONParser.parse([UInt8](files["manifest.json"]!))
        let listed = manifest.objectValue!["files"]!.arrayValue!
        XCTAssertEqual(Set(listed.map { $0.objectValue!["path"]!.stringValue! }), Set(files.keys).subtracting(["manifest.json"]))
        for entry in listed {
            let object = entry.objectValue!
            let bytes = files[object["path"]!.stringValue!]!
            XCTAssertEqual(object["sha256"]!.stringValue, SHA256.hex([UInt8](bytes)))
            XCTAssertEqual(object["bytes"]!.intValue, bytes.count)
        }
        let windows = manifest.objectValue!["windows"]!.arrayValue!
        XCTAssertEqual(windows.map { $0.objectValue!["label"]!.stringValue! }, summary.windows.map(\.label))
        // Month windows run without a gap from the first event's month to the last one's.
        XCTAssertEqual(windows.first?.objectValue?["label"]?.stringValue, "2020-01")
        XCTAssertEqual(windows.last?.objectValue?["label"]?.stringValue, "2022-01")
        XCTAssertEqual(windows.count, 25)

        // Every event is in exactly one month window, and each window file holds what the manifest says.
        let all = try GeoJSONReader.readFeatureCollection([UInt8](files["events.geojson"]!))
        var seen: [String] = []
        for window in windows {
            let label = window.objectValue!["label"]!.stringValue!
            let layer = try GeoJSONReader.readFeatureCollection([UInt8](files["windows/\(label)/events.geojson"]!))
            XCTAssertEqual(layer.features.count, window.objectValue!["event_count"]!.intValue, label)
            for feature in layer.features {
                let date = feature.properties!["date"]!.stringValue!
                XCTAssertTrue(date.hasPrefix(label), "\(date) in window \(label)")
                if case .string(let id) = feature.id { seen.append(id) }
            }
        }
        XCTAssertEqual(seen.sorted(), all.features.compactMap { if case .string(let id) = $0.id { id } else { nil } }.sorted())
        let sequence = try GeoJSONReader.readSequence([UInt8](files["events.geojsonl"]!))
        XCTAssertEqual(sequence, all.features)
        let csvLines = String(decoding: files["events.csv"]!, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(csvLines.count, all.features.count + 1)
    }

    func testBadGazetteerFailsAndKeepsThePreviousOutput() throws {
        let root = temporaryFolder("bad-gazetteer")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("output")
        _ = try AtlasBuild.run(seedOptions(out: out))
        let before = snapshot(out)

        let gazetteer = root.appendingPathComponent("gazetteer")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("gazetteer"), to: gazetteer)
        let places = gazetteer.appendingPathComponent("places.tsv")
        var text = try String(contentsOf: places, encoding: .utf8)
        text += "broken\tBroken\tcity\tIQ\t\t95.5\t44.0\t5\t\t\t\tnowhere\n"
        try text.write(to: places, atomically: true, encoding: .utf8)
        var options = seedOptions(out: out)
        options.gazetteer = gazetteer.path
        XCTAssertThrowsError(try AtlasBuild.run(options)) { error in
            guard case BuildFailure.gazetteer(let message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("places.tsv:"), message)
        }
        XCTAssertEqual(snapshot(out), before)
    }

    /// A build killed half-way (SIGKILL while it writes) leaves the previous output as it was, and the
    /// next build clears what the killed one left behind.
    func testKilledBuildLeavesThePreviousOutput() throws {
        let kharita = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kharita")
        guard FileManager.default.isExecutableFile(atPath: kharita.path) else {
            throw XCTSkip("kharita is not built next to the tests (\(kharita.path))")
        }
        let root = temporaryFolder("killed")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("output")
        _ = try AtlasBuild.run(seedOptions(out: out))
        let before = snapshot(out)

        // Day windows over the corpus's six years make thousands of window files: a long write phase to interrupt.
        let gazetteer = projectGazetteer
        let corpus = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for article in Synthetic.articles(places: gazetteer.places, totalBytes: 60_000, seed: 7) {
            try article.text.write(to: corpus.appendingPathComponent(article.name), atomically: false, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = kharita
        process.arguments = ["build", "--seeds", corpus.path, "--gazetteer", repositoryRoot.appendingPathComponent("gazetteer").path,
                             "--out", out.path, "--window", "day", "--quiet"]
        try process.run()
        let staging = root.appendingPathComponent(".output.staging-\(process.processIdentifier)")
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: staging.appendingPathComponent("events.geojson").path), process.isRunning, Date() < deadline {
            usleep(1000)
        }
        XCTAssertTrue(process.isRunning, "the build ended before it could be interrupted")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(snapshot(out), before)
        XCTAssertTrue(FileManager.default.fileExists(atPath: staging.path), "the killed build's staging folder")

        _ = try AtlasBuild.run(seedOptions(out: out))
        XCTAssertEqual(snapshot(out), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted(), ["corpus", "output"])
    }
}
