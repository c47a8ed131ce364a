import OrderedCollections

/// Writes any `JSONValue` (manifests, metadata, TileJSON) with the module's deterministic rules:
/// object keys in their stored order, doubles as the shortest round-tripping decimal without
/// exponent (integral doubles keep `.0`), integers as integers, strings escaped per RFC 8259
/// (control characters as `\u00XX`, `"` and `\\` escaped, `/` and non-ASCII UTF-8 kept as is),
/// non-finite doubles as `null`.
public struct JSONWriter {
    /// `pretty`: two-space indentation, `"key": value`, one member or element per line, and a
    /// final newline. Compact output has no whitespace at all and no final newline.
    public static func encode(_ value: JSONValue, pretty: Bool) -> [UInt8] {
        var output: [UInt8] = []
        if pretty {
            output.appendPrettyJSON(value, indentation: 0)
            output.append(UInt8(ascii: "\n"))
        } else {
            output.appendJSON(value)
        }
        return output
    }
}

private let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

extension Array where Element == UInt8 {
    /// Appends `text` as a quoted JSON string.
    mutating func appendJSONString(_ text: String) {
        var text = text
        append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                append(UInt8(ascii: "\\"))
                if byte < 0x20 {
                    append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
                } else {
                    append(byte)
                }
                runStart = index + 1
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        append(UInt8(ascii: "\""))
    }

    mutating func appendJSON(_ value: JSONValue) {
        switch value {
        case .null: appendASCII("null")
        case .bool(let flag): flag ? appendASCII("true") : appendASCII("false")
        case .integer(let integer): appendInteger(integer)
        case .number(let number): appendShortest(number)
        case .string(let text): appendJSONString(text)
        case .array(let elements):
            append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { append(UInt8(ascii: ",")) }
                appendJSON(element)
            }
            append(UInt8(ascii: "]"))
        case .object(let members):
            appendJSONObject(members)
        }
    }

    mutating func appendJSONObject(_ members: Properties) {
        append(UInt8(ascii: "{"))
        var isFirst = true
        for (key, value) in members {
            if !isFirst { append(UInt8(ascii: ",")) }
            isFirst = false
            appendJSONString(key)
            append(UInt8(ascii: ":"))
            appendJSON(value)
        }
        append(UInt8(ascii: "}"))
    }

    private mutating func appendNewline(indentation: Int) {
        append(UInt8(ascii: "\n"))
        append(contentsOf: repeatElement(UInt8(ascii: " "), count: indentation * 2))
    }

    mutating func appendPrettyJSON(_ value: JSONValue, indentation: Int) {
        switch value {
        case .array(let elements) where !elements.isEmpty:
            append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { append(UInt8(ascii: ",")) }
                appendNewline(indentation: indentation + 1)
                appendPrettyJSON(element, indentation: indentation + 1)
            }
            appendNewline(indentation: indentation)
            append(UInt8(ascii: "]"))
        case .object(let members) where !members.isEmpty:
            append(UInt8(ascii: "{"))
            var isFirst = true
            for (key, member) in members {
                if !isFirst { append(UInt8(ascii: ",")) }
                isFirst = false
                appendNewline(indentation: indentation + 1)
                appendJSONString(key)
                appendASCII(": ")
                appendPrettyJSON(member, indentation: indentation + 1)
            }
            appendNewline(indentation: indentation)
            append(UInt8(ascii: "}"))
        default:
            appendJSON(value)
        }
    }
}
