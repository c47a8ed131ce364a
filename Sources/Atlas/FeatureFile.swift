import Foundation
import GeoJSON

/// Reads the features of a GeoJSON file: a FeatureCollection, or a GeoJSON text sequence when the name
/// ends in .geojsonl, .geojsons or .jsonl. Errors name the file.
func readFeatures(_ path: String) throws -> [Feature] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw OutputError(description: "\(path): cannot read")
    }
    let bytes = [UInt8](data)
    do {
        if [".geojsonl", ".geojsons", ".jsonl"].contains(where: path.hasSuffix) {
            return try GeoJSONReader.readSequence(bytes)
        }
        return try GeoJSONReader.readFeatureCollection(bytes).features
    } catch {
        throw OutputError(description: "\(path): \(error)")
    }
}
