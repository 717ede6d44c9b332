import Foundation

/// A text sink that streams UTF-8 into an open file in large blocks.
public struct FileTextStream: TextOutputStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// The first write error, reported when the file is closed.
    fileprivate private(set) var failure: String?

    fileprivate init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(Self.blockSize)
    }

    private static let blockSize = 1 << 16

    /// Appends `string`; bytes reach the file every 64 KiB and when the file is closed.
    public mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.blockSize { flush() }
    }

    fileprivate mutating func flush() {
        guard !buffer.isEmpty, failure == nil else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = "\(error)"
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes files whole or not at all: into a temporary file in the same folder, then renamed.
public enum AtomicFile {
    /// Streams `body`'s text into a temporary file beside `url`, then renames it over `url`.
    ///
    /// On any failure the temporary file is removed and `url` is left as it was.
    public static func write(
        to url: URL, _ body: (inout FileTextStream) throws(ExchangeError) -> Void
    ) throws(ExchangeError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw .io(path: url.path, reason: "cannot create a file in \(folder.path); check that the folder exists and is writable")
        }
        var renamed = false
        defer { if !renamed { try? FileManager.default.removeItem(at: temporary) } }
        let handle: FileHandle
        do {
            handle = try FileHandle(forWritingTo: temporary)
        } catch {
            throw .io(path: url.path, reason: "cannot open \(temporary.path) for writing: \(error)")
        }
        var stream = FileTextStream(handle: handle)
        do {
            try body(&stream)
        } catch {
            try? handle.close()
            throw error
        }
        stream.flush()
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw .io(path: url.path, reason: "cannot finish writing: \(error)")
        }
        if let failure = stream.failure {
            throw .io(path: url.path, reason: "cannot write: \(failure); check the free space and permissions")
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw .io(path: url.path, reason: "cannot replace the file (\(String(cString: strerror(errno)))); check the permissions")
        }
        renamed = true
    }
}
