import Foundation

/// A problem with one row of a gazetteer file.
public struct GazetteerIssue: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the file as a whole is at fault (unreadable).
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// Thrown when a gazetteer file has bad rows and the caller did not ask to skip them.
public struct GazetteerLoadError: Error, Sendable, CustomStringConvertible {
    public let issues: [GazetteerIssue]
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

/// A row that parsed; its parent is resolved once both files are read.
struct PlaceRow {
    let file: String
    let line: Int
    let place: Place
    /// Folded words that, within two words of a mention, mean it names someone, not this place
    /// ("bachar" al-Assad, "bakr" al-Baghdadi).
    let blockingWords: [String]
    /// Aliases marked "~": also a person's name or a common word, so their readings score lower.
    let weakAliases: Set<String>
}

enum GazetteerFiles {
    static let curatedName = "places.tsv"
    static let townsName = "towns.tsv"
    static let curatedColumns = ["id", "name", "kind", "country", "admin1", "lat", "lon", "radius_km",
                                 "parent", "aliases", "not_near", "source"]
    static let townColumns = ["id", "name", "lat", "lon", "admin1", "admin2", "country", "aliases"]
    static let townSource = "GeoNames cities1000 (geonames.org, CC BY 4.0)"

    /// Radius when a row leaves radius_km empty: how far from the point a report "at" the place may lie.
    static func defaultRadiusKm(for kind: PlaceKind) -> Double {
        switch kind {
        case .country: 300
        case .governorate: 100
        case .region: 150
        case .city: 10
        case .town: 5
        case .district: 2
        case .airport: 3
        case .airbase, .oilfield: 4
        case .base, .gasfield: 2
        case .compound, .site: 1
        case .embassy: 0.5
        }
    }

