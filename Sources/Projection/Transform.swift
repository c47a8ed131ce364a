import CProj

/// A PROJ failure, carrying PROJ's own words.
public struct ProjectionError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String
    public var description: String { message }
    public init(_ message: String) { self.message = message }
}

/// A coordinate operation between two CRS (EPSG codes, PROJ strings or WKT), always in the
/// "visualisation" axis order: longitude/easting first.
///
/// Each transform owns its PROJ context, so a transform may be used from one thread at a time;
/// create one per thread for parallel work.
public final class Transform: @unchecked Sendable {
    public let source: String
    public let target: String
    private let context: OpaquePointer
    private let operation: OpaquePointer

    public init(from source: String, to target: String) throws {
        guard let context = proj_context_create() else { throw ProjectionError("PROJ could not create a context") }
        proj_log_level(context, PJ_LOG_NONE)
        guard let raw = proj_create_crs_to_crs(context, source, target, nil) else {
            let reason = Transform.errorString(context)
            proj_context_destroy(context)
            throw ProjectionError("cannot create a transform from \(source) to \(target): \(reason)")
        }
        defer { proj_destroy(raw) }
        guard let normalized = proj_normalize_for_visualization(context, raw) else {
            let reason = Transform.errorString(context)
            proj_context_destroy(context)
            throw ProjectionError("cannot normalise axis order for \(source) → \(target): \(reason)")
        }
        self.source = source
        self.target = target
        self.context = context
        self.operation = normalized
    }

    deinit {
        proj_destroy(operation)
        proj_context_destroy(context)
    }

    /// Transforms one point. Use the batch form for many points.
    public func forward(x: Double, y: Double) throws -> (x: Double, y: Double) {
        var xs = [x], ys = [y]
        try transform(&xs, &ys, direction: PJ_FWD)
        return (xs[0], ys[0])
    }

    public func inverse(x: Double, y: Double) throws -> (x: Double, y: Double) {
        var xs = [x], ys = [y]
        try transform(&xs, &ys, direction: PJ_INV)
        return (xs[0], ys[0])
    }

    /// Transforms arrays in place with one `proj_trans_generic` call.
    /// Points PROJ cannot transform become `.infinity`; the call throws only when PROJ reports an error
    /// for the whole batch.
    public func forward(_ xs: inout [Double], _ ys: inout [Double]) throws {
        try transform(&xs, &ys, direction: PJ_FWD)
    }

    public func inverse(_ xs: inout [Double], _ ys: inout [Double]) throws {
        try transform(&xs, &ys, direction: PJ_INV)
    }

    private func transform(_ xs: inout [Double], _ ys: inout [Double], direction: PJ_DIRECTION) throws {
        precondition(xs.count == ys.count, "x and y arrays differ in length")
        let count = xs.count
        guard count > 0 else { return }
        proj_errno_reset(operation)
        let stride = MemoryLayout<Double>.stride
        let done = xs.withUnsafeMutableBufferPointer { xb in
            ys.withUnsafeMutableBufferPointer { yb in
                proj_trans_generic(operation, direction,
                                   xb.baseAddress, stride, count,
                                   yb.baseAddress, stride, count,
                                   nil, 0, 0, nil, 0, 0)
            }
        }
        let errno = proj_errno(operation)
        if done != count || (errno != 0 && count == 1) {
            throw ProjectionError("transform \(source) → \(target) failed: \(Transform.errorString(context, errno))")
        }
        if count == 1 && (!xs[0].isFinite || !ys[0].isFinite) {
            throw ProjectionError("transform \(source) → \(target) failed: point outside the projection's domain")
        }
    }

    static func errorString(_ context: OpaquePointer, _ code: Int32? = nil) -> String {
        let errno = code ?? proj_context_errno(context)
        guard let cString = proj_context_errno_string(context, errno) else { return "PROJ error \(errno)" }
        return String(cString: cString)
    }
}
