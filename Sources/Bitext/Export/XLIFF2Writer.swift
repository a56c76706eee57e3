import Foundation

/// XLIFF 2.1 (core namespace 2.0) with the ITS and Metadata modules: one `<unit>` per
/// pair, so nothing of either document is left out; the pairs that were the segments of one
/// unit (`UnitSegmentInfo`) go back into one `<unit>` with their ignorables, the unit's
/// content taken from its first pair.
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
///
/// Pairs read from a bilingual file keep what it had: unit ids, state, notes (with
/// `appliesTo`), properties as `<mda:meta>`, inline codes as `sc`/`ec`/`ph`/`sm`/`em` with
/// their native code in `<originalData>`. What XLIFF 2 has no attribute for (a TMX code's
/// element and attributes, a TMX unit's attributes) goes in `bx:` attributes of bitext's
/// namespace (`BitextXMLNamespace`), which the XLIFF 2 reader turns back into the original.
public struct XLIFF2Writer: StreamingBitextWriter {
    public init() {}

    static let coreNamespace = "urn:oasis:names:tc:xliff:document:2.0"
    static let itsNamespace = "http://www.w3.org/2005/11/its"
    static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"

    public func write(_ bitext: AlignedBitext, findings: [Finding], context: OutputContext) throws -> Data {
        try XLIFF2Session.document(of: bitext, findings: findings, context: context)
    }

    public func session(header: AlignedBitext, context: OutputContext, toFileAt path: String) throws -> any BitextWriterSession {
        try XLIFF2Session.streaming(header: header, context: context, toFileAt: path)
    }
}

final class XLIFF2Session: XLIFFBitextSession {
    static let enclosingElementCount = 2
    let xml: XMLWriter
    private let header: AlignedBitext
    private let carries: Bool

    /// `srcLang` and `trgLang`.
    private let sourceLanguageTag: String
    private let targetLanguageTag: String
    /// The `<file>` carries an `xml:lang` that its segments would inherit.
    private let fileHasLanguage: Bool
    /// The language tags of the file read, which units need not repeat.
    private let fileLanguageTags: (source: String?, target: String?)

