import GeoJSON

/// What a map needs from one event Feature.
struct MapEvent {
    let id: String
    let longitude: Double
    let latitude: Double
    let date: String
    let eventType: String
    let outcome: String
    let weaponCount: Int?
    let placeKey: String
    let placeName: String?
    let documents: [String]
    /// The window the event was drawn for (overview maps colour by it).
    var window: String
    /// The date's year, the colour group of a by-year map.
    var year: String { String(date.prefix(4)) }

    static let eventTypes = ["rocket_attack", "drone_attack", "missile_attack", "mortar_attack", "airstrike", "strike"]
    static let outcomes = ["impact", "intercepted", "failed", "unknown"]

    /// Located events of `features`, sorted by date then id; features without a point are skipped
    /// (they belong to `unresolved`, not to a map).
    static func located(_ features: [Feature], window: String) -> [MapEvent] {
        var events: [MapEvent] = []
        events.reserveCapacity(features.count)
        for (index, feature) in features.enumerated() {
            guard case .point(let p)? = feature.geometry, p.longitude.isFinite, p.latitude.isFinite else { continue }
            let properties = feature.properties ?? [:]
            let id: String
            switch feature.id {
            case .string(let s)?: id = s
            case .number(let n)?: id = SVGText.number(n)
            case nil: id = "#\(index)"
            }
            let outcome = properties["outcome"]?.stringValue ?? "unknown"
            let documents = (properties["sources"]?.arrayValue ?? []).compactMap { $0.objectValue?["document"]?.stringValue }
            var uniqueDocuments: [String] = []
            for d in documents where !uniqueDocuments.contains(d) { uniqueDocuments.append(d) }
            let placeName = properties["place_name"]?.stringValue
            events.append(MapEvent(
                id: id, longitude: p.longitude, latitude: p.latitude,
                date: properties["date"]?.stringValue ?? "",
                eventType: properties["event_type"]?.stringValue ?? "strike",
                outcome: outcomes.contains(outcome) ? outcome : "unknown",
                weaponCount: properties["weapon_count"]?.intValue,
                placeKey: properties["place_id"]?.stringValue ?? "\(p.longitude),\(p.latitude)",
                placeName: placeName, documents: uniqueDocuments, window: window))
        }
        events.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        return events
    }

    /// Symbol size class by the number of weapons reported.
    var sizeClass: Int {
        guard let n = weaponCount else { return 0 }
        switch n {
        case ..<2: return 0
        case 2...3: return 1
        case 4...9: return 2
        default: return 3
        }
    }

    func tooltip(_ language: MapLanguage) -> String {
        var parts = [date, Vocabulary.eventType(eventType, language), Vocabulary.outcome(outcome, language)]
        if let placeName { parts.append(placeName) }
        if let weaponCount { parts.append(Vocabulary.weapons(weaponCount, language)) }
        var text = parts.joined(separator: " · ")
        if !documents.isEmpty {
            text += (language == .fr ? "\nSources : " : "\nSources: ") + documents.joined(separator: ", ")
        }
        return text
    }
}
