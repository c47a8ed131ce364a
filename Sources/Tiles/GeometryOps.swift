/// Geometry operations on world coordinates (see `WebMercator`) and on integer tile coordinates.
enum GeometryOps {
    typealias Point = SIMD2<Double>

    /// Douglas–Peucker simplification keeping both ends; `tolerance` in the points' own units.
    static func simplify(_ line: [Point], tolerance: Double) -> [Point] {
        guard line.count > 2, tolerance > 0 else { return line }
        var keep = [Bool](repeating: false, count: line.count)
        keep[0] = true
        keep[line.count - 1] = true
        var pending = [(0, line.count - 1)]
        let limit = tolerance * tolerance
        while let (first, last) = pending.popLast() {
            guard last > first + 1 else { continue }
            var farthest = first, farthestDistance = -1.0
            for i in (first + 1)..<last {
                let d = squaredDistance(line[i], toSegment: line[first], line[last])
                if d > farthestDistance {
                    farthestDistance = d
                    farthest = i
                }
            }
            if farthestDistance > limit {
                keep[farthest] = true
                pending.append((first, farthest))
                pending.append((farthest, last))
            }
        }
        return line.indices.filter { keep[$0] }.map { line[$0] }
    }

    /// Simplifies each ring; rings left without area are dropped, and the polygon with its exterior.
    static func simplifyPolygon(_ rings: [[Point]], tolerance: Double) -> [[Point]]? {
        let simplified = rings.map { simplify($0, tolerance: tolerance) }
        return simplified[0].count >= 4 ? simplified.filter { $0.count >= 4 } : nil
    }

    static func squaredDistance(_ p: Point, toSegment a: Point, _ b: Point) -> Double {
        let ab = b - a
        let lengthSquared = (ab * ab).sum()
        var t = lengthSquared > 0 ? ((p - a) * ab).sum() / lengthSquared : 0
        t = min(max(t, 0), 1)
        let d = p - (a + t * ab)
        return (d * d).sum()
    }

    /// Twice the signed area of a closed ring by the surveyor's formula, in world or tile
    /// coordinates (both y down): positive for what MVT 2.1 calls exterior.
    static func doubleSignedArea(_ ring: [Point]) -> Double {
        var sum = 0.0
        for i in 0..<(ring.count - 1) { sum += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y }
        return sum
    }

    /// Clips a polygon (closed rings, exterior first with positive area, holes negative) to
    /// `low ≤ p[axis] ≤ high`. Unlike Sutherland–Hodgman, a polygon that leaves and re-enters the
    /// band becomes several polygons instead of one ring doubling back along the band's edge,
    /// which GEOS reports as a ring self-intersection.
    static func clipPolygon(_ rings: [[Point]], axis: Int, low: Double, high: Double) -> [[[Point]]] {
        clipPolygonHalf(rings, axis: axis, bound: low, keepAbove: true).flatMap {
            clipPolygonHalf($0, axis: axis, bound: high, keepAbove: false)
        }
    }

