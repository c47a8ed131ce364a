import Foundation
import XCTest
@testable import GeoJSON

final class GeoJSONStreamWriterTests: XCTestCase {
    private var temporaryDirectory: URL!

    override func setUpWithError() throws {
        temporaryDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("kharita-geojson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporaryDirectory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: temporaryDirectory)
    }

    func testStreamedCollectionFileEqualsOneShotEncoding() throws {
        for options in [GeoJSONWriter.Options(), GeoJSONWriter.Options(coordinatePrecision: 2, includeBBox: true)] {
            let path = temporaryDirectory.appendingPathComponent("events.geojson").path
            let stream = try GeoJSONStreamWriter(path: path, format: .featureCollection, options: options,
                                                 bbox: options.includeBBox ? sampleCollection.bounds : nil,
                                                 foreignMembers: sampleCollection.foreignMembers)
            for feature in sampleCollection.features { try stream.write(feature) }
            try stream.finish()
            XCTAssertEqual(stream.featureCount, sampleCollection.features.count)
            let written = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            XCTAssertEqual(text(written), text(GeoJSONWriter(options: options).encode(sampleCollection)))
        }
    }

    func testEmptyStreamedCollectionEqualsOneShotEncoding() throws {
        var output: [UInt8] = []
        let stream = GeoJSONStreamWriter(format: .featureCollection) { output += $0 }
        try stream.finish()
        XCTAssertEqual(output, GeoJSONWriter().encode(FeatureCollection(features: [])))
    }

    func testLargeStreamIsFlushedInBoundedChunksAndEqualsOneShot() throws {
        let features = (0..<12_000).map { index in
            Feature(id: .string("event-\(index)"), geometry: .point(Position(Double(index % 360) - 179.5, Double(index % 170) / 2 - 42.123456789)),
                    properties: ["index": .integer(index), "label": .string(String(repeating: "x", count: index % 50)), "ratio": .number(Double(index) / 7)])
        }
        var chunkSizes: [Int] = []
        var output: [UInt8] = []
        let stream = GeoJSONStreamWriter(format: .featureCollection) { chunk in
            chunkSizes.append(chunk.count)
            output += chunk
        }
        for feature in features { try stream.write(feature) }
        XCTAssertGreaterThan(chunkSizes.count, 0, "the writer must flush before finish() once 1 MiB is buffered")
        try stream.finish()
        XCTAssertGreaterThan(chunkSizes.count, 1)
        XCTAssertTrue(chunkSizes.allSatisfy { $0 < (1 << 20) + 4096 }, "\(chunkSizes)")
        XCTAssertEqual(output, GeoJSONWriter().encode(FeatureCollection(features: features)))
    }

    func testSequenceFormats() throws {
        let features = [Feature(id: .number(1), geometry: .point(Position(44.39, 33.31)), properties: ["a": 1]),
                        Feature(id: .string("b"), geometry: nil, properties: nil)]
        var lines: [UInt8] = []
        let sequence = GeoJSONStreamWriter(format: .sequence) { lines += $0 }
        var separated: [UInt8] = []
        let recordSeparated = GeoJSONStreamWriter(format: .recordSeparatedSequence) { separated += $0 }
        for feature in features {
            try sequence.write(feature)
            try recordSeparated.write(feature)
        }
        try sequence.finish()
        try recordSeparated.finish()
        let first = #"{"type":"Feature","id":1,"geometry":{"type":"Point","coordinates":[44.39,33.31]},"properties":{"a":1}}"#
        let second = #"{"type":"Feature","id":"b","geometry":null,"properties":null}"#
        XCTAssertEqual(text(lines), first + "\n" + second + "\n")
        XCTAssertEqual(text(separated), "\u{1E}" + first + "\n\u{1E}" + second + "\n")
    }

    func testWriteAfterFinishThrowsAndFinishIsIdempotent() throws {
        var output: [UInt8] = []
        let stream = GeoJSONStreamWriter(format: .sequence) { output += $0 }
        try stream.finish()
        try stream.finish()
        XCTAssertThrowsError(try stream.write(Feature(geometry: nil))) { error in
            XCTAssertEqual("\(error)", "<sink>: write after finish()")
        }
        XCTAssertEqual(output, [])
    }

    func testUnwritablePathIsReported() {
        let path = temporaryDirectory.appendingPathComponent("missing/dir/out.geojson").path
        XCTAssertThrowsError(try GeoJSONStreamWriter(path: path, format: .sequence)) { error in
            XCTAssertEqual("\(error)", "\(path): cannot open for writing: No such file or directory")
        }
    }

    /// GDAL is the reference consumer of these files (QGIS uses it): it must open them cleanly.
    func testOgrinfoOpensWrittenFilesWithoutWarnings() throws {
        guard let ogrinfo = ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw XCTSkip("ogrinfo is not installed")
        }
        let located = FeatureCollection(features: sampleCollection.features.filter { $0.geometry != nil })
        for (name, format) in [("events.geojson", GeoJSONStreamWriter.Format.featureCollection), ("events.geojsonl", .sequence)] {
            let path = temporaryDirectory.appendingPathComponent(name).path
            let stream = try GeoJSONStreamWriter(path: path, format: format)
            for feature in located.features { try stream.write(feature) }
            try stream.finish()

            let process = Process()
            process.executableURL = URL(fileURLWithPath: ogrinfo)
            process.arguments = ["-ro", "-al", "-so", path]
            let standardOutput = Pipe(), standardError = Pipe()
            process.standardOutput = standardOutput
            process.standardError = standardError
            try process.run()
            let report = String(decoding: standardOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let warnings = String(decoding: standardError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, name)
            XCTAssertEqual(warnings, "", name)
            XCTAssertTrue(report.contains("Feature Count: \(located.features.count)"), report)
        }
    }
}
