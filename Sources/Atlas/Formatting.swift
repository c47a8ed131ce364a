/// `value` with exactly `decimals` digits after the point, rounded half away from zero, never `-0`
/// and never in exponent notation: the form CSV cells and coordinate listings need.
func fixedDecimal(_ value: Double, decimals: Int) -> String {
    let scale = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = (scaled / scale).rounded(.down)
    let fraction = Int(scaled - whole * scale)
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard decimals > 0 else { return sign + String(Int(whole)) }
    let digits = String(fraction)
    return sign + String(Int(whole)) + "." + String(repeating: "0", count: decimals - digits.count) + digits
}
