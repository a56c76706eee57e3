import Foundation

/// XLIFF 1.2 for tools that predate XLIFF 2, valid against the strict schema.
///
/// One `<trans-unit>` per pair. Source-only pairs have no `<target>`. Target-only pairs
/// have an empty `<source/>`, a target with the extension state `x-bitext-target-only`
/// and a note saying so. Lines and the alignment score are a `<context-group>`
/// (`linenumber` is a standard context type; the others are `x-` extensions). Findings are
/// `<note from="bitext">`s; findings about no pair are header notes. XLIFF 1.2 has no way
/// to carry characters XML 1.0 forbids: they become U+FFFD (see `XMLCharacters`).
///
/// Pairs read from a bilingual file keep their ids, notes, state and properties (as
/// `x-` contexts), and their inline codes as `bpt`/`ept`/`it`/`ph`/`mrk` with the native
/// code as content (codes read from XLIFF 1.2 as they were). A file read from XLIFF 1.2 is
/// written back as it was: its `<file>`s with their attributes and headers, no bitext
/// stamp, no `state` or `xml:space` it did not have.
public struct XLIFF12Writer: StreamingBitextWriter {
    public init() {}

    static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    public func write(_ bitext: AlignedBitext, findings: [Finding], context: OutputContext) throws -> Data {
        try XLIFF12Session.document(of: bitext, findings: findings, context: context)
    }

    public func session(header: AlignedBitext, context: OutputContext, toFileAt path: String) throws -> any BitextWriterSession {
        try XLIFF12Session.streaming(header: header, context: context, toFileAt: path)
    }
}

final class XLIFF12Session: XLIFFBitextSession {
    static let enclosingElementCount = 3
    let xml: XMLWriter
    private let header: AlignedBitext

    init(xml: XMLWriter, header: AlignedBitext, context: OutputContext, fileFindings: [Finding]) throws {
        self.xml = xml
        self.header = header
        self.context = context
        let fileInfo = header.fileInfo
        try xml.startDocument()
        try xml.open("xliff", ["version": "1.2", "xmlns": XLIFF12Writer.namespace])
        if let fileInfo, fileInfo.origin == .xliff12 {
            try writeFileStart(fileInfo, findings: fileFindings)
        } else {
            try writeFileStart(nil, findings: fileFindings)
            // Another format's header travels in the first unit's contexts.
            if let fileInfo { carriedHeader = FileHeaderProperties.properties(of: fileInfo, notes: false, properties: true) }
        }
    }

    private let context: OutputContext
    private var unitIDs = UniqueUnitIDs()
    /// The properties standing for a header of another format, for the next unit written.
    private var carriedHeader: [UnitProperty] = []
    /// The `fileID` of the input file whose units are being written; nil in the first.
    private var writtenFileID: String?

    /// Opens a `<file>`, its `<header>` and `<body>`: one read from XLIFF 1.2 as it was
    /// (attributes, the producer's `<tool>`, notes), without bitext's stamp; any other with
    /// the attributes XLIFF 1.2 requires and bitext's tool.
    private func writeFileStart(_ carried: BilingualFileInfo?, findings: [Finding]) throws {
        // `xs:language`: a tag spelled otherwise (`zh_CN`) is written as BCP 47 spells it.
        let sourceLanguage = header.fileInfo?.sourceLanguageTag.flatMap(LanguageTag.bcp47) ?? header.sourceLanguage.tag
        let targetLanguage = header.fileInfo?.targetLanguageTag.flatMap(LanguageTag.bcp47) ?? header.targetLanguage.tag
        guard let carried else {
            try xml.open("file", [
                "original": header.sourcePath, "source-language": sourceLanguage, "target-language": targetLanguage,
                "datatype": "plaintext", "tool-id": "bitext", "date": ExportText.xsdDateTime(context.generatedAt),
            ])
            try xml.open("header")
            try xml.empty("tool", ["tool-id": "bitext", "tool-name": "bitext", "tool-version": context.toolVersion])
            try xml.leaf("note", ["from": "bitext", "priority": "10"], text: "Target file: \(header.targetPath)")
            for note in header.fileInfo?.notes ?? [] {
                try writeNote(note)
            }
            for finding in findings {
                try note(finding, text: ExportText.locatedNote(finding))
            }
            try xml.close()
            return try xml.open("body")
        }
        var attributes = carried.attributes
        // The first file's languages are the bitext's; a further file keeps its own, spelled
        // as `xs:language` wants (`zh_CN` as `zh-CN`).
        attributes["source-language"] = attributes["source-language"].flatMap(LanguageTag.bcp47) ?? sourceLanguage
        attributes["target-language"] = attributes["target-language"].flatMap(LanguageTag.bcp47) ?? targetLanguage
        if attributes["original"] == nil { attributes["original"] = header.sourcePath }
        if attributes["datatype"] == nil { attributes["datatype"] = "plaintext" }
        let leading = ["original", "source-language", "target-language", "datatype"]
        try xml.open("file", ordered: leading.compactMap { name in attributes[name].map { (name, $0) } }
            + InlineCodeLayout.sorted(attributes.filter { !leading.contains($0.key) }))
        let preserved = carried.preserved.filter { $0.origin == .xliff12 }
        if !preserved.isEmpty || !carried.notes.isEmpty || !findings.isEmpty {
            try xml.open("header")
            for element in preserved { try xml.raw(element.xml) }
            for note in carried.notes { try writeNote(note) }
            for finding in findings { try note(finding, text: ExportText.locatedNote(finding)) }
            try xml.close()
        }
        try xml.open("body")
    }

