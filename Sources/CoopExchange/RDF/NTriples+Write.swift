import CoopModel
import Foundation

/// N-Triples (W3C RDF 1.1): one triple per line, in coopgraph's vocabulary (``RDFVocabulary``).
public enum NTriples {
    /// Writes `graph` as N-Triples and returns the number of triples written (all distinct).
    /// Throws only when the schema's names cannot form a vocabulary (see ``RDFVocabulary``).
    /// - Complexity: O(n log n + m) plus the text written.
    @discardableResult
    public static func write(_ graph: KnowledgeGraph, to output: inout some TextOutputStream) throws(ExchangeError) -> Int {
        let blocks = try RDFBlocks(graph: graph)
        var count = 0
        blocks.forEach { block in
            let subject = block.subject.nTriples
            for pair in block.pairs {
                output.write(subject + " " + pair.predicate.nTriples + " " + pair.object.nTriples + " .\n")
            }
            count += block.pairs.count
        }
        return count
    }

    /// Writes `graph` as N-Triples to `url`, atomically; returns the number of triples.
    @discardableResult
    public static func write(_ graph: KnowledgeGraph, to url: URL) throws(ExchangeError) -> Int {
        var count = 0
        try AtomicFile.write(to: url, failure: ExchangeError.writing(url)) { (stream: inout FileTextStream) throws(ExchangeError) in count = try write(graph, to: &stream) }
        return count
    }
}
