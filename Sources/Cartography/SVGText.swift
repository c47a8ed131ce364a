/// Deterministic text for SVG: fixed one-decimal numbers, escaping, compact relative paths.
enum SVGText {
    /// One decimal, no trailing ".0", no "-0": the same number always gives the same bytes.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenthsText(tenths)
    }

    static func tenthsText(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let m = tenths.magnitude
        let whole = m / 10, fraction = m % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 forbids most control characters; drop them rather than emit invalid XML.
                if ch.value < 0x20 && ch != "\n" && ch != "\t" { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Appends "M x y l dx dy …" (closed with "z" when `close`) using deltas between the rounded
    /// absolute points, so rounding never drifts and repeated points vanish.
    static func appendPath(_ points: [(Double, Double)], close: Bool, to out: inout String) {
        var previous: (Int, Int)? = nil
        var emitted = 0
        for (x, y) in points {
            let p = (Int((x * 10).rounded()), Int((y * 10).rounded()))
            if let last = previous {
                if p == last { continue }
                let dx = p.0 - last.0, dy = p.1 - last.1
                if emitted == 1 { out += "l" } else if dx >= 0 { out += " " }
                out += tenthsText(dx)
                if dy >= 0 { out += " " }
                out += tenthsText(dy)
            } else {
                out += "M" + tenthsText(p.0) + " " + tenthsText(p.1)
            }
            previous = p
            emitted += 1
        }
        if close && emitted > 2 { out += "z" }
    }

    /// An estimate of rendered text width for DejaVu Sans-like fonts, used to lay labels out without
    /// font metrics; it errs wide so that estimated boxes contain the drawn glyphs.
    static func estimatedWidth(_ text: String, fontSize: Double, letterSpacing: Double = 0) -> Double {
        var em = 0.0
        for ch in text.unicodeScalars {
            switch ch {
            case "i", "l", "j", "I", ".", ",", "'", "’", ":", ";", "|", "!": em += 0.32
            case " ", "-", "(", ")", "f", "t", "r": em += 0.42
            case "m", "w", "M", "W": em += 0.92
            case "A"..."Z": em += 0.72
            case "0"..."9": em += 0.64
            default: em += 0.62
            }
        }
        return em * fontSize + letterSpacing * Double(max(text.unicodeScalars.count - 1, 0))
    }
}
