import CProj

/// A PROJ failure, carrying PROJ's own words.
public struct ProjectionError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String
    public var description: String { message }
    public init(_ message: String) { self.message = message }
}

/// A coordinate operation between two CRS given as `EPSG:n` codes, PROJ strings or WKT.
///
/// Axis order is always PROJ's "visualisation" order: longitude (or easting) first, latitude
/// (or northing) second, whatever the CRS definitions say.
///
/// Threading: each transform owns its own PROJ context, created once in `init` and reused by
/// every call. A transform must be used from one thread at a time; for parallel work give each
/// thread its own transform, cheaply made with `clone()`.
public final class Transform: @unchecked Sendable {
    public let source: String
    public let target: String
    private let context: OpaquePointer
    private let operation: OpaquePointer
    /// Owned by the transform so that it outlives the context whose log function writes into it.
    private let log: ErrorLog

    public init(from source: String, to target: String) throws {
        let (context, log) = try Transform.makeContext()
        guard let raw = proj_create_crs_to_crs(context, source, target, nil) else {
            let reason = log.reason(context)
            proj_context_destroy(context)
            throw ProjectionError("cannot create a transform from \(source) to \(target): \(reason)")
        }
        defer { proj_destroy(raw) }
        guard let normalized = proj_normalize_for_visualization(context, raw) else {
            let reason = log.reason(context)
            proj_context_destroy(context)
            throw ProjectionError("cannot normalise axis order for \(source) → \(target): \(reason)")
        }
        self.source = source
        self.target = target
        self.context = context
        self.operation = normalized
        self.log = log
    }

    private init(copying original: Transform) throws {
        let (context, log) = try Transform.makeContext()
        guard let copy = proj_clone(context, original.operation) else {
            let reason = log.reason(context)
            proj_context_destroy(context)
            throw ProjectionError("cannot copy the transform \(original.source) → \(original.target): \(reason)")
        }
        self.source = original.source
        self.target = original.target
        self.context = context
        self.operation = copy
        self.log = log
    }

    deinit {
        proj_destroy(operation)
        proj_context_destroy(context)
    }

    /// The same operation on a fresh PROJ context, for use on another thread. Copies the resolved
    /// operation instead of searching the PROJ database again.
    public func clone() throws -> Transform {
        try Transform(copying: self)
    }

    /// Transforms one point; throws when PROJ cannot (for instance outside the projection's domain).
    /// Use the batch form for many points.
    public func forward(x: Double, y: Double) throws -> (x: Double, y: Double) {
        try transformPoint(x: x, y: y, direction: PJ_FWD)
    }

    public func inverse(x: Double, y: Double) throws -> (x: Double, y: Double) {
        try transformPoint(x: x, y: y, direction: PJ_INV)
    }

    /// Transforms arrays in place with a single `proj_trans_generic` call and no allocation.
    /// A point PROJ cannot transform (outside the projection's domain) becomes `.infinity` and the
    /// rest of the batch is still transformed; the call throws only for arrays of different lengths.
    public func forward(_ xs: inout [Double], _ ys: inout [Double]) throws {
        try transformBatch(&xs, &ys, direction: PJ_FWD)
    }

    public func inverse(_ xs: inout [Double], _ ys: inout [Double]) throws {
        try transformBatch(&xs, &ys, direction: PJ_INV)
    }

    private func transformPoint(x: Double, y: Double, direction: PJ_DIRECTION) throws -> (x: Double, y: Double) {
        proj_errno_reset(operation)
        log.lastMessage = nil
        let result = proj_trans(operation, direction, proj_coord(x, y, 0, 0)).xy
        guard result.x.isFinite, result.y.isFinite else {
            let reason = log.lastMessage ?? Transform.errnoString(context, proj_errno(operation))
            throw ProjectionError("cannot transform (\(x), \(y)) from \(source) to \(target): \(reason)")
        }
        return (result.x, result.y)
    }

    private func transformBatch(_ xs: inout [Double], _ ys: inout [Double], direction: PJ_DIRECTION) throws {
        guard xs.count == ys.count else {
            throw ProjectionError("cannot transform \(xs.count) x values with \(ys.count) y values: the arrays differ in length")
        }
        let count = xs.count
        guard count > 0 else { return }
        let stride = MemoryLayout<Double>.stride
        // Per-point failures are reported as infinities, so their log lines are not wanted here.
        log.isRecording = false
        defer { log.isRecording = true }
        xs.withUnsafeMutableBufferPointer { xBuffer in
            ys.withUnsafeMutableBufferPointer { yBuffer in
                _ = proj_trans_generic(operation, direction,
                                       xBuffer.baseAddress, stride, count,
                                       yBuffer.baseAddress, stride, count,
                                       nil, 0, 0, nil, 0, 0)
            }
        }
    }

    static func makeContext() throws -> (OpaquePointer, ErrorLog) {
        guard let context = proj_context_create() else { throw ProjectionError("PROJ could not create a context") }
        let log = ErrorLog()
        proj_log_level(context, PJ_LOG_ERROR)
        proj_log_func(context, Unmanaged.passUnretained(log).toOpaque()) { data, _, message in
            guard let data, let message else { return }
            let log = Unmanaged<ErrorLog>.fromOpaque(data).takeUnretainedValue()
            if log.isRecording { log.lastMessage = String(cString: message) }
        }
        return (context, log)
    }

    fileprivate static func errnoString(_ context: OpaquePointer, _ code: Int32) -> String {
        guard let cString = proj_context_errno_string(context, code) else { return "PROJ error \(code)" }
        return String(cString: cString)
    }
}

/// Keeps PROJ's last logged error line: PROJ's error codes alone are vague (an unknown EPSG code
/// yields "Unknown error (code 4096)" while the log says "proj_create: crs not found").
final class ErrorLog {
    var lastMessage: String?
    var isRecording = true

    func reason(_ context: OpaquePointer) -> String {
        lastMessage ?? Transform.errnoString(context, proj_context_errno(context))
    }
}
