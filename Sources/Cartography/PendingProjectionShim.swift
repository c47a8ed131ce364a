// TEMPORARY: stands in for Projection's Geodesic/ProjectionChooser until they land on main; deleted after `git merge main`.
import CProj

struct GeodesicLine { let distance: Double; let azimuth1: Double; let azimuth2: Double }
enum Geodesic {
    static func inverse(lon1: Double, lat1: Double, lon2: Double, lat2: Double) -> GeodesicLine {
        let ctx = proj_context_create()
        let pj = proj_create(ctx, "+proj=longlat +ellps=WGS84")
        defer { proj_destroy(pj); proj_context_destroy(ctx) }
        let a = proj_coord(lon1 * .pi / 180, lat1 * .pi / 180, 0, 0)
        let b = proj_coord(lon2 * .pi / 180, lat2 * .pi / 180, 0, 0)
        return GeodesicLine(distance: proj_lp_dist(pj, a, b), azimuth1: 0, azimuth2: 0)
    }
}
struct ProjectionChoice { let definition: String; let name: String }
enum ProjectionChooser {
    static func conformal(west: Double, south: Double, east: Double, north: Double) -> ProjectionChoice {
        let span = north - south
        let lat1 = south + span / 6, lat2 = north - span / 6
        return ProjectionChoice(definition: "+proj=lcc +lat_1=\(lat1) +lat_2=\(lat2) +lat_0=\((south + north) / 2) +lon_0=\((west + east) / 2) +datum=WGS84 +units=m +no_defs",
                                name: "Lambert Conformal Conic")
    }
}
