import Foundation
import Projection
import XCTest

final class TransformTests: XCTestCase {
    struct Case {
        let source: String, target: String
        let x: Double, y: Double
        let expectedX: Double, expectedY: Double
    }

    /// cs2cs prints 9 decimals; the same PROJ underneath should agree far below a micrometre.
    let metreTolerance = 1e-6
    /// About a millimetre on the ground: PROJ 9.1's LAEA inverse finds the latitude with a series
    /// that is good to a few 1e-9 degrees, so round trips through EPSG:3035 stop there.
    let roundTripDegreeTolerance = 1e-8

    func cases() throws -> [Case] {
        try fixtureRows("transforms.tsv").map { row in
            XCTAssertEqual(row.count, 6)
            return Case(source: row[0], target: row[1], x: try number(row[2]), y: try number(row[3]),
                        expectedX: try number(row[4]), expectedY: try number(row[5]))
        }
    }

    /// Fixture cases grouped by CRS pair, in file order.
    func casesByPair() throws -> [(source: String, target: String, cases: [Case])] {
        var groups: [(source: String, target: String, cases: [Case])] = []
        for item in try cases() {
            if let index = groups.firstIndex(where: { $0.source == item.source && $0.target == item.target }) {
                groups[index].cases.append(item)
            } else {
                groups.append((item.source, item.target, [item]))
            }
        }
        return groups
    }

    func testFixtureCoversEpsgProjStringAndWktDefinitions() throws {
        let definitions = Set(try cases().flatMap { [$0.source, $0.target] })
        XCTAssertTrue(definitions.isSuperset(of: ["EPSG:4326", "EPSG:3857", "EPSG:32638", "EPSG:3035"]))
        XCTAssertTrue(definitions.contains { $0.hasPrefix("+proj=utm") })
        XCTAssertTrue(definitions.contains { $0.hasPrefix("PROJCRS[") })
    }

    func testWebMercatorOfBaghdadMatchesReference() throws {
        let transform = try Transform(from: "EPSG:4326", to: "EPSG:3857")
        let point = try transform.forward(x: 44.3953, y: 33.2986)
        XCTAssertEqual(point.x, 4942062.19, accuracy: 0.01)
        XCTAssertEqual(point.y, 3935005.52, accuracy: 0.01)
    }

    func testSinglePointsMatchCs2cs() throws {
        for pair in try casesByPair() {
            let transform = try Transform(from: pair.source, to: pair.target)
            for item in pair.cases {
                let point = try transform.forward(x: item.x, y: item.y)
                XCTAssertEqual(point.x, item.expectedX, accuracy: metreTolerance, "\(item.source) → \(item.target.prefix(40)) x of (\(item.x), \(item.y))")
                XCTAssertEqual(point.y, item.expectedY, accuracy: metreTolerance, "\(item.source) → \(item.target.prefix(40)) y of (\(item.x), \(item.y))")
            }
        }
    }

    func testBatchesMatchCs2cs() throws {
        for pair in try casesByPair() {
            let transform = try Transform(from: pair.source, to: pair.target)
            var xs = pair.cases.map(\.x), ys = pair.cases.map(\.y)
            try transform.forward(&xs, &ys)
            for (index, item) in pair.cases.enumerated() {
                XCTAssertEqual(xs[index], item.expectedX, accuracy: metreTolerance, "\(item.source) → \(item.target.prefix(40)) batch x #\(index)")
                XCTAssertEqual(ys[index], item.expectedY, accuracy: metreTolerance, "\(item.source) → \(item.target.prefix(40)) batch y #\(index)")
            }
        }
    }

    func testInverseRoundTripsReturnTheInput() throws {
        for pair in try casesByPair() {
            let transform = try Transform(from: pair.source, to: pair.target)
            let tolerance = pair.source == "EPSG:3857" ? metreTolerance : roundTripDegreeTolerance
            var xs = pair.cases.map(\.expectedX), ys = pair.cases.map(\.expectedY)
            try transform.inverse(&xs, &ys)
            for (index, item) in pair.cases.enumerated() {
                XCTAssertEqual(xs[index], item.x, accuracy: tolerance, "\(item.source) ← \(item.target.prefix(40)) batch x #\(index)")
                XCTAssertEqual(ys[index], item.y, accuracy: tolerance, "\(item.source) ← \(item.target.prefix(40)) batch y #\(index)")
                let point = try transform.inverse(x: item.expectedX, y: item.expectedY)
                XCTAssertEqual(point.x, item.x, accuracy: tolerance)
                XCTAssertEqual(point.y, item.y, accuracy: tolerance)
            }
        }
    }

    func testUnknownEpsgCodeFailsWithProjsMessage() {
        XCTAssertThrowsError(try Transform(from: "EPSG:4326", to: "EPSG:999999")) { error in
            let message = (error as? ProjectionError)?.message ?? ""
            XCTAssertTrue(message.contains("crs not found"), message)
            XCTAssertTrue(message.contains("EPSG:999999"), message)
        }
    }

    func testUnreadableDefinitionFailsWithProjsMessage() {
        XCTAssertThrowsError(try Transform(from: "not a crs", to: "EPSG:3857")) { error in
            let message = (error as? ProjectionError)?.message ?? ""
            XCTAssertTrue(message.contains("unrecognized format"), message)
            XCTAssertTrue(message.contains("not a crs"), message)
        }
    }

