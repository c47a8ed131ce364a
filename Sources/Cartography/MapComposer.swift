import Foundation
import GeoJSON
import Projection

/// One map being drawn: computes the layout layer by layer and writes the SVG.
struct MapComposer {
    let renderer: MapRenderer
    let extent: MapExtent
    let events: [MapEvent]
    let title: String
    let coloring: MapColoring
    let windowOrder: [String]

    private var options: MapOptions { renderer.options }
    private var language: MapLanguage { options.language }

    static let margin = 16.0
    static let headerHeight = 78.0
    static let panelWidth = 236.0
    static let footerHeight = 46.0
    static let badgeRadius = 7.0

    /// Events sharing a place, drawn as one cluster.
    private struct Cluster {
        var cx: Double
        var cy: Double
        var members: [Int]
        var outerRadius: Double
        var positions: [(Double, Double)]
        var rings: [Double]
    }

    func compose() throws -> RenderedMap {
        let m = Self.margin
        let viewWidth = options.width - 3 * m - Self.panelWidth
        let viewHeight = options.height.map { $0 - Self.headerHeight - Self.footerHeight }
        let frame = try MapFrame(extent: extent, crs: options.crs, language: language, viewOrigin: (m, Self.headerHeight),
                                 viewWidth: viewWidth, viewHeight: viewHeight)
        let view = frame.view
        let pageHeight = view.maxY + Self.footerHeight

        // Event positions: one batch through PROJ.
        var xs = events.map(\.longitude), ys = events.map(\.latitude)
        try frame.toPixels(&xs, &ys)
        let aggregated = events.count > options.aggregationThreshold

        let colorKeys = colorKeys()
        var svg = ""
        svg.reserveCapacity(aggregated ? 600_000 : 120_000 + events.count * 400)

        // Furniture first: labels must avoid it.
        let scaleBar = try makeScaleBar(frame: frame)
        let scaleBarBox = Box(x: scaleBar.x1 - 6, y: scaleBar.y - 20, width: scaleBar.x2 - scaleBar.x1 + 40, height: 30)
        let northBox = Box(x: view.maxX - 44, y: view.y + 8, width: 36, height: 52)

        var clusters: [Cluster] = []
        var symbolBoxes: [Box] = []
        if !aggregated {
            clusters = makeClusters(xs: xs, ys: ys)
            for cluster in clusters {
                for (position, index) in zip(cluster.positions, cluster.members) {
                    let r = Symbols.radii[events[index].sizeClass] * 1.25 + 1
                    symbolBoxes.append(Box(centerX: position.0, centerY: position.1, radius: r))
                }
                if cluster.members.count > Self.ringLimit {
                    symbolBoxes.append(Box(centerX: cluster.cx, centerY: cluster.cy, radius: cluster.outerRadius + 1))
                } else if cluster.members.count > 1 {
                    symbolBoxes.append(Box(centerX: cluster.cx, centerY: cluster.cy, radius: Self.badgeRadius + 1))
                }
            }
        }

        var placer = LabelPlacer(bounds: view.insetBy(3), obstacles: symbolBoxes + [scaleBarBox, northBox])
        let graticule = try makeGraticule(frame: frame, placer: &placer)
        placePlaceLabels(xs: xs, ys: ys, clusters: clusters, aggregated: aggregated, placer: &placer)
        let basemapSVG = try drawBasemap(frame: frame, placer: &placer)

        // Document.
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(SVGText.number(options.width))\" height=\"\(SVGText.number(pageHeight))\" viewBox=\"0 0 \(SVGText.number(options.width)) \(SVGText.number(pageHeight))\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" data-dropped-labels=\"\(placer.dropped)\" data-projection=\"\(SVGText.escape(frame.projectionName))\">\n"
        svg += "<title>\(SVGText.escape(title))</title>\n"
        svg += style(colors: colorKeys.colors)
        svg += "<defs><clipPath id=\"v\"><rect x=\"\(SVGText.number(view.x))\" y=\"\(SVGText.number(view.y))\" width=\"\(SVGText.number(view.width))\" height=\"\(SVGText.number(view.height))\"/></clipPath>\n"
        svg += symbolDefinitions(aggregated: aggregated)
        svg += "</defs>\n"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
        svg += "<g clip-path=\"url(#v)\">\n"
        svg += "<rect x=\"\(SVGText.number(view.x))\" y=\"\(SVGText.number(view.y))\" width=\"\(SVGText.number(view.width))\" height=\"\(SVGText.number(view.height))\" fill=\"\(Palette.sea)\"/>\n"
        svg += basemapSVG
        svg += graticule
        if aggregated {
            svg += drawBins(xs: xs, ys: ys, view: view)
        } else {
            svg += drawClusters(clusters, colorKeys: colorKeys)
        }
        svg += "</g>\n"
        svg += drawLabels(placer.placed)
        svg += "<rect class=\"fr\" x=\"\(SVGText.number(view.x))\" y=\"\(SVGText.number(view.y))\" width=\"\(SVGText.number(view.width))\" height=\"\(SVGText.number(view.height))\"/>\n"
        svg += drawScaleBar(scaleBar)
        svg += try drawNorthArrow(frame: frame, box: northBox)
        svg += drawHeader(aggregated: aggregated)
        svg += drawLegend(x: view.maxX + m, y: view.y, height: view.height, colorKeys: colorKeys, clusters: clusters, aggregated: aggregated)
        svg += drawFooter(y: view.maxY, projection: frame.projectionName, dropped: placer.dropped)
        svg += "</svg>\n"

        let layout = MapLayout(width: options.width, height: pageHeight, view: view, labels: placer.placed,
                               symbolBoxes: symbolBoxes, droppedLabels: placer.dropped, scaleBar: scaleBar, aggregated: aggregated)
        return RenderedMap(svg: svg, layout: layout)
    }

