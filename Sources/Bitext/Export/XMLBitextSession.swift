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
    func document(of bitext: AlignedBitext, findings: ExportFindings) throws -> Data {
        for pair in bitext.pairs {
            try write(pair, findings: findings.of(pair))
        }
        try flush()
        try close()
        return try xml.finish()
    }
}

/// The two XLIFF sessions start the same way: findings on no pair go in the file's notes.
protocol XLIFFBitextSession: XMLBitextSession {
    init(xml: XMLWriter, header: AlignedBitext, context: OutputContext, fileFindings: [Finding]) throws
}

extension XLIFFBitextSession {
    /// A whole bitext and its findings, written in memory.
    static func document(of bitext: AlignedBitext, findings: [Finding], context: OutputContext) throws -> Data {
        let grouped = ExportFindings(findings, pairCount: bitext.pairs.count)
        let session = try Self(xml: XMLWriter(), header: bitext, context: context, fileFindings: grouped.unpaired)
        return try session.document(of: bitext, findings: grouped)
    }

    /// A session streaming to the file at `path`.
    static func streaming(header: AlignedBitext, context: OutputContext, toFileAt path: String) throws -> any BitextWriterSession {
        try Self(xml: XMLWriter(fileAt: path), header: header, context: context, fileFindings: [])
    }
}
