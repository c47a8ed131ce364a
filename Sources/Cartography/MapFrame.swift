import Projection

/// The map's projection and its placement on the page: geographic degrees → projected metres (PROJ)
/// → SVG pixels (a uniform scale and a translation, y flipped).
struct MapFrame {
    let transform: Transform
    let projectionName: String
    /// Where the map is drawn on the page.
    let view: Box
    private let scale: Double
    private let offsetX: Double
    private let offsetY: Double

    /// Builds the frame for `extent` (its projection named in `language`) inside a view `viewWidth` wide; the view's height follows the
    /// extent's projected shape unless `viewHeight` is given.
    init(extent: MapExtent, crs: String?, language: MapLanguage, viewOrigin: (x: Double, y: Double), viewWidth: Double, viewHeight: Double?) throws {
        let definition: String, name: String
        if let crs {
            definition = crs
            name = (try? CRSInfo(crs).name) ?? crs
        } else {
            let choice = ProjectionChooser.conformal(west: extent.west, south: extent.south, east: extent.east, north: extent.north)
            definition = choice.definition
            name = ProjectionName.name(of: choice, language)
        }
        transform = try Transform(from: "EPSG:4326", to: definition)
        projectionName = name

        // The extent's outline, densified: in a conic projection the parallels bulge.
        let steps = 32
        var xs: [Double] = [], ys: [Double] = []
        for i in 0...steps {
            let t = Double(i) / Double(steps)
            let lon = extent.west + t * (extent.east - extent.west)
            let lat = extent.south + t * (extent.north - extent.south)
            xs += [lon, lon, extent.west, extent.east]
            ys += [extent.south, extent.north, lat, lat]
        }
        try transform.forward(&xs, &ys)
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for (x, y) in zip(xs, ys) where x.isFinite && y.isFinite {
            minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
        }
        guard minX < maxX, minY < maxY else {
            throw CartographyError("extent \(extent.west),\(extent.south),\(extent.east),\(extent.north) has no area in \(definition)")
        }
        let spanX = maxX - minX, spanY = maxY - minY
        let height = viewHeight ?? min(max(viewWidth * spanY / spanX, viewWidth * 0.45), viewWidth * 1.25)
        view = Box(x: viewOrigin.x, y: viewOrigin.y, width: viewWidth, height: height)
        scale = min(viewWidth / spanX, height / spanY)
        // Centre the extent; the other direction shows a little more than asked.
        offsetX = view.x + (viewWidth - spanX * scale) / 2 - minX * scale
        offsetY = view.y + (height - spanY * scale) / 2 + maxY * scale
    }

    /// Degrees → pixels, in place, with one PROJ call. Points outside the projection's domain become
    /// non-finite.
    func toPixels(_ xs: inout [Double], _ ys: inout [Double]) throws {
        try transform.forward(&xs, &ys)
        for i in xs.indices {
            xs[i] = offsetX + xs[i] * scale
            ys[i] = offsetY - ys[i] * scale
        }
    }

    /// Pixels → degrees, in place, with one PROJ call.
    func toDegrees(_ xs: inout [Double], _ ys: inout [Double]) throws {
        for i in xs.indices {
            xs[i] = (xs[i] - offsetX) / scale
            ys[i] = (offsetY - ys[i]) / scale
        }
        try transform.inverse(&xs, &ys)
    }
}
