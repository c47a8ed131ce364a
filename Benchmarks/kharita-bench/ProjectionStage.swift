import ArgumentParser
import CProj
import GeoJSON
import Projection

/// Batch projection of the events' points: Kharita's `Transform.forward(_:_:)` against the same PROJ
/// operation called directly through `proj_trans_generic`, alternating run by run on copies of the same
/// arrays. Setting up either operation is not timed; the process-level comparison (`kharita project`
/// against `cs2cs`) includes it.
struct ProjectionStage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project", abstract: "Project N synthetic points: Kharita's Transform and raw proj_trans_generic.")

    @Option(help: "Number of points (the positions of N synthetic events).") var count: Int
    @Option(help: "Target CRS; the source is EPSG:4326 (lon/lat).") var to = "EPSG:32638"
    @OptionGroup var synthetic: SyntheticOptions
    @OptionGroup var runCount: RunCount

    func run() throws {
        var longitudes: [Double] = [], latitudes: [Double] = []
        for event in try synthetic.events(count: count) {
            guard case .point(let position)? = event.geometry else { continue }
            longitudes.append(position.longitude)
            latitudes.append(position.latitude)
        }
        let transform = try Transform(from: "EPSG:4326", to: to)
        let raw = try RawProjOperation(from: "EPSG:4326", to: to)
        for _ in 0..<runCount.runs {
            // Copies made before the clock starts: a copy-on-write array would otherwise be copied (and
            // its fresh pages faulted in) inside the first mutating call, which is the call being timed.
            var kharitaX = Array(copying: longitudes), kharitaY = Array(copying: latitudes)
            var rawX = Array(copying: longitudes), rawY = Array(copying: latitudes)
            let (_, kharitaSeconds) = try timed { try transform.forward(&kharitaX, &kharitaY) }
            let (_, rawSeconds) = timed { raw.forward(&rawX, &rawY) }
            // The two must agree, or the comparison would not be of the same work.
            for index in longitudes.indices where kharitaX[index] != rawX[index] || kharitaY[index] != rawY[index] {
                throw ValidationError("point \(index): Transform gave (\(kharitaX[index]), \(kharitaY[index])), proj_trans_generic (\(rawX[index]), \(rawY[index]))")
            }
            emit(Measurement(stage: "project", size: count, tool: "kharita", seconds: kharitaSeconds, bytes: 0, items: longitudes.count))
            emit(Measurement(stage: "project", size: count, tool: "proj_trans_generic", seconds: rawSeconds, bytes: 0, items: rawX.count))
        }
    }
}

/// The peer: PROJ's C API used the way a C program would, with nothing of Kharita's around it.
final class RawProjOperation {
    private let context: OpaquePointer
    private let operation: OpaquePointer

    init(from source: String, to target: String) throws {
        guard let context = proj_context_create() else { throw ValidationError("PROJ could not create a context") }
        let created = proj_create_crs_to_crs(context, source, target, nil)
        defer { proj_destroy(created) }
        guard let created, let normalized = proj_normalize_for_visualization(context, created) else {
            proj_context_destroy(context)
            throw ValidationError("PROJ cannot transform \(source) to \(target)")
        }
        self.context = context
        self.operation = normalized
    }

    deinit {
        proj_destroy(operation)
        proj_context_destroy(context)
    }

    func forward(_ xs: inout [Double], _ ys: inout [Double]) {
        let count = xs.count
        let stride = MemoryLayout<Double>.stride
        xs.withUnsafeMutableBufferPointer { x in
            ys.withUnsafeMutableBufferPointer { y in
                _ = proj_trans_generic(operation, PJ_FWD, x.baseAddress, stride, count, y.baseAddress, stride, count,
                                       nil, 0, 0, nil, 0, 0)
            }
        }
    }
}

extension Array where Element == Double {
    /// A copy with its own storage, written to end to end so that its pages are resident.
    init(copying source: [Double]) {
        self.init(unsafeUninitializedCapacity: source.count) { buffer, count in
            _ = buffer.initialize(from: source)
            count = source.count
        }
    }
}
