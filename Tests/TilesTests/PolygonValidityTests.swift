import Foundation
import GeoJSON
import KharitaTestSupport
import XCTest
@testable import Tiles

/// Tiles the real basemap and checks every polygon feature as GEOS would after GDAL reads it,
/// with a check of its own on the decoded integer coordinates.
final class PolygonValidityTests: XCTestCase {
    private typealias Vertex = (x: Int, y: Int)

    /// Why a decoded polygon feature is invalid, or nil.
    private func problem(_ parts: [[Vertex]]) -> String? {
        for (r, ring) in parts.enumerated() {
            if Set(ring.map { [$0.x, $0.y] }).count < 3 { return "ring \(r) has fewer than 3 distinct points" }
            if doubleArea(ring) == 0 { return "ring \(r) has no area" }
        }
        if doubleArea(parts[0]) < 0 { return "the first ring is not exterior" }
        // Every edge with the ring it belongs to; edges of one ring may meet only at the vertex
        // joining neighbours, edges of two rings only at a shared vertex.
        var edges: [(ring: Int, index: Int, a: Vertex, b: Vertex)] = []
        for (r, ring) in parts.enumerated() {
            for i in ring.indices { edges.append((r, i, ring[i], ring[(i + 1) % ring.count])) }
        }
        for m in edges.indices {
            for n in (m + 1)..<edges.count {
                let e = edges[m], f = edges[n]
                let count = parts[e.ring].count
                let neighbours = e.ring == f.ring && (f.index == (e.index + 1) % count || e.index == (f.index + 1) % count)
                if let point = meeting(e.a, e.b, f.a, f.b, neighbours: neighbours, sameRing: e.ring == f.ring) {
                    return "edges \(e.ring):\(e.index) and \(f.ring):\(f.index) meet at \(point)"
                }
            }
        }
        return nil
    }

    private func side(_ a: Vertex, _ b: Vertex, _ c: Vertex) -> Int {
        (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
    }

    private func within(_ p: Vertex, _ a: Vertex, _ b: Vertex) -> Bool {
        side(a, b, p) == 0 && min(a.x, b.x) <= p.x && p.x <= max(a.x, b.x) && min(a.y, b.y) <= p.y && p.y <= max(a.y, b.y)
    }

    /// A point where two edges meet that validity forbids.
    private func meeting(_ a: Vertex, _ b: Vertex, _ c: Vertex, _ d: Vertex, neighbours: Bool, sameRing: Bool) -> Vertex? {
        let s1 = side(a, b, c).signum(), s2 = side(a, b, d).signum(), s3 = side(c, d, a).signum(), s4 = side(c, d, b).signum()
        if s1 * s2 < 0 && s3 * s4 < 0 { return a }
        let shared: Vertex? = [a, b].first { p in p == c || p == d }
        for (p, s, t) in [(c, a, b), (d, a, b), (a, c, d), (b, c, d)] where within(p, s, t) {
            if let shared, p == shared {
                // Neighbours fold back when their far ends lie on one side of the shared vertex.
                if neighbours, s1 == 0, s2 == 0 {
                    let far1: Vertex = a == shared ? b : a, far2: Vertex = c == shared ? d : c
                    if (far1.x - shared.x) * (far2.x - shared.x) + (far1.y - shared.y) * (far2.y - shared.y) > 0 { return shared }
                }
                if sameRing && !neighbours { return shared }
                continue
            }
            return p
        }
        return nil
    }

    func testBasemapPolygonsAreValidAtEveryZoom() throws {
        let root = repositoryRoot
        let bytes = Array(try Data(contentsOf: root.appendingPathComponent("gazetteer/basemap/countries.geojson")))
        let countries = try GeoJSONReader.readFeatureCollection(bytes).features
        XCTAssertEqual(countries.count, 16)
        var options = TilingOptions()
        options.maxZoom = 8
        let set = try Tiler.build(layers: [TileLayerInput(name: "countries", features: countries)], options: options)
        for zoom in 0...8 {
            var invalid: [String] = []
            var names = Set<String>()
            for (tile, mvt) in set.tiles where tile.z == zoom {
                for feature in try DecodedTile(mvt).layers["countries"]?.features ?? [] {
                    guard case .string(let name) = feature.properties["name"] else { return XCTFail("unnamed country in \(tile)") }
                    names.insert(name)
                    if let problem = problem(feature.parts) { invalid.append("\(tile) \(name): \(problem)") }
                }
            }
            XCTAssertEqual(invalid, [], "zoom \(zoom)")
            XCTAssertEqual(names.count, 16, "every country is drawn at zoom \(zoom)")
        }
    }
}
