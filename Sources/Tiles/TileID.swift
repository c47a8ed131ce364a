/// A tile address in the XYZ scheme: `x` grows eastwards, `y` southwards, both in `0..<2^z`.
///
/// Tiles order by their PMTiles v3 tile id (zoom first, then position along the Hilbert curve),
/// which is the order PMTiles stores them in.
public struct TileID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let z: Int
    public let x: Int
    public let y: Int

    /// The deepest zoom whose PMTiles tile id fits in 64 bits with room to spare.
    public static let maxZoom = 26

    public init(z: Int, x: Int, y: Int) {
        precondition((0...TileID.maxZoom).contains(z), "zoom \(z) outside 0…\(TileID.maxZoom)")
        precondition(x >= 0 && x < 1 << z && y >= 0 && y < 1 << z, "tile \(z)/\(x)/\(y) outside its zoom")
        self.z = z
        self.x = x
        self.y = y
    }

    /// The PMTiles v3 tile id: the count of tiles in all lower zooms plus the Hilbert index at `z`.
    public var pmtilesID: UInt64 {
        let tilesBelow = ((UInt64(1) << (2 * UInt64(z))) - 1) / 3
        return tilesBelow + hilbertIndex
    }

    /// The row in the TMS scheme used by MBTiles, where `y` grows northwards.
    public var tmsRow: Int { (1 << z) - 1 - y }

    public var description: String { "\(z)/\(x)/\(y)" }

    public static func < (lhs: TileID, rhs: TileID) -> Bool { lhs.pmtilesID < rhs.pmtilesID }

    private var hilbertIndex: UInt64 {
        let side = UInt64(1) << UInt64(z)
        var hx = UInt64(x), hy = UInt64(y), index: UInt64 = 0
        var step = side / 2
        while step > 0 {
            let rx: UInt64 = (hx & step) > 0 ? 1 : 0
            let ry: UInt64 = (hy & step) > 0 ? 1 : 0
            index += step * step * ((3 * rx) ^ ry)
            if ry == 0 {
                if rx == 1 {
                    hx = side - 1 - hx
                    hy = side - 1 - hy
                }
                swap(&hx, &hy)
            }
            step /= 2
        }
        return index
    }
}
