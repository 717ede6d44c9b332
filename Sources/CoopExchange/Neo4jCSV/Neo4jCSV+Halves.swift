import CoopModel
import Dispatch
import Foundation

extension Neo4jCSV {
    /// Reads the rows before `halves.split` here, into `builder`, and those after it on another
    /// thread, into a ``RelationRun`` then added to `builder`. Returns false, with `builder` as it
    /// was, when the first half fails or does not end on a record boundary, or the second half
    /// cannot read the header on its own: the caller then reads the file in one go, which finds
    /// the same first error a one-go read would.
    static func readInHalves(
        _ url: URL, _ halves: Halves, into builder: inout KnowledgeGraphBuilder, ids: ByteKeyTable
    ) throws(ExchangeError) -> Bool {
        let file = url.lastPathComponent
        let second = SecondHalf()
        let positions = builder.entityPositions
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            second.outcome = Self.readSecondHalf(url, halves, ids: ids, positions: positions)
        }
        let mark = builder.checkpoint
        var rows = RelationshipRows(file: file, ids: ids)
        var firstLines: Int?
        do {
            // The range ends after a line feed: a record that runs past it (a quoted line break)
            // fails as an unclosed quote, and the whole file is then read in one go.
            firstLines = try CSVScanner(url: url, range: 0..<halves.split).forEachRecord {
                (record: CSVRecord) throws(ExchangeError) in try rows.read(record, into: &builder)
            }
            try rows.finish(into: &builder)
        } catch {
            firstLines = nil
        }
        group.wait()
        guard let firstLines, rows.hasHeader, let outcome = second.outcome else {
            builder.rollBack(to: mark)
            return false
        }
        switch outcome {
        case .read(let run):
            run.add(to: &builder)
            return true
        case .failed(let error):
            // The second half counts lines from its start, which is line `firstLines` of the file.
            throw error.movingLines(by: firstLines - 1, in: file)
        case .noHeader:
            builder.rollBack(to: mark)
            return false
        }
    }

    private static func readSecondHalf(_ url: URL, _ halves: Halves, ids: ByteKeyTable, positions: EntityPositions)
        -> SecondHalf.Outcome
    {
        var rows = RelationshipRows(file: url.lastPathComponent, ids: ids)
        // Rows are rarely shorter than this (as for the builder's own reserve).
        var run = RelationRun(entities: positions, expected: (halves.size - halves.split) / 48)
        do {
            try CSVScanner(url: url, range: 0..<halves.headerEnd).forEachRecord {
                (record: CSVRecord) throws(ExchangeError) in try rows.read(record, into: &run)
            }
        } catch {
            return .noHeader
        }
        guard rows.hasHeader else { return .noHeader }
        do {
            try CSVScanner(url: url, range: halves.split..<halves.size).forEachRecord {
                (record: CSVRecord) throws(ExchangeError) in try rows.read(record, into: &run)
            }
            try rows.finish(into: &run)
        } catch {
            return .failed(error)
        }
        return .read(run)
    }

    /// Where a relationships file splits into two halves: after the line feed that follows its
    /// middle. Nil when the file is too small to be worth it, or has no line feed there.
    struct Halves {
        let size: Int
        /// Where the second line starts (the header is the first).
        let headerEnd: Int
        /// Where the second half starts: just after a line feed.
        let split: Int

        init?(_ url: URL, from threshold: Int) {
            guard let size = (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize, size >= max(threshold, 2),
                let handle = try? FileHandle(forReadingFrom: url)
            else { return nil }
            defer { try? handle.close() }
            let window = 1 << 16
            func lineFeed(after offset: Int) -> Int? {
                guard (try? handle.seek(toOffset: UInt64(offset))) != nil,
                    let bytes = try? handle.read(upToCount: window), let index = bytes.firstIndex(of: UInt8(ascii: "\n"))
                else { return nil }
                return offset + (index - bytes.startIndex) + 1
            }
            guard let headerEnd = lineFeed(after: 0), let split = lineFeed(after: size / 2), headerEnd < split, split < size
            else { return nil }
            (self.size, self.headerEnd, self.split) = (size, headerEnd, split)
        }
    }

    /// What the second half's thread hands back; written before, and read after, the group wait.
    private final class SecondHalf: @unchecked Sendable {
        enum Outcome {
            case read(RelationRun)
            case failed(ExchangeError)
            case noHeader
        }
        var outcome: Outcome?
    }
}

extension ExchangeError {
    /// The same error with its line moved by `lines`, when it points into `file`.
    func movingLines(by lines: Int, in file: String) -> ExchangeError {
        guard case .malformed(let name, let line, let column, let reason) = self, name == file else { return self }
        return .malformed(file: name, line: line + lines, column: column, reason: reason)
    }
}