    // MARK: colours

    /// How many windows the overview colours one by one; past it neighbouring colours would blur, so the
    /// overview colours by year instead.
    static let windowColorLimit = Palette.categorical.count

    /// The colouring actually drawn: `.window` falls back to `.year` when more windows have events than
    /// the palette tells apart.
    private var effectiveColoring: MapColoring {
        guard coloring == .window else { return coloring }
        return Set(events.map(\.window)).count > Self.windowColorLimit ? .year : .window
    }

    /// The colour group of each event and the groups' colours and legend names, in order. Only groups
    /// holding events get a colour, so every legend entry has a count and every colour an entry.
    private func colorKeys() -> (ofEvent: [Int], colors: [String], names: [String]) {
        switch effectiveColoring {
        case .outcome:
            let index = Dictionary(uniqueKeysWithValues: MapEvent.outcomes.enumerated().map { ($1, $0) })
            return (events.map { index[$0.outcome] ?? 3 }, MapEvent.outcomes.map(Palette.outcome),
                    MapEvent.outcomes.map { Vocabulary.outcome($0, language) })
        case .window:
            let used = Set(events.map(\.window))
            var keys = windowOrder.filter { used.contains($0) }
            for e in events where !keys.contains(e.window) { keys.append(e.window) }
            let index = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            return (events.map { index[$0.window]! }, keys.indices.map { Palette.sequence($0, of: keys.count) },
                    keys.map { WindowTitle.title(for: $0, language: language) })
        case .year:
            let keys = Set(events.map(\.year)).sorted()
            let index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
            return (events.map { index[$0.year]! }, keys.indices.map { Palette.sequence($0, of: keys.count) }, keys)
        }
    }

    private func outcomeClass(_ outcome: String) -> String {
        switch outcome {
        case "impact": "fi"
        case "intercepted": "fn"
        case "failed": "ff"
        default: "fu"
        }
    }

    private func style(colors: [String]) -> String {
        var css = "<style>"
        css += ".t{font-size:24px;font-weight:bold;fill:#1a1a1a}.st{font-size:14px;fill:#555}"
        css += ".lh{font-size:12px;font-weight:bold;fill:#222}.lt{font-size:11.5px;fill:#333}.ft{font-size:10px;fill:#666}"
        css += ".pl{font-size:12px;fill:#1a1a1a;stroke:#fff;stroke-width:3px;stroke-linejoin:round;paint-order:stroke}"
        css += ".cl{font-size:13px;fill:#8c867b;letter-spacing:2px;stroke:#fff;stroke-width:2.5px;stroke-opacity:.7;paint-order:stroke}"
        css += ".gl{font-size:9.5px;fill:#5f7482;stroke:\(Palette.sea);stroke-width:2.5px;paint-order:stroke}"
        css += ".la{fill:\(Palette.land);stroke:\(Palette.border);stroke-width:.6px;stroke-linejoin:round}"
        css += ".lf{fill:\(Palette.focusLand);stroke:\(Palette.focusBorder);stroke-width:.9px;stroke-linejoin:round}"
        css += ".rv{fill:none;stroke:\(Palette.river);stroke-width:1.1px;stroke-linejoin:round;stroke-linecap:round}"
        css += ".gr{fill:none;stroke:#8aa1b1;stroke-width:.5px;stroke-opacity:.6}"
        css += ".fr{fill:none;stroke:#555;stroke-width:1px}"
        css += ".rg{fill:none;stroke:#555;stroke-width:.8px;stroke-dasharray:2 2}"
        css += ".bb{fill:#333;fill-opacity:.85;stroke:#fff;stroke-width:1.5px}.bd{fill:#222;stroke:#fff;stroke-width:1px}.bt{font-size:9px;font-weight:bold;fill:#fff;text-anchor:middle}"
        for (i, color) in colors.enumerated() { css += ".k\(i){fill:\(color);stroke:\(color)}" }
        css += ".g{fill:#444;stroke:#444}"
        css += ".fi{stroke:#fff;stroke-width:1px}.fn{fill:#fff;stroke-width:2.2px}"
        css += ".ff{fill:#fff;stroke-width:1.6px;stroke-dasharray:2.5 1.5}.fu{fill-opacity:.45;stroke-width:1.2px}"
        css += ".hx{stroke:#fff;stroke-width:.6px;fill-opacity:.88}"
        for (i, color) in Palette.bins.enumerated() { css += ".b\(i){fill:\(color)}" }
        css += "</style>\n"
        return css
    }