    func testInvalidProjectionParametersFailWithProjsMessage() {
        XCTAssertThrowsError(try Transform(from: "EPSG:4326", to: "+proj=lcc +lat_1=30 +lat_2=-30 +datum=WGS84 +type=crs")) { error in
            let message = (error as? ProjectionError)?.message ?? ""
            XCTAssertTrue(message.contains("|lat_1 + lat_2| should be > 0"), message)
        }
    }

    func testPointsOutsideTheDomainBecomeInfinityWithoutStoppingTheBatch() throws {
        let reference = try XCTUnwrap(try cases().filter { $0.target == "EPSG:32638" }.first)
        let transform = try Transform(from: "EPSG:4326", to: "EPSG:32638")
        var xs = [10, reference.x, 0, reference.x], ys = [95, reference.y, -91, reference.y]
        try transform.forward(&xs, &ys)
        XCTAssertEqual(xs[0], .infinity)
        XCTAssertEqual(ys[0], .infinity)
        XCTAssertEqual(xs[2], .infinity)
        XCTAssertEqual(ys[2], .infinity)
        for index in [1, 3] {
            XCTAssertEqual(xs[index], reference.expectedX, accuracy: metreTolerance)
            XCTAssertEqual(ys[index], reference.expectedY, accuracy: metreTolerance)
        }
    }

    func testSinglePointOutsideTheDomainThrowsWithProjsMessage() throws {
        let transform = try Transform(from: "EPSG:4326", to: "EPSG:3857")
        XCTAssertThrowsError(try transform.forward(x: 10, y: 95)) { error in
            let message = (error as? ProjectionError)?.message ?? ""
            XCTAssertTrue(message.contains("Invalid latitude"), message)
            XCTAssertTrue(message.contains("(10.0, 95.0)"), message)
        }
        // The failure leaves the transform usable.
        XCTAssertEqual(try transform.forward(x: 44.3953, y: 33.2986).x, 4942062.19, accuracy: 0.01)
    }

    func testBatchesOfDifferentLengthsAreRejected() throws {
        let transform = try Transform(from: "EPSG:4326", to: "EPSG:3857")
        var xs = [44.0, 45.0], ys = [33.0]
        XCTAssertThrowsError(try transform.forward(&xs, &ys)) { error in
            XCTAssertEqual((error as? ProjectionError)?.message,
                           "cannot transform 2 x values with 1 y values: the arrays differ in length")
        }
        XCTAssertEqual(xs, [44.0, 45.0])
        XCTAssertEqual(ys, [33.0])
    }

    func testCloneGivesIdenticalResults() throws {
        let pair = try XCTUnwrap(try casesByPair().first { $0.target.hasPrefix("PROJCRS[") })
        let original = try Transform(from: pair.source, to: pair.target)
        let copy = try original.clone()
        XCTAssertEqual(copy.source, original.source)
        XCTAssertEqual(copy.target, original.target)
        for item in pair.cases {
            let fromOriginal = try original.forward(x: item.x, y: item.y)
            let fromCopy = try copy.forward(x: item.x, y: item.y)
            XCTAssertEqual(fromCopy.x, fromOriginal.x)
            XCTAssertEqual(fromCopy.y, fromOriginal.y)
            XCTAssertEqual(fromCopy.x, item.expectedX, accuracy: metreTolerance)
        }
    }

    func testTransformsOnSeveralThreadsEachWithItsOwnTransform() throws {
        let shared = try Transform(from: "EPSG:4326", to: "EPSG:32638")
        let count = 20_000
        let longitudes = (0..<count).map { 42 + 6 * Double($0) / Double(count) }
        let latitudes = (0..<count).map { 29 + 8 * Double($0 % 997) / 997 }
        var expectedXs = longitudes, expectedYs = latitudes
        try shared.forward(&expectedXs, &expectedYs)

        let threads = 4
        let results = ThreadResults(count: threads)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            do {
                let transform = thread.isMultiple(of: 2) ? try shared.clone() : try Transform(from: "EPSG:4326", to: "EPSG:32638")
                var xs = longitudes, ys = latitudes
                for _ in 0..<5 {
                    xs = longitudes
                    ys = latitudes
                    try transform.forward(&xs, &ys)
                }
                let single = try transform.forward(x: longitudes[thread], y: latitudes[thread])
                results.store(thread, .success((xs, ys, single)))
            } catch {
                results.store(thread, .failure(error))
            }
        }
        for thread in 0..<threads {
            let (xs, ys, single) = try XCTUnwrap(results.value(thread)).get()
            XCTAssertEqual(xs, expectedXs, "thread \(thread)")
            XCTAssertEqual(ys, expectedYs, "thread \(thread)")
            XCTAssertEqual(single.x, expectedXs[thread])
            XCTAssertEqual(single.y, expectedYs[thread])
        }
        // echo "42 29" | cs2cs -f %.3f "+proj=longlat +datum=WGS84" +to +proj=utm +zone=38 +datum=WGS84
        XCTAssertEqual(expectedXs[0], 207728.929, accuracy: 0.001)
        XCTAssertEqual(expectedYs[0], 3211697.373, accuracy: 0.001)
    }
}

private final class ThreadResults: @unchecked Sendable {
    typealias Output = Result<(xs: [Double], ys: [Double], single: (x: Double, y: Double)), Error>
    private let lock = NSLock()
    private var values: [Output?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ value: Output) {
        lock.withLock { values[index] = value }
    }

    func value(_ index: Int) -> Output? {
        lock.withLock { values[index] }
    }
}
