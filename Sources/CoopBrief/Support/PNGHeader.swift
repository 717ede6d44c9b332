import Foundation

/// Reads a PNG's pixel size from its signature and IHDR chunk.
enum PNGHeader {
    /// The eight bytes every PNG file starts with.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The width and height in pixels, or nil when `data` is not a PNG with an IHDR first chunk.
    static func pixelSize(of data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, Array(bytes[0..<8]) == signature, bytes[12..<16].elementsEqual("IHDR".utf8) else {
            return nil
        }
        func bigEndian(_ start: Int) -> Int { bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
        let width = bigEndian(16)
        let height = bigEndian(20)
        guard width > 0, height > 0 else { return nil }
        return (width, height)
    }
}
