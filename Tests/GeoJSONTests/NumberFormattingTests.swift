import Foundation
import XCTest
@testable import GeoJSON

final class NumberFormattingTests: XCTestCase {
    func testCoordinatesAreRoundedAndTrimmed() {
        XCTAssertEqual(fixed(44.39, 6), "44.39")
        XCTAssertEqual(fixed(44.0, 6), "44")
        XCTAssertEqual(fixed(-33.3128, 6), "-33.3128")
        XCTAssertEqual(fixed(36.2378004, 6), "36.2378")
        XCTAssertEqual(fixed(0.1234567, 6), "0.123457")
        XCTAssertEqual(fixed(-0.000123, 6), "-0.000123")
        XCTAssertEqual(fixed(179.9999996, 6), "180")
        XCTAssertEqual(fixed(9.9999996, 6), "10")
        XCTAssertEqual(fixed(9.9999995, 6), "9.999999")  // stored as 9.99999949999999970…
    }

    func testNeverNegativeZero() {
        XCTAssertEqual(fixed(-0.0000001, 6), "0")
        XCTAssertEqual(fixed(-0.0, 6), "0")
        XCTAssertEqual(fixed(-0.4, 0), "0")
        XCTAssertEqual(shortest(-0.0), "0.0")
    }

    func testTinyValuesHaveNoExponent() {
        XCTAssertEqual(fixed(1e-7, 6), "0")
        XCTAssertEqual(fixed(1e-7, 7), "0.0000001")
        XCTAssertEqual(fixed(-1e-7, 10), "-0.0000001")
        XCTAssertEqual(shortest(1e-7), "0.0000001")
        XCTAssertEqual(shortest(5e-324), "0." + String(repeating: "0", count: 323) + "5")
    }

    func testLargeValuesHaveNoExponent() {
        XCTAssertEqual(fixed(123456789.123456789, 6), "123456789.123457")
        XCTAssertEqual(fixed(123456789.123456789, 10), "123456789.12345679")
        XCTAssertEqual(fixed(1e21, 6), "1000000000000000000000")
        XCTAssertEqual(fixed(-1.5e22, 3), "-15000000000000000000000")
        XCTAssertEqual(fixed(4503599627.3704967, 6), "4503599627.370497")
        XCTAssertEqual(shortest(1e21), "1000000000000000000000.0")
        XCTAssertEqual(shortest(1.7976931348623157e308), "17976931348623157" + String(repeating: "0", count: 292) + ".0")
        XCTAssertEqual(shortest(123456789.123456789), "123456789.12345679")
    }

    func testEveryPrecisionFromZeroToTen() {
        let expected = ["3", "3.1", "3.14", "3.142", "3.1416", "3.14159", "3.141593", "3.1415927",
                        "3.14159265", "3.141592654", "3.1415926536"]
        for (precision, text) in expected.enumerated() {
            XCTAssertEqual(fixed(Double.pi, precision), text, "precision \(precision)")
            XCTAssertEqual(fixed(-Double.pi, precision), "-" + text, "precision \(precision)")
        }
    }

    func testTiesRoundAwayFromZeroOnTheExactBinaryValue() {
        XCTAssertEqual(fixed(0.5, 0), "1")
        XCTAssertEqual(fixed(-2.5, 0), "-3")
        XCTAssertEqual(fixed(0.125, 2), "0.13")
        // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875.
        XCTAssertEqual(fixed(2.675, 2), "2.67")
        // 5e-7 is stored just below 5e-7 although 5e-7 × 1e6 rounds to exactly 0.5 in binary.
        XCTAssertEqual(fixed(5e-7, 6), "0")
        XCTAssertEqual(fixed(1.0000005, 6), "1.000001")
    }

    func testNonFiniteValuesAreNull() {
        XCTAssertEqual(fixed(.nan, 6), "null")
        XCTAssertEqual(shortest(.infinity), "null")
    }

    func testIntegers() {
        var bytes: [UInt8] = []
        for value in [0, 7, -42, Int.max, Int.min] {
            bytes.appendInteger(value)
            bytes.append(UInt8(ascii: " "))
        }
        XCTAssertEqual(text(bytes), "0 7 -42 9223372036854775807 -9223372036854775808 ")
    }

    /// For random values over many magnitudes: plain notation, at most `precision` decimals,
    /// no trailing zeros, and within half a unit of the last place of the input.
    func testFixedFormattingPropertiesOnRandomValues() throws {
        var generator = SeededGenerator(state: 7946)
        for _ in 0..<20_000 {
            let precision = Int.random(in: 0...10, using: &generator)
            let magnitude = Double.random(in: -8...12, using: &generator)
            let sign: Double = Bool.random(using: &generator) ? -1 : 1
            let value = sign * Double.random(in: 1..<10, using: &generator) * Foundation.pow(10, magnitude.rounded(.down))
            let output = fixed(value, precision)
            XCTAssertFalse(output.contains("e") || output.hasPrefix("-0") && !output.hasPrefix("-0."), output)
            XCTAssertNotEqual(output, "-0")
            if let point = output.firstIndex(of: ".") {
                let decimals = output[output.index(after: point)...]
                XCTAssertLessThanOrEqual(decimals.count, precision, "\(value) at \(precision): \(output)")
                XCTAssertNotEqual(decimals.last, "0", output)
            }
            let parsed = try XCTUnwrap(Double(output))
            let tolerance = 0.5 * Foundation.pow(10, -Double(precision)) + abs(value) * 4 * Double.ulpOfOne
            XCTAssertLessThanOrEqual(abs(parsed - value), tolerance, "\(value) at \(precision): \(output)")
        }
    }

    func testShortestFormattingRoundTripsRandomBitPatterns() throws {
        var generator = SeededGenerator(state: 8259)
        var checked = 0
        while checked < 20_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            checked += 1
            let output = shortest(value)
            XCTAssertFalse(output.contains("e") || output.contains("E"), output)
            XCTAssertEqual(Double(output), value == 0 ? 0 : value, output)
            XCTAssertEqual(output.count(where: { $0 == "." }), 1, output)
        }
    }
}