    /// One half-plane: each ring is cut into chains that run inside from an entry point on the
    /// line to an exit point on it. With consistent winding the polygon's interior lies on the
    /// same side of every ring, so each exit continues along the line, in the one direction that
    /// keeps the interior on that side, to the nearest entry.
    private static func clipPolygonHalf(_ rings: [[Point]], axis: Int, bound: Double, keepAbove: Bool) -> [[[Point]]] {
        guard let exterior = rings.first, exterior.count >= 4 else { return [] }
        func inside(_ p: Point) -> Bool { keepAbove ? p[axis] >= bound : p[axis] <= bound }
        if exterior.allSatisfy(inside) { return [rings] }
        var chains: [[Point]] = []
        var wholeHoles: [[Point]] = []
        for (index, ring) in rings.enumerated() {
            let count = ring.count - 1
            guard let start = (0..<count).first(where: { !inside(ring[$0]) }) else {
                if index > 0 { wholeHoles.append(ring) }
                continue
            }
            var chain: [Point] = []
            for k in 0..<count {
                let a = ring[(start + k) % count], b = ring[(start + k + 1) % count]
                let aIn = inside(a), bIn = inside(b)
                if !aIn && bIn { chain = [intersection(a, b, axis: axis, at: bound)] }
                if bIn && chain.last != b { chain.append(b) }
                if aIn && !bIn {
                    let exit = intersection(a, b, axis: axis, at: bound)
                    if chain.last != exit { chain.append(exit) }
                    // A chain lying wholly on the line only touches the half-plane.
                    if chain.contains(where: { $0[axis] != bound }) { chains.append(chain) }
                    chain = []
                }
            }
        }
        guard !chains.isEmpty else { return [] }
        let along = 1 - axis
        let decreasing = (axis == 0) == keepAbove
        let entries = chains.indices.sorted { chains[$0][0][along] < chains[$1][0][along] }
        /// The chain whose entry an exit at `position` runs to along the line, if any.
        func next(after position: Double) -> Int? {
            if decreasing {
                return entries.last { chains[$0][0][along] <= position }
            }
            return entries.first { chains[$0][0][along] >= position }
        }
        var used = [Bool](repeating: false, count: chains.count)
        var exteriors: [[Point]] = []
        for first in chains.indices where !used[first] {
            var ring: [Point] = []
            var current = first
            while true {
                used[current] = true
                for p in chains[current] where ring.last != p { ring.append(p) }
                guard let following = next(after: chains[current].last![along]), !used[following] else { break }
                current = following
            }
            if ring.first != ring.last { ring.append(ring[0]) }
            if ring.count >= 4 { exteriors.append(ring) }
        }
        var polygons = exteriors.map { [$0] }
        for hole in wholeHoles {
            if let owner = exteriors.firstIndex(where: { contains($0, hole[0]) }) { polygons[owner].append(hole) }
        }
        return polygons
    }

    /// Even–odd point-in-ring test on a closed ring.
    static func contains(_ ring: [Point], _ p: Point) -> Bool {
        var inside = false
        for i in 0..<(ring.count - 1) {
            let a = ring[i], b = ring[i + 1]
            if (a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x) { inside.toggle() }
        }
        return inside
    }

    /// Clips an open polyline to `low ≤ p[axis] ≤ high`; a line leaving and re-entering becomes several.
    static func clipLine(_ line: [Point], axis: Int, low: Double, high: Double) -> [[Point]] {
        var pieces: [[Point]] = []
        var current: [Point] = []
        func inside(_ p: Point) -> Bool { p[axis] >= low && p[axis] <= high }
        for i in 0..<(line.count - 1) {
            let a = line[i], b = line[i + 1]
            // Parametric (Liang–Barsky) clip of the segment on one axis.
            let da = b[axis] - a[axis]
            var t0 = 0.0, t1 = 1.0
            if da == 0 {
                if !inside(a) { t0 = 1; t1 = 0 }
            } else {
                let tLow = (low - a[axis]) / da, tHigh = (high - a[axis]) / da
                t0 = max(t0, min(tLow, tHigh))
                t1 = min(t1, max(tLow, tHigh))
            }
            guard t0 <= t1 else {
                if current.count >= 2 { pieces.append(current) }
                current = []
                continue
            }
            let start = t0 == 0 ? a : a + t0 * (b - a)
            let end = t1 == 1 ? b : a + t1 * (b - a)
            if current.isEmpty { current.append(start) }
            current.append(end)
            if t1 < 1 {
                if current.count >= 2 { pieces.append(current) }
                current = []
            }
        }
        if current.count >= 2 { pieces.append(current) }
        return pieces
    }

    private static func intersection(_ a: Point, _ b: Point, axis: Int, at bound: Double) -> Point {
        let t = (bound - a[axis]) / (b[axis] - a[axis])
        var p = a + t * (b - a)
        p[axis] = bound
        return p
    }