    private func symbolDefinitions(aggregated: Bool) -> String {
        var defs = ""
        if aggregated {
            defs += "<path id=\"hx\" d=\"\(hexagonPath(radius: Self.hexRadius))\"/>\n"
        }
        var used = Set<String>()
        for e in events where !aggregated { used.insert("\(Symbols.code(e.eventType))\(e.sizeClass)") }
        // The legend shows every used type at the smallest size.
        for e in events { used.insert("\(Symbols.code(e.eventType))0") }
        // …and the size legend draws the first type at every used size.
        if let first = MapEvent.eventTypes.first(where: { t in events.contains { $0.eventType == t } }) {
            for e in events { used.insert("\(Symbols.code(first))\(e.sizeClass)") }
        }
        for type in MapEvent.eventTypes {
            let code = Symbols.code(type)
            for (size, radius) in Symbols.radii.enumerated() where used.contains("\(code)\(size)") {
                defs += "<path id=\"\(code)\(size)\" data-r=\"\(SVGText.number(radius))\" d=\"\(Symbols.path(type, radius: radius))\"/>\n"
            }
        }
        return defs
    }

    // MARK: basemap

    private func drawBasemap(frame: MapFrame, placer: inout LabelPlacer) throws -> String {
        let view = frame.view
        let clipBox = view.insetBy(-4)
        var out = ""

        // Countries: every ring of every country in one PROJ batch.
        var xs: [Double] = [], ys: [Double] = []
        var rings: [(country: Int, range: Range<Int>)] = []
        for (c, country) in renderer.basemap.countries.enumerated() {
            let polygons: [[[Position]]]
            switch country.geometry {
            case .polygon(let p)?: polygons = [p]
            case .multiPolygon(let mp)?: polygons = mp
            default: continue
            }
            for ring in polygons.flatMap({ $0 }) where ring.count > 3 {
                let start = xs.count
                for p in ring.dropLast() { xs.append(p.longitude); ys.append(p.latitude) }
                rings.append((c, start..<xs.count))
            }
        }
        try frame.toPixels(&xs, &ys)

        var countryPaths = [String](repeating: "", count: renderer.basemap.countries.count)
        var largestPiece = [(area: Double, cx: Double, cy: Double)](repeating: (0, 0, 0), count: renderer.basemap.countries.count)
        for ring in rings {
            let clipped = Clip.ring(xs[ring.range], ys[ring.range], to: clipBox)
            guard clipped.count > 2 else { continue }
            SVGText.appendPath(clipped, close: true, to: &countryPaths[ring.country])
            let (area, cx, cy) = Self.areaAndCentroid(clipped)
            if abs(area) > largestPiece[ring.country].area { largestPiece[ring.country] = (abs(area), cx, cy) }
        }
        // Neighbours first, focus countries on top so that their borders are not half hidden.
        let order = renderer.basemap.countries.indices.sorted { a, b in
            let fa = isFocus(a), fb = isFocus(b)
            return fa != fb ? !fa : a < b
        }
        for c in order where !countryPaths[c].isEmpty {
            let iso = renderer.basemap.countries[c].properties?["iso_a2"]?.stringValue ?? ""
            out += "<path class=\"\(isFocus(c) ? "lf" : "la")\" data-iso=\"\(SVGText.escape(iso))\" d=\"\(countryPaths[c])\"/>\n"
        }

        // Rivers: one batch.
        var rx: [Double] = [], ry: [Double] = []
        var lines: [Range<Int>] = []
        for river in renderer.basemap.rivers {
            let parts: [[Position]]
            switch river.geometry {
            case .lineString(let l)?: parts = [l]
            case .multiLineString(let ml)?: parts = ml
            default: continue
            }
            for part in parts where part.count > 1 {
                let start = rx.count
                for p in part { rx.append(p.longitude); ry.append(p.latitude) }
                lines.append(start..<rx.count)
            }
        }
        try frame.toPixels(&rx, &ry)
        var riverPath = ""
        for line in lines {
            for piece in Clip.polyline(rx[line], ry[line], to: clipBox) { SVGText.appendPath(piece, close: false, to: &riverPath) }
        }
        if !riverPath.isEmpty { out += "<path class=\"rv\" d=\"\(riverPath)\"/>\n" }

        // Country names go where the places left room; a large country gets a few tries around its centre.
        for c in order.reversed() {
            let piece = largestPiece[c]
            let properties = renderer.basemap.countries[c].properties ?? [:]
            let name = Vocabulary.countryName(iso: properties["iso_a2"]?.stringValue ?? "", name: properties["name"]?.stringValue ?? "", language).uppercased()
            let width = SVGText.estimatedWidth(name, fontSize: 13, letterSpacing: 2)
            guard !name.isEmpty, piece.area > width * width * 0.6 else { continue }
            let step = 18.0
            let tries = [(0.0, 0.0), (0, step), (0, -step), (0, 2 * step), (0, -2 * step), (step * 2, 0), (-step * 2, 0)]
                .map { (piece.cx + $0.0, piece.cy + $0.1) }
            placer.placeCentered(name, at: tries, fontSize: 13, letterSpacing: 2, style: .country)
        }
        return out
    }

    private func isFocus(_ index: Int) -> Bool {
        let iso = renderer.basemap.countries[index].properties?["iso_a2"]?.stringValue ?? ""
        return renderer.basemap.focusCountries.contains(iso)
    }

    private static func areaAndCentroid(_ points: [(Double, Double)]) -> (Double, Double, Double) {
        var area = 0.0, cx = 0.0, cy = 0.0
        for i in points.indices {
            let (x0, y0) = points[i], (x1, y1) = points[(i + 1) % points.count]
            let cross = x0 * y1 - x1 * y0
            area += cross; cx += (x0 + x1) * cross; cy += (y0 + y1) * cross
        }
        guard area != 0 else { return (0, points[0].0, points[0].1) }
        return (area / 2, cx / (3 * area), cy / (3 * area))
    }

