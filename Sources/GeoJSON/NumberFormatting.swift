// Byte-level number formatting shared by every JSON and GeoJSON writer in this module.
// Output never uses exponent notation and never writes `-0`, so committed files stay
// byte-identical across platforms and readable by every JSON consumer.

let powersOfTen: [Double] = (0...22).map { exponent in
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
}

private let unsignedPowersOfTen: [UInt64] = (0...19).map { exponent in
    var value: UInt64 = 1
    for _ in 0..<exponent { value *= 10 }
    return value
}

/// Largest magnitude of `value × 10^precision` that the integer fast path handles exactly.
private let fastPathLimit = 4_503_599_627_370_496.0  // 2^52

extension Array where Element == UInt8 {
    mutating func appendASCII(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the decimal digits of `value`, left-padded with zeros to `minimumDigits`.
    mutating func appendDigits(_ value: UInt64, minimumDigits: Int = 1) {
        // UInt64 has at most 20 digits; minimumDigits never exceeds the 17 decimals allowed.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var remaining = value
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            } while remaining > 0
            while digits.count - start < minimumDigits {
                start -= 1
                digits[start] = UInt8(ascii: "0")
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    mutating func appendInteger(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude))
    }

    /// Appends `value` rounded to `precision` decimals with trailing zeros trimmed
    /// (`44.39`, `36`, `-0.000123`); values that round to zero are written `0`.
    ///
    /// Rounding is of the exact binary value, ties away from zero. Magnitudes where
    /// `value × 10^precision ≥ 2^52` (no fraction bits left at that precision) are rounded
    /// from their shortest round-tripping decimal instead. Non-finite values are written `null`.
    mutating func appendFixed(_ value: Double, precision: Int) {
        guard value.isFinite else { appendASCII("null"); return }
        let scale = powersOfTen[precision]
        let scaled = value * scale
        guard Swift.abs(scaled) < fastPathLimit else {
            var decimal = ShortestDecimal(value)
            decimal.round(toDecimalPlaces: precision)
            decimal.appendPlain(to: &self, keepingFractionMark: false)
            return
        }
        var rounded = scaled.rounded(.toNearestOrAwayFromZero)
        let truncated = scaled.rounded(.towardZero)
        if Swift.abs(scaled - truncated) == 0.5 {
            // `scaled` sits exactly on a tie only after the product's own rounding; the exact
            // product tells on which side of the tie the true value lies.
            let productError = (-scaled).addingProduct(value, scale)
            if productError != 0, (productError < 0) != (scaled < 0) { rounded = truncated }
        }
        let units = UInt64(Swift.abs(rounded))
        guard units != 0 else { append(UInt8(ascii: "0")); return }
        if rounded < 0 { append(UInt8(ascii: "-")) }
        let divisor = unsignedPowersOfTen[precision]
        appendDigits(units / divisor)
        var fraction = units % divisor
        guard fraction != 0 else { return }
        var fractionDigits = precision
        while fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        append(UInt8(ascii: "."))
        appendDigits(fraction, minimumDigits: fractionDigits)
    }

    /// Appends the shortest decimal that reads back as exactly `value`, without exponent.
    /// Integral values keep a `.0` so that a reader sees a floating-point number again;
    /// `-0.0` is written `0.0`; non-finite values are written `null`.
    mutating func appendShortest(_ value: Double) {
        guard value.isFinite else { appendASCII("null"); return }
        guard value != 0 else { appendASCII("0.0"); return }
        // Swift's description is already the wanted spelling unless it uses an exponent.
        var description = value.description
        let usesExponent = description.withUTF8 { bytes in
            guard !bytes.contains(UInt8(ascii: "e")) else { return true }
            append(contentsOf: bytes)
            return false
        }
        if usesExponent { ShortestDecimal(value).appendPlain(to: &self, keepingFractionMark: true) }
    }

    /// Appends a numeric feature id: integral values as integers, others as their shortest decimal.
    mutating func appendIdentifierNumber(_ value: Double) {
        guard value.isFinite else { appendASCII("null"); return }
        ShortestDecimal(value).appendPlain(to: &self, keepingFractionMark: false)
    }
}

/// A finite double as decimal digits: value = ±0.d₁d₂…dₙ × 10^pointPosition, with no
/// leading or trailing zero digits (zero has no digits at all).
struct ShortestDecimal {
    var isNegative: Bool
    var digits: [UInt8]
    var pointPosition: Int

    init(_ value: Double) {
        // Swift's description is the shortest round-tripping form (possibly with an exponent);
        // it is only re-spelled here.
        isNegative = value < 0
        digits = []
        pointPosition = 0
        var exponent = 0
        var digitsBeforePoint = 0
        var seenPoint = false
        var text = value.magnitude.description
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                    exponent = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self)) ?? 0
                    break
                }
                if byte == UInt8(ascii: ".") {
                    seenPoint = true
                } else {
                    digits.append(byte - UInt8(ascii: "0"))
                    if !seenPoint { digitsBeforePoint += 1 }
                }
                index += 1
            }
        }
        pointPosition = digitsBeforePoint + exponent
        let leadingZeros = digits.prefix { $0 == 0 }.count
        digits.removeFirst(leadingZeros)
        pointPosition -= leadingZeros
        while digits.last == 0 { digits.removeLast() }
        if digits.isEmpty {
            isNegative = false
            pointPosition = 0
        }
    }

    /// Rounds half away from zero (on these decimal digits) to `places` decimals.
    mutating func round(toDecimalPlaces places: Int) {
        let kept = pointPosition + places
        guard kept < digits.count else { return }
        guard kept >= 0 else { self = ShortestDecimal(0); return }
        let roundsUp = digits[kept] >= 5
        digits.removeLast(digits.count - kept)
        if roundsUp {
            var index = digits.count - 1
            while index >= 0, digits[index] == 9 {
                digits[index] = 0
                index -= 1
            }
            if index >= 0 {
                digits[index] += 1
            } else {
                digits.insert(1, at: 0)
                pointPosition += 1
            }
        }
        while digits.last == 0 { digits.removeLast() }
        if digits.isEmpty { self = ShortestDecimal(0) }
    }

    func appendPlain(to output: inout [UInt8], keepingFractionMark: Bool) {
        let zero = UInt8(ascii: "0")
        if digits.isEmpty {
            output.append(zero)
            if keepingFractionMark { output.appendASCII(".0") }
            return
        }
        if isNegative { output.append(UInt8(ascii: "-")) }
        if pointPosition <= 0 {
            output.appendASCII("0.")
            output.append(contentsOf: repeatElement(zero, count: -pointPosition))
            output.append(contentsOf: digits.lazy.map { $0 + zero })
        } else if pointPosition >= digits.count {
            output.append(contentsOf: digits.lazy.map { $0 + zero })
            output.append(contentsOf: repeatElement(zero, count: pointPosition - digits.count))
            if keepingFractionMark { output.appendASCII(".0") }
        } else {
            output.append(contentsOf: digits[..<pointPosition].lazy.map { $0 + zero })
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: digits[pointPosition...].lazy.map { $0 + zero })
        }
    }
}
