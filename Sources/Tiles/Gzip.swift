import CZlib

/// Why compressing failed.
public struct CompressionError: Error, CustomStringConvertible {
    public let description: String
}

/// gzip (RFC 1952) through zlib at a fixed level, with no name and a zero timestamp in the header,
/// so the same bytes always compress to the same bytes. One compressor keeps its zlib stream and
/// resets it between inputs, which saves the stream's allocation for each of many small tiles.
final class Gzip {
    static let level: Int32 = 6
    private var stream = z_stream()

    init() throws {
        // windowBits 15 + 16 asks zlib for a gzip wrapper.
        let status = deflateInit2_(&stream, Self.level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw CompressionError(description: "zlib deflateInit2 failed (\(status))") }
    }

    deinit { deflateEnd(&stream) }

    func compress(_ input: [UInt8]) throws -> [UInt8] {
        guard deflateReset(&stream) == Z_OK else { throw CompressionError(description: "zlib deflateReset failed") }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        var source = input
        let status = source.withUnsafeMutableBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dst in
                stream.next_in = src.baseAddress
                stream.avail_in = uInt(src.count)
                stream.next_out = dst.baseAddress
                stream.avail_out = uInt(dst.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw CompressionError(description: "zlib deflate failed (\(status))") }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    static func compress(_ input: [UInt8]) throws -> [UInt8] { try Gzip().compress(input) }
}
