import Foundation

/// Reads the size and the pixels of the PNGs Graphviz writes through cairo.
enum Raster {
    /// Width and height from a PNG's IHDR chunk; nil when the bytes are not a PNG.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 24, Array(bytes[0..<8]) == signature, String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR"
        else { return nil }
        return (bigEndian(bytes, 16), bigEndian(bytes, 20))
    }

    /// The total length of a PNG's IDAT chunks (its compressed pixels).
    static func pngImageDataLength(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var offset = 8
        var total = 0
        while offset + 8 <= bytes.count {
            let length = bigEndian(bytes, offset)
            if String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self) == "IDAT" { total += length }
            offset += 12 + length
        }
        return total
    }

    /// The pixels of an 8-bit RGB or RGBA PNG (what cairo writes), as RGB triples row by row, or nil.
    /// Inflates with the zlib the process already has loaded (cairo and libpng bring it).
    static func pngPixels(_ data: Data) -> (width: Int, height: Int, rgb: [(UInt8, UInt8, UInt8)])? {
        let bytes = [UInt8](data)
        guard let (width, height) = pngSize(data), bytes[24] == 8, bytes[25] == 6 || bytes[25] == 2, bytes[28] == 0 else {
            return nil
        }
        let channels = bytes[25] == 6 ? 4 : 3
        var compressed: [UInt8] = []
        var offset = 8
        while offset + 8 <= bytes.count {
            let length = bigEndian(bytes, offset)
            if String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self) == "IDAT" {
                compressed += bytes[(offset + 8)..<(offset + 8 + length)]
            }
            offset += 12 + length
        }
        let stride = width * channels
        guard let raw = inflate(compressed, expected: (stride + 1) * height) else { return nil }
        var previous = [UInt8](repeating: 0, count: stride)
        var rgb: [(UInt8, UInt8, UInt8)] = []
        rgb.reserveCapacity(width * height)
        for row in 0..<height {
            let start = row * (stride + 1)
            let filter = raw[start]
            var line = Array(raw[(start + 1)...(start + stride)])
            for index in 0..<stride {
                let left = index >= channels ? Int(line[index - channels]) : 0
                let up = Int(previous[index])
                let upLeft = index >= channels ? Int(previous[index - channels]) : 0
                let predictor: Int
                switch filter {
                case 1: predictor = left
                case 2: predictor = up
                case 3: predictor = (left + up) / 2
                case 4:
                    let estimate = left + up - upLeft
                    let (a, b, c) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
                    predictor = a <= b && a <= c ? left : (b <= c ? up : upLeft)
                default: predictor = 0
                }
                line[index] = UInt8(truncatingIfNeeded: Int(line[index]) + predictor)
            }
            for column in 0..<width {
                let at = column * channels
                rgb.append((line[at], line[at + 1], line[at + 2]))
            }
            previous = line
        }
        return (width, height, rgb)
    }

    private typealias Uncompress = @convention(c) (
        UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt
    ) -> Int32

    private static func inflate(_ input: [UInt8], expected: Int) -> [UInt8]? {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "uncompress") else { return nil }
        let uncompress = unsafeBitCast(symbol, to: Uncompress.self)
        var output = [UInt8](repeating: 0, count: expected)
        var length = UInt(expected)
        let status = output.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { uncompress(out.baseAddress, &length, $0.baseAddress, UInt($0.count)) }
        }
        return status == 0 && Int(length) == expected ? output : nil
    }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int) -> Int {
        bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func littleEndian(_ bytes: [UInt8], _ at: Int) -> Int {
        bytes[at..<(at + 4)].reversed().reduce(0) { $0 << 8 | Int($1) }
    }
}
