import GeoJSON
@testable import Tiles

/// Deterministic synthetic inputs: events scattered over the Iraq/Syria box by a fixed-seed
/// generator, plus a polygon with a hole and a river line.
enum Synthetic {
    static let eventTypes = ["rocket_attack", "drone_attack", "missile_attack"]

    struct Generator {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    /// `count` events; the last two share the first event's position (same place, two events).
    static func events(_ count: Int, seed: UInt64 = 42) -> [Feature] {
        var random = Generator(state: seed)
        var features: [Feature] = []
        for i in 0..<count {
            var lon = 36 + random.next() * 12, lat = 30 + random.next() * 7
            if i >= count - 2, let first = features.first, case .point(let p) = first.geometry {
                lon = p.longitude
                lat = p.latitude
            }
            let day = 1 + i % 28
            let date = "2024-01-" + (day < 10 ? "0" : "") + String(day)
            features.append(Feature(id: .string("ev-\(i)"), geometry: .point(Position(lon, lat)), properties: [
                "date": .string(date), "date_end": .string(date), "window": "2024-01",
                "event_type": .string(eventTypes[i % 3]), "outcome": "impact", "weapon_count": .integer(i % 5),
                "place_name": .string("Place \(i % 17)"), "source_count": 1,
                "sources": [["document": "a.txt"]],
            ]))
        }
        return features
    }

    /// A square with a square hole, exterior given clockwise and hole counter-clockwise (the
    /// reverse of RFC 7946), so the tiler must rewind both from their areas.
    static let country = Feature(geometry: .polygon([
        [Position(38, 32), Position(38, 36), Position(46, 36), Position(46, 32), Position(38, 32)],
        [Position(41, 33), Position(43, 33), Position(43, 35), Position(41, 35), Position(41, 33)],
    ]), properties: ["name": "Squareland"])

    static let river = Feature(geometry: .lineString([
        Position(38.5, 36.9), Position(40, 35), Position(40.0000001, 35.0000001), Position(42, 34), Position(44.4, 33.3), Position(47.9, 30.4),
    ]), properties: ["name": "River"])

    static func layers(events count: Int) -> [TileLayerInput] {
        [TileLayerInput(name: "events", features: events(count)),
         TileLayerInput(name: "countries", features: [country]),
         TileLayerInput(name: "rivers", features: [river], minZoom: 2)]
    }

    static func options(maxZoom: Int) -> TilingOptions {
        var options = TilingOptions()
        options.maxZoom = maxZoom
        return options
    }
}
