import GeoJSON
import Gazetteer

/// What `kharita geocode` and `kharita gazetteer check` print, kept here so the CLI stays thin.
public enum GazetteerReports {
    /// One block per mention: the span, then every candidate, best first.
    public static func geocodeText(_ matches: [PlaceMatch]) -> String {
        var lines: [String] = []
        for match in matches {
            lines.append("\"\(match.text)\" [\(match.range.lowerBound)..<\(match.range.upperBound)]")
            for candidate in match.candidates {
                let place = candidate.place
                lines.append("  \(place.id)\t\(place.name)\t\(place.kind.rawValue)\t\(fixedDecimal(place.latitude, decimals: 4)) \(fixedDecimal(place.longitude, decimals: 4))\tscore \(fixedDecimal(candidate.score, decimals: 2))")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    public static func geocodeJSON(_ matches: [PlaceMatch]) -> [UInt8] {
        let items: [JSONValue] = matches.map { match in
            .object([
                "text": .string(match.text),
                "start": .integer(match.range.lowerBound),
                "end": .integer(match.range.upperBound),
                "candidates": .array(match.candidates.map { candidate in
                    .object([
                        "id": .string(candidate.place.id), "name": .string(candidate.place.name),
                        "kind": .string(candidate.place.kind.rawValue), "country": .string(candidate.place.country),
                        "lat": .number(candidate.place.latitude), "lon": .number(candidate.place.longitude),
                        "radius_km": .number(candidate.place.radiusKm), "score": .number(candidate.score),
                    ])
                }),
            ])
        }
        return JSONWriter.encode(.array(items), pretty: true)
    }

    /// Counts by tier and kind, and every issue found while loading.
    public static func checkSummary(_ gazetteer: Gazetteer, directory: String) -> String {
        var lines = ["\(directory): \(gazetteer.places.count) places, \(gazetteer.aliasCount) names"]
        for tier in [PlaceTier.curated, .geonames] {
            let places = gazetteer.places.filter { $0.tier == tier }
            let kinds = PlaceKind.allCases.compactMap { kind -> String? in
                let count = places.filter { $0.kind == kind }.count
                return count > 0 ? "\(kind.rawValue) \(count)" : nil
            }
            lines.append("  \(tier == .curated ? "curated (places.tsv)" : "GeoNames (towns.tsv)"): \(places.count): \(kinds.joined(separator: ", "))")
        }
        if gazetteer.issues.isEmpty {
            lines.append("  no problems found")
        } else {
            lines.append("  \(gazetteer.issues.count) rows skipped:")
            lines += gazetteer.issues.map { "  \($0)" }
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
