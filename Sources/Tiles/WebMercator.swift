import Projection

/// Web Mercator (EPSG:3857) as a unit square: the "world" coordinates tiles are cut from.
/// `u` runs 0…1 from 180° W to 180° E, `v` 0…1 from the north edge to the south edge, so the
/// tile containing (u, v) at zoom z is (⌊u·2^z⌋, ⌊v·2^z⌋).
enum WebMercator {
    /// The latitude where Web Mercator's square world ends.
    static let maxLatitude = 85.0511287798066
    /// Half the width of the EPSG:3857 world in metres (π × 6 378 137).
    static let halfWorld = 20037508.342789244

    /// Projects lon/lat arrays (degrees) in place into world coordinates through PROJ.
    /// Latitudes are clamped to ±`maxLatitude` and longitudes to ±180 first.
    static func project(longitudes: inout [Double], latitudes: inout [Double], with transform: Transform) throws {
        for i in latitudes.indices {
            latitudes[i] = min(max(latitudes[i], -maxLatitude), maxLatitude)
            longitudes[i] = min(max(longitudes[i], -180), 180)
        }
        try transform.forward(&longitudes, &latitudes)
        let scale = 0.5 / halfWorld
        for i in longitudes.indices {
            guard longitudes[i].isFinite, latitudes[i].isFinite else {
                throw TilingError.unprojectable(index: i)
            }
            longitudes[i] = min(max(0.5 + longitudes[i] * scale, 0), 1)
            latitudes[i] = min(max(0.5 - latitudes[i] * scale, 0), 1)
        }
    }

    /// The tile that holds world point (u, v) at zoom z; the east and south edges belong to the last tile.
    static func tile(u: Double, v: Double, zoom: Int) -> TileID {
        let n = 1 << zoom
        let x = min(Int(u * Double(n)), n - 1)
        let y = min(Int(v * Double(n)), n - 1)
        return TileID(z: zoom, x: max(x, 0), y: max(y, 0))
    }
}

/// Why tiling stopped.
public enum TilingError: Error, CustomStringConvertible, Equatable {
    case unprojectable(index: Int)
    case invalidZoomRange(min: Int, max: Int)
    case invalidOptions(String)
    case invalidGeometry(layer: String, feature: Int, reason: String)

    public var description: String {
        switch self {
        case .unprojectable(let index):
            "coordinate \(index) cannot be projected to Web Mercator"
        case .invalidZoomRange(let lo, let hi):
            "zoom range \(lo)…\(hi) is invalid (need 0 ≤ minzoom ≤ maxzoom ≤ \(Tiler.deepestZoom))"
        case .invalidOptions(let reason):
            "invalid tiling options: \(reason)"
        case .invalidGeometry(let layer, let feature, let reason):
            "layer \(layer), feature \(feature): \(reason)"
        }
    }
}