    /// Rounds to integer tile coordinates and removes repeated points, so no segment has zero length.
    static func quantize(_ points: [Point], originX: Double, originY: Double, scale: Double) -> [SIMD2<Int32>] {
        var out: [SIMD2<Int32>] = []
        out.reserveCapacity(points.count)
        for p in points {
            let q = SIMD2<Int32>(Int32(((p.x - originX) * scale).rounded()), Int32(((p.y - originY) * scale).rounded()))
            if out.last != q { out.append(q) }
        }
        return out
    }

    /// Twice the signed area by the surveyor's formula in tile coordinates (y down): positive for
    /// rings that MVT 2.1 §4.3.4.4 calls exterior. `ring` is open (no repeated closing point).
    static func doubleSignedArea(_ ring: [SIMD2<Int32>]) -> Int64 {
        var sum: Int64 = 0
        for i in ring.indices {
            let a = ring[i], b = ring[(i + 1) % ring.count]
            sum += Int64(a.x) * Int64(b.y) - Int64(b.x) * Int64(a.y)
        }
        return sum
    }

    /// Drops vertices on the straight line through their neighbours, which also removes the
    /// out-and-back spikes that rounding leaves where a thin part of a ring collapses.
    static func withoutCollinearVertices(_ ring: [SIMD2<Int32>]) -> [SIMD2<Int32>] {
        var kept = ring
        var changed = true
        while changed && kept.count >= 3 {
            changed = false
            var out: [SIMD2<Int32>] = []
            out.reserveCapacity(kept.count)
            for i in kept.indices {
                let previous = out.last ?? kept[(i + kept.count - 1) % kept.count]
                let current = kept[i], next = kept[(i + 1) % kept.count]
                let cross = Int64(current.x - previous.x) * Int64(next.y - current.y)
                    - Int64(current.y - previous.y) * Int64(next.x - current.x)
                if cross == 0 || current == previous { changed = true } else { out.append(current) }
            }
            kept = out
        }
        return kept
    }

    /// Whether a polygon feature's open tile rings (each exterior followed by its holes) break
    /// OGC validity as GEOS checks it after GDAL maps tile units to coordinates: edges of one ring
    /// meeting anywhere but at the vertex between neighbours, edges of two rings meeting anywhere
    /// but at a shared vertex, or an exterior lying inside another polygon. Edges are swept by x-range.
    static func hasSelfIntersections(_ rings: [[SIMD2<Int32>]]) -> Bool {
        var edges: [(ring: Int, index: Int, a: SIMD2<Int32>, b: SIMD2<Int32>)] = []
        for (r, ring) in rings.enumerated() {
            for i in ring.indices { edges.append((r, i, ring[i], ring[(i + 1) % ring.count])) }
        }
        edges.sort { min($0.a.x, $0.b.x) < min($1.a.x, $1.b.x) }
        for (rank, e) in edges.enumerated() {
            let right = max(e.a.x, e.b.x)
            for f in edges[(rank + 1)...] {
                if min(f.a.x, f.b.x) > right { break }
                guard e.ring == f.ring else {
                    if segmentsConflict(e.a, e.b, f.a, f.b) { return true }
                    continue
                }
                let count = rings[e.ring].count
                if f.index == (e.index + 1) % count || e.index == (f.index + 1) % count {
                    // Neighbours share one vertex; they meet elsewhere only when folding back on each other.
                    if segmentsOverlapCollinearly(e.a, e.b, f.a, f.b) { return true }
                } else if segmentsMeet(e.a, e.b, f.a, f.b) {
                    return true
                }
            }
        }
        return hasNestedExterior(rings)
    }