    /// Ends the current `<file>` and starts the next one of the input, so that its units
    /// keep their file, whose ids need only be unique within it.
    private func startFile(_ id: String, header fileHeader: BilingualFileInfo?) throws {
        try xml.close()
        try xml.close()
        unitIDs.startFile()
        writtenFileID = id
        if let fileHeader, fileHeader.origin == .xliff12 {
            try writeFileStart(fileHeader, findings: [])
        } else {
            try writeFileStart(nil, findings: [])
            carriedHeader = fileHeader.map { FileHeaderProperties.properties(of: $0, notes: true, properties: true) } ?? []
        }
    }

    /// Segments of an XLIFF 1.2 unit cut by its `<seg-source>` wait here for the unit's last.
    private var pending: [(pair: AlignedPair, findings: [Finding])] = []

    func write(_ pair: AlignedPair, findings: [Finding]) throws {
        if let last = pending.last?.pair, !pair.continuesUnit(of: last) { try flush() }
        guard Self.isSegmented(pair) else {
            try flush()
            return try writeTransUnit([(pair, findings)])
        }
        pending.append((pair, findings))
        if pair.unit?.segment?.isLast == true { try flush() }
    }

    func flush() throws {
        guard !pending.isEmpty else { return }
        let parts = pending
        pending = []
        try writeTransUnit(parts)
    }

    /// A segment of a unit read from XLIFF 1.2 goes back into its `<trans-unit>`; segments
    /// of other formats' units are units of their own (with `x-bitext-` contexts).
    private static func isSegmented(_ pair: AlignedPair) -> Bool {
        pair.unit?.attributesOrigin == .xliff12 && pair.unit?.segment?.isStructured == true
    }

    /// Content of one side of a `<trans-unit>`: segments (with their `mid`) and the text between.
    private struct Piece {
        var text: String
        var codes: [InlineCode]
        /// Nil for text between segments.
        var mid: String?
    }

    private static func pieces(_ parts: [(pair: AlignedPair, findings: [Finding])], side: UnitPart) -> [Piece] {
        var pieces: [Piece] = []
        func add(_ ignorables: [IgnorableText]) {
            for ignorable in ignorables {
                pieces.append(side == .source
                    ? Piece(text: ignorable.source, codes: ignorable.sourceCodes)
                    : Piece(text: ignorable.target ?? "", codes: ignorable.targetCodes))
            }
        }
        for (pair, _) in parts {
            let segment = pair.unit?.segment
            add(segment?.ignorablesBefore ?? [])
            pieces.append(side == .source
                ? Piece(text: pair.sourceText, codes: pair.sourceCodes, mid: segment?.id ?? String((segment?.position ?? 0) + 1))
                : Piece(text: pair.targetText, codes: pair.targetCodes, mid: segment?.id ?? String((segment?.position ?? 0) + 1)))
        }
        add(parts.last?.pair.unit?.segment?.ignorablesAfter ?? [])
        return pieces
    }

