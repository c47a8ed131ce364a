/// A projected CRS picked for a region.
public struct ProjectionChoice: Sendable, Equatable {
    /// PROJ string of a projected CRS on WGS 84, usable as either end of a `Transform`.
    public let definition: String
    /// Human-readable name, e.g. "UTM zone 38N (WGS 84)".
    public let name: String
}

/// Picks a conformal projection (shapes and angles kept locally) for a longitude/latitude box.
///
/// The rule, applied to the box's width (longitudes) and its centre:
/// 1. Centre latitude above 84° N or below 80° S, outside UTM's range: universal polar
///    stereographic of that pole (the EPSG:32661 / EPSG:32761 definitions).
/// 2. Width at most 6°, one UTM zone's width: the UTM zone containing the centre longitude
///    (plain 6° zones; the Norway and Svalbard exceptions are ignored), north or south by the
///    centre latitude. A single point is a box of width 0 and lands here.
/// 3. Wider boxes: Lambert conformal conic with standard parallels at 1/6 and 5/6 of the latitude
///    span and its origin at the centre, unless those parallels lie on both sides of the equator,
///    where the cone flattens into a cylinder: then Mercator on the centre meridian, true to scale at the
///    centre latitude.
///
/// Boxes follow the RFC 7946 bbox convention: `west > east` means the box crosses the
/// antimeridian. Latitudes are clamped to [-90, 90] and taken in either order.
/// Parameters are rounded to 0.01° so definitions and names stay short and reproducible.
public enum ProjectionChooser {
    private static let utmZoneWidth = 6.0

    public static func conformal(west: Double, south: Double, east: Double, north: Double) -> ProjectionChoice {
        let southEdge = max(-90, min(south, north)), northEdge = min(90, max(south, north))
        let width = longitudeWidth(west: west, east: east)
        let centreLongitude = normalizedLongitude(west + width / 2)
        let centreLatitude = (southEdge + northEdge) / 2

        if centreLatitude > 84 || centreLatitude < -80 {
            return polarStereographic(north: centreLatitude > 0)
        }
        if width <= utmZoneWidth {
            return utm(longitude: centreLongitude, north: centreLatitude >= 0)
        }
        let span = northEdge - southEdge
        let parallel1 = rounded(southEdge + span / 6), parallel2 = rounded(northEdge - span / 6)
        if parallel1 <= 0 && parallel2 >= 0 {
            return mercator(longitude: rounded(centreLongitude), trueScaleLatitude: rounded(abs(centreLatitude)))
        }
        return lambertConformalConic(parallel1: parallel1, parallel2: parallel2,
                                     origin: (rounded(centreLongitude), rounded(centreLatitude)))
    }

    private static func utm(longitude: Double, north: Bool) -> ProjectionChoice {
        let zone = min(60, Int(((longitude + 180) / utmZoneWidth).rounded(.down)) + 1)
        let hemisphere = north ? "N" : "S"
        return ProjectionChoice(
            definition: "+proj=utm +zone=\(zone)\(north ? "" : " +south") +datum=WGS84 +units=m +no_defs +type=crs",
            name: "UTM zone \(zone)\(hemisphere) (WGS 84)")
    }

    private static func polarStereographic(north: Bool) -> ProjectionChoice {
        ProjectionChoice(
            definition: "+proj=stere +lat_0=\(north ? 90 : -90) +lat_ts=\(north ? 90 : -90) +lon_0=0 +k=0.994 +x_0=2000000 +y_0=2000000 +datum=WGS84 +units=m +no_defs +type=crs",
            name: "Universal polar stereographic \(north ? "north" : "south") (WGS 84)")
    }

    private static func mercator(longitude: Double, trueScaleLatitude: Double) -> ProjectionChoice {
        ProjectionChoice(
            definition: "+proj=merc +lon_0=\(format(longitude)) +lat_ts=\(format(trueScaleLatitude)) +datum=WGS84 +units=m +no_defs +type=crs",
            name: "Mercator, central meridian \(format(longitude))°, true scale at \(format(trueScaleLatitude))°")
    }

    private static func lambertConformalConic(parallel1: Double, parallel2: Double,
                                              origin: (longitude: Double, latitude: Double)) -> ProjectionChoice {
        ProjectionChoice(
            definition: "+proj=lcc +lat_0=\(format(origin.latitude)) +lon_0=\(format(origin.longitude)) +lat_1=\(format(parallel1)) +lat_2=\(format(parallel2)) +datum=WGS84 +units=m +no_defs +type=crs",
            name: "Lambert conformal conic, standard parallels \(format(parallel1))° and \(format(parallel2))°")
    }

    private static func longitudeWidth(west: Double, east: Double) -> Double {
        let width = east - west
        if width >= 360 { return 360 }
        return width >= 0 ? width : width + 360
    }

    /// Longitude in [-180, 180).
    private static func normalizedLongitude(_ longitude: Double) -> Double {
        let reduced = (longitude + 180).truncatingRemainder(dividingBy: 360)
        return (reduced < 0 ? reduced + 360 : reduced) - 180
    }

    private static func rounded(_ degrees: Double) -> Double {
        (degrees * 100).rounded() / 100
    }

    /// Shortest decimal form of an already-rounded value: "36", "30.42", "-12.5"; never "-0".
    private static func format(_ degrees: Double) -> String {
        if degrees == degrees.rounded() { return String(Int(degrees)) }
        return String(degrees)
    }
}
