/// A growing run of bytes written through a pointer: the review writer's output, whole or a
/// block at a time (`ReviewWriter.passOn`).
///
/// Why: `Array.append(contentsOf:)` cost about 90 instructions for each of the writer's short
/// pieces (a key, a quote mark, a citation), most of the cost of writing a review file; here a
/// piece is one capacity test and one copy. Non-copyable, so its storage has one owner and is
/// freed with it.
struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        start[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf piece: UnsafeBufferPointer<UInt8>) {
        guard let base = piece.baseAddress else { return }
        if piece.count > capacity - count { grow(to: count + piece.count) }
        (start + count).initialize(from: base, count: piece.count)
        count += piece.count
    }

    @inline(__always)
    mutating func append(contentsOf piece: UnsafeRawBufferPointer) {
        append(contentsOf: piece.assumingMemoryBound(to: UInt8.self))
    }

    /// Lets `body` write `count` bytes in place at the end.
    @inline(__always)
    mutating func append(count piece: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
        if piece > capacity - count { grow(to: count + piece) }
        body(start + count)
        count += piece
    }

    /// The bytes written from offset `first` on, copied into an array.
    func suffix(from first: Int) -> [UInt8] { Array(UnsafeBufferPointer(start: start + first, count: count - first)) }

    /// Moves the bytes to a storage of at least `needed` bytes, doubling so appends stay O(1) amortized.
    private mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = larger
    }

    /// Lends the bytes written to `body`, then forgets them, keeping the storage for the next block.
    mutating func drain<Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        let written = UnsafeRawBufferPointer(start: start, count: count)
        count = 0
        try body(written)
    }

    /// The bytes written, copied into an array.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }
}
