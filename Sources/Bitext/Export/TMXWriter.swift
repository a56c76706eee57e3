import Foundation

/// TMX 1.4b, the translation-memory exchange format every CAT tool imports.
///
/// From an alignment (`AlignedBitext.fileInfo` nil), only aligned pairs are translation units: a
/// TM entry needs both sides, and a unit with a single `<tuv>` is ignored or rejected by
/// many tools. Unaligned pairs are counted in the header (a `<prop>` per side and a
/// `<note>` saying so); their text is in the XLIFF and JSON exports. Findings about a unit
/// become `<note>`s on it; findings about no exported unit become header notes that say
/// which pair and lines they concern.
///
/// From a bilingual file (TMX, XLIFF), every pair is a unit, a one-sided pair one with a
/// single `<tuv>`, so that converting loses nothing; the file's header, the units' ids,
/// attributes, language tags, notes and props are written back, and inline codes become
/// TMX codes (`InlineCode`; codes read from TMX as they were). Characters XML 1.0 cannot
/// carry become U+FFFD (see `XMLCharacters`).
public struct TMXWriter: StreamingBitextWriter {
    public init() {}

    public func write(_ bitext: AlignedBitext, findings: [Finding], context: OutputContext) throws -> Data {
        let grouped = ExportFindings(findings, pairCount: bitext.pairs.count)
        let xml = try XMLWriter()
        let session: TMXSession
        if bitext.fileInfo == nil {
            let unitFindings = Set(bitext.pairs.filter { !$0.isUnaligned }.map(\.index))
            session = try TMXSession(xml: xml, header: bitext, context: context, alignmentSummary: .init(
                sourceOnly: bitext.pairs.filter { $0.target.isEmpty }.count,
                targetOnly: bitext.pairs.filter { $0.source.isEmpty }.count,
                headerFindings: findings.filter { finding in
                    guard let pair = finding.pair else { return true }
                    return !unitFindings.contains(pair)
                }))
        } else {
            session = try TMXSession(xml: xml, header: bitext, context: context, alignmentSummary: nil)
        }
        return try session.document(of: bitext, findings: grouped)
    }

    public func session(header: AlignedBitext, context: OutputContext, toFileAt path: String) throws -> any BitextWriterSession {
        try TMXSession(xml: XMLWriter(fileAt: path), header: header, context: context, alignmentSummary: nil)
    }
}

final class TMXSession: XMLBitextSession {
    static let enclosingElementCount = 2

    /// What the header of an alignment's TMX says about the pairs that are not units.
    struct AlignmentSummary {
        var sourceOnly: Int
        var targetOnly: Int
        var headerFindings: [Finding]
    }

    let xml: XMLWriter
    private let header: AlignedBitext
    private let date: String
    /// Nil when writing a bilingual file's pairs: every pair is a unit then.
    private let alignmentSummary: AlignmentSummary?

    init(xml: XMLWriter, header: AlignedBitext, context: OutputContext, alignmentSummary: AlignmentSummary?) throws {
        self.xml = xml
        self.header = header
        self.date = ExportText.tmxDate(context.generatedAt)
        self.alignmentSummary = alignmentSummary
        try xml.startDocument(doctype: (root: "tmx", systemID: "tmx14.dtd"))
        try xml.open("tmx", ["version": "1.4"])
        if let fileInfo = header.fileInfo {
            try writeCarriedHeader(fileInfo, context: context)
        } else {
            try writeAlignmentHeader(context: context)
        }
        try xml.open("body")
    }

