import GeoJSON

/// Writes events as CSV with ACLED's column names and codes first, then Kharita's own columns
/// (prefixed `kharita_`), so the file loads into ACLED-based workflows and keeps what ACLED lacks.
///
/// It reads Feature properties, not Swift event values, so any events GeoJSON (one a user edited in
/// QGIS included) converts the same way.
public enum ACLEDCSV {
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "iso", "region", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
        "source", "notes", "fatalities", "tags",
        "kharita_id", "kharita_event_type", "kharita_date_end", "kharita_time_local", "kharita_outcome",
        "kharita_weapon_count", "kharita_injuries", "kharita_damage", "kharita_target", "kharita_defense_system",
        "kharita_context", "kharita_confidence", "kharita_source_count",
    ]

    /// ISO 3166 numeric codes, alpha-3 codes and English names of the countries Kharita maps.
    static let countries: [String: (numeric: Int, alpha3: String, name: String)] = [
        "IQ": (368, "IRQ", "Iraq"), "SY": (760, "SYR", "Syria"), "JO": (400, "JOR", "Jordan"),
        "KW": (414, "KWT", "Kuwait"), "SA": (682, "SAU", "Saudi Arabia"), "IR": (364, "IRN", "Iran"),
        "TR": (792, "TUR", "Turkey"), "LB": (422, "LBN", "Lebanon"),
    ]

    public static func encode(_ features: [Feature]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 * (features.count + 1))
        appendRow(columns, to: &out)
        for feature in features { appendRow(row(for: feature), to: &out) }
        return out
    }

    static func row(for feature: Feature) -> [String] {
        let p = feature.properties ?? [:]
        func text(_ key: String) -> String {
            switch p[key] {
            case .string(let s): s
            case .integer(let i): String(i)
            case .number(let d): String(d)
            case .bool(let b): b ? "true" : "false"
            default: ""
            }
        }
        let id: String = switch feature.id {
        case .string(let s): s
        case .number(let n): String(n)
        case nil: ""
        }
        let countryCode = text("country")
        let country = countries[countryCode] ?? countries.first { $0.value.name == countryCode }?.value
        let date = text("date")
        let (latitude, longitude): (String, String) = {
            guard case .point(let position) = feature.geometry else { return ("", "") }
            return (fixedDecimal(position.latitude, decimals: 4), fixedDecimal(position.longitude, decimals: 4))
        }()
        let actor = text("actor")
        let sources = p["sources"]?.arrayValue ?? []
        let documents = sources.compactMap { $0.objectValue?["document"]?.stringValue }
        var uniqueDocuments: [String] = []
        for document in documents where !uniqueDocuments.contains(document) { uniqueDocuments.append(document) }
        let quote = sources.first?.objectValue?["quote"]?.stringValue ?? ""
        let acledType = text("acled_event_type")
        return [
            (country?.alpha3 ?? "XXX") + "-" + id,
            date,
            String(date.prefix(4)),
            acledTimePrecision(text("time_precision")),
            acledType == "Strategic developments" ? "Strategic developments" : (acledType.isEmpty ? "" : "Political violence"),
            acledType,
            text("acled_sub_event_type"),
            actor.isEmpty || actor == "unknown" ? "Unidentified Armed Group" + (country.map { " (\($0.name))" } ?? "") : actor,
            country.map { String($0.numeric) } ?? "",
            "Middle East",
            country?.name ?? countryCode,
            text("admin1"),
            text("place_name"),
            latitude,
            longitude,
            text("geo_precision"),
            uniqueDocuments.joined(separator: "; "),
            quote,
            text("fatalities"),
            text("context") == "background" ? "background report" : "",
            id,
            text("event_type"),
            text("date_end"),
            text("time_local"),
            text("outcome"),
            text("weapon_count"),
            text("injuries"),
            text("damage"),
            text("target"),
            text("defense_system"),
            text("context"),
            text("confidence"),
            text("source_count"),
        ]
    }

    /// ACLED codes: 1 the day is known, 2 within a week, 3 within a month or coarser.
    static func acledTimePrecision(_ precision: String) -> String {
        switch precision {
        case "day": "1"
        case "week": "2"
        case "month", "year": "3"
        default: ""
        }
    }

    /// RFC 4180 quoting: a field with a comma, quote or line break is quoted and its quotes doubled.
    static func appendRow(_ fields: [String], to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            let bytes = Array(field.utf8)
            if bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
                out.append(UInt8(ascii: "\""))
                for byte in bytes {
                    out.append(byte)
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: bytes)
            }
        }
        out.append(10)
    }
}
