import GeoJSON

/// The places Kharita knows, and the finder of their names in running text.
///
/// Two files feed it: `places.tsv`, the curated sites, towns, regions and countries with every
/// spelling the press uses, and `towns.tsv`, GeoNames towns that rank below any curated entry.
public final class Gazetteer: Sendable {
    /// File order: curated rows, then towns.
    public let places: [Place]
    /// Rows skipped because `skipBadRows` was set; each names its file and line.
    public let issues: [GazetteerIssue]

    private let indexOfID: [String: Int]
    private let blockingWords: [Set<String>]
    private let automaton: AliasAutomaton

    /// Loads `directory/places.tsv` and, when present, `directory/towns.tsv`.
    /// - Throws: `GazetteerLoadError` listing every bad row unless `skipBadRows` is set; an
    ///   unreadable file or a wrong header always throws.
    public init(directory: String, skipBadRows: Bool = false) throws {
        let (rows, issues) = try GazetteerFiles.load(directory: directory)
        let orderedIssues = issues.sorted {
            ($0.file == GazetteerFiles.curatedName ? 0 : 1, $0.line) < ($1.file == GazetteerFiles.curatedName ? 0 : 1, $1.line)
        }
        if !orderedIssues.isEmpty && !skipBadRows { throw GazetteerLoadError(issues: orderedIssues) }
        self.issues = orderedIssues
        let loaded = rows.map(\.place)
        let indexOfID = Dictionary(uniqueKeysWithValues: loaded.enumerated().map { ($0.element.id, $0.offset) })
        // Each place carries its chain of ancestors, so that merging asks "is A around B" without lookups.
        places = loaded.map { place in
            var chain: [String] = []
            var current = place.parentID
            while let id = current, chain.count < loaded.count {
                chain.append(id)
                current = indexOfID[id].flatMap { loaded[$0].parentID }
            }
            return Place(place, ancestorIDs: chain)
        }
        self.indexOfID = indexOfID
        blockingWords = rows.map { Set($0.blockingWords) }

        var aliases: [(folded: [UInt8], target: AliasTarget)] = []
        for (index, row) in rows.enumerated() {
            for spelling in row.place.aliases {
                let isWeak = row.weakAliases.contains(spelling)
                let hasLetters = spelling.unicodeScalars.contains { $0.properties.isAlphabetic }
                let isAcronym = hasLetters && spelling.count >= 2
                    && !spelling.unicodeScalars.contains { $0.properties.isLowercase }
                    && spelling.unicodeScalars.contains { $0.properties.isUppercase }
                aliases.append((Array(NameFolding.fold(spelling).utf8),
                                AliasTarget(placeIndex: Int32(index), isWeak: isWeak, requiresUppercase: isAcronym,
                                            requiresArticle: Self.startsWithArticle(spelling),
                                            requiresCapital: row.place.tier == .geonames)))
            }
        }
        automaton = AliasAutomaton(aliases: aliases)
    }

    /// Whether the spelling begins with an article the folding drops ("Al-Baghdadi"); such a
    /// spelling then needs the article in the text too.
    private static func startsWithArticle(_ spelling: String) -> Bool {
        var first: Bool?
        let utf8 = Array(spelling.utf8)
        utf8.withUnsafeBufferPointer { bytes in
            WordScanner.forEachWord(in: bytes) { word in
                if first == nil { first = word.followsArticle }
            }
        }
        return first ?? false
    }

    public func place(id: String) -> Place? {
        indexOfID[id].map { places[$0] }
    }

    public func parent(of place: Place) -> Place? {
        place.parentID.flatMap(self.place(id:))
    }

    /// Nearest first, ending at a country.
    public func ancestors(of place: Place) -> [Place] {
        var chain: [Place] = []
        var current = parent(of: place)
        while let next = current {
            chain.append(next)
            current = parent(of: next)
        }
        return chain
    }