    init(xml: XMLWriter, header: AlignedBitext, context: OutputContext, fileFindings: [Finding]) throws {
        self.xml = xml
        self.header = header
        let fileInfo = header.fileInfo
        carries = fileInfo != nil
        fileLanguageTags = (fileInfo?.sourceLanguageTag, fileInfo?.targetLanguageTag)
        // XLIFF 2 wants BCP 47; a tag spelled otherwise (`zh_CN`) keeps its spelling in `bx:`.
        let readTags = (source: fileInfo?.sourceLanguageTag ?? header.sourceLanguage.tag, target: fileInfo?.targetLanguageTag ?? header.targetLanguage.tag)
        sourceLanguageTag = LanguageTag.bcp47(readTags.source) ?? header.sourceLanguage.tag
        targetLanguageTag = LanguageTag.bcp47(readTags.target) ?? header.targetLanguage.tag
        let sourceSpelling = readTags.source == sourceLanguageTag ? nil : readTags.source
        let targetSpelling = readTags.target == targetLanguageTag ? nil : readTags.target
        fileHasLanguage = fileInfo?.origin == .xliff2 && fileInfo?.attributes["xml:lang"] != nil
        try xml.startDocument()
        var rootAttributes: KeyValuePairs<String, String?> {
            [
                "xmlns": XLIFF2Writer.coreNamespace,
                "xmlns:its": XLIFF2Writer.itsNamespace,
                "xmlns:mda": XLIFF2Writer.metadataNamespace,
                "xmlns:\(BitextXMLNamespace.prefix)": fileInfo == nil ? nil : BitextXMLNamespace.uri,
                "version": "2.1",
                "srcLang": sourceLanguageTag,
                "trgLang": targetLanguageTag,
                "its:version": "2.0",
                "\(BitextXMLNamespace.prefix):source-lang": sourceSpelling,
                "\(BitextXMLNamespace.prefix):target-lang": targetSpelling,
            ]
        }
        try xml.open("xliff", rootAttributes)
        // A file read from XLIFF 2 is written as it was, its id included, without bitext's
        // stamp; any other gets bitext's tool, time and target file in its metadata.
        let ownFormat = fileInfo?.origin == .xliff2
        var fileAttributes: [(String, String)] = []
        if let fileInfo, ownFormat {
            let id = fileInfo.attributes["id"].flatMap { XMLName.isNMToken($0) ? $0 : nil } ?? "f1"
            fileAttributes = [("id", id)] + InlineCodeLayout.sorted(fileInfo.attributes.filter { $0.key != "id" })
        } else {
            fileAttributes = [("id", "f1"), ("original", header.sourcePath)]
            if let fileInfo { fileAttributes += Self.carriedAttributes(fileInfo.attributes, origin: fileInfo.origin) }
        }
        writtenFileIDs.insert(fileAttributes[0].1)
        try xml.open("file", ordered: fileAttributes)
        for preserved in fileInfo?.preserved ?? [] {
            try Self.write(preserved, to: xml)
        }
        let properties = fileInfo?.properties ?? []
        if !ownFormat || !properties.isEmpty {
            try xml.open("mda:metadata")
            if !ownFormat {
                try xml.open("mda:metaGroup", ["category": "bitext"])
                try xml.leaf("mda:meta", ["type": "tool"], text: "bitext \(context.toolVersion)")
                try xml.leaf("mda:meta", ["type": "generated-at"], text: ExportText.xsdDateTime(context.generatedAt))
                try xml.leaf("mda:meta", ["type": "target-file"], text: header.targetPath)
                try xml.close()
            }
            if !properties.isEmpty {
                try writeProperties(properties)
            }
            try xml.close()
        }
        let notes = fileInfo?.notes ?? []
        if !fileFindings.isEmpty || !notes.isEmpty {
            try xml.open("notes")
            noteIDs = []
            for note in notes { try writeNote(note) }
            for finding in fileFindings {
                try xml.leaf("note", [
                    "category": finding.check, "priority": String(finding.severity.notePriority),
                ], text: ExportText.locatedNote(finding))
            }
            try xml.close()
        }
    }

    /// An element kept from the input: as it was when it is XLIFF 2's, else as the text of
    /// a `bx:preserved` extension element naming its format (a TMX header's `<ude>`), which
    /// the XLIFF 2 reader hands back to that format's writer.
    static func write(_ preserved: PreservedXML, to xml: XMLWriter) throws {
        if preserved.origin == .xliff2 { return try xml.raw(preserved.xml) }
        try xml.leaf("\(BitextXMLNamespace.prefix):\(BitextXMLNamespace.preservedElement)", ["origin": preserved.origin.rawValue], text: preserved.xml)
    }

    /// `bx:origin` and `bx:attr.NAME` for attributes of another format.
    private static func carriedAttributes(_ attributes: [String: String], origin: InlineCode.Origin) -> [(String, String)] {
        let carried = attributes.sorted { $0.key < $1.key }.compactMap { name, value in
            BitextXMLNamespace.attributeName(for: name).map { ("\(BitextXMLNamespace.prefix):\($0)", value) }
        }
        return carried.isEmpty ? [] : [("\(BitextXMLNamespace.prefix):origin", origin.rawValue)] + carried
    }

    /// Pairs of a unit of several segments wait here until its last segment arrives.
    private var pending: [(pair: AlignedPair, findings: [Finding])] = []

    func write(_ pair: AlignedPair, findings: [Finding]) throws {
        if let last = pending.last?.pair, !pair.continuesUnit(of: last) { try flush() }
        let isLast = pair.unit?.segment?.isLast ?? true
        // A unit of one segment, the usual case, is written without waiting.
        if pending.isEmpty, isLast { return try writeUnit(CollectionOfOne((pair, findings))) }
        pending.append((pair, findings))
        if isLast { try flush() }
    }

    /// The id of the further `<file>` of the input the units now written are in; nil in the first.
    private var writtenFileID: String?
    private var writtenFileIDs: Set<String> = []
    private var fileCount = 1
    private var unitIDs = UniqueUnitIDs()

