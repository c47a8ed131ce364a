import OrderedCollections

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes Features one at a time, keeping only a bounded byte buffer (flushed at 1 MiB).
///
/// `.featureCollection` output is byte-identical to `GeoJSONWriter.encode(_:)` of a collection
/// with the same features, bbox and foreign members. A streamed collection cannot compute its
/// own bbox before the features are seen, so the collection-level bbox is whatever is passed
/// to `init` (per-feature bboxes still follow `options.includeBBox`).
/// `.sequence` writes one compact Feature per line, each ending in `\n` (GeoJSONL, read by GDAL's
/// GeoJSONSeq driver and tippecanoe); `.recordSeparatedSequence` also starts each line with the
/// RFC 8142 record separator 0x1E.
///
/// Call `finish()` to complete the output; a writer dropped without it closes its file, which is
/// then incomplete. The file at `path` is created or truncated; callers wanting atomic
/// replacement write to a temporary path and rename it.
public final class GeoJSONStreamWriter {
    public enum Format: Sendable {
        case featureCollection
        case sequence
        case recordSeparatedSequence
    }

    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public private(set) var featureCount = 0

    private let format: Format
    private let writer: GeoJSONWriter
    private let destination: String
    private let sink: ([UInt8]) throws -> Void
    private let closeDestination: () -> Void
    private var buffer: [UInt8] = []
    private var isFinished = false

    private static let flushThreshold = 1 << 20

    /// Streams into the file at `path`. `bbox` and `foreignMembers` are the collection's own
    /// members and are ignored by the sequence formats.
    public convenience init(path: String, format: Format, options: GeoJSONWriter.Options = .init(),
                            bbox: [Double]? = nil, foreignMembers: Properties = [:]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WriteError(path: path, message: "cannot open for writing: \(String(cString: strerror(errno)))")
        }
        self.init(destination: path, format: format, options: options, bbox: bbox, foreignMembers: foreignMembers,
                  sink: { chunk in try writeAll(chunk, to: descriptor, path: path) },
                  close: { closeDescriptor(descriptor) })
    }

    /// Streams into `sink`, which receives chunks of at most about 1 MiB in order; `name` is used
    /// in error messages.
    public convenience init(name: String = "<sink>", format: Format, options: GeoJSONWriter.Options = .init(),
                            bbox: [Double]? = nil, foreignMembers: Properties = [:],
                            sink: @escaping ([UInt8]) throws -> Void) {
        self.init(destination: name, format: format, options: options, bbox: bbox, foreignMembers: foreignMembers,
                  sink: sink, close: {})
    }

    private init(destination: String, format: Format, options: GeoJSONWriter.Options, bbox: [Double]?,
                 foreignMembers: Properties, sink: @escaping ([UInt8]) throws -> Void, close: @escaping () -> Void) {
        self.destination = destination
        self.format = format
        self.writer = GeoJSONWriter(options: options)
        self.sink = sink
        self.closeDestination = close
        buffer.reserveCapacity(Self.flushThreshold + 64 * 1024)
        if case .featureCollection = format {
            writer.appendCollectionOpening(bbox: bbox, foreignMembers: foreignMembers, to: &buffer)
        }
    }

    deinit {
        if !isFinished { closeDestination() }
    }

    public func write(_ feature: Feature) throws {
        guard !isFinished else { throw WriteError(path: destination, message: "write after finish()") }
        switch format {
        case .featureCollection:
            buffer.appendASCII(featureCount == 0 ? "\n" : ",\n")
            writer.append(feature, to: &buffer)
        case .sequence:
            writer.append(feature, to: &buffer)
            buffer.append(UInt8(ascii: "\n"))
        case .recordSeparatedSequence:
            buffer.append(GeoJSONReader.recordSeparator)
            writer.append(feature, to: &buffer)
            buffer.append(UInt8(ascii: "\n"))
        }
        featureCount += 1
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes what remains (closing the collection) and closes the file. Idempotent.
    public func finish() throws {
        guard !isFinished else { return }
        isFinished = true
        defer { closeDestination() }
        if case .featureCollection = format {
            writer.appendCollectionClosing(isEmpty: featureCount == 0, to: &buffer)
        }
        try flush()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}

private func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
    try bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
            let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw GeoJSONStreamWriter.WriteError(path: path, message: "write failed: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