    // MARK: graticule

    private func makeGraticule(frame: MapFrame, placer: inout LabelPlacer) throws -> String {
        let span = max(extent.east - extent.west, extent.north - extent.south)
        let step = [1.0, 2, 5, 10, 15, 30].first { span / $0 <= 8 } ?? 30
        let samples = 48
        var xs: [Double] = [], ys: [Double] = []
        var lines: [(value: Double, meridian: Bool, range: Range<Int>)] = []
        let lonFrom = (extent.west / step).rounded(.down) - 1, lonTo = (extent.east / step).rounded(.up) + 1
        let latFrom = max((extent.south / step).rounded(.down) - 1, -80 / step), latTo = min((extent.north / step).rounded(.up) + 1, 80 / step)
        let lonMin = lonFrom * step, lonMax = lonTo * step, latMin = latFrom * step, latMax = latTo * step
        for k in stride(from: lonFrom, through: lonTo, by: 1) {
            let start = xs.count
            for i in 0...samples { xs.append(k * step); ys.append(latMin + (latMax - latMin) * Double(i) / Double(samples)) }
            lines.append((k * step, true, start..<xs.count))
        }
        for k in stride(from: latFrom, through: latTo, by: 1) {
            let start = xs.count
            for i in 0...samples { xs.append(lonMin + (lonMax - lonMin) * Double(i) / Double(samples)); ys.append(k * step) }
            lines.append((k * step, false, start..<xs.count))
        }
        try frame.toPixels(&xs, &ys)
        let view = frame.view
        var path = ""
        for line in lines {
            for piece in Clip.polyline(xs[line.range], ys[line.range], to: view) {
                SVGText.appendPath(piece, close: false, to: &path)
                // Degree labels where meridians meet the bottom edge and parallels the left edge.
                for (x, y) in [piece.first!, piece.last!] {
                    let text = Self.degrees(line.value, meridian: line.meridian)
                    let width = SVGText.estimatedWidth(text, fontSize: 9.5)
                    if line.meridian, abs(y - view.maxY) < 0.01 {
                        let box = Box(x: x - width / 2, y: view.maxY - 14, width: width, height: 10)
                        placer.placeFixed(PlacedLabel(text: text, x: x, y: view.maxY - 6, anchor: "middle", box: box, style: .graticule))
                    } else if !line.meridian, abs(x - view.x) < 0.01 {
                        let box = Box(x: view.x + 4, y: y - 12, width: width, height: 10)
                        placer.placeFixed(PlacedLabel(text: text, x: view.x + 4, y: y - 4, anchor: "start", box: box, style: .graticule))
                    }
                }
            }
        }
        return path.isEmpty ? "" : "<path class=\"gr\" d=\"\(path)\"/>\n"
    }

    private static func degrees(_ value: Double, meridian: Bool) -> String {
        let hemisphere = meridian ? (value < 0 ? "W" : "E") : (value < 0 ? "S" : "N")
        let magnitude = abs(value)
        let text = magnitude == magnitude.rounded() ? String(Int(magnitude)) : SVGText.number(magnitude)
        return value == 0 ? "0°" : "\(text)°\(hemisphere)"
    }

    // MARK: events

    /// Groups events by place, then merges groups whose drawings would touch, until none do, so that
    /// every symbol stays visible. One event is drawn where it is; up to `ringLimit` events go on rings
    /// around a count badge on the busiest merged place; more become one proportional badge with the count.
    private func makeClusters(xs: [Double], ys: [Double]) -> [Cluster] {
        var byPlace: [String: [Int]] = [:]
        var keys: [String] = []
        for (i, e) in events.enumerated() where xs[i].isFinite && ys[i].isFinite {
            if byPlace[e.placeKey] == nil { keys.append(e.placeKey) }
            byPlace[e.placeKey, default: []].append(i)
        }
        // Each group: its events and its anchor (the first event of its busiest place).
        var groups: [(members: [Int], anchor: Int, anchorCount: Int)] = keys.map { key in
            let members = byPlace[key]!
            return (members, members[0], members.count)
        }
        var clusters = groups.map { layoutCluster(members: $0.members, cx: xs[$0.anchor], cy: ys[$0.anchor]) }
        while true {
            var parent = Array(groups.indices)
            func root(_ i: Int) -> Int {
                var i = i
                while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
                return i
            }
            var merged = false
            for a in clusters.indices {
                for b in clusters.indices where b > a {
                    let dx = clusters[a].cx - clusters[b].cx, dy = clusters[a].cy - clusters[b].cy
                    let reach = clusters[a].outerRadius + clusters[b].outerRadius + 2
                    if dx * dx + dy * dy < reach * reach, root(a) != root(b) {
                        parent[root(b)] = root(a)
                        merged = true
                    }
                }
            }
            guard merged else { break }
            var next: [Int: (members: [Int], anchor: Int, anchorCount: Int)] = [:]
            var order: [Int] = []
            for g in groups.indices {
                let r = root(g)
                guard let existing = next[r] else { next[r] = groups[g]; order.append(r); continue }
                let keepAnchor = existing.anchorCount >= groups[g].anchorCount
                next[r] = (existing.members + groups[g].members,
                           keepAnchor ? existing.anchor : groups[g].anchor,
                           keepAnchor ? existing.anchorCount : groups[g].anchorCount)
            }
            groups = order.map { next[$0]! }
            for g in groups.indices { groups[g].members.sort() }
            clusters = groups.map { layoutCluster(members: $0.members, cx: xs[$0.anchor], cy: ys[$0.anchor]) }
        }
        return clusters
    }

