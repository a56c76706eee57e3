import Foundation

/// XLIFF 2.1 (core namespace 2.0) with the ITS and Metadata modules: one `<unit>` per
/// pair, so nothing of either document is left out.
///
/// - Aligned pairs: `<segment state="translated">` with source and target.
/// - Source-only pairs: a segment with `<source>` only, `state="initial"` (not yet translated).
/// - Target-only pairs (e.g. a translator's preface): XLIFF requires a `<source>`, so the
///   segment has an empty one, the target text, `state="initial"` and
///   `subState="bitext:target-only"`, which says why the source is empty.
/// - Findings: ITS 2.0 Localization Quality Issue standoff markup, an
///   `<its:locQualityIssues xml:id="lqiN">` in the unit, referenced by an
///   `<mrk type="its:generic" its:locQualityIssuesRef="#its=lqiN">` spanning the target text
///   (the source text when there is no target). Issue types come from
///   `LocalizationQualityIssueType.byCheckID`; severities are error 100, warning 50, info 10.
///   Findings about no pair are file-level `<notes>`.
/// - The alignment score and first lines are `<mda:meta>` entries of the Metadata module.
/// - Characters XML 1.0 cannot carry are kept as `<cp hex="…"/>` in text; in attribute
///   values they become U+FFFD (see `XMLCharacters`).
public struct XLIFF2Writer: BitextWriter {
    public init() {}

    static let coreNamespace = "urn:oasis:names:tc:xliff:document:2.0"
    static let itsNamespace = "http://www.w3.org/2005/11/its"
    static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"

    public func write(_ bitext: Bitext, findings: [Finding], context: OutputContext) throws -> Data {
        let grouped = ExportFindings(findings, pairCount: bitext.pairs.count)
        let xml = try XMLWriter()
        try xml.startDocument()
        try xml.open("xliff", [
            "xmlns": Self.coreNamespace,
            "xmlns:its": Self.itsNamespace,
            "xmlns:mda": Self.metadataNamespace,
            "version": "2.1",
            "srcLang": bitext.sourceLanguage.tag,
            "trgLang": bitext.targetLanguage.tag,
            "its:version": "2.0",
        ])
        try xml.open("file", ["id": "f1", "original": bitext.sourcePath])
        try xml.open("mda:metadata")
        try xml.open("mda:metaGroup", ["category": "bitext"])
        try xml.leaf("mda:meta", ["type": "tool"], text: "bitext \(context.toolVersion)")
        try xml.leaf("mda:meta", ["type": "generated-at"], text: ExportText.xsdDateTime(context.generatedAt))
        try xml.leaf("mda:meta", ["type": "target-file"], text: bitext.targetPath)
        try xml.close()
        try xml.close()
        if !grouped.unpaired.isEmpty {
            try xml.open("notes")
            for finding in grouped.unpaired {
                try xml.leaf("note", [
                    "category": finding.check, "priority": String(finding.severity.notePriority),
                ], text: ExportText.locatedNote(finding))
            }
            try xml.close()
        }
        for pair in bitext.pairs {
            try unit(xml, pair: pair, findings: grouped.of(pair))
        }
        try xml.close()
        try xml.close()
        return try xml.finish()
    }

    private func unit(_ xml: XMLWriter, pair: AlignedPair, findings: [Finding]) throws {
        let number = ExportText.pairNumber(pair)
        let issuesID = "lqi\(number)"
        try xml.open("unit", ["id": "u\(number)"])

        try xml.open("mda:metadata")
        try xml.open("mda:metaGroup", ["category": "bitext-alignment"])
        try xml.leaf("mda:meta", ["type": "score"], text: ExportText.score(pair.score))
        if let line = pair.sourceLine {
            try xml.leaf("mda:meta", ["type": "source-line"], text: String(line))
        }
        if let line = pair.targetLine {
            try xml.leaf("mda:meta", ["type": "target-line"], text: String(line))
        }
        try xml.close()
        try xml.close()

        if !findings.isEmpty {
            try xml.open("its:locQualityIssues", ["xml:id": issuesID])
            for finding in findings {
                try xml.empty("its:locQualityIssue", [
                    "locQualityIssueType": LocalizationQualityIssueType.forCheck(finding.check).rawValue,
                    "locQualityIssueComment": "[\(finding.check)] \(finding.message)",
                    "locQualityIssueSeverity": String(finding.severity.localizationQualitySeverity),
                ])
            }
            try xml.close()
        }

        let state: String
        let subState: String?
        switch (pair.source.isEmpty, pair.target.isEmpty) {
        case (false, false): (state, subState) = ("translated", nil)
        case (false, true): (state, subState) = ("initial", nil)
        case (true, _): (state, subState) = ("initial", "bitext:target-only")
        }
        try xml.open("segment", ["id": "s\(number)", "state": state, "subState": subState])
        let issuesSide = findings.isEmpty ? nil : (pair.target.isEmpty ? "source" : "target")
        let marker: (id: String, reference: String) = ("m\(number)", "#its=\(issuesID)")
        // XLIFF 2 requires a target's xml:space to be its source's: one value for both.
        let space = ExportText.xmlSpace(pair.sourceText, pair.targetText)
        try xml.leaf("source", ["xml:space": space]) {
            try content(xml, pair.sourceText, marker: issuesSide == "source" ? marker : nil)
        }
        if !pair.target.isEmpty {
            try xml.leaf("target", ["xml:space": space]) {
                try content(xml, pair.targetText, marker: issuesSide == "target" ? marker : nil)
            }
        }
        try xml.close()
        try xml.close()
    }

    /// Segment text, optionally wrapped in the marker that points at the unit's issues.
    private func content(_ xml: XMLWriter, _ text: String, marker: (id: String, reference: String)?) throws {
        guard let marker else { return try runs(xml, text) }
        try xml.inline("mrk", [
            "id": marker.id, "type": "its:generic", "its:locQualityIssuesRef": marker.reference,
        ]) {
            try runs(xml, text)
        }
    }

    private func runs(_ xml: XMLWriter, _ text: String) throws {
        for run in XMLCharacters.runs(of: text) {
            switch run {
            case .text(let string): try xml.text(string)
            case .disallowed(let scalar): try xml.inline("cp", ["hex": XMLCharacters.hex(scalar)])
            }
        }
    }
}