    /// Whether `ancestor` is on `place`'s chain of parents; merging asks it for every pair of
    /// candidate incidents, so places of this gazetteer answer from their own chain.
    public func isAncestor(_ ancestor: Place, of place: Place) -> Bool {
        if !place.ancestorIDs.isEmpty || place.parentID == nil { return place.hasAncestorID(of: ancestor) }
        var current = place.parentID
        while let id = current {
            if id == ancestor.id { return true }
            current = indexOfID[id].flatMap { places[$0].parentID }
        }
        return false
    }

    /// The number of distinct folded spellings the matcher knows.
    public var aliasCount: Int { automaton.targets.count }

    /// Place names in `text`; see `matches(inUTF8:)`. Ranges are UTF-8 byte offsets into `text`.
    public func matches(in text: String) -> [PlaceMatch] {
        var text = text
        return text.withUTF8 { matches(inUTF8: $0) }
    }

    /// Place names in `bytes`, non-overlapping and in text order; where mentions overlap the
    /// longest wins, so "aéroport de Bagdad" is the airport and not the city inside it.
    public func matches(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [PlaceMatch] {
        matches(automaton.rawMatches(in: bytes), in: bytes)
    }

    /// The best reading of each place name among the words of `bytes` that `WordScanner.scan` already folded:
    /// `word(k)` is the k-th of `count`, with its folded bytes in `folded`. The same names and best places as
    /// `matches(inUTF8:)` over the scanned part of `bytes`, without folding the text a second time and without
    /// the text and the other readings, which cost a string and an array for each name.
    public func bestPlaces(scannedWords count: Int, word: (Int) -> ScannedWord, folded: UnsafeBufferPointer<UInt8>,
                           in bytes: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, place: Place)] {
        resolve(automaton.rawMatches(scanned: count, word: word, folded: folded)) { raw in
            var best: ScoredPlace?
            for target in automaton.targets[Int(raw.targetList)] {
                if let candidate = score(target, for: raw, in: bytes), best.map({ Self.ranksBefore(candidate, $0) }) ?? true {
                    best = candidate
                }
            }
            return best?.place
        }.map { (range: $0.range, place: $0.reading) }
    }