    static let ringLimit = 24

    private func layoutCluster(members: [Int], cx: Double, cy: Double) -> Cluster {
        if members.count == 1 {
            let r = Symbols.radii[events[members[0]].sizeClass] * 1.25
            return Cluster(cx: cx, cy: cy, members: members, outerRadius: r, positions: [(cx, cy)], rings: [])
        }
        if members.count > Self.ringLimit {
            return Cluster(cx: cx, cy: cy, members: members, outerRadius: Self.bigBadgeRadius(members.count), positions: [], rings: [])
        }
        // Concentric rings around a count badge on the anchor, each symbol in its own slot.
        let largest = members.map { Symbols.radii[events[$0].sizeClass] * 1.25 }.max()!
        let slot = 2 * largest + 2.5
        var positions: [(Double, Double)] = []
        var rings: [Double] = []
        while positions.count < members.count {
            let radius = Self.badgeRadius + 2 + largest + Double(rings.count) * slot
            let capacity = max(3, Int(2 * .pi * radius / slot))
            let count = min(capacity, members.count - positions.count)
            for k in 0..<count {
                let angle = -Double.pi / 2 + 2 * .pi * Double(k) / Double(count)
                positions.append((cx + radius * cos(angle), cy + radius * sin(angle)))
            }
            rings.append(radius)
        }
        return Cluster(cx: cx, cy: cy, members: members, outerRadius: rings.last! + largest, positions: positions, rings: rings)
    }

    /// Area proportional to the count, from just above the ring limit.
    static func bigBadgeRadius(_ count: Int) -> Double { 12 + 2.2 * (Double(count - ringLimit)).squareRoot() }

    private func drawClusters(_ clusters: [Cluster], colorKeys: (ofEvent: [Int], colors: [String], names: [String])) -> String {
        var out = "<g id=\"events\">\n"
        for cluster in clusters {
            for radius in cluster.rings {
                out += "<circle class=\"rg\" cx=\"\(SVGText.number(cluster.cx))\" cy=\"\(SVGText.number(cluster.cy))\" r=\"\(SVGText.number(radius))\"/>\n"
            }
            for (position, index) in zip(cluster.positions, cluster.members) {
                let e = events[index]
                out += "<use href=\"#\(Symbols.code(e.eventType))\(e.sizeClass)\" x=\"\(SVGText.number(position.0))\" y=\"\(SVGText.number(position.1))\" class=\"k\(colorKeys.ofEvent[index]) \(outcomeClass(e.outcome))\""
                out += " data-id=\"\(SVGText.escape(e.id))\" data-date=\"\(SVGText.escape(e.date))\" data-event-type=\"\(SVGText.escape(e.eventType))\" data-outcome=\"\(e.outcome)\""
                out += "><title>\(SVGText.escape(e.tooltip(language)))</title></use>\n"
            }
            if cluster.members.count > Self.ringLimit {
                out += drawBigBadge(cluster)
            } else if cluster.members.count > 1 {
                let n = cluster.members.count
                out += "<g data-count=\"\(n)\"><circle class=\"bd\" cx=\"\(SVGText.number(cluster.cx))\" cy=\"\(SVGText.number(cluster.cy))\" r=\"\(SVGText.number(Self.badgeRadius))\"/>"
                out += "<text class=\"bt\" x=\"\(SVGText.number(cluster.cx))\" y=\"\(SVGText.number(cluster.cy + 3.2))\">\(n > 99 ? "99+" : String(n))</text></g>\n"
            }
        }
        out += "</g>\n"
        return out
    }

    /// Too many events for rings: one badge sized by the count, its tooltip counting each type.
    private func drawBigBadge(_ cluster: Cluster) -> String {
        let n = cluster.members.count
        var tooltip = Vocabulary.events(n, language)
        var names: [String] = []
        for i in cluster.members { if let name = events[i].placeName, !names.contains(name) { names.append(name) } }
        if !names.isEmpty { tooltip += " · " + names.joined(separator: ", ") }
        for type in MapEvent.eventTypes {
            let count = cluster.members.filter { events[$0].eventType == type }.count
            if count > 0 { tooltip += "\n\(Vocabulary.eventType(type, language)): \(Vocabulary.grouped(count, language))" }
        }
        let ids = cluster.members.map { SVGText.escape(events[$0].id) }.joined(separator: " ")
        var out = "<g data-count=\"\(n)\" data-ids=\"\(ids)\"><title>\(SVGText.escape(tooltip))</title>"
        out += "<circle class=\"bb\" cx=\"\(SVGText.number(cluster.cx))\" cy=\"\(SVGText.number(cluster.cy))\" r=\"\(SVGText.number(cluster.outerRadius))\"/>"
        out += "<text class=\"bt\" x=\"\(SVGText.number(cluster.cx))\" y=\"\(SVGText.number(cluster.cy + 4.3))\" font-size=\"12\">\(Vocabulary.grouped(n, language))</text></g>\n"
        return out
    }

    static let hexRadius = 10.0

    private func hexagonPath(radius: Double) -> String {
        let points = (0..<6).map { k -> (Double, Double) in
            let angle = Double.pi / 6 + Double(k) * .pi / 3
            return (radius * cos(angle), radius * sin(angle))
        }
        var out = ""
        SVGText.appendPath(points, close: true, to: &out)
        return out
    }

