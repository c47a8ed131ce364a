import OrderedCollections

/// Strict RFC 8259 parser working on UTF-8 bytes.
///
/// Objects keep their key order; a duplicate key is an error (its meaning would be ambiguous).
/// Numbers without fraction or exponent become `.integer` when they fit in `Int`, everything
/// else `.number`; a number beyond `Double`'s range is an error. Errors carry the JSON path
/// being parsed and the line/column of the offending byte.
public enum JSONParser {
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer in
            try JSONScanner.parseDocument(in: buffer, range: 0..<buffer.count)
        }
    }
}

/// A syntax error while its path is still being collected (innermost component first).
struct SyntaxFailure: Error {
    var offset: Int
    var message: String
    var reversedPath: [PathComponent] = []

    func error(in bytes: UnsafeBufferPointer<UInt8>, record: Int? = nil) -> GeoJSONError {
        let (line, column) = lineAndColumn(of: offset, in: bytes)
        return GeoJSONError(path: Array(reversedPath.reversed()).rendered, line: line, column: column,
                            message: message, record: record)
    }
}

struct JSONScanner {
    static let maximumDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    var position: Int
    private var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        self.end = range.upperBound
        self.position = range.lowerBound
    }

    /// Parses exactly one value in `range` (surrounding whitespace allowed); errors are located
    /// against the whole of `bytes`.
    static func parseDocument(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, record: Int? = nil) throws -> JSONValue {
        var scanner = JSONScanner(bytes: bytes, range: range)
        do {
            scanner.skipWhitespace()
            let value = try scanner.parseValue()
            scanner.skipWhitespace()
            if scanner.position < scanner.end {
                throw SyntaxFailure(offset: scanner.position, message: "unexpected \(scanner.describeCurrentByte()) after the JSON value")
            }
            return value
        } catch let failure as SyntaxFailure {
            throw failure.error(in: bytes, record: record)
        }
    }

    // MARK: - Values

    mutating func parseValue() throws -> JSONValue {
        guard position < end else { throw SyntaxFailure(offset: position, message: "unexpected end of input, expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw SyntaxFailure(offset: position, message: "unexpected \(describeCurrentByte()), expected a value")
        }
    }

    private mutating func enterContainer() throws {
        depth += 1
        if depth > Self.maximumDepth {
            throw SyntaxFailure(offset: position, message: "nesting deeper than \(Self.maximumDepth) levels")
        }
        position += 1
    }

    private mutating func parseObject() throws -> JSONValue {
        try enterContainer()
        var members = Properties()
        skipWhitespace()
        if position < end, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < end, bytes[position] == UInt8(ascii: "\"") else {
                throw SyntaxFailure(offset: position, message: "expected a quoted member name, found \(describeCurrentByte())")
            }
            let keyOffset = position
            let key = try parseString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "':' after a member name")
            skipWhitespace()
            let value: JSONValue
            do {
                value = try parseValue()
            } catch var failure as SyntaxFailure {
                failure.reversedPath.append(.key(key))
                throw failure
            }
            if members.updateValue(value, forKey: key) != nil {
                throw SyntaxFailure(offset: keyOffset, message: "duplicate member name \"\(key)\"")
            }
            skipWhitespace()
            guard position < end else { throw SyntaxFailure(offset: position, message: "unexpected end of input, expected ',' or '}'") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "}") {
                position += 1
                depth -= 1
                return .object(members)
            } else {
                throw SyntaxFailure(offset: position, message: "expected ',' or '}', found \(describeCurrentByte())")
            }
        }
    }

    private mutating func parseArray() throws -> JSONValue {
        try enterContainer()
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < end, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            do {
                elements.append(try parseValue())
            } catch var failure as SyntaxFailure {
                failure.reversedPath.append(.index(elements.count))
                throw failure
            }
            skipWhitespace()
            guard position < end else { throw SyntaxFailure(offset: position, message: "unexpected end of input, expected ',' or ']'") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                depth -= 1
                return .array(elements)
            } else {
                throw SyntaxFailure(offset: position, message: "expected ',' or ']', found \(describeCurrentByte())")
            }
        }
    }

    // MARK: - Strings

    mutating func parseString() throws -> String {
        let openingQuote = position
        position += 1
        let start = position
        var allBytesOred: UInt8 = 0
        while position < end {
            let byte = bytes[position]
            allBytesOred |= byte
            if byte == UInt8(ascii: "\"") {
                let text = try makeString(UnsafeBufferPointer(rebasing: bytes[start..<position]), at: start,
                                          isASCII: allBytesOred < 0x80)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: start, openingQuote: openingQuote) }
            if byte < 0x20 { throw SyntaxFailure(offset: position, message: "unescaped control character in a string") }
            position += 1
        }
        throw SyntaxFailure(offset: openingQuote, message: "unterminated string")
    }

    private mutating func parseEscapedString(from start: Int, openingQuote: Int) throws -> String {
        var unescaped = Array(bytes[start..<position])
        while position < end {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let text = try unescaped.withUnsafeBufferPointer { try makeString($0, at: start, isASCII: false) }
                position += 1
                return text
            case UInt8(ascii: "\\"):
                try appendEscape(to: &unescaped)
            case ..<0x20:
                throw SyntaxFailure(offset: position, message: "unescaped control character in a string")
            default:
                unescaped.append(byte)
                position += 1
            }
        }
        throw SyntaxFailure(offset: openingQuote, message: "unterminated string")
    }

    private mutating func appendEscape(to output: inout [UInt8]) throws {
        let escapeStart = position
        position += 1
        guard position < end else { throw SyntaxFailure(offset: escapeStart, message: "unterminated string") }
        let simple: UInt8?
        switch bytes[position] {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw SyntaxFailure(offset: escapeStart, message: "invalid escape sequence in a string")
        }
        if let simple {
            output.append(simple)
            position += 1
            return
        }
        position += 1
        var scalar = try readHexQuad(escapeStart: escapeStart)
        if (0xD800..<0xDC00).contains(scalar) {
            guard position + 1 < end, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                throw SyntaxFailure(offset: escapeStart, message: "unpaired UTF-16 surrogate in a \\u escape")
            }
            position += 2
            let low = try readHexQuad(escapeStart: escapeStart)
            guard (0xDC00..<0xE000).contains(low) else {
                throw SyntaxFailure(offset: escapeStart, message: "unpaired UTF-16 surrogate in a \\u escape")
            }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
            throw SyntaxFailure(offset: escapeStart, message: "unpaired UTF-16 surrogate in a \\u escape")
        }
        output.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
    }

    private mutating func readHexQuad(escapeStart: Int) throws -> UInt32 {
        guard position + 4 <= end else { throw SyntaxFailure(offset: escapeStart, message: "a \\u escape needs 4 hexadecimal digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw SyntaxFailure(offset: escapeStart, message: "a \\u escape needs 4 hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private func makeString(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int, isASCII: Bool) throws -> String {
        // Validation is much slower than decoding, and ASCII needs none.
        if isASCII { return String(decoding: utf8, as: UTF8.self) }
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw SyntaxFailure(offset: offset, message: "string is not valid UTF-8")
        }
        return text
    }

    // MARK: - Numbers and literals

    private mutating func parseNumber() throws -> JSONValue {
        let start = position
        var isInteger = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        guard skipDigits() > 0 else { throw SyntaxFailure(offset: start, message: "invalid number: expected a digit") }
        if bytes[integerStart] == UInt8(ascii: "0"), position - integerStart > 1 {
            throw SyntaxFailure(offset: start, message: "invalid number: leading zero")
        }
        if position < end, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard skipDigits() > 0 else { throw SyntaxFailure(offset: start, message: "invalid number: expected a digit after '.'") }
        }
        if position < end, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if position < end, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard skipDigits() > 0 else { throw SyntaxFailure(offset: start, message: "invalid number: expected a digit in the exponent") }
        }
        if isInteger, let integer = integerValue(integerDigits: integerStart..<position, isNegative: integerStart > start) {
            return .integer(integer)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            throw SyntaxFailure(offset: start, message: "number \(text) is out of range")
        }
        return .number(number)
    }

    private func integerValue(integerDigits: Range<Int>, isNegative: Bool) -> Int? {
        var magnitude: UInt64 = 0
        for index in integerDigits {
            let (shifted, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(bytes[index] - UInt8(ascii: "0")))
            if overflow1 || overflow2 { return nil }
            magnitude = sum
        }
        if isNegative {
            guard magnitude <= UInt64(Int.max) + 1 else { return nil }
            return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
        }
        return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
    }

    private mutating func skipDigits() -> Int {
        let start = position
        while position < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return position - start
    }

    private mutating func expectLiteral(_ literal: StaticString) throws {
        let literalBytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        guard position + literalBytes.count <= end,
              bytes[position..<(position + literalBytes.count)].elementsEqual(literalBytes)
        else { throw SyntaxFailure(offset: position, message: "unexpected \(describeCurrentByte()), expected a value") }
        position += literalBytes.count
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws {
        guard position < end, bytes[position] == byte else {
            throw SyntaxFailure(offset: position, message: "expected \(what), found \(describeCurrentByte())")
        }
        position += 1
    }

    mutating func skipWhitespace() {
        while position < end {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
            default: return
            }
        }
    }

    func describeCurrentByte() -> String {
        guard position < end else { return "end of input" }
        let byte = bytes[position]
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    // MARK: - Locating a path in an already parsed document

    /// Byte offset of the value at `path` in a document that parsed successfully.
    static func offset(of path: [PathComponent], in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int {
        var scanner = JSONScanner(bytes: bytes, range: range)
        scanner.skipWhitespace()
        for component in path {
            guard (try? scanner.descend(into: component)) != nil else { break }
        }
        return scanner.position
    }

    private mutating func descend(into component: PathComponent) throws {
        position += 1  // '{' or '['
        switch component {
        case .key(let wanted):
            while true {
                skipWhitespace()
                let key = try parseString()
                skipWhitespace()
                position += 1  // ':'
                skipWhitespace()
                if key == wanted { return }
                _ = try parseValue()
                skipWhitespace()
                position += 1  // ','
            }
        case .index(let wanted):
            for _ in 0..<wanted {
                skipWhitespace()
                _ = try parseValue()
                skipWhitespace()
                position += 1  // ','
            }
            skipWhitespace()
        }
    }
}
