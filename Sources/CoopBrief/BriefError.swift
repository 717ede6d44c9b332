import CoopModel
import Foundation

/// Why a briefing could not be assembled or written; the text says what, where and how to fix it.
public enum BriefError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A row of the briefing cites no source; every row must cite at least one.
    case uncitedRow(section: String, row: String)
    /// The content names an entity or relation index that the graph does not have.
    case unknownIndex(kind: String, index: Int, count: Int)
    /// The diagram images are not an SVG document and a PNG image.
    case invalidDiagram(String)
    /// The output path has an extension no writer handles.
    case unsupportedFormat(path: String)
    /// A file could not be written.
    case unwritable(path: String, reason: String)
    /// The DOCX package could not be zipped.
    case packaging(String)

    public var description: String {
        switch self {
        case .uncitedRow(let section, let row):
            return "briefing section '\(section)': row '\(row)' cites no source; "
                + "give every fact at least one FILE:LINE source in the knowledge base"
        case .unknownIndex(let kind, let index, let count):
            return "briefing content names \(kind) index \(index), but the graph has \(count); "
                + "build the content from the same graph that is passed to the assembly"
        case .invalidDiagram(let reason):
            return "briefing diagram: \(reason); render it with Graphviz to SVG and to PNG"
        case .unsupportedFormat(let path):
            return "\(path): cannot tell the briefing format; end the output name with .md, .html or .docx"
        case .unwritable(let path, let reason):
            return "\(path): cannot write the briefing (\(reason)); check that the folder exists and is writable"
        case .packaging(let reason):
            return "cannot build the .docx package (\(reason))"
        }
    }
}

extension BriefError {
    /// Turns the reason a write to `url` failed into an ``unwritable(path:reason:)`` error.
    static func writing(_ url: URL) -> (String) -> BriefError {
        { reason in .unwritable(path: url.path, reason: reason) }
    }
}
