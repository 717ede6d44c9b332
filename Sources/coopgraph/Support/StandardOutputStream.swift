import Foundation

/// Standard output as a text stream, written in large blocks, for commands that stream a file.
struct StandardOutputStream: TextOutputStream {
    private var buffer: [UInt8] = []

    /// Appends `string`, writing out every 64 KiB.
    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out what is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
