import Foundation

/// Why extraction, review or merge could not go on; the text says what, where and how to fix it.
public struct ExtractError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file concerned, if any.
    public let file: String?
    /// The 1-based line in `file`, if known.
    public let line: Int?
    /// The 1-based column in `file`, if known.
    public let column: Int?
    /// What is wrong and how to fix it.
    public let message: String

    /// An error about `file` (at `line`:`column` when known).
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// The error for a failed write of `url` (for CoopModel's ``AtomicFile``), with `reason`.
    public static func writing(_ url: URL) -> (_ reason: String) -> ExtractError {
        { reason in ExtractError(file: url.path, "could not be written: \(reason)") }
    }

    /// Throws unless `url` is an existing folder: a mistyped `--data` must not run as an empty
    /// knowledge base. `holding` says what the folder should contain, for the message.
    static func requireFolder(_ url: URL, holding: String) throws(ExtractError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ExtractError(file: url.path, "no such folder; pass the folder that holds \(holding) (the project's is Data/)")
        }
        guard isFolder.boolValue else {
            throw ExtractError(file: url.path, "is a file, not a folder; pass the folder that holds \(holding) (the project's is Data/)")
        }
    }

    public var description: String {
        guard let file else { return message }
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
