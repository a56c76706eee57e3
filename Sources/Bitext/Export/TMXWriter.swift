import Foundation

/// TMX 1.4b, the translation-memory exchange format every CAT tool imports.
///
/// Only aligned pairs are translation units: a TM entry needs both sides, and a unit with a
/// single `<tuv>` is ignored or rejected by many tools. Unaligned pairs are counted in the
/// header (a `<prop>` per side and a `<note>` saying so); their text is in the XLIFF and
/// JSON exports. Findings about a unit become `<note>`s on it; findings about no exported
/// unit become header notes that say which pair and lines they concern. Characters XML 1.0
/// cannot carry become U+FFFD (see `XMLCharacters`).
public struct TMXWriter: BitextWriter {
    public init() {}

    public func write(_ bitext: Bitext, findings: [Finding], context: OutputContext) throws -> Data {
        let date = ExportText.tmxDate(context.generatedAt)
        let grouped = ExportFindings(findings, pairCount: bitext.pairs.count)
        let sourceOnly = bitext.pairs.filter { $0.target.isEmpty }.count
        let targetOnly = bitext.pairs.filter { $0.source.isEmpty }.count
        let unitFindings = Set(bitext.pairs.filter { !$0.isUnaligned }.map(\.index))
        let headerFindings = findings.filter { finding in
            guard let pair = finding.pair else { return true }
            return !unitFindings.contains(pair)
        }

        let xml = try XMLWriter()
        try xml.startDocument(doctype: (root: "tmx", systemID: "tmx14.dtd"))
        try xml.open("tmx", ["version": "1.4"])
        try xml.open("header", [
            "creationtool": "bitext",
            "creationtoolversion": context.toolVersion,
            "segtype": "sentence",
            "o-tmf": "bitext",
            "adminlang": "en",
            "srclang": bitext.sourceLanguage.tag,
            "datatype": "plaintext",
            "creationdate": date,
        ])
        try xml.leaf("prop", ["type": "x-bitext-source-file"], text: bitext.sourcePath)
        try xml.leaf("prop", ["type": "x-bitext-target-file"], text: bitext.targetPath)
        try xml.leaf("prop", ["type": "x-bitext-unaligned-source-pairs"], text: String(sourceOnly))
        try xml.leaf("prop", ["type": "x-bitext-unaligned-target-pairs"], text: String(targetOnly))
        if sourceOnly + targetOnly > 0 {
            try xml.leaf("note", text: """
                \(sourceOnly + targetOnly) unaligned pairs (\(sourceOnly) source-only, \(targetOnly) \
                target-only) are not translation units in this file.
                """)
        }
        for finding in headerFindings {
            try xml.leaf("note", text: ExportText.locatedNote(finding))
        }
        try xml.close()

        try xml.open("body")
        for pair in bitext.pairs where !pair.isUnaligned {
            try xml.open("tu", ["tuid": String(ExportText.pairNumber(pair)), "creationdate": date])
            try xml.leaf("prop", ["type": "x-bitext-score"], text: ExportText.score(pair.score))
            if let line = pair.sourceLine {
                try xml.leaf("prop", ["type": "x-source-line"], text: String(line))
            }
            if let line = pair.targetLine {
                try xml.leaf("prop", ["type": "x-target-line"], text: String(line))
            }
            for finding in grouped.of(pair) {
                try xml.leaf("note", text: ExportText.note(finding))
            }
            try variant(xml, language: bitext.sourceLanguage, text: pair.sourceText)
            try variant(xml, language: bitext.targetLanguage, text: pair.targetText)
            try xml.close()
        }
        try xml.close()
        try xml.close()
        return try xml.finish()
    }

    private func variant(_ xml: XMLWriter, language: Language, text: String) throws {
        try xml.open("tuv", ["xml:lang": language.tag])
        try xml.leaf("seg", text: text)
        try xml.close()
    }
}