    /// Upper bounds of the bin count classes (the last class is open).
    static let binBreaks = [1, 5, 20, 100, 500]

    private func drawBins(xs: [Double], ys: [Double], view: Box) -> String {
        // Pointy-top hexagons in axial coordinates; cube rounding gives each point's hexagon.
        let size = Self.hexRadius
        struct Bin { var count = 0; var outcomes = [Int](repeating: 0, count: 4) }
        var bins: [Int: Bin] = [:]
        let stride = 1 << 20
        for i in xs.indices where xs[i].isFinite && ys[i].isFinite {
            let px = xs[i] - view.x, py = ys[i] - view.y
            let q = (sqrt(3) / 3 * px - py / 3) / size, r = 2.0 / 3 * py / size
            var rx = q.rounded(), rz = r.rounded()
            let ry = (-q - r).rounded()
            let dx = abs(rx - q), dy = abs(ry - (-q - r)), dz = abs(rz - r)
            if dx > dy && dx > dz { rx = -ry - rz } else if !(dy > dz) { rz = -rx - ry }
            let key = (Int(rz) + stride / 2) * stride + (Int(rx) + stride / 2)
            bins[key, default: Bin()].count += 1
            bins[key]!.outcomes[MapEvent.outcomes.firstIndex(of: events[i].outcome) ?? 3] += 1
        }
        var out = "<g id=\"bins\" class=\"hx\">\n"
        for key in bins.keys.sorted() {
            let bin = bins[key]!
            let rz = Double(key / stride - stride / 2), rx = Double(key % stride - stride / 2)
            let x = view.x + size * sqrt(3) * (rx + rz / 2), y = view.y + size * 1.5 * rz
            guard x > view.x - 2 * size, x < view.maxX + 2 * size, y > view.y - 2 * size, y < view.maxY + 2 * size else { continue }
            let cls = Self.binBreaks.firstIndex { bin.count <= $0 } ?? Self.binBreaks.count
            var tooltip = Vocabulary.events(bin.count, language)
            let parts = MapEvent.outcomes.indices.filter { bin.outcomes[$0] > 0 }
                .map { "\(Vocabulary.grouped(bin.outcomes[$0], language)) \(Vocabulary.outcome(MapEvent.outcomes[$0], language).lowercased())" }
            tooltip += " (" + parts.joined(separator: ", ") + ")"
            out += "<use href=\"#hx\" x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y))\" class=\"b\(cls)\" data-count=\"\(bin.count)\"><title>\(SVGText.escape(tooltip))</title></use>\n"
        }
        out += "</g>\n"
        return out
    }

    // MARK: labels

    private func placePlaceLabels(xs: [Double], ys: [Double], clusters: [Cluster], aggregated: Bool, placer: inout LabelPlacer) {
        struct Candidate { var name: String; var cx: Double; var cy: Double; var radius: Double; var count: Int }
        var candidates: [Candidate] = []
        if aggregated {
            // Bins fill the map: label only the places with the most events, on top of the bins.
            var counts: [String: (Int, Int)] = [:]
            for (i, e) in events.enumerated() where e.placeName != nil && xs[i].isFinite {
                counts[e.placeKey, default: (0, i)].0 += 1
            }
            for (_, (count, i)) in counts {
                candidates.append(Candidate(name: events[i].placeName!, cx: xs[i], cy: ys[i], radius: 3, count: count))
            }
            candidates.sort { ($1.count, $0.name) < ($0.count, $1.name) }
            candidates = Array(candidates.prefix(20))
        } else {
            for cluster in clusters {
                var names: [String] = []
                for i in cluster.members { if let name = events[i].placeName, !names.contains(name) { names.append(name) } }
                for name in names {
                    candidates.append(Candidate(name: name, cx: cluster.cx, cy: cluster.cy, radius: cluster.outerRadius, count: cluster.members.count))
                }
            }
            candidates.sort { ($1.count, $0.name) < ($0.count, $1.name) }
        }
        for c in candidates where placer.bounds.contains(Box(centerX: c.cx, centerY: c.cy, radius: 0)) {
            placer.placeBeside(c.name, cx: c.cx, cy: c.cy, radius: c.radius, fontSize: 12)
        }
    }

    private func drawLabels(_ labels: [PlacedLabel]) -> String {
        var out = "<g id=\"labels\">\n"
        for label in labels {
            let cls = label.style == .place ? "pl" : label.style == .country ? "cl" : "gl"
            let anchor = label.anchor == "start" ? "" : " text-anchor=\"\(label.anchor)\""
            let box = [label.box.x, label.box.y, label.box.width, label.box.height].map(SVGText.number).joined(separator: " ")
            out += "<text class=\"\(cls)\" x=\"\(SVGText.number(label.x))\" y=\"\(SVGText.number(label.y))\"\(anchor) data-box=\"\(box)\">\(SVGText.escape(label.text))</text>\n"
        }
        out += "</g>\n"
        return out
    }

    // MARK: furniture