    /// Ends the current `<file>` and starts the next one of the input, so that unit ids
    /// repeated across its files stay in different files; with its header (attributes,
    /// extension elements, metadata, notes), another format's in `bx:` attributes.
    private func startFile(_ id: String, header fileHeader: BilingualFileInfo?) throws {
        try xml.close()
        unitIDs.startFile()
        fileCount += 1
        var written = XMLName.isNMToken(id) ? id : "f\(fileCount)"
        while !writtenFileIDs.insert(written).inserted { written += "-\(fileCount)" }
        var attributes: [(String, String)] = [("id", written)]
        if let fileHeader {
            attributes += fileHeader.origin == .xliff2
                ? InlineCodeLayout.sorted(fileHeader.attributes.filter { $0.key != "id" })
                : Self.carriedAttributes(fileHeader.attributes, origin: fileHeader.origin)
        }
        try xml.open("file", ordered: attributes)
        writtenFileID = id
        guard let fileHeader else { return }
        for preserved in fileHeader.preserved {
            try Self.write(preserved, to: xml)
        }
        if !fileHeader.properties.isEmpty {
            try xml.open("mda:metadata")
            try writeProperties(fileHeader.properties)
            try xml.close()
        }
        if !fileHeader.notes.isEmpty {
            try xml.open("notes")
            noteIDs = []
            for note in fileHeader.notes { try writeNote(note) }
            try xml.close()
        }
    }

    /// Writes the unit whose segments are waiting, if any.
    func flush() throws {
        guard !pending.isEmpty else { return }
        let parts = pending
        pending = []
        try writeUnit(parts)
    }

    /// What a unit holds, in order: its segments (pairs) and ignorables.
    private enum Content {
        case segment(Int)
        case ignorable(IgnorableText)
    }

