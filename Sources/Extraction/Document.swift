import Foundation

/// One article to extract events from.
public struct Document: Sendable {
    /// The file name, or the JSON Lines `id`.
    public let id: String
    /// The text as read; source offsets count UTF-8 bytes into it (a ` date …` first line included).
    public let text: String
    /// "YYYY-MM" or "YYYY-MM-DD" from the header line or the JSON Lines `date`.
    public let headerDate: String?
    public let path: String?

    public init(id: String, text: String, headerDate: String? = nil, path: String? = nil) {
        self.id = id
        self.text = text
        self.headerDate = headerDate ?? Document.header(of: text.utf8)?.date
        self.path = path
    }

    /// The ` date YYYY-MM[-DD]` prefix of the first line: its date and its byte length.
    static func header(of bytes: some Collection<UInt8>) -> (date: String, length: Int)? {
        // The header is in the first line's first bytes; a fixed buffer keeps reading it free of allocations.
        var line: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &line) { raw -> (date: String, length: Int)? in
            var count = 0
            for byte in bytes.prefix(raw.count) {
                raw[count] = byte
                count += 1
            }
            let b = UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
            var i = 0
            while i < count, isSpace(b[i]) { i += 1 }
            guard count >= i + 4 + 8, b[i] == 0x64, b[i + 1] == 0x61, b[i + 2] == 0x74, b[i + 3] == 0x65 else { return nil }  // "date"
            i += 4
            guard isSpace(b[i]) || b[i] == 0x3A else { return nil }
            while i < count, isSpace(b[i]) || b[i] == 0x3A { i += 1 }
            var end = i
            while end < count, (b[end] >= 0x30 && b[end] <= 0x39) || b[end] == 0x2D { end += 1 }
            let value = UnsafeBufferPointer(rebasing: b[i..<end])
            guard ReferenceDates.parseHeader(utf8: value) != nil else { return nil }
            return (String(decoding: value, as: UTF8.self), end)
        }
    }
}

public struct ExtractionWarning: Sendable, CustomStringConvertible, Equatable {
    public let document: String
    public let line: Int?
    public let message: String

    public init(document: String, line: Int?, message: String) {
        self.document = document
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(document):\(line): \(message)" }
        return "\(document): \(message)"
    }
}

public enum DocumentLoader {
    /// Files in sorted order; a folder means its *.txt (and *.jsonl) files; a .jsonl file means one
    /// document per line. Unreadable, empty and binary files are reported and skipped; invalid UTF-8
    /// is decoded with replacement characters and reported.
    public static func load(paths: [String]) -> (documents: [Document], warnings: [ExtractionWarning]) {
        var documents: [Document] = []
        var warnings: [ExtractionWarning] = []
        var seen = Set<String>()
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                warnings.append(ExtractionWarning(document: path, line: nil, message: "no such file or directory"))
                continue
            }
            var files: [String] = []
            if isDirectory.boolValue {
                let names = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).filter {
                    $0.hasSuffix(".txt") || $0.hasSuffix(".jsonl")
                }
                files = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                files = [path]
            }
            for file in files {
                let loaded = file.hasSuffix(".jsonl") ? loadJSONLines(file) : loadText(file)
                warnings += loaded.warnings
                for document in loaded.documents {
                    if seen.insert(document.id).inserted {
                        documents.append(document)
                    } else {
                        warnings.append(ExtractionWarning(document: document.path ?? document.id, line: nil,
                                                          message: "duplicate document id \(document.id); skipped"))
                    }
                }
            }
        }
        return (documents, warnings)
    }

    static func loadText(_ file: String) -> (documents: [Document], warnings: [ExtractionWarning]) {
        let name = (file as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: file) else {
            return ([], [ExtractionWarning(document: file, line: nil, message: "cannot read file")])
        }
        let (text, problem) = decode(Array(data))
        if let problem { return ([], [ExtractionWarning(document: file, line: nil, message: problem)]) }
        var warnings: [ExtractionWarning] = []
        if let invalidLine = text.invalidLine {
            warnings.append(ExtractionWarning(document: file, line: invalidLine,
                                              message: "invalid UTF-8, decoded with replacement characters"))
        }
        return ([Document(id: name, text: text.value, path: file)], warnings)
    }

    static func loadJSONLines(_ file: String) -> (documents: [Document], warnings: [ExtractionWarning]) {
        guard let data = FileManager.default.contents(atPath: file) else {
            return ([], [ExtractionWarning(document: file, line: nil, message: "cannot read file")])
        }
        var documents: [Document] = []
        var warnings: [ExtractionWarning] = []
        let bytes = Array(data)
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            func warn(_ message: String) { warnings.append(ExtractionWarning(document: file, line: lineNumber, message: message)) }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                warn("not a JSON object; line skipped")
                continue
            }
            guard let id = object["id"] as? String, !id.isEmpty else { warn("missing string \"id\"; line skipped"); continue }
            guard let text = object["text"] as? String else { warn("missing string \"text\" in \(id); line skipped"); continue }
            if text.utf8.isEmpty { warn("empty text in \(id); line skipped"); continue }
            var date: String?
            if let raw = object["date"] as? String {
                let trimmed = String(raw.prefix(10))
                if ReferenceDates.parseHeader(trimmed) != nil || ReferenceDates.parseHeader(String(raw.prefix(7))) != nil {
                    date = ReferenceDates.parseHeader(trimmed) != nil ? trimmed : String(raw.prefix(7))
                } else {
                    warn("unreadable \"date\" \(raw) in \(id); ignored")
                }
            }
            documents.append(Document(id: id, text: text, headerDate: date, path: file))
        }
        return (documents, warnings)
    }

    /// UTF-8 text, or a reason the bytes are not a text document.
    static func decode(_ bytes: [UInt8]) -> (text: (value: String, invalidLine: Int?), problem: String?) {
        if bytes.isEmpty { return (("", nil), "empty file; skipped") }
        let sampleCount = min(bytes.count, 8192)
        let (controls, hasZero) = bytes.withUnsafeBufferPointer { buffer in
            var controls = 0
            var hasZero = false
            for b in buffer[..<sampleCount] {
                if b < 0x09 || (b > 0x0D && b < 0x20) { controls &+= 1 }
                if b == 0 { hasZero = true }
            }
            return (controls, hasZero)
        }
        if hasZero || controls * 20 > sampleCount {
            return (("", nil), "binary file (control bytes in the text); skipped")
        }
        if let valid = String(validating: bytes, as: UTF8.self) {
            if valid.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                return (("", nil), "file holds only white space; skipped")
            }
            return ((valid, nil), nil)
        }
        return ((String(decoding: bytes, as: UTF8.self), firstInvalidLine(bytes)), nil)
    }

    private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var lineStart = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[lineStart..<i], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = i + 1
        }
        return line
    }
}