    /// A bar about a fifth of the map wide at the lower left, rounded to 1, 2 or 5 × 10ⁿ km,
    /// its length measured on the ellipsoid between its two ends.
    private func makeScaleBar(frame: MapFrame) throws -> ScaleBar {
        let view = frame.view
        let x1 = view.x + 18, y = view.maxY - 26
        let target = min(view.width * 0.2, 180)
        func kilometres(_ length: Double) throws -> (Double, Double, Double, Double, Double) {
            var xs = [x1, x1 + length], ys = [y, y]
            try frame.toDegrees(&xs, &ys)
            let line = Geodesic.inverse(lon1: xs[0], lat1: ys[0], lon2: xs[1], lat2: ys[1])
            return (line.distance / 1000, xs[0], ys[0], xs[1], ys[1])
        }
        let measured = try kilometres(target).0
        guard measured > 0, measured.isFinite else { throw CartographyError("cannot measure a scale bar on this projection") }
        let magnitude = pow(10, (log10(measured)).rounded(.down))
        // The roundest length within 30 % above the target, so the bar never shrinks to half the intended width.
        let round = [10.0, 5, 2, 1].map { $0 * magnitude }.first { $0 <= measured * 1.3 } ?? magnitude
        // Distance is almost linear in length along a short bar; two secant steps land well under 0.1 %.
        var length = target * round / measured
        for _ in 0..<2 { length *= round / (try kilometres(length).0) }
        let ends = try kilometres(length)
        return ScaleBar(kilometres: round, x1: x1, x2: x1 + length, y: y,
                        startLongitude: ends.1, startLatitude: ends.2, endLongitude: ends.3, endLatitude: ends.4)
    }

    private func drawScaleBar(_ bar: ScaleBar) -> String {
        let length = bar.x2 - bar.x1
        let km = bar.kilometres == bar.kilometres.rounded() ? String(Int(bar.kilometres)) : SVGText.number(bar.kilometres)
        let printedKm = Vocabulary.decimal(km, language)
        var out = "<g id=\"scale-bar\" data-km=\"\(km)\" data-x1=\"\(SVGText.number(bar.x1))\" data-x2=\"\(SVGText.number(bar.x2))\" data-y=\"\(SVGText.number(bar.y))\""
        out += " data-lon1=\"\(String(format: "%.5f", bar.startLongitude))\" data-lat1=\"\(String(format: "%.5f", bar.startLatitude))\" data-lon2=\"\(String(format: "%.5f", bar.endLongitude))\" data-lat2=\"\(String(format: "%.5f", bar.endLatitude))\">\n"
        out += "<rect x=\"\(SVGText.number(bar.x1 - 5))\" y=\"\(SVGText.number(bar.y - 17))\" width=\"\(SVGText.number(length + 36))\" height=\"26\" fill=\"#fff\" fill-opacity=\".8\"/>\n"
        let half = length / 2
        out += "<rect x=\"\(SVGText.number(bar.x1))\" y=\"\(SVGText.number(bar.y))\" width=\"\(SVGText.number(half))\" height=\"4\" fill=\"#222\"/>"
        out += "<rect x=\"\(SVGText.number(bar.x1 + half))\" y=\"\(SVGText.number(bar.y))\" width=\"\(SVGText.number(half))\" height=\"4\" fill=\"#fff\" stroke=\"#222\" stroke-width=\".8\"/>\n"
        out += "<text class=\"lt\" x=\"\(SVGText.number(bar.x1))\" y=\"\(SVGText.number(bar.y - 4))\" text-anchor=\"middle\">0</text>"
        out += "<text class=\"lt\" x=\"\(SVGText.number(bar.x2))\" y=\"\(SVGText.number(bar.y - 4))\" text-anchor=\"middle\">\(printedKm) km</text>\n</g>\n"
        return out
    }

    /// True north at the arrow's own position (it differs from "up" away from a conic's central meridian).
    private func drawNorthArrow(frame: MapFrame, box: Box) throws -> String {
        let cx = box.x + box.width / 2, cy = box.y + 30
        var xs = [cx], ys = [cy]
        try frame.toDegrees(&xs, &ys)
        var nx = [xs[0], xs[0]], ny = [ys[0], ys[0] + 0.5]
        try frame.toPixels(&nx, &ny)
        let angle = atan2(nx[1] - nx[0], -(ny[1] - ny[0])) * 180 / .pi
        var out = "<g id=\"north-arrow\" transform=\"translate(\(SVGText.number(cx)) \(SVGText.number(cy))) rotate(\(SVGText.number(angle)))\">"
        out += "<path d=\"M0-16l7 19-7-5z\" fill=\"#222\"/><path d=\"M0-16l-7 19 7-5z\" fill=\"#fff\" stroke=\"#222\" stroke-width=\".8\"/>"
        out += "<text x=\"0\" y=\"-19\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"2.5\" paint-order=\"stroke\">N</text></g>\n"
        return out
    }

    private func drawHeader(aggregated: Bool) -> String {
        var subtitle = events.isEmpty ? Vocabulary.noEvents(language) : Vocabulary.events(events.count, language)
        if windowOrder.count > 1, let first = windowOrder.first, let last = windowOrder.last {
            subtitle += " · " + WindowTitle.title(for: first, language: language) + " – " + WindowTitle.title(for: last, language: language)
        }
        if aggregated { subtitle += language == .fr ? " · regroupés en hexagones" : " · grouped in hexagons" }
        var out = "<text class=\"t\" x=\"\(SVGText.number(Self.margin))\" y=\"38\">\(SVGText.escape(title))</text>\n"
        out += "<text class=\"st\" x=\"\(SVGText.number(Self.margin))\" y=\"62\">\(SVGText.escape(subtitle))</text>\n"
        return out
    }

