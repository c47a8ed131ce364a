import Foundation

/// Event symbols: one shape per event type, drawn once in `<defs>` per size and reused with `<use>`.
enum Symbols {
    /// Radius in pixels of each weapon-count class.
    static let radii: [Double] = [6, 8, 10.5, 13]

    /// A short id per event type, used for `<defs>` ids.
    static func code(_ eventType: String) -> String {
        switch eventType {
        case "rocket_attack": "r"
        case "drone_attack": "d"
        case "missile_attack": "m"
        case "mortar_attack": "o"
        case "airstrike": "a"
        default: "s"
        }
    }

    /// The outline of `eventType`'s shape around the origin with circumradius `r`:
    /// rocket ▲, drone ◆, missile ★, mortar ●, airstrike ■, strike ⬢.
    static func path(_ eventType: String, radius r: Double) -> String {
        func polygon(_ vertices: Int, rotation: Double, radii: [Double]) -> String {
            var points: [(Double, Double)] = []
            let n = vertices * radii.count
            for k in 0..<n {
                let angle = rotation + Double(k) * 2 * .pi / Double(n)
                let rr = radii[k % radii.count]
                points.append((rr * cos(angle), rr * sin(angle)))
            }
            var out = ""
            SVGText.appendPath(points, close: true, to: &out)
            return out
        }
        let up = -Double.pi / 2
        switch eventType {
        case "rocket_attack": return polygon(3, rotation: up, radii: [r * 1.15])
        case "drone_attack": return polygon(4, rotation: up, radii: [r * 1.1])
        case "missile_attack": return polygon(5, rotation: up, radii: [r * 1.25, r * 0.55])
        case "mortar_attack":
            let d = SVGText.number(r * 0.9)
            return "M-\(d) 0a\(d) \(d) 0 1 0 \(SVGText.number(r * 1.8)) 0a\(d) \(d) 0 1 0 -\(SVGText.number(r * 1.8)) 0z"
        case "airstrike": return polygon(4, rotation: up / 2, radii: [r * 1.1])
        default: return polygon(6, rotation: 0, radii: [r])
        }
    }
}

/// Colours of the map. Outcome colours are chosen to stay apart for red–green colour blindness.
enum Palette {
    static let sea = "#d9e6ef"
    static let land = "#ece8df"
    static let focusLand = "#fbfaf6"
    static let border = "#a29d93"
    static let focusBorder = "#6f6a62"
    static let river = "#86b1d1"
    static let ink = "#222222"

    static func outcome(_ outcome: String) -> String {
        switch outcome {
        case "impact": "#c4281c"
        case "intercepted": "#1f5fa8"
        case "failed": "#6b6b6b"
        default: "#8a4f9e"
        }
    }

    /// Okabe–Ito colours (yellow left out: it vanishes on the pale land), ordered so that neighbours
    /// in the legend differ in hue and lightness and the two blues only meet past six groups.
    static let categorical = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#7a5195", "#56b4e9", "#4d4d4d"]

    /// Categorical colours for up to eight groups; more groups (only years reach this) go along a
    /// dark-to-warm ramp in time order.
    static func sequence(_ index: Int, of count: Int) -> String {
        if count <= categorical.count { return categorical[index] }
        let stops: [(Double, Double, Double)] = [(0x25, 0x3b, 0x8c), (0x8a, 0x3f, 0x9e), (0xd3, 0x46, 0x5a), (0xe8, 0x8a, 0x1c)]
        let t = Double(index) / Double(count - 1) * Double(stops.count - 1)
        let k = min(Int(t), stops.count - 2), f = t - Double(k)
        let a = stops[k], b = stops[k + 1]
        func channel(_ x: Double, _ y: Double) -> String {
            let v = Int((x + (y - x) * f).rounded())
            let hex = String(v, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(a.0, b.0) + channel(a.1, b.1) + channel(a.2, b.2)
    }

    /// Hexagon bin fills, light to dark, for count classes.
    static let bins = ["#fde0c5", "#facba6", "#f59e72", "#e8684f", "#c1373f", "#7f1d3a"]
}
