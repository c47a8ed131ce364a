import CProj

/// The shortest path between two points on the WGS 84 ellipsoid.
public struct GeodesicLine: Sendable, Equatable {
    /// Length in metres.
    public let distance: Double
    /// Forward azimuth at the first point, degrees clockwise from north, in [-180, 180].
    public let azimuth1: Double
    /// Forward azimuth at the second point (the direction of travel on arrival), degrees.
    public let azimuth2: Double
}

/// Geodesic problems on the WGS 84 ellipsoid, solved by PROJ's geodesic routines (Karney's
/// algorithms, accurate to a few nanometres). Coordinates are longitude/latitude in degrees.
/// Safe to call from any thread: the ellipsoid is set up once and only read afterwards.
public enum Geodesic {
    private static let wgs84: geod_geodesic = {
        var ellipsoid = geod_geodesic()
        geod_init(&ellipsoid, 6_378_137, 1 / 298.257223563)
        return ellipsoid
    }()

    /// Distance and azimuths from the first point to the second.
    /// For coincident points the distance is 0 and the azimuths are those of a meridian (0 or 180).
    public static func inverse(lon1: Double, lat1: Double, lon2: Double, lat2: Double) -> GeodesicLine {
        var distance = 0.0, azimuth1 = 0.0, azimuth2 = 0.0
        withUnsafePointer(to: wgs84) { ellipsoid in
            geod_inverse(ellipsoid, lat1, lon1, lat2, lon2, &distance, &azimuth1, &azimuth2)
        }
        return GeodesicLine(distance: distance, azimuth1: azimuth1, azimuth2: azimuth2)
    }

    /// The point reached by travelling `distance` metres from (`lon`, `lat`) starting on `azimuth`
    /// degrees clockwise from north. The longitude is reduced to [-180, 180].
    public static func direct(lon: Double, lat: Double, azimuth: Double, distance: Double) -> (lon: Double, lat: Double) {
        var lat2 = 0.0, lon2 = 0.0, azimuth2 = 0.0
        withUnsafePointer(to: wgs84) { ellipsoid in
            geod_direct(ellipsoid, lat, lon, azimuth, distance, &lat2, &lon2, &azimuth2)
        }
        return (lon2, lat2)
    }
}
