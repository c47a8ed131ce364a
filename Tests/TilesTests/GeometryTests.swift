import XCTest
@testable import Tiles

final class GeometryTests: XCTestCase {
    typealias P = GeometryOps.Point

    func testWindingFollowsSignedAreaNotInputOrder() {
        // Counter-clockwise on screen (y down) has negative surveyor area.
        let screenCCW: [P] = [P(0, 0), P(0, 10), P(10, 10), P(10, 0), P(0, 0)]
        let exterior = GeometryOps.tileRing(screenCCW, exterior: true, originX: 0, originY: 0, scale: 1)!
        XCTAssertGreaterThan(GeometryOps.doubleSignedArea(exterior), 0)
        XCTAssertEqual(GeometryOps.doubleSignedArea(exterior), 200)
        let hole = GeometryOps.tileRing(screenCCW.reversed(), exterior: false, originX: 0, originY: 0, scale: 1)!
        XCTAssertEqual(GeometryOps.doubleSignedArea(hole), -200)
        XCTAssertEqual(exterior.count, 4, "the closing point is implied by ClosePath")
    }

    func testDegenerateRingsAndRepeatedPointsAreDropped() {
        let flat: [P] = [P(0, 0), P(5, 0), P(10, 0), P(0, 0)]
        XCTAssertNil(GeometryOps.tileRing(flat, exterior: true, originX: 0, originY: 0, scale: 1))
        let line = GeometryOps.quantize([P(0, 0), P(0.2, 0.1), P(1, 1), P(1.1, 0.9), P(3, 3)], originX: 0, originY: 0, scale: 1)
        XCTAssertEqual(line, [SIMD2(0, 0), SIMD2(1, 1), SIMD2(3, 3)])
    }

    func testRingClippedToABand() {
        let square: [P] = [P(0, 0), P(10, 0), P(10, 10), P(0, 10), P(0, 0)]
        let clipped = GeometryOps.clipRing(square, axis: 0, low: 2, high: 5)
        XCTAssertEqual(clipped.first, clipped.last)
        XCTAssertEqual(Set(clipped.map { [$0.x, $0.y] }), [[2, 0], [5, 0], [5, 10], [2, 10]])
        XCTAssertEqual(GeometryOps.clipRing(square, axis: 1, low: 20, high: 30), [])
    }

    func testLineLeavingAndReenteringSplits() {
        let line: [P] = [P(0, 0), P(10, 10), P(0, 20)]
        let pieces = GeometryOps.clipLine(line, axis: 0, low: -1, high: 5)
        XCTAssertEqual(pieces, [[P(0, 0), P(5, 5)], [P(5, 15), P(0, 20)]])
        XCTAssertEqual(GeometryOps.clipLine(line, axis: 1, low: 30, high: 40), [])
    }

    func testSimplifyKeepsEndsAndCorners() {
        let line: [P] = [P(0, 0), P(1, 0.01), P(2, 0), P(2, 5), P(2.01, 6), P(2, 10)]
        XCTAssertEqual(GeometryOps.simplify(line, tolerance: 0.1), [P(0, 0), P(2, 0), P(2, 10)])
    }

    func testCollinearVerticesAndSpikesAreRemoved() {
        let ring: [SIMD2<Int32>] = [SIMD2(0, 0), SIMD2(5, 0), SIMD2(10, 0), SIMD2(10, 10), SIMD2(10, 15), SIMD2(10, 10), SIMD2(0, 10)]
        XCTAssertEqual(GeometryOps.withoutCollinearVertices(ring), [SIMD2(0, 0), SIMD2(10, 0), SIMD2(10, 10), SIMD2(0, 10)])
        XCTAssertEqual(GeometryOps.withoutCollinearVertices([SIMD2(0, 0), SIMD2(4, 4), SIMD2(8, 8)]), [])
    }
}