    /// With no edges crossing, an exterior is inside another polygon when one of its vertices off
    /// that polygon's outline is inside the exterior and in none of its holes.
    private static func hasNestedExterior(_ rings: [[SIMD2<Int32>]]) -> Bool {
        var polygons: [[[SIMD2<Int32>]]] = []
        for ring in rings {
            if doubleSignedArea(ring) > 0 || polygons.isEmpty { polygons.append([ring]) } else { polygons[polygons.count - 1].append(ring) }
        }
        guard polygons.count > 1 else { return false }
        for (i, polygon) in polygons.enumerated() {
            for (j, other) in polygons.enumerated() where i != j {
                let outline = Set(other.joined())
                guard let probe = polygon[0].first(where: { !outline.contains($0) }) else { continue }
                let point = Point(probe)
                func encloses(_ ring: [SIMD2<Int32>]) -> Bool { contains(ring.map(Point.init) + [Point(ring[0])], point) }
                if encloses(other[0]) && !other.dropFirst().contains(where: encloses) { return true }
            }
        }
        return false
    }

    /// Edges of two rings conflict when they cross, overlap, or when a vertex of one lies inside
    /// the other edge: such a touch does not survive the transformation to map coordinates
    /// exactly (GDAL then sees a crossing). A shared vertex transforms identically and is allowed.
    private static func segmentsConflict(_ a: SIMD2<Int32>, _ b: SIMD2<Int32>, _ c: SIMD2<Int32>, _ d: SIMD2<Int32>) -> Bool {
        let o1 = orientation(a, b, c), o2 = orientation(a, b, d), o3 = orientation(c, d, a), o4 = orientation(c, d, b)
        if o1 * o2 < 0 && o3 * o4 < 0 { return true }
        func inside(_ p: SIMD2<Int32>, _ s: SIMD2<Int32>, _ t: SIMD2<Int32>, _ o: Int64) -> Bool {
            o == 0 && p != s && p != t && onSegment(p, s, t)
        }
        if inside(c, a, b, o1) || inside(d, a, b, o2) || inside(a, c, d, o3) || inside(b, c, d, o4) { return true }
        // Collinear edges with the same two ends coincide.
        return o1 == 0 && o2 == 0 && ((a == c && b == d) || (a == d && b == c))
    }

    private static func orientation(_ a: SIMD2<Int32>, _ b: SIMD2<Int32>, _ c: SIMD2<Int32>) -> Int64 {
        let cross = Int64(b.x - a.x) * Int64(c.y - a.y) - Int64(b.y - a.y) * Int64(c.x - a.x)
        return cross > 0 ? 1 : (cross < 0 ? -1 : 0)
    }

    private static func onSegment(_ p: SIMD2<Int32>, _ a: SIMD2<Int32>, _ b: SIMD2<Int32>) -> Bool {
        min(a.x, b.x) <= p.x && p.x <= max(a.x, b.x) && min(a.y, b.y) <= p.y && p.y <= max(a.y, b.y)
    }

    private static func segmentsMeet(_ a: SIMD2<Int32>, _ b: SIMD2<Int32>, _ c: SIMD2<Int32>, _ d: SIMD2<Int32>) -> Bool {
        let o1 = orientation(a, b, c), o2 = orientation(a, b, d), o3 = orientation(c, d, a), o4 = orientation(c, d, b)
        if o1 != o2 && o3 != o4 { return true }
        return (o1 == 0 && onSegment(c, a, b)) || (o2 == 0 && onSegment(d, a, b))
            || (o3 == 0 && onSegment(a, c, d)) || (o4 == 0 && onSegment(b, c, d))
    }

    private static func segmentsOverlapCollinearly(_ a: SIMD2<Int32>, _ b: SIMD2<Int32>, _ c: SIMD2<Int32>, _ d: SIMD2<Int32>) -> Bool {
        guard orientation(a, b, c) == 0, orientation(a, b, d) == 0 else { return false }
        // Shared vertex plus collinear: they overlap when the far ends lie on the same side of it.
        let shared = (a == c || a == d) ? a : b
        let p = (a == shared) ? b : a, q = (c == shared) ? d : c
        return Int64(p.x - shared.x) * Int64(q.x - shared.x) + Int64(p.y - shared.y) * Int64(q.y - shared.y) > 0
    }

