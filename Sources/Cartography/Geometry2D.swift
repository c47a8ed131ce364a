/// An axis-aligned rectangle in SVG pixels (y down).
public struct Box: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public init(centerX: Double, centerY: Double, radius: Double) {
        self.init(x: centerX - radius, y: centerY - radius, width: 2 * radius, height: 2 * radius)
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// True when the two boxes share interior area (touching edges do not count).
    public func intersects(_ other: Box) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    public func contains(_ other: Box) -> Bool {
        other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
    }

    func insetBy(_ d: Double) -> Box { Box(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d) }
}

/// Clipping of pixel-space geometry to the map's view rectangle.
enum Clip {
    /// Sutherland–Hodgman clipping of one ring (open: the last point is not a repeat of the first).
    static func ring(_ xs: ArraySlice<Double>, _ ys: ArraySlice<Double>, to box: Box) -> [(Double, Double)] {
        var points = zip(xs, ys).map { ($0, $1) }
        let edges: [(inside: ((Double, Double)) -> Bool, cut: ((Double, Double), (Double, Double)) -> (Double, Double))] = [
            ({ $0.0 >= box.x }, { a, b in let t = (box.x - a.0) / (b.0 - a.0); return (box.x, a.1 + t * (b.1 - a.1)) }),
            ({ $0.0 <= box.maxX }, { a, b in let t = (box.maxX - a.0) / (b.0 - a.0); return (box.maxX, a.1 + t * (b.1 - a.1)) }),
            ({ $0.1 >= box.y }, { a, b in let t = (box.y - a.1) / (b.1 - a.1); return (a.0 + t * (b.0 - a.0), box.y) }),
            ({ $0.1 <= box.maxY }, { a, b in let t = (box.maxY - a.1) / (b.1 - a.1); return (a.0 + t * (b.0 - a.0), box.maxY) }),
        ]
        for edge in edges {
            guard !points.isEmpty else { break }
            var output: [(Double, Double)] = []
            output.reserveCapacity(points.count + 4)
            var previous = points[points.count - 1]
            for current in points {
                let currentIn = edge.inside(current), previousIn = edge.inside(previous)
                if currentIn {
                    if !previousIn { output.append(edge.cut(previous, current)) }
                    output.append(current)
                } else if previousIn {
                    output.append(edge.cut(previous, current))
                }
                previous = current
            }
            points = output
        }
        return points
    }

    /// Liang–Barsky clipping of a polyline; returns the visible pieces.
    static func polyline(_ xs: ArraySlice<Double>, _ ys: ArraySlice<Double>, to box: Box) -> [[(Double, Double)]] {
        var pieces: [[(Double, Double)]] = []
        var current: [(Double, Double)] = []
        var i = xs.startIndex, j = ys.startIndex
        while i + 1 < xs.endIndex {
            let x0 = xs[i], y0 = ys[j], x1 = xs[i + 1], y1 = ys[j + 1]
            i += 1; j += 1
            guard x0.isFinite, y0.isFinite, x1.isFinite, y1.isFinite,
                  let (a, b) = segment(x0, y0, x1, y1, box) else {
                if current.count > 1 { pieces.append(current) }
                current = []
                continue
            }
            if current.isEmpty { current.append(a) } else if current.last! != a {
                if current.count > 1 { pieces.append(current) }
                current = [a]
            }
            current.append(b)
            if b != (x1, y1) {
                pieces.append(current)
                current = []
            }
        }
        if current.count > 1 { pieces.append(current) }
        return pieces
    }

    private static func segment(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ box: Box)
        -> ((Double, Double), (Double, Double))?
    {
        let dx = x1 - x0, dy = y1 - y0
        var t0 = 0.0, t1 = 1.0
        for (p, q) in [(-dx, x0 - box.x), (dx, box.maxX - x0), (-dy, y0 - box.y), (dy, box.maxY - y0)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return nil }; t0 = max(t0, r) } else { if r < t0 { return nil }; t1 = min(t1, r) }
            }
        }
        return ((x0 + t0 * dx, y0 + t0 * dy), (x0 + t1 * dx, y0 + t1 * dy))
    }
}
