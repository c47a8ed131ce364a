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

    static func squaredDistance(_ p: Point, toSegment a: Point, _ b: Point) -> Double {
        let ab = b - a
        let lengthSquared = (ab * ab).sum()
        var t = lengthSquared > 0 ? ((p - a) * ab).sum() / lengthSquared : 0
        t = min(max(t, 0), 1)
        let d = p - (a + t * ab)
        return (d * d).sum()
    }

    /// Sutherland–Hodgman clipping of a closed ring (first point repeated last) to
    /// `low ≤ p[axis] ≤ high`. The result is closed, or empty when nothing is left.
    static func clipRing(_ ring: [Point], axis: Int, low: Double, high: Double) -> [Point] {
        let lowClipped = clipRingHalf(ring, axis: axis, bound: low, keepAbove: true)
        return clipRingHalf(lowClipped, axis: axis, bound: high, keepAbove: false)
    }

    private static func clipRingHalf(_ ring: [Point], axis: Int, bound: Double, keepAbove: Bool) -> [Point] {
        guard ring.count >= 4 else { return [] }
        func inside(_ p: Point) -> Bool { keepAbove ? p[axis] >= bound : p[axis] <= bound }
        var out: [Point] = []
        out.reserveCapacity(ring.count + 4)
        for i in 0..<(ring.count - 1) {
            let a = ring[i], b = ring[i + 1]
            let aIn = inside(a), bIn = inside(b)
            if aIn { out.append(a) }
            if aIn != bIn { out.append(intersection(a, b, axis: axis, at: bound)) }
        }
        guard out.count >= 3 else { return [] }
        out.append(out[0])
        return out
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

    /// Quantizes a closed world ring into an open tile ring wound as MVT requires (exterior positive
    /// area, interior negative), or `nil` when nothing with area is left.
    static func tileRing(_ ring: [Point], exterior: Bool, originX: Double, originY: Double, scale: Double) -> [SIMD2<Int32>]? {
        var points = quantize(ring, originX: originX, originY: originY, scale: scale)
        if points.count > 1 && points.first == points.last { points.removeLast() }
        points = withoutCollinearVertices(points)
        guard points.count >= 3 else { return nil }
        let area = doubleSignedArea(points)
        guard area != 0 else { return nil }
        if (area > 0) != exterior { points.reverse() }
        return points
    }
}
