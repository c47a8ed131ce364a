import Projection

/// What `kharita project` does, the way `cs2cs` does it: reads `X Y [anything]` lines, transforms
/// every coordinate pair in one batch, and prints `X' Y' [anything]`.
public struct CoordinateFilter {
    public struct LineError: Error, CustomStringConvertible {
        public let description: String
    }

    let transform: Transform
    let inverse: Bool
    let decimals: Int

    /// `decimals` nil: 2 for projected output (centimetres) and 8 for degrees (about a millimetre).
    public init(from source: String, to target: String, inverse: Bool = false, decimals: Int? = nil) throws {
        transform = try Transform(from: source, to: target)
        self.inverse = inverse
        let outputIsGeographic = inverse ? CoordinateFilter.isGeographic(source) : CoordinateFilter.isGeographic(target)
        self.decimals = decimals ?? (outputIsGeographic ? 8 : 2)
    }

    static func isGeographic(_ crs: String) -> Bool {
        (try? CRSInfo(crs).isGeographic) ?? false
    }

    /// Transforms `lines`; `source` names the input in error messages (`<stdin>:3: …`).
    public func convert(lines: [Substring], source: String) throws -> [String] {
        var xs: [Double] = [], ys: [Double] = [], rests: [Substring] = [], kept: [Int] = []
        xs.reserveCapacity(lines.count)
        ys.reserveCapacity(lines.count)
        var output = [String](repeating: "", count: lines.count)
        for (index, line) in lines.enumerated() {
            let fields = line.split(maxSplits: 2, whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty || fields[0].hasPrefix("#") {
                output[index] = String(line)
                continue
            }
            guard fields.count >= 2, let x = Double(fields[0]), let y = Double(fields[1]) else {
                throw LineError(description: "\(source):\(index + 1): expected two numbers 'X Y', got '\(line)'")
            }
            xs.append(x)
            ys.append(y)
            rests.append(fields.count > 2 ? fields[2] : "")
            kept.append(index)
        }
        if inverse { try transform.inverse(&xs, &ys) } else { try transform.forward(&xs, &ys) }
        for (slot, index) in kept.enumerated() {
            guard xs[slot].isFinite, ys[slot].isFinite else {
                throw LineError(description: "\(source):\(index + 1): the point is outside the domain of \(transform.target)")
            }
            var line = fixedDecimal(xs[slot], decimals: decimals) + " " + fixedDecimal(ys[slot], decimals: decimals)
            if !rests[slot].isEmpty { line += " " + rests[slot] }
            output[index] = line
        }
        return output
    }

}
