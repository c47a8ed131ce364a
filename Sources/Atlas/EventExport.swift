import Extraction
import Foundation
import GeoJSON
import Gazetteer

public enum EventFormat: String, CaseIterable, Sendable {
    case geojson, geojsonl, csv
}

/// `kharita extract`: documents to events in one of the layer formats, without the windows and maps.
public enum EventExport {
    public struct Extraction: Sendable {
        public let features: [Feature]
        public let documents: Int
        public let unresolved: Int
        public let warnings: [String]
    }

    public static func extract(paths: [String], gazetteer directory: String) throws -> Extraction {
        let gazetteer: Gazetteer
        do {
            gazetteer = try Gazetteer(directory: directory)
        } catch {
            throw BuildFailure.gazetteer(String(describing: error))
        }
        let (documents, loadWarnings) = DocumentLoader.load(paths: paths)
        guard !documents.isEmpty else { throw BuildFailure.input("no documents found in \(paths.joined(separator: ", "))") }
        let result = Extractor(gazetteer: gazetteer).extract(documents)
        return Extraction(features: result.events.map { $0.feature() }, documents: documents.count,
                          unresolved: result.unresolved.count,
                          warnings: loadWarnings.map(\.description) + result.warnings.map(\.description))
    }

    public static func encode(_ features: [Feature], format: EventFormat) -> [UInt8] {
        switch format {
        case .geojson:
            return GeoJSONWriter().encode(FeatureCollection(features: features))
        case .geojsonl:
            let writer = GeoJSONWriter()
            var out: [UInt8] = []
            for feature in features {
                writer.append(feature, to: &out)
                out.append(10)
            }
            return out
        case .csv:
            return ACLEDCSV.encode(features)
        }
    }

    /// Writes next to `path` under a temporary name, then renames over it.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw OutputError(description: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw BuildFailure.output("\(path): cannot write: \(error.localizedDescription)")
        }
    }
}