    private func drawLegend(x: Double, y: Double, height: Double, colorKeys: (ofEvent: [Int], colors: [String], names: [String]),
                            clusters: [Cluster], aggregated: Bool) -> String {
        var out = "<g id=\"legend\">\n"
        var line = y + 14
        func heading(_ key: String) {
            out += "<text class=\"lh\" x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(line))\">\(SVGText.escape(Vocabulary.legendHeading(key, language)))</text>\n"
            line += 20
        }
        func entry(symbol: String, cls: String, text: String, rowHeight: Double = 22) {
            out += "<use href=\"#\(symbol)\" x=\"\(SVGText.number(x + 11))\" y=\"\(SVGText.number(line - 4))\" class=\"\(cls)\"/>"
            out += "<text class=\"lt\" x=\"\(SVGText.number(x + 28))\" y=\"\(SVGText.number(line))\">\(SVGText.escape(text))</text>\n"
            line += rowHeight
        }
        let usedTypes = MapEvent.eventTypes.filter { t in events.contains { $0.eventType == t } }
        if aggregated {
            heading("bins")
            var lower = 1
            for (i, upper) in (Self.binBreaks + [Int.max]).enumerated() {
                let range = upper == Int.max ? (language == .fr ? "plus de \(lower - 1)" : "over \(lower - 1)")
                    : lower == upper ? "\(upper)" : "\(lower)–\(upper)"
                entry(symbol: "hx", cls: "b\(i) hx", text: range)
                lower = upper == Int.max ? lower : upper + 1
            }
            line += 8
        }
        if !usedTypes.isEmpty && !aggregated {
            heading("type")
            for type in usedTypes { entry(symbol: "\(Symbols.code(type))0", cls: "g", text: Vocabulary.eventType(type, language)) }
            line += 8
        }
        if let firstType = usedTypes.first, !aggregated {
            let usedOutcomes = MapEvent.outcomes.filter { o in events.contains { $0.outcome == o } }
            heading("outcome")
            for outcome in usedOutcomes {
                let color = coloring == .outcome ? "k\(MapEvent.outcomes.firstIndex(of: outcome)!)" : "g"
                entry(symbol: "\(Symbols.code(firstType))0", cls: "\(color) \(outcomeClass(outcome))", text: Vocabulary.outcome(outcome, language))
            }
            line += 8
            let usedSizes = Set(events.map(\.sizeClass)).sorted()
            if usedSizes.count > 1 || usedSizes.first != 0 {
                heading("size")
                for size in usedSizes {
                    let rowHeight = max(22, Symbols.radii[size] * 2.6 + 4)
                    line += rowHeight / 2 - 11
                    entry(symbol: "\(Symbols.code(firstType))\(size)", cls: "g", text: Vocabulary.weaponClass(size, language), rowHeight: rowHeight / 2 + 11)
                }
                line += 8
            }
        }
        if coloring != .outcome && !aggregated {
            let byYear = effectiveColoring == .year
            heading(byYear ? (coloring == .window ? "windowByYear" : "year") : "window")
            if byYear && coloring == .window {
                let windows = Vocabulary.periodsWithEvents(Set(events.map(\.window)).count, language)
                out += "<text class=\"lt\" x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(line - 4))\">\(SVGText.escape(windows))</text>\n"
                line += 18
            }
            var counts = [Int](repeating: 0, count: colorKeys.names.count)
            for key in colorKeys.ofEvent { counts[key] += 1 }
            for (i, name) in colorKeys.names.enumerated() {
                out += "<circle cx=\"\(SVGText.number(x + 11))\" cy=\"\(SVGText.number(line - 4))\" r=\"6\" class=\"k\(i)\"/>"
                out += "<text class=\"lt\" x=\"\(SVGText.number(x + 28))\" y=\"\(SVGText.number(line))\">\(SVGText.escape(name)) (\(Vocabulary.grouped(counts[i], language)))</text>\n"
                line += 20
            }
            line += 8
        }
        if clusters.contains(where: { $0.members.count > 1 }) {
            heading("place")
            out += "<circle class=\"rg\" cx=\"\(SVGText.number(x + 11))\" cy=\"\(SVGText.number(line - 4))\" r=\"10\"/><circle class=\"bd\" cx=\"\(SVGText.number(x + 11))\" cy=\"\(SVGText.number(line - 4))\" r=\"\(SVGText.number(Self.badgeRadius))\"/><text class=\"bt\" x=\"\(SVGText.number(x + 11))\" y=\"\(SVGText.number(line - 0.8))\">3</text>"
            let text = language == .fr ? "nombre, symboles autour" : "count, symbols around it"
            out += "<text class=\"lt\" x=\"\(SVGText.number(x + 28))\" y=\"\(SVGText.number(line))\">\(SVGText.escape(text))</text>\n"
            line += 22
        }
        out += "</g>\n"
        return out
    }

    private func drawFooter(y: Double, projection: String, dropped: Int) -> String {
        var out = "<text class=\"ft\" x=\"\(SVGText.number(Self.margin))\" y=\"\(SVGText.number(y + 17))\">\(SVGText.escape(options.attribution))</text>\n"
        out += "<text class=\"ft\" x=\"\(SVGText.number(Self.margin))\" y=\"\(SVGText.number(y + 32))\">\(SVGText.escape(Vocabulary.footer(projection: projection, generatedOn: options.generatedOn, dropped: dropped, language)))</text>\n"
        return out
    }
}