    /// One `<trans-unit>`: a pair, or the segments of a unit with their `<seg-source>`.
    private func writeTransUnit(_ parts: [(pair: AlignedPair, findings: [Finding])]) throws {
        let pair = parts[0].pair
        let unit = pair.unit
        if let fileID = unit?.fileID, fileID != writtenFileID { try startFile(fileID, header: unit?.fileHeader) }
        let segmented = Self.isSegmented(pair)
        let readID = segmented ? unit?.id : UnitStructureProperties.pairID(of: unit)
        let id = unitIDs.claim(readID, fallback: String(ExportText.pairNumber(pair)))
        var attributes: [(String, String)] = [("id", id)]
        let ownFormat = unit?.attributesOrigin == .xliff12
        let carried = ownFormat ? unit?.attributes ?? [:] : [:]
        var structure = carriedHeader + (unit.map { UnitStructureProperties.properties(of: $0, in: .xliff12) } ?? [])
        carriedHeader = []
        // A repeated id replaced: the reader takes the original back from this context; a
        // unit that had no id says so with an empty one.
        if unit != nil, readID == nil || readID != id, !structure.contains(where: { $0.type == UnitStructureProperties.unitID }) {
            structure.append(UnitProperty(type: UnitStructureProperties.unitID, value: unit?.id ?? ""))
        }
        if !segmented {
            structure += InlineCodeProperties.properties(
                source: pair.sourceCodes, target: pair.targetCodes, into: .xliff12, unitOrigin: unit?.attributesOrigin)
        }
        let sources = segmented ? Self.pieces(parts, side: .source) : [Piece(text: pair.sourceText, codes: pair.sourceCodes)]
        let targets = segmented ? Self.pieces(parts, side: .target) : [Piece(text: pair.targetText, codes: pair.targetCodes)]
        // Ignorable text in the unit's contexts is whitespace that matters too. A unit read
        // from XLIFF 1.2 keeps its own `xml:space` or none, as it was.
        let spaced = sources.map(\.text) + targets.map(\.text) + structure.map(\.value)
        if !ownFormat, let space = ExportText.xmlSpace(spaced) {
            attributes.append(("xml:space", space))
        }
        attributes += InlineCodeLayout.sorted(carried)
        try xml.open("trans-unit", ordered: attributes)
        let sourceAttributes = ownFormat ? InlineCodeLayout.sorted(unit?.sourceAttributes ?? [:]) : []
        try xml.leaf("source", ordered: sourceAttributes) {
            try XLIFF12InlineWriter(codes: sources.flatMap(\.codes)).write(sources.map(\.text).joined(), to: xml)
        }
        // A `<seg-source>` kept as XML (one without segments) has its place after `<source>`.
        var preserved = (unit?.preserved ?? []).filter { $0.origin == .xliff12 }
        let keptSegSource = preserved.firstIndex { $0.xml.hasPrefix("<seg-source") }.map { preserved.remove(at: $0) }
        if segmented {
            try xml.leaf("seg-source") { try writeSegments(sources) }
        } else if let keptSegSource {
            try xml.raw(keptSegSource.xml)
        }
        if parts.contains(where: { !$0.pair.target.isEmpty }) {
            var targetAttributes = ownFormat ? unit?.targetAttributes ?? [:] : [:]
            targetAttributes["state"] = Self.state(of: pair)
            try xml.leaf("target", ordered: InlineCodeLayout.sorted(targetAttributes)) {
                if segmented {
                    try writeSegments(targets)
                } else {
                    try XLIFF12InlineWriter(codes: pair.targetCodes).write(pair.targetText, to: xml)
                }
            }
        }
        // The producer's context groups as they were; everything else in bitext's own group.
        var groups: [(attributes: [String: String], contexts: [UnitProperty])] = []
        var properties: [UnitProperty] = []
        for property in unit?.properties ?? [] {
            if property.type == XLIFF12ContextGroup.propertyType, property.appliesTo == .unit {
                groups.append((XLIFF12ContextGroup.decode(property.value), []))
            } else if !groups.isEmpty, property.appliesTo == .unit, Self.isContextType(property.type) {
                groups[groups.count - 1].contexts.append(property)
            } else {
                properties.append(property)
            }
        }
        properties += structure
        for group in groups {
            try xml.open("context-group", ordered: InlineCodeLayout.sorted(group.attributes))
            for context in group.contexts {
                try xml.leaf("context", ["context-type": context.type], text: context.value)
            }
            try xml.close()
        }
        if unit == nil || !properties.isEmpty {
            try xml.open("context-group", ["name": "bitext-pair-\(ExportText.pairNumber(pair))", "purpose": "information"])
            if unit == nil {
                if let line = pair.sourceLine {
                    try xml.leaf("context", ["context-type": "linenumber"], text: String(line))
                }
                if let line = pair.targetLine {
                    try xml.leaf("context", ["context-type": "x-target-linenumber"], text: String(line))
                }
                try xml.leaf("context", ["context-type": "x-alignment-score"], text: ExportText.score(pair.score))
            }
            let alignmentNames = Dictionary(uniqueKeysWithValues: XLIFF12UnitStream.alignmentProperties.map { ($0.value, $0.key) })
            for property in properties {
                let type = alignmentNames[property.type] ?? Self.contextType(property)
                try xml.leaf("context", ["context-type": type], text: property.value)
            }
            try xml.close()
        }
        if pair.source.isEmpty {
            try xml.leaf("note", ["from": "bitext", "annotates": "target"],
                         text: "Target-only text: no source segment is aligned with it.")
        }
        for carriedNote in unit?.notes ?? [] {
            try writeNote(carriedNote)
        }
        for finding in parts.flatMap(\.findings) {
            try note(finding, text: ExportText.note(finding))
        }
        for element in preserved {
            try xml.raw(element.xml)
        }
        try xml.close()
    }