    private func matches(_ rawMatches: [RawMatch], in bytes: UnsafeBufferPointer<UInt8>) -> [PlaceMatch] {
        resolve(rawMatches) { raw in
            var candidates = automaton.targets[Int(raw.targetList)].compactMap { score($0, for: raw, in: bytes) }
            if candidates.count > 1 {
                candidates.sort(by: Self.ranksBefore)
                var seen = Set<String>()
                candidates = candidates.filter { seen.insert($0.place.id).inserted }
            }
            return candidates.isEmpty ? nil : candidates
        }.map { match in
            PlaceMatch(range: match.range, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[match.range]), as: UTF8.self),
                       candidates: match.reading)
        }
    }

    /// The mentions `read` finds a reading for, non-overlapping and in text order (`longestNonOverlapping`).
    private func resolve<Reading>(_ rawMatches: [RawMatch], _ read: (RawMatch) -> Reading?) -> [(range: Range<Int>, reading: Reading)] {
        var spans: [Range<Int>] = []
        var readings: [Reading] = []
        for raw in rawMatches {
            guard let reading = read(raw) else { continue }
            spans.append(raw.start..<raw.end)
            readings.append(reading)
        }
        return Self.longestNonOverlapping(spans).map { (spans[$0], readings[$0]) }
    }

    /// Scores one reading of a mention, or rules it out.
    private func score(_ target: AliasTarget, for raw: RawMatch, in bytes: UnsafeBufferPointer<UInt8>) -> ScoredPlace? {
        // The target's own conditions first: most raw matches are common words that fail them, and reading the place
        // would cost a cache miss for each.
        if target.requiresUppercase && !raw.isAllUppercase { return nil }
        if target.requiresArticle && !raw.startsWithArticle { return nil }
        if target.requiresCapital && !raw.startsUppercase { return nil }
        let place = places[Int(target.placeIndex)]
        let blocking = blockingWords[Int(target.placeIndex)]
        if !blocking.isEmpty && !blocking.isDisjoint(with: Self.neighbourWords(of: raw.start..<raw.end, in: bytes)) {
            return nil
        }
        var value = place.tier == .curated ? 0.9 : 0.6
        if target.isWeak { value *= 0.4 }
        value += 0.01 * Double(place.kind.specificity)
        // Two decimals, so that scores print and compare as written in tests and outputs.
        return ScoredPlace(place: place, score: (value * 100).rounded() / 100)
    }

    private static func ranksBefore(_ a: ScoredPlace, _ b: ScoredPlace) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.place.tier != b.place.tier { return a.place.tier > b.place.tier }
        return a.place.id < b.place.id
    }

    /// The two folded words on each side of `span` (articles excluded).
    static func neighbourWords(of span: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        let window = 64
        var from = max(0, span.lowerBound - window)
        while from < span.lowerBound && bytes[from] & 0xC0 == 0x80 { from += 1 }
        var to = min(bytes.count, span.upperBound + window)
        while to > span.upperBound && to < bytes.count && bytes[to] & 0xC0 == 0x80 { to -= 1 }
        var before: [String] = []
        WordScanner.forEachWord(in: UnsafeBufferPointer(rebasing: bytes[from..<span.lowerBound])) { word in
            before.append(String(decoding: word.folded, as: UTF8.self))
        }
        var after: [String] = []
        WordScanner.forEachWord(in: UnsafeBufferPointer(rebasing: bytes[span.upperBound..<to])) { word in
            if after.count < 2 { after.append(String(decoding: word.folded, as: UTF8.self)) }
        }
        return before.suffix(2) + after
    }

    /// Indices of the spans to keep, in text order. Overlapping spans form clusters; in each, the
    /// longest span is kept first, then the longest of those that do not overlap it, and so on
    /// (the earlier start breaks ties).
    static func longestNonOverlapping(_ spans: [Range<Int>]) -> [Int] {
        let ordered = spans.indices.sorted {
            (spans[$0].lowerBound, -spans[$0].upperBound) < (spans[$1].lowerBound, -spans[$1].upperBound)
        }
        var chosen: [Int] = []
        chosen.reserveCapacity(spans.count)
        // Buffers for the clusters of several spans, reused from cluster to cluster.
        var byLength: [Int] = []
        var kept: [Int] = []
        var start = 0
        while start < ordered.count {
            var end = start + 1
            var clusterEnd = spans[ordered[start]].upperBound
            while end < ordered.count && spans[ordered[end]].lowerBound < clusterEnd {
                clusterEnd = max(clusterEnd, spans[ordered[end]].upperBound)
                end += 1
            }
            if end - start == 1 {
                chosen.append(ordered[start])
            } else {
                byLength.removeAll(keepingCapacity: true)
                byLength.append(contentsOf: ordered[start..<end])
                byLength.sort { (spans[$0].count, -spans[$0].lowerBound) > (spans[$1].count, -spans[$1].lowerBound) }
                kept.removeAll(keepingCapacity: true)
                for index in byLength where !kept.contains(where: { spans[$0].overlaps(spans[index]) }) {
                    kept.append(index)
                }
                kept.sort { spans[$0].lowerBound < spans[$1].lowerBound }
                chosen.append(contentsOf: kept)
            }
            start = end
        }
        return chosen
    }

    /// A GeoJSON Point for the place, with its gazetteer attributes as properties.
    public func feature(for place: Place) -> Feature {
        var properties: Properties = [
            "id": .string(place.id),
            "name": .string(place.name),
            "kind": .string(place.kind.rawValue),
            "country": .string(place.country),
        ]
        if let admin1 = place.admin1 { properties["admin1"] = .string(admin1) }
        if let parent = place.parentID { properties["parent"] = .string(parent) }
        properties["radius_km"] = .number(place.radiusKm)
        properties["source"] = .string(place.source)
        return Feature(id: .string(place.id), geometry: .point(Position(place.longitude, place.latitude)),
                       properties: properties)
    }
}
