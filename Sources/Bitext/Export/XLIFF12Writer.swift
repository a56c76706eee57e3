import Foundation

/// XLIFF 1.2 for tools that predate XLIFF 2, valid against the strict schema.
///
/// One `<trans-unit>` per pair. Source-only pairs have no `<target>`. Target-only pairs
/// have an empty `<source/>`, a target with the extension state `x-bitext-target-only`
/// and a note saying so. Lines and the alignment score are a `<context-group>`
/// (`linenumber` is a standard context type; the others are `x-` extensions). Findings are
/// `<note from="bitext">`s; findings about no pair are header notes. XLIFF 1.2 has no way
/// to carry characters XML 1.0 forbids: they become U+FFFD (see `XMLCharacters`).
public struct XLIFF12Writer: BitextWriter {
    public init() {}

    static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    public func write(_ bitext: Bitext, findings: [Finding], context: OutputContext) throws -> Data {
        let grouped = ExportFindings(findings, pairCount: bitext.pairs.count)
        let xml = try XMLWriter()
        try xml.startDocument()
        try xml.open("xliff", ["version": "1.2", "xmlns": Self.namespace])
        try xml.open("file", [
            "original": bitext.sourcePath,
            "source-language": bitext.sourceLanguage.tag,
            "target-language": bitext.targetLanguage.tag,
            "datatype": "plaintext",
            "tool-id": "bitext",
            "date": ExportText.xsdDateTime(context.generatedAt),
        ])
        try xml.open("header")
        try xml.empty("tool", ["tool-id": "bitext", "tool-name": "bitext", "tool-version": context.toolVersion])
        try xml.leaf("note", ["from": "bitext", "priority": "10"], text: "Target file: \(bitext.targetPath)")
        for finding in grouped.unpaired {
            try note(xml, finding, text: ExportText.locatedNote(finding))
        }
        try xml.close()

        try xml.open("body")
        for pair in bitext.pairs {
            try transUnit(xml, pair: pair, findings: grouped.of(pair))
        }
        try xml.close()
        try xml.close()
        try xml.close()
        return try xml.finish()
    }

    private func transUnit(_ xml: XMLWriter, pair: AlignedPair, findings: [Finding]) throws {
        try xml.open("trans-unit", [
            "id": String(ExportText.pairNumber(pair)),
            "xml:space": ExportText.xmlSpace(pair.sourceText, pair.targetText),
        ])
        try xml.leaf("source", text: pair.sourceText)
        if !pair.target.isEmpty {
            try xml.leaf("target", ["state": pair.source.isEmpty ? "x-bitext-target-only" : "translated"],
                         text: pair.targetText)
        }
        try xml.open("context-group", ["name": "bitext-pair-\(ExportText.pairNumber(pair))", "purpose": "information"])
        if let line = pair.sourceLine {
            try xml.leaf("context", ["context-type": "linenumber"], text: String(line))
        }
        if let line = pair.targetLine {
            try xml.leaf("context", ["context-type": "x-target-linenumber"], text: String(line))
        }
        try xml.leaf("context", ["context-type": "x-alignment-score"], text: ExportText.score(pair.score))
        try xml.close()
        if pair.source.isEmpty {
            try xml.leaf("note", ["from": "bitext", "annotates": "target"],
                         text: "Target-only text: no source segment is aligned with it.")
        }
        for finding in findings {
            try note(xml, finding, text: ExportText.note(finding))
        }
        try xml.close()
    }

    private func note(_ xml: XMLWriter, _ finding: Finding, text: String) throws {
        try xml.leaf("note", [
            "from": "bitext",
            "priority": String(finding.severity.notePriority),
            "annotates": finding.target.text.isEmpty ? "source" : "target",
        ], text: text)
    }
}