    /// Segments as `<mrk mtype="seg">` around their content, the text between as it is.
    private func writeSegments(_ pieces: [Piece]) throws {
        for piece in pieces {
            guard let mid = piece.mid else {
                try XLIFF12InlineWriter(codes: piece.codes).write(piece.text, to: xml)
                continue
            }
            try xml.startInline("mrk", [("mtype", "seg"), ("mid", mid)])
            try XLIFF12InlineWriter(codes: piece.codes).write(piece.text, to: xml)
            try xml.endInline()
        }
    }

    /// The target's `state`: the unit's own (an XLIFF 2 state as its XLIFF 1.2
    /// counterpart); none when the unit comes from an XLIFF that gave none, rather than
    /// one it did not have; `translated` for a pair of an alignment or a memory.
    private static func state(of pair: AlignedPair) -> String? {
        if pair.source.isEmpty { return "x-bitext-target-only" }
        if let carried = pair.unit?.state {
            return states.contains(carried) || carried.hasPrefix("x-") ? carried : statesFromXLIFF2[carried] ?? "translated"
        }
        if let origin = pair.unit?.attributesOrigin, origin == .xliff12 || origin == .xliff2 { return nil }
        return "translated"
    }

    /// A `context-type` XLIFF 1.2 allows: a context of a producer's group is written back with it.
    private static func isContextType(_ type: String) -> Bool {
        contextTypes.contains(type) || (type.hasPrefix("x-") && !type.unicodeScalars.contains(where: \.properties.isWhitespace))
    }

    static let states: Set<String> = [
        "final", "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n",
        "needs-review-translation", "needs-translation", "new", "signed-off", "translated",
    ]
    static let statesFromXLIFF2 = ["initial": "new", "translated": "translated", "reviewed": "signed-off", "final": "final"]
    static let contextTypes: Set<String> = [
        "database", "element", "elementtitle", "linenumber", "numparams", "paramnotes", "record", "recordtitle", "sourcefile",
    ]

    /// A property's `context-type`: its own type when XLIFF 1.2 allows it and it is about the
    /// unit, else a bitext type that keeps its type and side (`x-bitext-source.TYPE`).
    private static func contextType(_ property: UnitProperty) -> String {
        let allowed = contextTypes.contains(property.type) || property.type.hasPrefix("x-")
        let sided = UnitStructureProperties.sidedType(property)
        if property.appliesTo == .unit, allowed { return property.type }
        // The `x-` pattern takes no whitespace.
        return sided.unicodeScalars.contains(where: \.properties.isWhitespace) ? "x-" + property.type.filter { !$0.isWhitespace } : sided
    }

