import Extraction
import Foundation
import GeoJSON

/// manifest.json: what went in (with digests), with which parameters, and what came out.
enum Manifest {
    static func make(options: BuildOptions, inputs: [(path: String, bytes: [UInt8])], layers: EventLayers,
                     result: ExtractionResult, staged: StagedOutput, documents: Int) -> JSONValue {
        let windows: [JSONValue] = zip(layers.assignment.windows, layers.assignment.members).map { window, members in
            .object([
                "label": .string(window.label),
                "start": .string(window.start.iso),
                "end": .string(window.end.iso),
                "event_count": .integer(members.count),
                "bbox": layers.bbox(of: members).map { .array($0.map { .number($0) }) } ?? .null,
            ])
        }
        let files: [JSONValue] = staged.files().filter { $0 != "manifest.json" }.map { path in
            let bytes = FileManager.default.contents(atPath: staged.url(for: path).path).map { [UInt8]($0) } ?? []
            return .object(["path": .string(path), "bytes": .integer(bytes.count), "sha256": .string(SHA256.hex(bytes))])
        }
        return .object([
            "tool": "kharita",
            "version": .string(Atlas.version),
            "parameters": .object([
                "inputs": .array(options.inputs.map { .string($0) }),
                "gazetteer": .string(options.gazetteer),
                "window": .string(options.schemeText),
                "map_language": .string(options.maps.language?.rawValue ?? "from documents"),
                "map_crs": .string(options.maps.crs ?? "chosen for the extent"),
                "map_extent": .string(options.maps.fixedExtent ? "fixed" : "fit"),
                "tiles": .array(options.tileFormats.map { .string($0.rawValue) }),
                "tile_zooms": .array([.integer(options.tiling.minZoom), .integer(options.tiling.maxZoom)]),
            ]),
            "inputs": .array(inputs.map { input in
                .object(["path": .string(input.path), "bytes": .integer(input.bytes.count), "sha256": .string(SHA256.hex(input.bytes))])
            }),
            "counts": .object([
                "documents": .integer(documents),
                "events": .integer(layers.features.count),
                "places": .integer(layers.placeIDs.count),
                "unresolved": .integer(result.unresolved.count),
                "imprecise": .integer(layers.assignment.imprecise.count),
            ]),
            "windows": .array(windows),
            "imprecise": .object([
                "rule": "an event belongs to every window that holds its whole interval [date, date_end]; events no window holds whole are listed in windows/imprecise/",
                "event_count": .integer(layers.assignment.imprecise.count),
            ]),
            "files": .array(files),
        ])
    }
}