    private func writeAlignmentHeader(context: OutputContext) throws {
        try xml.open("header", [
            "creationtool": "bitext",
            "creationtoolversion": context.toolVersion,
            "segtype": "sentence",
            "o-tmf": "bitext",
            "adminlang": "en",
            "srclang": header.sourceLanguage.tag,
            "datatype": "plaintext",
            "creationdate": date,
        ])
        try xml.leaf("prop", ["type": "x-bitext-source-file"], text: header.sourcePath)
        try xml.leaf("prop", ["type": "x-bitext-target-file"], text: header.targetPath)
        let summary = alignmentSummary ?? AlignmentSummary(sourceOnly: 0, targetOnly: 0, headerFindings: [])
        try xml.leaf("prop", ["type": "x-bitext-unaligned-source-pairs"], text: String(summary.sourceOnly))
        try xml.leaf("prop", ["type": "x-bitext-unaligned-target-pairs"], text: String(summary.targetOnly))
        if summary.sourceOnly + summary.targetOnly > 0 {
            try xml.leaf("note", text: """
                \(summary.sourceOnly + summary.targetOnly) unaligned pairs (\(summary.sourceOnly) source-only, \(summary.targetOnly) \
                target-only) are not translation units in this file.
                """)
        }
        for finding in summary.headerFindings {
            try xml.leaf("note", text: ExportText.locatedNote(finding))
        }
        try xml.close()
    }

    /// The header as the file had it (attributes read from TMX), completed with the
    /// attributes TMX requires; its props, notes and TMX elements (`<ude>`).
    private func writeCarriedHeader(_ fileInfo: BilingualFileInfo, context: OutputContext) throws {
        var attributes = fileInfo.origin == .tmx ? fileInfo.attributes : [:]
        let required = [
            "creationtool": "bitext", "creationtoolversion": context.toolVersion, "segtype": "sentence",
            "o-tmf": "bitext", "adminlang": "en", "datatype": "plaintext",
        ]
        for (name, value) in required where attributes[name] == nil { attributes[name] = value }
        // A TMX whose direction nothing in it decided says so, rather than naming a language.
        attributes["srclang"] = fileInfo.sourceLanguageTag ?? (fileInfo.origin == .tmx ? "*all*" : header.sourceLanguage.tag)
        try xml.open("header", ordered: Self.headerOrder(attributes))
        for property in fileInfo.properties {
            try xml.leaf("prop", ordered: Self.propertyAttributes(property), text: property.value)
        }
        // Another format's file header (an XLIFF `<file>`'s attributes and `<tool>`) in props.
        if fileInfo.origin != .tmx {
            for property in FileHeaderProperties.properties(of: fileInfo, notes: false, properties: false) {
                try xml.leaf("prop", ordered: Self.propertyAttributes(property), text: property.value)
            }
        }
        for note in fileInfo.notes {
            try xml.leaf("note", ordered: note.language.map { [("xml:lang", $0)] } ?? [], text: note.text)
        }
        for preserved in fileInfo.preserved where preserved.origin == .tmx {
            try xml.raw(preserved.xml)
        }
        try xml.close()
    }

    /// The id of the input file whose units are being written; its header goes in the
    /// props of its first unit.
    private var writtenFileID: String?

    /// TMX's own attribute order first, then the rest by name.
    private static func headerOrder(_ attributes: [String: String]) -> [(String, String)] {
        let known = ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype",
                     "o-encoding", "creationdate", "creationid", "changedate", "changeid"]
        let first = known.compactMap { name in attributes[name].map { (name, $0) } }
        let rest = attributes.filter { !known.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return first + rest
    }

    private static func propertyAttributes(_ property: UnitProperty) -> [(String, String)] {
        [("type", property.type)] + (property.language.map { [("xml:lang", $0)] } ?? [])
    }

    func write(_ pair: AlignedPair, findings: [Finding]) throws {
        if header.fileInfo == nil {
            try writeAlignedUnit(pair, findings: findings)
        } else {
            try writeCarriedUnit(pair, findings: findings)
        }
    }

    private func writeAlignedUnit(_ pair: AlignedPair, findings: [Finding]) throws {
        guard !pair.isUnaligned else { return }
        try xml.open("tu", ["tuid": String(ExportText.pairNumber(pair)), "creationdate": date])
        try xml.leaf("prop", ["type": TranslationUnitInfo.scoreProperty], text: ExportText.score(pair.score))
        if let line = pair.sourceLine {
            try xml.leaf("prop", ["type": TranslationUnitInfo.sourceLineProperty], text: String(line))
        }
        if let line = pair.targetLine {
            try xml.leaf("prop", ["type": TranslationUnitInfo.targetLineProperty], text: String(line))
        }
        for finding in findings {
            try xml.leaf("note", text: ExportText.note(finding))
        }
        try variant(language: header.sourceLanguage.tag, text: pair.sourceText, codes: pair.sourceCodes, notes: [], properties: [])
        try variant(language: header.targetLanguage.tag, text: pair.targetText, codes: pair.targetCodes, notes: [], properties: [])
        try xml.close()
    }

