import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GeoJSON
import XCTest
@testable import Cartography

/// Loads fixtures: the project's basemap files and synthetic event windows built from the seed gold events.
enum Fixtures {
    static let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    /// Where goldens are rewritten when KHARITA_UPDATE_GOLDEN=1 (the source tree, not the test bundle).
    static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func features(_ relativePath: String) throws -> [Feature] {
        let data = try Data(contentsOf: directory.appendingPathComponent(relativePath))
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let list = try XCTUnwrap(root["features"] as? [[String: Any]], "\(relativePath): no features array")
        return try list.map(feature)
    }

    static func basemap() throws -> Basemap {
        Basemap(countries: try features("countries.geojson"), rivers: try features("rivers.geojson"))
    }

    static let windowLabels = ["2020-01", "2021-06", "2021-07", "2022-01"]

    static func window(_ label: String) throws -> [Feature] { try features("windows/\(label).geojson") }

    static func feature(_ object: [String: Any]) throws -> Feature {
        let id: FeatureID? = (object["id"] as? String).map { .string($0) }
        let properties = try (object["properties"] as? [String: Any]).map { dict -> Properties in
            var out = Properties()
            for key in dict.keys.sorted() { out[key] = try value(dict[key]!) }
            return out
        }
        return Feature(id: id, geometry: try (object["geometry"] as? [String: Any]).map(geometry), properties: properties)
    }

    static func value(_ any: Any) throws -> JSONValue {
        switch any {
        case let s as String: return .string(s)
        case let n as NSNumber:
            let d = n.doubleValue
            return d == d.rounded() && abs(d) < 1e15 ? .integer(Int(d)) : .number(d)
        case let a as [Any]: return .array(try a.map(value))
        case let o as [String: Any]:
            var out = Properties()
            for key in o.keys.sorted() { out[key] = try value(o[key]!) }
            return .object(out)
        case is NSNull: return .null
        default: throw CartographyError("unexpected JSON value \(any)")
        }
    }

    static func geometry(_ object: [String: Any]) throws -> Geometry {
        func position(_ any: Any) throws -> Position {
            let a = try XCTUnwrap(any as? [NSNumber])
            return Position(a[0].doubleValue, a[1].doubleValue)
        }
        func line(_ any: Any) throws -> [Position] { try XCTUnwrap(any as? [Any]).map(position) }
        func polygon(_ any: Any) throws -> [[Position]] { try XCTUnwrap(any as? [Any]).map(line) }
        let coordinates = object["coordinates"] as Any
        switch object["type"] as? String {
        case "Point": return .point(try position(coordinates))
        case "LineString": return .lineString(try line(coordinates))
        case "MultiLineString": return .multiLineString(try polygon(coordinates))
        case "Polygon": return .polygon(try polygon(coordinates))
        case "MultiPolygon": return .multiPolygon(try XCTUnwrap(coordinates as? [Any]).map(polygon))
        default: throw CartographyError("unsupported geometry \(object["type"] ?? "nil")")
        }
    }

    /// The run-wide extent, as Atlas computes it: every window's events.
    static func runExtent() throws -> MapExtent {
        MapExtent.fitting(try windowLabels.flatMap(window))
    }

    static func renderer(_ language: MapLanguage, coloring: MapColoring = .outcome, crs: String? = nil,
                         threshold: Int = 500, extent: MapExtent? = nil) throws -> MapRenderer {
        try MapRenderer(basemap: basemap(), options: MapOptions(language: language, crs: crs, extent: extent ?? runExtent(),
                                                                generatedOn: "2022-01-05", colorBy: coloring,
                                                                aggregationThreshold: threshold))
    }
}

/// What a test reads back from an SVG: label boxes, symbol boxes, the scale bar's attributes.
struct ParsedSVG {
    var labelBoxes: [(text: String, box: Box)] = []
    var symbolBoxes: [Box] = []
    var eventAttributes: [[String: String]] = []
    var scaleBar: [String: String] = [:]
    var textContent: [String] = []
    /// Colour classes (`k0`, `k1`, …) mapped to the fill colour the stylesheet gives them.
    var colorOfClass: [String: String] = [:]
    /// Legend entries drawn with a colour class: the class and the entry's text.
    var legendColorEntries: [(cls: String, text: String)] = []

    init(_ svg: String) throws {
        let delegate = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse() else { throw CartographyError("SVG does not parse: \(String(describing: parser.parserError))") }
        for (text, box) in delegate.labels { labelBoxes.append((text, box)) }
        for use in delegate.uses where use["data-id"] != nil {
            let id = String(use["href"]!.dropFirst())
            let r = try XCTUnwrap(Double(delegate.radii[id] ?? ""), "symbol \(id) has no data-r")
            symbolBoxes.append(Box(centerX: Double(use["x"]!)!, centerY: Double(use["y"]!)!, radius: r * 1.25))
            eventAttributes.append(use)
        }
        for badge in delegate.badges {
            symbolBoxes.append(Box(centerX: Double(badge["cx"]!)!, centerY: Double(badge["cy"]!)!, radius: Double(badge["r"]!)!))
        }
        scaleBar = delegate.scaleBar
        textContent = delegate.texts
        legendColorEntries = delegate.legendColorEntries
        for rule in delegate.style.split(separator: "}") where rule.hasPrefix(".k") {
            let selector = rule.prefix { $0 != "{" }.dropFirst()
            guard let fill = rule.split(separator: ";").first(where: { $0.contains("fill:") })?.split(separator: ":").last else { continue }
            colorOfClass[String(selector)] = String(fill)
        }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var labels: [(String, Box)] = []
        var uses: [[String: String]] = []
        var radii: [String: String] = [:]
        var badges: [[String: String]] = []
        var scaleBar: [String: String] = [:]
        var texts: [String] = []
        var style = ""
        var legendColorEntries: [(cls: String, text: String)] = []
        private var pendingLegendClass: String?
        private var inStyle = false
        private var currentBox: Box?
        private var currentText = ""
        private var inLegend = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "g" && attributes["id"] == "legend" { inLegend = true }
            if name == "g" && attributes["id"] == "scale-bar" { scaleBar = attributes }
            if name == "path", let id = attributes["id"], let r = attributes["data-r"] { radii[id] = r }
            if name == "use" && !inLegend { uses.append(attributes) }
            if name == "style" { inStyle = true }
            if name == "circle" && inLegend, let cls = attributes["class"], cls.hasPrefix("k") { pendingLegendClass = cls }
            if name == "circle" && (attributes["class"] == "bd" || attributes["class"] == "bb") && !inLegend { badges.append(attributes) }
            if name == "text" {
                currentText = ""
                if let box = attributes["data-box"] {
                    let v = box.split(separator: " ").compactMap { Double($0) }
                    currentBox = Box(x: v[0], y: v[1], width: v[2], height: v[3])
                }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inStyle { style += string } else { currentText += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "style" { inStyle = false }
            if name == "text" {
                texts.append(currentText)
                if let cls = pendingLegendClass {
                    legendColorEntries.append((cls, currentText))
                    pendingLegendClass = nil
                }
                if let box = currentBox { labels.append((currentText, box)) }
                currentBox = nil
            }
            if name == "g" && inLegend { inLegend = false }
        }
    }
}

/// Runs a tool when the machine has it; `nil` when it is missing.
func runTool(_ name: String, _ arguments: [String]) throws -> (status: Int32, stderr: String)? {
    let path = ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let path else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
