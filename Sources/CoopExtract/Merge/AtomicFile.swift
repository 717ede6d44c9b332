import Foundation

/// Writes files whole or not at all: a temporary file in the same folder, then a rename.
public enum AtomicFile {
    /// Replaces (or creates) the file at `url` with `text`.
    public static func write(_ text: String, to url: URL) throws(ExtractError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces the target in one step: readers see the old file or the new one.
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ExtractError(file: url.path, "could not be written: \(error.localizedDescription); check the folder exists and is writable")
        }
    }
}