    private func writeNote(_ carried: UnitNote) throws {
        var attributes: [(String, String)] = []
        if let category = carried.category { attributes.append(("from", category)) }
        if let priority = carried.priority { attributes.append(("priority", priority)) }
        if carried.appliesTo != .unit { attributes.append(("annotates", carried.appliesTo.rawValue)) }
        if let language = carried.language { attributes.append(("xml:lang", language)) }
        try xml.leaf("note", ordered: attributes, text: carried.text)
    }

    private func note(_ finding: Finding, text: String) throws {
        try xml.leaf("note", [
            "from": "bitext",
            "priority": String(finding.severity.notePriority),
            "annotates": finding.target.text.isEmpty ? "source" : "target",
        ], text: text)
    }

}

/// Puts a segment's inline codes back as XLIFF 1.2: codes read from XLIFF 1.2 as they were
/// (`g` and `mrk` around their text when they nest); others as `bpt`/`ept` pairs, `it`
/// halves, `ph` standalones and `mrk` around annotated text, native code as content.
struct XLIFF12InlineWriter {
    let codes: [InlineCode]
    private let paired: Set<Int>
    private let nested: Set<Int>

    init(codes: [InlineCode]) {
        self.codes = codes
        (paired, nested) = InlineCodeLayout.pairsAndNesting(codes, origin: .xliff12, wrapping: ["g", "mrk"])
    }

    func write(_ text: String, to xml: XMLWriter) throws {
        var numbering = InlineCodeLayout.Numbering()
        var next = 0
        for run in InlineRun.runs(of: text, codes: codes) {
            switch run {
            case .text(let string):
                try xml.text(string)
            case .code(let index):
                next += 1
                try write(codes[index], at: index, id: String(next), numbering: &numbering, to: xml)
            }
        }
    }

    private func write(_ code: InlineCode, at index: Int, id: String, numbering: inout InlineCodeLayout.Numbering, to xml: XMLWriter) throws {
        let wraps = code.element == "g" || code.element == "mrk"
        if code.origin == .xliff12, !wraps || nested.contains(index) {
            if wraps {
                return code.role == .opening || code.role == .annotationStart
                    ? try xml.startInline(code.element, InlineCodeLayout.sorted(code.attributes))
                    : try xml.endInline()
            }
            let content = ["ph", "bpt", "ept", "it"].contains(code.element) ? code.content ?? "" : nil
            return try xml.inline(code.element, InlineCodeLayout.sorted(code.attributes), text: content)
        }
        // A TMX code keeps its attributes in their XLIFF 1.2 equivalents.
        let fromTMX = code.origin == .tmx
        let codeID = fromTMX ? TMXXLIFF12CodeAttributes.xliffID(of: code, position: Int(id) ?? 0) : id
        func rid() -> String {
            let tmxPairing = fromTMX ? code.attributes["i"] : nil
            return TMXXLIFF12CodeAttributes.isInteger(tmxPairing) ? tmxPairing ?? "" : String(numbering.number(for: code.pairing))
        }
        func carried(as element: String) -> [(String, String)] {
            fromTMX ? TMXXLIFF12CodeAttributes.xliffAttributes(of: code, as: element) : []
        }
        switch code.role {
        case .opening where paired.contains(index):
            try xml.inline("bpt", [("id", codeID), ("rid", rid())] + carried(as: "bpt"), text: code.content ?? "")
        case .closing where paired.contains(index):
            try xml.inline("ept", [("id", codeID), ("rid", rid())], text: code.content ?? "")
        case .opening, .closing:
            try xml.inline("it", [("id", codeID), ("pos", code.role == .opening ? "open" : "close")] + carried(as: "it"), text: code.content ?? "")
        case .annotationStart where nested.contains(index):
            // `mid` must name a `<seg-source>` segment: a TMX `hi`'s `x` has no place.
            let attributes = carried(as: "mrk")
            let typed = attributes.contains { $0.0 == "mtype" } ? attributes : [("mtype", TMXXLIFF12CodeAttributes.untypedAnnotation)] + attributes
            try xml.startInline("mrk", typed)
        case .annotationEnd where nested.contains(index):
            try xml.endInline()
        case .standalone, .annotationStart, .annotationEnd:
            try xml.inline("ph", [("id", codeID)] + (code.role == .standalone ? carried(as: "ph") : []), text: code.content ?? "")
        case .character:
            break
        }
    }
}