    /// Quantizes a closed world ring, wound as MVT requires (exterior positive area, hole
    /// negative), into open tile rings; see `loops(of:exterior:splittingCrossings:)`.
    static func tileRings(_ ring: [Point], exterior: Bool, originX: Double, originY: Double, scale: Double) -> [[SIMD2<Int32>]] {
        var points = quantize(ring, originX: originX, originY: originY, scale: scale)
        if points.count > 1 && points.first == points.last { points.removeLast() }
        return loops(of: points, exterior: exterior, splittingCrossings: false)
    }

    /// Rounding can pinch a ring so that it passes a point twice: it is split there into loops,
    /// and loops without area or turned inside out (wound against `exterior`) are dropped. With
    /// `splittingCrossings`, a ring is also split where two of its edges meet (at the rounded
    /// crossing point) (quadratic: for the few rings no simplification leaves valid). The largest
    /// loop comes first; none is left when the ring collapses.
    static func loops(of ring: [SIMD2<Int32>], exterior: Bool, splittingCrossings: Bool) -> [[SIMD2<Int32>]] {
        var pending = [ring]
        var loops: [(area: Int64, points: [SIMD2<Int32>])] = []
        while let loop = pending.popLast() {
            let cleaned = withoutCollinearVertices(loop)
            guard cleaned.count >= 3 else { continue }
            var seen: [SIMD2<Int32>: Int] = [:]
            var pinch: (Int, Int)?
            for (index, point) in cleaned.enumerated() {
                if let earlier = seen.updateValue(index, forKey: point) {
                    pinch = (earlier, index)
                    break
                }
            }
            if let (first, second) = pinch {
                pending.append(Array(cleaned[first..<second]))
                pending.append(Array(cleaned[second...] + cleaned[..<first]))
                continue
            }
            if splittingCrossings, let (first, second, point) = firstCrossing(cleaned) {
                pending.append([point] + cleaned[(first + 1)...second])
                pending.append(Array(cleaned[(second + 1)...] + cleaned[...first]) + [point])
                continue
            }
            let area = doubleSignedArea(cleaned)
            if area != 0 && (area > 0) == exterior { loops.append((abs(area), cleaned)) }
        }
        return loops.enumerated().sorted { ($0.element.area, $1.offset) > ($1.element.area, $0.offset) }.map(\.element.points)
    }

    /// The first pair of non-neighbouring edges `i < j` of an open ring that meet, and where:
    /// a vertex of one lying on the other, or else their crossing rounded to tile units.
    private static func firstCrossing(_ ring: [SIMD2<Int32>]) -> (Int, Int, SIMD2<Int32>)? {
        let count = ring.count
        for i in 0..<count {
            let a = ring[i], b = ring[(i + 1) % count]
            for j in stride(from: i + 2, to: count, by: 1) where !(i == 0 && j == count - 1) {
                let c = ring[j], d = ring[(j + 1) % count]
                guard segmentsMeet(a, b, c, d) else { continue }
                if let touching = [c, d].first(where: { orientation(a, b, $0) == 0 && onSegment($0, a, b) })
                    ?? [a, b].first(where: { orientation(c, d, $0) == 0 && onSegment($0, c, d) }) {
                    return (i, j, touching)
                }
                let p = Point(a), r = Point(b) - p, q = Point(c), s = Point(d) - q
                let t = ((q - p).x * s.y - (q - p).y * s.x) / (r.x * s.y - r.y * s.x)
                let crossing = p + t * r
                return (i, j, SIMD2(Int32(crossing.x.rounded()), Int32(crossing.y.rounded())))
            }
        }
        return nil
    }
}
