/// A JSON syntax error or a GeoJSON validation error, located by JSON path and by line/column.
///
/// `path` is written like `features[3].geometry.coordinates[0]` (empty for the top-level value;
/// keys that are not plain identifiers appear as `["some key"]`). `line` and `column` start at 1;
/// columns count Unicode scalars. For a GeoJSON text sequence `record` is the 1-based record
/// number and `path` is relative to that record, while `line`/`column` are in the whole text.
public struct GeoJSONError: Error, CustomStringConvertible, Hashable, Sendable {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    public var record: Int?

    public init(path: String, line: Int, column: Int, message: String, record: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.record = record
    }

    public var description: String {
        var text = record.map { "record \($0): " } ?? ""
        if !path.isEmpty { text += path + ": " }
        return text + message + " (line \(line), column \(column))"
    }
}

enum PathComponent: Hashable, Sendable {
    case key(String)
    case index(Int)
}

extension [PathComponent] {
    var rendered: String {
        var text = ""
        for component in self {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where key.isPlainIdentifier:
                if !text.isEmpty { text += "." }
                text += key
            case .key(let key):
                var quoted: [UInt8] = []
                quoted.appendJSONString(key)
                text += "[" + String(decoding: quoted, as: UTF8.self) + "]"
            }
        }
        return text
    }
}

extension String {
    fileprivate var isPlainIdentifier: Bool {
        guard let first = utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
    }
}

/// 1-based line and column (in Unicode scalars) of a byte offset.
func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for byte in bytes[..<min(offset, bytes.count)] {
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }
    return (line, column)
}
