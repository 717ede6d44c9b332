import CoopModel
import Foundation
import ZIPFoundation

/// Writes a briefing as a Word document (Office Open XML), with the diagram embedded as a PNG.
public enum DOCXWriter {
    /// The package's parts, in the order they are zipped.
    public static let partNames = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
        "word/_rels/document.xml.rels", "word/media/diagram.png",
    ]

    /// The `.docx` bytes: the same briefing always gives the same bytes (fixed entry order and dates).
    public static func render(_ briefing: Briefing) throws(BriefError) -> Data {
        let hasDiagram = briefing.diagram != nil
        var parts: [(name: String, data: Data)] = [
            ("[Content_Types].xml", Data(DOCXParts.contentTypes.utf8)),
            ("_rels/.rels", Data(DOCXParts.packageRelationships.utf8)),
            ("word/document.xml", Data(DOCXDocument(briefing: briefing).xml().utf8)),
            ("word/styles.xml", Data(DOCXParts.styles(language: briefing.language).utf8)),
            ("word/_rels/document.xml.rels", Data(DOCXParts.documentRelationships(hasDiagram: hasDiagram).utf8)),
        ]
        if let diagram = briefing.diagram { parts.append(("word/media/diagram.png", diagram.png)) }
        return try zip(parts)
    }

    /// Writes the document to `url` atomically.
    public static func write(_ briefing: Briefing, to url: URL) throws(BriefError) {
        try AtomicFile.write(try render(briefing), to: url, failure: BriefError.writing(url))
    }

    /// A fixed modification date for every entry, so the bytes do not depend on the clock.
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01T00:00:00Z

    private static func zip(_ parts: [(name: String, data: Data)]) throws(BriefError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                // PNG is already compressed; the XML parts deflate well.
                let method: CompressionMethod = part.name.hasSuffix(".png") ? .none : .deflate
                let data = part.data
                try archive.addEntry(
                    with: part.name, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: method,
                    provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
            }
            guard let bytes = archive.data else { throw BriefError.packaging("the in-memory archive has no data") }
            return bytes
        } catch let error as BriefError {
            throw error
        } catch {
            throw .packaging("\(error)")
        }
    }
}
