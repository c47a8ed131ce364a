/// A label the layout kept, with the box its text occupies.
public struct PlacedLabel: Hashable, Sendable {
    public var text: String
    /// Anchor point of the text (SVG `x`, baseline `y`) and its anchor side.
    public var x: Double
    public var y: Double
    public var anchor: String
    public var box: Box
    public var style: LabelStyle
}

public enum LabelStyle: String, Sendable {
    case place, country, graticule
}

/// Greedy placement among candidate positions: a label goes to the first candidate inside the view
/// that overlaps no placed label and no obstacle (symbols, furniture); when none fits it is dropped
/// and counted, never drawn over something else.
struct LabelPlacer {
    let bounds: Box
    let obstacles: [Box]
    private(set) var placed: [PlacedLabel] = []
    private(set) var dropped = 0

    init(bounds: Box, obstacles: [Box]) {
        self.bounds = bounds
        self.obstacles = obstacles
    }

    private func fits(_ box: Box) -> Bool {
        bounds.contains(box) && !obstacles.contains { $0.intersects(box) } && !placed.contains { $0.box.intersects(box) }
    }

    /// Places a label beside a feature of radius `radius` centred at (cx, cy): right, left, above, below,
    /// then the diagonals, then the same a little further out.
    @discardableResult
    mutating func placeBeside(_ text: String, cx: Double, cy: Double, radius: Double, fontSize: Double) -> Bool {
        let width = SVGText.estimatedWidth(text, fontSize: fontSize)
        let ascent = fontSize * 0.78, descent = fontSize * 0.24
        let height = ascent + descent
        for gap in [5.0, 11.0] {
            let d = radius + gap
            let diagonal = d * 0.75
            // (anchor x, baseline y, text-anchor) for each candidate
            let candidates: [(Double, Double, String)] = [
                (cx + d, cy + ascent / 2 - descent / 2, "start"),
                (cx - d, cy + ascent / 2 - descent / 2, "end"),
                (cx, cy - d - descent, "middle"),
                (cx, cy + d + ascent, "middle"),
                (cx + diagonal, cy - diagonal - descent, "start"),
                (cx + diagonal, cy + diagonal + ascent, "start"),
                (cx - diagonal, cy - diagonal - descent, "end"),
                (cx - diagonal, cy + diagonal + ascent, "end"),
            ]
            for (x, baseline, anchor) in candidates {
                let left = anchor == "start" ? x : anchor == "end" ? x - width : x - width / 2
                let box = Box(x: left, y: baseline - ascent, width: width, height: height)
                if fits(box) {
                    placed.append(PlacedLabel(text: text, x: x, y: baseline, anchor: anchor, box: box, style: .place))
                    return true
                }
            }
        }
        dropped += 1
        return false
    }

    /// Places a centred label (a country name) at the first of `points` where it fits.
    @discardableResult
    mutating func placeCentered(_ text: String, at points: [(Double, Double)], fontSize: Double, letterSpacing: Double,
                                style: LabelStyle) -> Bool {
        let width = SVGText.estimatedWidth(text, fontSize: fontSize, letterSpacing: letterSpacing)
        let ascent = fontSize * 0.78, descent = fontSize * 0.24
        for (cx, cy) in points {
            let box = Box(x: cx - width / 2, y: cy - ascent / 2 - descent / 2, width: width, height: ascent + descent)
            if fits(box) {
                placed.append(PlacedLabel(text: text, x: cx, y: box.y + ascent, anchor: "middle", box: box, style: style))
                return true
            }
        }
        dropped += 1
        return false
    }

    /// Places a label at a fixed position when it fits (graticule degrees along the frame).
    @discardableResult
    mutating func placeFixed(_ label: PlacedLabel) -> Bool {
        guard fits(label.box) else { return false }
        placed.append(label)
        return true
    }
}