    /// One `<unit>`: the unit's content comes from its first pair, then each pair is a `<segment>`.
    private func writeUnit<Parts: RandomAccessCollection>(_ parts: Parts) throws
    where Parts.Element == (pair: AlignedPair, findings: [Finding]), Parts.Index == Int {
        let first = parts[0].pair
        let number = ExportText.pairNumber(first)
        let unit = first.unit
        if let fileID = unit?.fileID, fileID != writtenFileID { try startFile(fileID, header: unit?.fileHeader) }
        let id = unitIDs.claim(unit?.id.flatMap { XMLName.isNMToken($0) ? $0 : nil }, fallback: "u\(number)")
        var unitAttributes: [(String, String)] = [("id", id)]
        // The original id when it had to change; empty when the unit had none.
        if let unit, unit.id != id { unitAttributes.append(("\(BitextXMLNamespace.prefix):id", unit.id ?? "")) }
        if let unit {
            if unit.attributesOrigin == .xliff2 {
                unitAttributes += InlineCodeLayout.sorted(unit.attributes)
            } else if let origin = unit.attributesOrigin {
                // The origin even without attributes: a reader must not take the unit for
                // one read from XLIFF 2 (whose state and segment TMX would then carry).
                let carried = Self.carriedAttributes(unit.attributes, origin: origin)
                unitAttributes += carried.isEmpty ? [("\(BitextXMLNamespace.prefix):origin", origin.rawValue)] : carried
                // XLIFF 2 has `xml:space` on a unit too: an XLIFF 1.2 unit's is written as it is.
                if let space = unit.attributes["xml:space"] { unitAttributes.append(("xml:space", space)) }
                for (side, attributes) in [(UnitPart.source, unit.sourceAttributes), (.target, unit.targetAttributes)] {
                    for (name, value) in InlineCodeLayout.sorted(attributes) {
                        if let carriedName = BitextXMLNamespace.attributeName(for: name, side: side) {
                            unitAttributes.append(("\(BitextXMLNamespace.prefix):\(carriedName)", value))
                        }
                    }
                }
            }
            if !unit.formatFlags.isEmpty {
                unitAttributes.append(("\(BitextXMLNamespace.prefix):\(BitextXMLNamespace.formatFlags)", UnitStructureProperties.joinedFlags(unit.formatFlags)))
            }
            if let tag = unit.sourceLanguageTag, tag != fileLanguageTags.source {
                unitAttributes.append(("\(BitextXMLNamespace.prefix):source-lang", tag))
            }
            if let tag = unit.targetLanguageTag, tag != fileLanguageTags.target {
                unitAttributes.append(("\(BitextXMLNamespace.prefix):target-lang", tag))
            }
        }
        try xml.open("unit", ordered: unitAttributes)

        if carries {
            try writeCarriedMetadata(unit?.properties ?? [])
        } else {
            try xml.open("mda:metadata")
            try xml.open("mda:metaGroup", ["category": "bitext-alignment"])
            try xml.leaf("mda:meta", ["type": "score"], text: ExportText.score(first.score))
            if let line = first.sourceLine {
                try xml.leaf("mda:meta", ["type": "source-line"], text: String(line))
            }
            if let line = first.targetLine {
                try xml.leaf("mda:meta", ["type": "target-line"], text: String(line))
            }
            try xml.close()
            try xml.close()
        }
        for preserved in unit?.preserved ?? [] {
            try Self.write(preserved, to: xml)
        }

        // By index: a pair is not copied for a look at its findings (this runs for every unit).
        for index in parts.indices where !parts[index].findings.isEmpty {
            try xml.open("its:locQualityIssues", ["xml:id": "lqi\(ExportText.pairNumber(parts[index].pair))"])
            for finding in parts[index].findings {
                try xml.empty("its:locQualityIssue", [
                    "locQualityIssueType": LocalizationQualityIssueType.forCheck(finding.check).rawValue,
                    "locQualityIssueComment": "[\(finding.check)] \(finding.message)",
                    "locQualityIssueSeverity": String(finding.severity.localizationQualitySeverity),
                ])
            }
            try xml.close()
        }
        if let notes = unit?.notes, !notes.isEmpty {
            try xml.open("notes")
            noteIDs = []
            for note in notes { try writeNote(note) }
            try xml.close()
        }

        var contents: [Content] = []
        contents.reserveCapacity(parts.count)
        for index in parts.indices {
            if let before = parts[index].pair.unit?.segment?.ignorablesBefore, !before.isEmpty { contents += before.map(Content.ignorable) }
            contents.append(.segment(index))
        }
        if let after = parts[parts.count - 1].pair.unit?.segment?.ignorablesAfter, !after.isEmpty { contents += after.map(Content.ignorable) }
        let codes = XLIFF2InlineWriter(parts: contents.map { content in
            switch content {
            case .segment(let index): (parts[index].pair.sourceCodes, parts[index].pair.targetCodes)
            case .ignorable(let ignorable): (ignorable.sourceCodes, ignorable.targetCodes)
            }
        })
        if !codes.originalData.isEmpty {
            try xml.open("originalData")
            for (id, content) in codes.originalData {
                try xml.leaf("data", ["id": id]) { try self.runs(content) }
            }
            try xml.close()
        }
        for (position, content) in contents.enumerated() {
            switch content {
            case .segment(let index):
                try writeSegment(parts[index].pair, hasFindings: !parts[index].findings.isEmpty, codes: codes, part: position)
            case .ignorable(let ignorable):
                try writeIgnorable(ignorable, unit: parts[0].pair.unit, codes: codes, part: position)
            }
        }
        try xml.close()
    }

