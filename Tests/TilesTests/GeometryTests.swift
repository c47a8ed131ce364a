import XCTest
@testable import Tiles

final class GeometryTests: XCTestCase {
    typealias P = GeometryOps.Point

    func testRingsKeepTheirWindingAndInsideOutRingsAreDropped() {
        // Positive surveyor area in tile coordinates (y down) is what MVT calls exterior.
        let exterior: [P] = [P(0, 0), P(10, 0), P(10, 10), P(0, 10), P(0, 0)]
        let rings = GeometryOps.tileRings(exterior, exterior: true, originX: 0, originY: 0, scale: 1)
        XCTAssertEqual(rings, [[SIMD2(0, 0), SIMD2(10, 0), SIMD2(10, 10), SIMD2(0, 10)]], "the closing point is implied by ClosePath")
        XCTAssertEqual(GeometryOps.doubleSignedArea(rings[0]), 200)
        XCTAssertEqual(GeometryOps.tileRings(exterior.reversed(), exterior: true, originX: 0, originY: 0, scale: 1), [])
        XCTAssertEqual(GeometryOps.tileRings(exterior.reversed(), exterior: false, originX: 0, originY: 0, scale: 1).map(GeometryOps.doubleSignedArea), [-200])
    }

    func testRingsPinchedByRoundingSplitIntoLoops() {
        // Two squares joined at (10, 10) by a sliver that rounds away, and a twist that rounds inside out.
        let figure: [P] = [P(0, 0), P(10, 0), P(10, 10), P(20, 10.2), P(20, 20), P(10, 20), P(10.2, 10), P(0, 10), P(0, 0)]
        let loops = GeometryOps.tileRings(figure, exterior: true, originX: 0, originY: 0, scale: 1)
        XCTAssertEqual(loops.map(GeometryOps.doubleSignedArea), [200, 200])
        XCTAssertFalse(GeometryOps.hasSelfIntersections([loops[0]]))
        XCTAssertEqual(Set(loops.map { Set($0) }), [[SIMD2(0, 0), SIMD2(10, 0), SIMD2(10, 10), SIMD2(0, 10)],
                                                     [SIMD2(10, 10), SIMD2(20, 10), SIMD2(20, 20), SIMD2(10, 20)]])
    }

    func testDegenerateRingsAndRepeatedPointsAreDropped() {
        let flat: [P] = [P(0, 0), P(5, 0), P(10, 0), P(0, 0)]
        XCTAssertEqual(GeometryOps.tileRings(flat, exterior: true, originX: 0, originY: 0, scale: 1), [])
        let line = GeometryOps.quantize([P(0, 0), P(0.2, 0.1), P(1, 1), P(1.1, 0.9), P(3, 3)], originX: 0, originY: 0, scale: 1)
        XCTAssertEqual(line, [SIMD2(0, 0), SIMD2(1, 1), SIMD2(3, 3)])
    }

    func testPolygonClippedToABand() {
        // Exterior with positive area in y-down coordinates, as PreparedLayer winds it.
        let square: [P] = [P(0, 0), P(10, 0), P(10, 10), P(0, 10), P(0, 0)]
        let clipped = GeometryOps.clipPolygon([square], axis: 0, low: 2, high: 5)
        XCTAssertEqual(clipped.count, 1)
        XCTAssertEqual(clipped[0][0].first, clipped[0][0].last)
        XCTAssertEqual(Set(clipped[0][0].map { [$0.x, $0.y] }), [[2, 0], [5, 0], [5, 10], [2, 10]])
        XCTAssertEqual(GeometryOps.clipPolygon([square], axis: 1, low: 20, high: 30).count, 0)
    }

    func testPolygonLeavingAndReenteringTheBandSplitsInsteadOfDoublingBack() {
        // A U open at the top: both arms cross y = 4, the bottom bar lies below it.
        let u: [P] = [P(0, 0), P(2, 0), P(2, 8), P(8, 8), P(8, 0), P(10, 0), P(10, 10), P(0, 10), P(0, 0)]
        XCTAssertGreaterThan(GeometryOps.doubleSignedArea(u), 0)
        let arms = GeometryOps.clipPolygon([u], axis: 1, low: -1, high: 4)
        XCTAssertEqual(arms.count, 2)
        XCTAssertEqual(Set(arms.map { Set($0[0].map { [$0.x, $0.y] }) }),
                       [[[0, 0], [2, 0], [2, 4], [0, 4]], [[8, 0], [10, 0], [10, 4], [8, 4]]])
        for arm in arms { XCTAssertEqual(GeometryOps.doubleSignedArea(arm[0]), 16, "winding kept") }
        // A hole wholly inside one piece goes with it; a hole across the edge opens into the exterior.
        let frame: [P] = [P(0, 0), P(10, 0), P(10, 10), P(0, 10), P(0, 0)]
        let inner: [P] = [P(1, 1), P(1, 2), P(2, 2), P(2, 1), P(1, 1)]
        let across: [P] = [P(6, 3), P(6, 6), P(8, 6), P(8, 3), P(6, 3)]
        let cut = GeometryOps.clipPolygon([frame, inner, across], axis: 1, low: 0, high: 4)
        XCTAssertEqual(cut.count, 1)
        XCTAssertEqual(cut[0].count, 2, "exterior and the inner hole")
        XCTAssertEqual(GeometryOps.doubleSignedArea(cut[0][0]), 2 * (40 - 2), "the hole's cut part is outside")
        XCTAssertEqual(cut[0][1], inner)
    }

    func testSelfCrossingTileRingsAreFound() {
        let bowTie: [SIMD2<Int32>] = [SIMD2(0, 0), SIMD2(10, 10), SIMD2(10, 0), SIMD2(0, 10)]
        XCTAssertTrue(GeometryOps.hasSelfIntersections([bowTie]))
        let touching: [SIMD2<Int32>] = [SIMD2(0, 0), SIMD2(10, 0), SIMD2(10, 10), SIMD2(5, 0), SIMD2(0, 10)]
        XCTAssertTrue(GeometryOps.hasSelfIntersections([touching]), "a vertex on another edge")
        let square: [SIMD2<Int32>] = [SIMD2(0, 0), SIMD2(10, 0), SIMD2(10, 10), SIMD2(0, 10)]
        XCTAssertFalse(GeometryOps.hasSelfIntersections([square]))
        let overlapping: [SIMD2<Int32>] = [SIMD2(5, 5), SIMD2(15, 5), SIMD2(15, 15), SIMD2(5, 15)]
        XCTAssertTrue(GeometryOps.hasSelfIntersections([square, overlapping]), "rings of one feature crossing")
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
