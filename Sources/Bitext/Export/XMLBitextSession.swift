import Foundation

/// A writer session over an `XMLWriter`. TMX and both XLIFFs end a document the same way and
/// write a whole bitext in memory the same way; only the elements their header opens differ.
protocol XMLBitextSession: BitextWriterSession {
    var xml: XMLWriter { get }
    /// How many elements the header leaves open around the units (`<tmx><body>`: 2).
    static var enclosingElementCount: Int { get }
    /// Writes what the session holds back (XLIFF 2 waits for a unit's last segment).
    func flush() throws
}

extension XMLBitextSession {
    func flush() throws {}

    func finish() throws {
        try flush()
        try close()
        _ = try xml.finish()
    }

    /// Closes the elements the header opened.
    func close() throws {
        for _ in 0..<Self.enclosingElementCount { try xml.close() }
    }

    /// Writes every pair with its findings and returns the document: `write` of the
    /// in-memory writers.
    func document(of bitext: Bitext, findings: ExportFindings) throws -> Data {
        for pair in bitext.pairs {
            try write(pair, findings: findings.of(pair))
        }
        try flush()
        try close()
        return try xml.finish()
    }
}