    private func writeCarriedUnit(_ pair: AlignedPair, findings: [Finding]) throws {
        guard !(pair.source.isEmpty && pair.target.isEmpty) else { return }
        let unit = pair.unit ?? TranslationUnitInfo()
        let ownFormat = unit.attributesOrigin == .tmx
        var attributes = ownFormat ? unit.attributes : [:]
        // A unit read without an id stays without `tuid`; a pair with no unit is numbered.
        attributes["tuid"] = UnitStructureProperties.pairID(of: unit) ?? (pair.unit == nil ? String(ExportText.pairNumber(pair)) : nil)
        let sourceTag = unit.sourceLanguageTag ?? header.fileInfo?.sourceLanguageTag ?? header.sourceLanguage.tag
        let targetTag = unit.targetLanguageTag ?? header.fileInfo?.targetLanguageTag ?? header.targetLanguage.tag
        if attributes["srclang"] == nil, Self.oneSidedUnitNeedsItsSource(pair, sourceTag: sourceTag, targetTag: targetTag, header: header) {
            attributes["srclang"] = sourceTag
        }
        let order = ["tuid"] + attributes.keys.filter { $0 != "tuid" }.sorted()
        try xml.open("tu", ordered: order.compactMap { name in attributes[name].map { (name, $0) } })
        for property in unit.properties where property.appliesTo == .unit {
            try xml.leaf("prop", ordered: Self.propertyAttributes(property), text: property.value)
        }
        var carried = UnitStructureProperties.properties(of: unit, in: .tmx)
        if let fileID = unit.fileID, fileID != writtenFileID {
            writtenFileID = fileID
            if let fileHeader = unit.fileHeader { carried += FileHeaderProperties.properties(of: fileHeader, notes: true, properties: true) }
        }
        carried += InlineCodeProperties.properties(
            source: pair.sourceCodes, target: pair.targetCodes, into: .tmx, unitOrigin: unit.attributesOrigin)
        for property in carried {
            try xml.leaf("prop", ordered: Self.propertyAttributes(property), text: property.value)
        }
        for note in unit.notes where note.appliesTo == .unit {
            try xml.leaf("note", ordered: note.language.map { [("xml:lang", $0)] } ?? [], text: note.text)
        }
        for finding in findings {
            try xml.leaf("note", text: ExportText.note(finding))
        }
        for preserved in unit.preserved where preserved.origin == .tmx {
            try xml.raw(preserved.xml)
        }
        if !pair.source.isEmpty {
            try variant(language: sourceTag, attributes: ownFormat ? unit.sourceAttributes : [:], text: pair.sourceText, codes: pair.sourceCodes,
                        notes: unit.notes.filter { $0.appliesTo == .source }, properties: unit.properties.filter { $0.appliesTo == .source })
        }
        if !pair.target.isEmpty {
            try variant(language: targetTag, attributes: ownFormat ? unit.targetAttributes : [:], text: pair.targetText, codes: pair.targetCodes,
                        notes: unit.notes.filter { $0.appliesTo == .target }, properties: unit.properties.filter { $0.appliesTo == .target })
        }
        try xml.close()
    }

    /// Whether a reader would take the one variant of a one-sided unit for the other side:
    /// under a header `srclang="*all*"` (no unit decided the direction) any lone variant
    /// reads as a source, and under a declared `srclang` a lone variant is a source exactly
    /// when it is in that language. Such a unit names its source itself (`<tu srclang>`).
    static func oneSidedUnitNeedsItsSource(_ pair: AlignedPair, sourceTag: String, targetTag: String, header: AlignedBitext) -> Bool {
        guard pair.source.isEmpty != pair.target.isEmpty else { return false }
        let isSource = !pair.source.isEmpty
        guard let headerSource = header.fileInfo?.sourceLanguageTag, headerSource != "*all*" else { return true }
        return TMXUnitStream.sameLanguageTag(isSource ? sourceTag : targetTag, headerSource) != isSource
    }

