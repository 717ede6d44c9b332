/// Bounds that keep a hostile or broken file from exhausting memory or the stack.
public struct LoadLimits: Hashable, Sendable {
    /// The largest file read, in bytes; larger files are refused before being read.
    public var maxFileSize: Int
    /// The deepest nesting of YAML lists and mappings accepted.
    public var maxDepth: Int

    /// Limits with the defaults: 16 MiB per file, nesting depth 64.
    public init(maxFileSize: Int = 16 << 20, maxDepth: Int = 64) {
        self.maxFileSize = maxFileSize
        self.maxDepth = maxDepth
    }

    /// 16 MiB per file, nesting depth 64.
    public static let `default` = LoadLimits()
}
