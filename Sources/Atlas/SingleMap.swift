import Extraction
import Cartography
import Foundation
import GeoJSON

/// `kharita map`: one map from any events GeoJSON, one a user edited in QGIS included.
public enum SingleMap {
    /// Reads `eventsPath` (GeoJSON or GeoJSONSeq), keeps the events that `windowLabel` holds whole (every event when nil), and
    /// renders them over the basemap.
    public static func render(eventsPath: String, windowLabel: String?, basemapFolder: String, settings: MapSettings) throws -> String {
        let features = try readFeatures(eventsPath)
        var selected = features
        if let windowLabel {
            guard let window = TimeWindow(label: windowLabel) else {
                throw OutputError(description: "--window '\(windowLabel)' is not a window label (2021-07, 2021-W27, 2021-07-05, 2021-Q3, 2021 or START--END)")
            }
            selected = features.filter { window.holds($0) }
        }
        let basemap = try AtlasMaps.loadBasemap(basemapFolder)
        let language = settings.language ?? .en
        let options = MapOptions(width: settings.width, language: language, crs: settings.crs,
                                 extent: settings.fixedExtent ? MapExtent.fitting(features.filter { $0.geometry != nil }) : nil,
                                 generatedOn: AtlasMaps.generationDate(selected))
        return try MapRenderer(basemap: basemap, options: options).render(events: selected, windowLabel: windowLabel)
    }
}

extension TimeWindow {
    /// The window a label names: `2021-07`, `2021-W27`, `2021-07-05`, `2021-Q3`, `2021`, or `start--end`.
    public init?(label: String) {
        let schemes: [WindowScheme] = [.calendar(.day), .calendar(.week), .calendar(.month), .calendar(.quarter), .calendar(.year)]
        if let range = label.range(of: "--"), let start = CalendarDay(iso: String(label[..<range.lowerBound])),
           let end = CalendarDay(iso: String(label[range.upperBound...])), start <= end {
            self.init(label: label, start: start, end: end)
            return
        }
        for scheme in schemes {
            if let window = TimeWindow.probe(label, scheme) {
                self = window
                return
            }
        }
        return nil
    }

    /// Finds the window of `scheme` whose label is `label` by trying the dates the label can start with.
    private static func probe(_ label: String, _ scheme: WindowScheme) -> TimeWindow? {
        let digits = label.split(separator: "-")
        guard let year = Int(digits.first ?? ""), (1...9999).contains(year), let january = CalendarDay(year: year, month: 1, day: 1) else { return nil }
        var day = january.adding(days: -7)
        while day.year <= year {
            let window = scheme.window(containing: day)
            if window.label == label { return window }
            day = window.end.adding(days: 1)
        }
        return nil
    }

    /// Whether the feature's whole interval [date, date_end] lies in the window.
    func holds(_ feature: Feature) -> Bool {
        guard let start = (feature.properties?["date"]?.stringValue).flatMap(CalendarDay.init(iso:)) else { return false }
        let end = (feature.properties?["date_end"]?.stringValue).flatMap(CalendarDay.init(iso:)) ?? start
        return contains(start, end)
    }
}