    /// Lines split on LF or CRLF, numbered from 1; blank lines and lines starting with "#" are
    /// comments.
    static func dataLines(of text: String) -> [(number: Int, fields: [String])] {
        var rows: [(Int, [String])] = []
        var number = 0
        // "\r\n" is one Character in Swift, so it is matched as such.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            if number > 1 && (line.allSatisfy(\.isWhitespace) || line.hasPrefix("#")) { continue }
            rows.append((number, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return rows
    }

    static func read(_ path: String, file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerLoadError(issues: [GazetteerIssue(file: file, line: 0, message: "cannot read \(path)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GazetteerLoadError(issues: [GazetteerIssue(file: file, line: 0, message: "not valid UTF-8")])
        }
        return text
    }

    /// Checks the header; a wrong header makes every row unreadable, so it is never skipped.
    static func checkHeader(_ rows: [(number: Int, fields: [String])], expected: [String], file: String) throws {
        guard let header = rows.first, header.fields == expected else {
            throw GazetteerLoadError(issues: [GazetteerIssue(
                file: file, line: 1, message: "header must be: \(expected.joined(separator: " <TAB> "))")])
        }
    }

    struct RowError: Error { let message: String }

    static func coordinate(_ text: String, name: String, limit: Double) throws -> Double {
        guard let value = Double(text), value.isFinite else {
            throw RowError(message: "\(name) '\(text)' is not a number")
        }
        guard abs(value) <= limit else { throw RowError(message: "\(name) \(text) out of range") }
        return value
    }

    static func countryCode(_ text: String) throws -> String {
        guard text.utf8.count == 2, text.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
            throw RowError(message: "country '\(text)' is not an ISO 3166-1 alpha-2 code")
        }
        return text
    }

    static func splitList(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func curatedRow(_ fields: [String], line: Int) throws -> PlaceRow {
        guard fields.count == curatedColumns.count else {
            throw RowError(message: "expected \(curatedColumns.count) columns, found \(fields.count)")
        }
        let id = fields[0], name = fields[1]
        guard !id.isEmpty else { throw RowError(message: "empty id") }
        guard !name.isEmpty else { throw RowError(message: "empty name") }
        guard let kind = PlaceKind(rawValue: fields[2]) else {
            throw RowError(message: "unknown kind '\(fields[2])' (one of \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let country = try countryCode(fields[3])
        let latitude = try coordinate(fields[5], name: "latitude", limit: 90)
        let longitude = try coordinate(fields[6], name: "longitude", limit: 180)
        var radius = defaultRadiusKm(for: kind)
        if !fields[7].isEmpty {
            guard let value = Double(fields[7]), value.isFinite, value > 0 else {
                throw RowError(message: "radius_km '\(fields[7])' is not a positive number")
            }
            radius = value
        }
        guard !fields[11].isEmpty else { throw RowError(message: "empty source") }
        let listed = splitList(fields[9])
        var aliases = [name]
        for alias in listed.map({ $0.hasPrefix("~") ? String($0.dropFirst()) : $0 }) where !aliases.contains(alias) {
            aliases.append(alias)
        }
        // The display name is never weak.
        let weakAliases = Set(listed.filter { $0.hasPrefix("~") }.map { String($0.dropFirst()) }).subtracting([name])
        let place = Place(id: id, name: name, kind: kind, country: country,
                          admin1: fields[4].isEmpty ? nil : fields[4], latitude: latitude, longitude: longitude,
                          radiusKm: radius, parentID: fields[8].isEmpty ? nil : fields[8], aliases: aliases,
                          source: fields[11], tier: .curated)
        return PlaceRow(file: curatedName, line: line, place: place,
                        blockingWords: splitList(fields[10]).map(NameFolding.fold), weakAliases: weakAliases)
    }

    /// `countryIDs` maps ISO codes to the curated country rows that become the towns' parents.
    static func townRow(_ fields: [String], line: Int, countryIDs: [String: String]) throws -> PlaceRow {
        guard fields.count == townColumns.count else {
            throw RowError(message: "expected \(townColumns.count) columns, found \(fields.count)")
        }
        let id = fields[0], name = fields[1]
        guard !id.isEmpty else { throw RowError(message: "empty id") }
        guard !name.isEmpty else { throw RowError(message: "empty name") }
        let latitude = try coordinate(fields[2], name: "latitude", limit: 90)
        let longitude = try coordinate(fields[3], name: "longitude", limit: 180)
        let country = try countryCode(fields[6])
        guard let parent = countryIDs[country] else {
            throw RowError(message: "no country row in places.tsv for '\(country)'")
        }
        let place = Place(id: id, name: name, kind: .town, country: country,
                          admin1: fields[4].isEmpty ? nil : fields[4], latitude: latitude, longitude: longitude,
                          radiusKm: defaultRadiusKm(for: .town), parentID: parent, aliases: splitList(fields[7]),
                          source: townSource, tier: .geonames)
        return PlaceRow(file: townsName, line: line, place: place, blockingWords: [], weakAliases: [])
    }

    /// Reads both files; rows with problems are returned as issues, never dropped silently.
    static func load(directory: String) throws -> (rows: [PlaceRow], issues: [GazetteerIssue]) {
        var issues: [GazetteerIssue] = []
        var rows: [PlaceRow] = []
        var firstRowOfID: [String: String] = [:]

        func accept(_ row: PlaceRow) {
            if let first = firstRowOfID[row.place.id] {
                issues.append(GazetteerIssue(file: row.file, line: row.line,
                                             message: "duplicate id '\(row.place.id)' (first at \(first))"))
                return
            }
            if let alias = row.place.aliases.first(where: { NameFolding.fold($0).isEmpty }) {
                issues.append(GazetteerIssue(file: row.file, line: row.line, message: "alias '\(alias)' folds to nothing"))
                return
            }
            firstRowOfID[row.place.id] = "\(row.file):\(row.line)"
            rows.append(row)
        }

        let curatedText = try read(directory + "/" + curatedName, file: curatedName)
        let curatedLines = dataLines(of: curatedText)
        try checkHeader(curatedLines, expected: curatedColumns, file: curatedName)
        for (number, fields) in curatedLines.dropFirst() {
            do { accept(try curatedRow(fields, line: number)) } catch let error as RowError {
                issues.append(GazetteerIssue(file: curatedName, line: number, message: error.message))
            }
        }

        let townsPath = directory + "/" + townsName
        if FileManager.default.fileExists(atPath: townsPath) {
            var countryIDs: [String: String] = [:]
            for row in rows where row.place.kind == .country && countryIDs[row.place.country] == nil {
                countryIDs[row.place.country] = row.place.id
            }
            let townLines = dataLines(of: try read(townsPath, file: townsName))
            try checkHeader(townLines, expected: townColumns, file: townsName)
            for (number, fields) in townLines.dropFirst() {
                do { accept(try townRow(fields, line: number, countryIDs: countryIDs)) } catch let error as RowError {
                    issues.append(GazetteerIssue(file: townsName, line: number, message: error.message))
                }
            }
        }
        return dropUnresolvedParents(rows, issues: issues)
    }

    /// Removes rows whose parent is missing or whose parent chain loops, repeating until stable so
    /// that the children of a removed row are reported too.
    static func dropUnresolvedParents(_ rows: [PlaceRow], issues: [GazetteerIssue]) -> (rows: [PlaceRow], issues: [GazetteerIssue]) {
        var kept = rows
        var issues = issues
        while true {
            let parentOf = Dictionary(uniqueKeysWithValues: kept.map { ($0.place.id, $0.place.parentID) })
            var bad: [(index: Int, message: String)] = []
            for (index, row) in kept.enumerated() {
                guard let parent = row.place.parentID else { continue }
                guard parentOf[parent] != nil else {
                    bad.append((index, "unknown parent '\(parent)'"))
                    continue
                }
                var seen: Set<String> = [row.place.id]
                var next: String? = parent
                while let current = next {
                    if !seen.insert(current).inserted {
                        bad.append((index, "parent chain of '\(row.place.id)' loops through '\(current)'"))
                        break
                    }
                    next = parentOf[current] ?? nil
                }
            }
            if bad.isEmpty { return (kept, issues) }
            for (index, message) in bad {
                issues.append(GazetteerIssue(file: kept[index].file, line: kept[index].line, message: message))
            }
            let badIndices = Set(bad.map(\.index))
            kept = kept.enumerated().filter { !badIndices.contains($0.offset) }.map(\.element)
        }
    }
}
