/// A Graphviz output format; raw values are Graphviz's names.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case svg
    case svgz
    case png
    case jpg
    case gif
    case bmp
    case tiff
    case webp
    case pdf
    case ps
    case eps
    /// DOT with layout positions.
    case dot
    /// DOT in canonical form, without layout.
    case canon
    /// DOT with drawing operations.
    case xdot
    /// JSON with layout and drawing operations.
    case json
    /// JSON with layout only.
    case json0
    /// Simple line-based text with positions.
    case plain
    /// `plain` with edge ports.
    case plainExt = "plain-ext"
    /// Client-side image map.
    case cmapx
    /// Server-side image map.
    case imap

    /// Whether the format is a bitmap, so `dpi` changes its pixel size.
    public var isRaster: Bool { Self.isRaster(formatName: rawValue) }

    /// Whether the Graphviz format name (optionally `format:renderer`) denotes a bitmap.
    static func isRaster(formatName: String) -> Bool {
        let base = formatName.split(separator: ":").first.map(String.init) ?? formatName
        return rasterNames.contains(base)
    }

    private static let rasterNames: Set<String> = [
        "png", "jpg", "jpeg", "jpe", "gif", "bmp", "tif", "tiff", "webp", "ico", "wbmp", "gd", "gd2",
    ]
}