    private func variant(
        language: String, attributes: [String: String] = [:], text: String, codes: [InlineCode], notes: [UnitNote], properties: [UnitProperty]
    ) throws {
        try xml.open("tuv", ordered: [("xml:lang", language)] + InlineCodeLayout.sorted(attributes))
        for property in properties {
            try xml.leaf("prop", ordered: Self.propertyAttributes(property), text: property.value)
        }
        for note in notes {
            try xml.leaf("note", ordered: note.language.map { [("xml:lang", $0)] } ?? [], text: note.text)
        }
        try xml.leaf("seg") { try TMXInlineWriter(codes: codes).write(text, to: xml) }
        try xml.close()
    }

}

/// Puts a segment's inline codes back as TMX: codes read from TMX as they were; others by
/// role (`bpt`/`ept` for pairs, `it` for halves, `ph` for standalones, `hi` around
/// annotated text), with their native code as content.
struct TMXInlineWriter {
    let codes: [InlineCode]
    private let paired: Set<Int>
    private let nested: Set<Int>

    init(codes: [InlineCode]) {
        self.codes = codes
        (paired, nested) = InlineCodeLayout.pairsAndNesting(codes, origin: .tmx, wrapping: ["hi"])
    }

    func write(_ text: String, to xml: XMLWriter) throws {
        var numbering = InlineCodeLayout.Numbering()
        for run in InlineRun.runs(of: text, codes: codes) {
            switch run {
            case .text(let string): try xml.text(string)
            case .code(let index): try write(codes[index], at: index, numbering: &numbering, to: xml)
            }
        }
    }

    private func write(_ code: InlineCode, at index: Int, numbering: inout InlineCodeLayout.Numbering, to xml: XMLWriter) throws {
        if code.origin == .tmx {
            if code.element == "hi" {
                guard nested.contains(index) else {
                    return try xml.inline("ph", [("type", "x-unpaired-hi")], text: nil)
                }
                return code.role == .annotationStart
                    ? try xml.startInline("hi", InlineCodeLayout.sorted(code.attributes))
                    : try xml.endInline()
            }
            return try xml.inline(code.element, InlineCodeLayout.sorted(code.attributes), text: code.content ?? "")
        }
        // A code read from XLIFF 1.2 gets back the TMX attributes its XLIFF ones stand for.
        func element(_ name: String, _ attributes: [(String, String)]) -> (String, [(String, String)]) {
            guard code.origin == .xliff12 else { return (name, attributes) }
            let mapped = TMXXLIFF12CodeAttributes.tmxCode(of: code, as: name)
            return (mapped.element, (attributes + mapped.attributes).sorted { $0.0 < $1.0 })
        }
        func pairNumber() -> String {
            if code.origin == .xliff12, TMXXLIFF12CodeAttributes.isInteger(code.pairing), let pairing = code.pairing { return pairing }
            return String(numbering.number(for: code.pairing))
        }
        switch code.role {
        case .opening where paired.contains(index):
            let (name, attributes) = element("bpt", [("i", pairNumber())])
            try xml.inline(name, attributes, text: code.content ?? "")
        case .closing where paired.contains(index):
            let (name, attributes) = element("ept", [("i", pairNumber())])
            try xml.inline(name, attributes, text: code.content ?? "")
        case .opening, .closing:
            let (name, attributes) = element("it", [("pos", code.role == .opening ? "begin" : "end")])
            try xml.inline(name, attributes, text: code.content ?? "")
        case .standalone:
            let (name, attributes) = element("ph", [])
            try xml.inline(name, attributes, text: code.content ?? "")
        case .annotationStart where nested.contains(index):
            let (name, attributes) = element("hi", [])
            try xml.startInline(name, attributes)
        case .annotationEnd where nested.contains(index):
            try xml.endInline()
        case .annotationStart, .annotationEnd:
            try xml.inline("ph", [("type", code.role == .annotationStart ? "x-annotation-start" : "x-annotation-end")], text: nil)
        case .character:
            break
        }
    }
}
