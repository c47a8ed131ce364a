import CProj

/// What PROJ says about one CRS definition: its name and whether its coordinates are angles.
public struct CRSInfo: Sendable {
    public let name: String
    public let isGeographic: Bool

    public init(_ definition: String) throws {
        let (context, log) = try Transform.makeContext()
        defer { withExtendedLifetime(log) { proj_context_destroy(context) } }
        guard let crs = proj_create(context, definition) else {
            throw ProjectionError("unknown CRS \(definition): \(log.reason(context))")
        }
        defer { proj_destroy(crs) }
        name = proj_get_name(crs).map { String(cString: $0) } ?? definition
        switch proj_get_type(crs) {
        case PJ_TYPE_GEOGRAPHIC_2D_CRS, PJ_TYPE_GEOGRAPHIC_3D_CRS, PJ_TYPE_GEOGRAPHIC_CRS: isGeographic = true
        case PJ_TYPE_PROJECTED_CRS, PJ_TYPE_GEOCENTRIC_CRS, PJ_TYPE_COMPOUND_CRS, PJ_TYPE_ENGINEERING_CRS: isGeographic = false
        default:
            // A bare PROJ string such as "+proj=longlat" is an operation, not a CRS object.
            isGeographic = definition.contains("proj=longlat") || definition.contains("proj=latlong")
        }
    }
}