    private func writeSegment(_ pair: AlignedPair, hasFindings: Bool, codes: XLIFF2InlineWriter, part: Int) throws {
        let number = ExportText.pairNumber(pair)
        let unit = pair.unit
        let segment = unit?.segment
        var (state, subState): (String, String?) = switch (pair.source.isEmpty, pair.target.isEmpty) {
        case (false, false): ("translated", nil)
        case (false, true): ("initial", nil)
        case (true, _): ("initial", "bitext:target-only")
        }
        // A state past `initial` needs a target.
        // A state XLIFF 2 has no value for (XLIFF 1.2 `needs-review-translation`) is also
        // kept as it was, in the `subState`.
        var originalState: String?
        if let carried = unit?.state, !pair.target.isEmpty {
            state = Self.states.contains(carried) ? carried : Self.statesFromXLIFF12[carried] ?? state
            if state != carried { originalState = carried }
        }
        var attributes: [(String, String)] = []
        if let id = segment == nil ? "s\(number)" : segment?.id { attributes.append(("id", id)) }
        var carried = segment?.attributes ?? [:]
        if let subState { carried["subState"] = subState }
        if let originalState, carried["subState"] == nil { carried["subState"] = Self.carriedStatePrefix + originalState }
        // A segment read from XLIFF 2 or XLIFF 1.2 without a state keeps having none (in
        // XLIFF 2 it means `initial`), unless a `subState` needs one.
        let origin = unit?.attributesOrigin
        let statelessOriginal = unit?.state == nil && carried["subState"] == nil
            && ((segment != nil && origin == .xliff2) || (origin == .xliff12 && !pair.source.isEmpty))
        if !statelessOriginal { attributes.append(("state", state)) }
        attributes += InlineCodeLayout.sorted(carried)

        let languages = languageAttributes(unit)
        try xml.open("segment", ordered: attributes)
        let issuesSide = hasFindings ? (pair.target.isEmpty ? "source" : "target") : nil
        let marker: (id: String, reference: String) = ("m\(number)", "#its=lqi\(number)")
        // XLIFF 2 requires a target's xml:space to be its source's: one value for both. A
        // segment read from XLIFF 2 keeps what it had, and gets none it did not have.
        let ownSpace = origin == .xliff2 ? (unit?.sourceAttributes["xml:space"], unit?.targetAttributes["xml:space"]) : nil
        let space = ExportText.xmlSpace(pair.sourceText, pair.targetText)
        try xml.leaf("source", ["xml:lang": languages.source, "xml:space": ownSpace.map { $0.0 } ?? space]) {
            try content(pair.sourceText, side: .source, codes: codes, part: part, marker: issuesSide == "source" ? marker : nil)
        }
        if !pair.target.isEmpty {
            let targetSpace = ownSpace.map { $0.1 } ?? space
            let targetAttributes = [("xml:lang", languages.target), ("xml:space", targetSpace)].compactMap { name, value in value.map { (name, $0) } }
                + InlineCodeLayout.sorted(segment?.targetAttributes ?? [:])
            try xml.leaf("target", ordered: targetAttributes) {
                try content(pair.targetText, side: .target, codes: codes, part: part, marker: issuesSide == "target" ? marker : nil)
            }
        }
        try xml.close()
    }

    /// `xml:lang` for a unit's sources and targets when the unit or file carries an
    /// `xml:lang`, which they would otherwise inherit: XLIFF 2 wants them in `srcLang` and `trgLang`.
    private func languageAttributes(_ unit: TranslationUnitInfo?) -> (source: String?, target: String?) {
        let unitLanguage = unit?.attributesOrigin == .xliff2 && unit?.attributes["xml:lang"] != nil
        guard unitLanguage || fileHasLanguage else { return (nil, nil) }
        return (sourceLanguageTag, targetLanguageTag)
    }

    private func writeIgnorable(_ ignorable: IgnorableText, unit: TranslationUnitInfo?, codes: XLIFF2InlineWriter, part: Int) throws {
        try xml.open("ignorable", ordered: ignorable.id.map { [("id", $0)] } ?? [])
        let space = ExportText.xmlSpace(ignorable.source, ignorable.target ?? "")
        let languages = languageAttributes(unit)
        try xml.leaf("source", ["xml:lang": languages.source, "xml:space": space]) {
            try codes.write(ignorable.source, part: part, side: .source, to: self.xml, text: self.runs)
        }
        if let target = ignorable.target {
            try xml.leaf("target", ["xml:lang": languages.target, "xml:space": space]) {
                try codes.write(target, part: part, side: .target, to: self.xml, text: self.runs)
            }
        }
        try xml.close()
    }

    static let states: Set<String> = ["initial", "translated", "reviewed", "final"]
    /// The `subState` that keeps a state of another format XLIFF 2 has no value for.
    static let carriedStatePrefix = "bitext:state-"
    /// XLIFF 1.2 target states and the XLIFF 2 state closest to each.
    static let statesFromXLIFF12 = [
        "new": "initial", "needs-translation": "initial", "needs-adaptation": "translated",
        "needs-l10n": "translated", "needs-review-adaptation": "translated", "needs-review-l10n": "translated",
        "needs-review-translation": "translated", "translated": "translated", "signed-off": "reviewed", "final": "final",
    ]

