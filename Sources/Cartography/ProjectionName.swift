import Projection

/// The name printed for a projection chosen by `ProjectionChooser`, in the map's language.
///
/// The chooser names its projections in English; French names are rebuilt from the PROJ definition's
/// own parameters (`+proj`, `+zone`, `+south`, `+lat_1`, `+lat_2`, `+lon_0`, `+lat_ts`, `+lat_0`) so they
/// say exactly what the map was drawn with, with French decimal commas.
enum ProjectionName {
    static func name(of choice: ProjectionChoice, _ language: MapLanguage) -> String {
        guard language == .fr else { return choice.name }
        var parameters: [Substring: Substring] = [:]
        for token in choice.definition.split(separator: " ") where token.hasPrefix("+") {
            let parts = token.dropFirst().split(separator: "=", maxSplits: 1)
            parameters[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        func degrees(_ key: Substring) -> String? {
            parameters[key].map { Vocabulary.decimal(String($0), language) + "°" }
        }
        switch parameters["proj"] {
        case "lcc":
            guard let first = degrees("lat_1"), let second = degrees("lat_2") else { break }
            return "Conique conforme de Lambert, parallèles standards \(first) et \(second)"
        case "utm":
            guard let zone = parameters["zone"] else { break }
            return "UTM zone \(zone)\(parameters["south"] == nil ? "N" : "S") (WGS 84)"
        case "merc":
            guard let meridian = degrees("lon_0") else { break }
            return "Mercator, méridien central \(meridian)" + (degrees("lat_ts").map { ", échelle vraie à \($0)" } ?? "")
        case "stere":
            guard let origin = parameters["lat_0"] else { break }
            return "Stéréographique polaire universelle \(origin.hasPrefix("-") ? "sud" : "nord") (WGS 84)"
        default: break
        }
        return choice.name
    }
}
