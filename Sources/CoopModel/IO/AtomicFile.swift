import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files whole or not at all: the bytes go to a temporary file in the same folder (so the
/// final rename stays on one file system), which is then renamed over the destination. On any
/// failure the temporary file is removed and the destination is left as it was.
///
/// Callers keep their module's one error type: each write takes `failure`, which turns a
/// plain-language reason into that error.
public enum AtomicFile {
    /// Streams `body`'s output into a temporary file beside `url`, then renames it over `url`.
    /// An error thrown by `body` is passed on unchanged, after the temporary file is removed.
    /// - Complexity: O(bytes written).
    public static func write<Failure: Error>(
        to url: URL, failure: (_ reason: String) -> Failure, _ body: (inout FileTextStream) throws(Failure) -> Void
    ) throws(Failure) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw failure("cannot create a file in \(folder.path); check that the folder exists and is writable")
        }
        var renamed = false
        defer { if !renamed { try? FileManager.default.removeItem(at: temporary) } }
        let handle: FileHandle
        do {
            handle = try FileHandle(forWritingTo: temporary)
        } catch {
            throw failure("cannot open \(temporary.path) for writing (\(error.localizedDescription))")
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
            throw failure("cannot finish writing (\(error.localizedDescription)); check the free space")
        }
        if let problem = stream.failure { throw failure(FileTextStream.reason(problem)) }
        guard rename(temporary.path, url.path) == 0 else {
            throw failure("cannot replace the file (\(String(cString: strerror(errno)))); check the permissions")
        }
        renamed = true
    }

    /// Replaces (or creates) the file at `url` with `data`, through a temporary file and a rename.
    /// - Complexity: O(`data.count`).
    public static func write<Failure: Error>(
        _ data: Data, to url: URL, failure: (_ reason: String) -> Failure
    ) throws(Failure) {
        try write(to: url, failure: failure) { (stream: inout FileTextStream) throws(Failure) in stream.write(data) }
    }
}

/// A sink that streams UTF-8 text (or raw bytes) into an open file in large blocks; the first
/// write error is kept and reported by ``AtomicFile`` when the file is closed.
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

    /// Appends `string`'s UTF-8; bytes reach the file every 64 KiB and when the file is closed.
    public mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.blockSize { flush() }
    }

    /// Appends raw bytes.
    public mutating func write(_ data: Data) {
        buffer.append(contentsOf: data)
        if buffer.count >= Self.blockSize { flush() }
    }

    /// Appends raw bytes and throws `failure(reason)` as soon as the file refuses bytes, so that a
    /// long writer stops at the first error. A block at least as large as the stream's buffer
    /// goes to the file directly, without being copied.
    public mutating func write<Failure: Error>(
        _ bytes: UnsafeRawBufferPointer, failure: (_ reason: String) -> Failure
    ) throws(Failure) {
        if bytes.count >= Self.blockSize {
            flush()
            if self.failure == nil {
                do { try handle.write(contentsOf: bytes) } catch { self.failure = "\(error)" }
            }
        } else {
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.blockSize { flush() }
        }
        if let problem = self.failure { throw failure(Self.reason(problem)) }
    }

    /// What a failed write says: the system's reason and what to check.
    fileprivate static func reason(_ problem: String) -> String {
        "cannot write (\(problem)); check the free space and permissions"
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