    /// Properties as `<mda:meta>`: bitext's score and lines in the `bitext-alignment` group
    /// (where bitext's own XLIFF has them), the others in `properties` groups per part.
    private func writeCarriedMetadata(_ properties: [UnitProperty]) throws {
        guard !properties.isEmpty else { return }
        try xml.open("mda:metadata")
        try writeProperties(properties)
        try xml.close()
    }

    private func writeProperties(_ properties: [UnitProperty]) throws {
        let alignmentNames = Dictionary(uniqueKeysWithValues: XLIFF2UnitStream.alignmentProperties.map { ($0.value, $0.key) })
        let alignment = properties.filter { alignmentNames[$0.type] != nil && $0.appliesTo == .unit }
        if !alignment.isEmpty {
            try xml.open("mda:metaGroup", ["category": "bitext-alignment"])
            for property in alignment {
                try xml.leaf("mda:meta", ["type": alignmentNames[property.type]], text: property.value)
            }
            try xml.close()
        }
        for part in [UnitPart.unit, .source, .target] {
            let group = properties.filter { $0.appliesTo == part && !(part == .unit && alignmentNames[$0.type] != nil) }
            guard !group.isEmpty else { continue }
            try xml.open("mda:metaGroup", ["category": "properties", "appliesTo": part == .unit ? nil : part.rawValue])
            for property in group {
                var attributes: [(String, String)] = [("type", property.type)]
                if let language = property.language { attributes.append(("\(BitextXMLNamespace.prefix):lang", language)) }
                try xml.leaf("mda:meta", ordered: attributes, text: property.value)
            }
            try xml.close()
        }
    }

    /// Note ids written in the current `<notes>`: a group's notes, read into the file's,
    /// may repeat an id of the file's own, which one `<notes>` cannot hold twice.
    private var noteIDs: Set<String> = []

    private func writeNote(_ note: UnitNote) throws {
        var attributes: [(String, String)] = []
        if let id = note.id, XMLName.isNMToken(id), noteIDs.insert(id).inserted { attributes.append(("id", id)) }
        if note.appliesTo != .unit { attributes.append(("appliesTo", note.appliesTo.rawValue)) }
        if let category = note.category { attributes.append(("category", category)) }
        if let priority = note.priority, (1...10).contains(Int(priority) ?? 0) { attributes.append(("priority", priority)) }
        if let language = note.language { attributes.append(("\(BitextXMLNamespace.prefix):lang", language)) }
        try xml.leaf("note", ordered: attributes, text: note.text)
    }

    /// Segment text, optionally wrapped in the marker that points at the unit's issues.
    private func content(_ text: String, side: UnitPart, codes: XLIFF2InlineWriter, part: Int, marker: (id: String, reference: String)?) throws {
        let body = { try codes.write(text, part: part, side: side, to: self.xml, text: self.runs) }
        guard let marker else { return try body() }
        try xml.inline("mrk", [
            "id": marker.id, "type": "its:generic", "its:locQualityIssuesRef": marker.reference,
        ]) {
            try body()
        }
    }

    private func runs(_ text: String) throws {
        for run in XMLCharacters.runs(of: text) {
            switch run {
            case .text(let string): try xml.text(string)
            case .disallowed(let scalar): try xml.inline("cp", ["hex": XMLCharacters.hex(scalar)])
            }
        }
    }

}

/// XML names as XLIFF 2 ids need them.
enum XMLName {
    /// An `xs:NMTOKEN`: name characters only (letters, digits, `.-_:` and combining marks).
    static func isNMToken(_ value: String) -> Bool {
        if !value.isEmpty, value.utf8.allSatisfy({ byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2E || byte == 0x2D || byte == 0x5F || byte == 0x3A
        }) { return true }
        return !value.isEmpty && value.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || ".-_:".unicodeScalars.contains(scalar) || scalar.properties.generalCategory == .nonspacingMark
                || scalar.value == 0xB7
        }
    }
}
