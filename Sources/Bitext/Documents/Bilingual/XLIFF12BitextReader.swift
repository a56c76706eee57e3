import Foundation

/// XLIFF 1.2 (namespace `urn:oasis:names:tc:xliff:document:1.2`, or none as in old files),
/// read as a stream of `<trans-unit>`s across files and groups.
///
/// A unit cut by `<seg-source>` into `<mrk mtype="seg">`s gives one pair per segment (the
/// target's segment matched by `mid`), the text between segments kept as ignorables
/// (`XLIFF12Segmentation`). Languages come from the first `<file>`; a unit of a further one
/// has its `fileID` (`f2`…) and the first of each its file's header (attributes and
/// `<header>`: an Xcode export's `original` and `<tool>`). Inline codes (`g`, `x`, `bx`,
/// `ex`, `ph`, `bpt`, `ept`, `it`, `mrk`) become `InlineCode`s; `sub` text inside a code
/// stays part of the code.
/// Notes (`from` as category, `priority`, `annotates`), `<context>` entries (a producer's
/// `<context-group>` marked by `XLIFF12ContextGroup`) and `<prop>`s (as properties), the
/// target's `state` and other attributes, the source's and the unit's attributes are kept;
/// other unit children (`alt-trans`, extensions) are kept as XML. A target with
/// `state="x-bitext-target-only"` and an empty source is target-only, as bitext writes it.
public struct XLIFF12BitextReader: StreamingBitextReader {
    public init() {}

    static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    public func open(_ input: XMLInput, diagnostics: inout Diagnostics) throws -> any BitextUnitStream {
        try XLIFF12UnitStream(reader: input.open(), diagnostics: &diagnostics)
    }

    static let inline = InlineContentReader(origin: .xliff12) { name, attributes, _ in
        switch name {
        case "g": .wrapper(open: .opening, close: .closing, pairing: attributes["id"], openContent: nil, closeContent: nil)
        case "x": .code(.standalone, pairing: attributes["id"], isolated: false, content: nil)
        case "bx": .code(.opening, pairing: attributes["rid"] ?? attributes["id"], isolated: false, content: nil)
        case "ex": .code(.closing, pairing: attributes["rid"] ?? attributes["id"], isolated: false, content: nil)
        case "ph": .codeWithNativeText(.standalone, pairing: attributes["id"], isolated: false)
        case "bpt": .codeWithNativeText(.opening, pairing: attributes["rid"] ?? attributes["id"], isolated: false)
        case "ept": .codeWithNativeText(.closing, pairing: attributes["rid"] ?? attributes["id"], isolated: false)
        case "it": .codeWithNativeText(attributes["pos"] == "close" ? .closing : .opening, pairing: attributes["rid"] ?? attributes["id"], isolated: true)
        case "mrk": .wrapper(open: .annotationStart, close: .annotationEnd, pairing: attributes["mid"], openContent: nil, closeContent: nil)
        default: .unknown
        }
    }
}

final class XLIFF12UnitStream: BitextUnitStream {
    let path: String
    var sourceLanguage: Language { builder.sourceLanguage }
    var targetLanguage: Language { builder.targetLanguage }
    private(set) var fileInfo = BilingualFileInfo(origin: .xliff12)
    private let reader: XMLStreamReader
    private var builder = BilingualPairBuilder()
    private var seenFile = false
    /// The `<file>`s read so far; a unit of the second and later ones has the `fileID`
    /// `f2`, `f3`…, and the first unit of each has its file's header.
    private var fileCount = 0
    private var currentFileID: String?
    private var pendingFileHeader: BilingualFileInfo?
    /// Further segments of the current `<trans-unit>`, not handed out yet, last first.
    private var queued: [BilingualPairBuilder.ReadUnit] = []
    private let namespace: String?

    init(reader: XMLStreamReader, diagnostics: inout Diagnostics) throws {
        self.reader = reader
        self.path = reader.path
        try reader.moveToRoot()
        namespace = reader.namespaceURI
        guard reader.localName == "xliff", namespace == nil || namespace == XLIFF12BitextReader.namespace else {
            throw InputError(file: path, line: reader.line, "not an XLIFF 1.2 file: the root element is <\(reader.qualifiedName)> in namespace \(reader.namespaceURI ?? "none")")
        }
        if let version = reader.attribute("version"), !["1.0", "1.1", "1.2"].contains(version) {
            diagnostics.warn("XLIFF version \(version) read as 1.2", file: path, line: reader.line)
        }
        var first = try nextUnit(diagnostics: &diagnostics)
        // The first file's header as another format had it, carried by its first unit
        // (`FileHeaderProperties`): the file's own again.
        if let header = first?.unit.fileHeader, first?.unit.fileID == nil {
            fileInfo.origin = header.origin
            fileInfo.attributes = header.attributes
            fileInfo.properties += header.properties
            fileInfo.notes += header.notes
            fileInfo.preserved = header.preserved
            first?.unit.fileHeader = nil
            for index in queued.indices { queued[index].unit.fileHeader = nil }
        }
        builder.start(
            with: first, sourceTag: fileInfo.sourceLanguageTag, targetTag: fileInfo.targetLanguageTag,
            path: path, diagnostics: &diagnostics)
    }

    func next(diagnostics: inout Diagnostics) throws -> AlignedPair? {
        defer { reader.reportLibraryNotices(to: &diagnostics) }
        if let first = builder.takeFirstPair() { return first }
        return try nextUnit(diagnostics: &diagnostics).map { builder.pair($0) }
    }

    private var isXLIFFElement: Bool { reader.namespaceURI == namespace }

    private func nextUnit(diagnostics: inout Diagnostics) throws -> BilingualPairBuilder.ReadUnit? {
        if let next = queued.popLast() { return next }
        while try reader.read() {
            switch reader.nodeType {
            case .element where isXLIFFElement:
                switch reader.localName {
                case "file":
                    var attributes = InlineContentReader.attributeMap(reader)
                    // bitext's stamp on a file it wrote (`tool-id`, `date`) is not carried.
                    if attributes["tool-id"] == "bitext" {
                        attributes["tool-id"] = nil
                        attributes["date"] = nil
                    }
                    fileCount += 1
                    if !seenFile {
                        seenFile = true
                        fileInfo.sourceLanguageTag = attributes.removeValue(forKey: "source-language")
                        fileInfo.targetLanguageTag = attributes.removeValue(forKey: "target-language")
                        fileInfo.attributes = attributes
                    } else {
                        // A further file keeps its languages among its attributes, as written.
                        let source = attributes["source-language"], target = attributes["target-language"]
                        if source != fileInfo.sourceLanguageTag || target != fileInfo.targetLanguageTag {
                            diagnostics.warn(
                                "this <file> is \(source ?? "?")→\(target ?? "?"), the first was \(fileInfo.sourceLanguageTag ?? "?")→\(fileInfo.targetLanguageTag ?? "?"); its units are read as the first file's languages",
                                file: path, line: reader.line)
                        }
                        currentFileID = "f\(fileCount)"
                        pendingFileHeader = BilingualFileInfo(
                            origin: .xliff12, sourceLanguageTag: fileInfo.sourceLanguageTag, targetLanguageTag: fileInfo.targetLanguageTag,
                            attributes: attributes)
                    }
                case "header":
                    var header = pendingFileHeader ?? fileInfo
                    try reader.children { name in
                        if name == "note", isXLIFFElement {
                            let note = try readNote()
                            // The note bitext writes about its own input is not carried.
                            if note.category == "bitext", note.text.hasPrefix("Target file: ") { return }
                            header.notes.append(note)
                        } else if name == "tool", isXLIFFElement, reader.attribute("tool-id") == "bitext" {
                            try reader.skipElement()
                        } else {
                            header.preserved.append(PreservedXML(origin: .xliff12, xml: try reader.outerXMLAndSkip()))
                        }
                    }
                    if pendingFileHeader != nil { pendingFileHeader = header } else { fileInfo = header }
                case "body", "group":
                    break
                case "trans-unit":
                    // Last first: taken with `popLast`, a unit of many segments costs no shifting.
                    queued = try readUnit(diagnostics: &diagnostics).reversed()
                    return queued.popLast()
                default:
                    diagnostics.warn("<\(reader.qualifiedName)> is not read by bitext; skipped", file: path, line: reader.line)
                    try reader.skipElement()
                }
            case .element:
                fileInfo.preserved.append(PreservedXML(origin: .xliff12, xml: try reader.outerXMLAndSkip()))
            case .entityReference:
                throw reader.entityReferenceError()
            default:
                break
            }
        }
        return nil
    }

    /// Reads a `<trans-unit>`: one read unit, or one per segment of its `<seg-source>`.
    private func readUnit(diagnostics: inout Diagnostics) throws -> [BilingualPairBuilder.ReadUnit] {
        let unitLine = reader.line
        var attributes = InlineContentReader.attributeMap(reader)
        var unit = TranslationUnitInfo(id: attributes.removeValue(forKey: "id"), attributesOrigin: .xliff12, fileID: currentFileID)
        unit.fileHeader = pendingFileHeader
        pendingFileHeader = nil
        unit.attributes = attributes
        unit.sourceLanguageTag = fileInfo.sourceLanguageTag
        unit.targetLanguageTag = fileInfo.targetLanguageTag
        var source = BilingualPairBuilder.Side()
        var target = BilingualPairBuilder.Side()
        var score = 1.0
        var targetOnly = false
        var segmentedSource: (text: String, codes: [InlineCode], line: Int)?
        try reader.children { name in
            guard isXLIFFElement else {
                unit.preserved.append(PreservedXML(origin: .xliff12, xml: try reader.outerXMLAndSkip()))
                return
            }
            switch name {
            case "source":
                let line = reader.line
                unit.sourceAttributes = InlineContentReader.attributeMap(reader).filter { $0.key != "xml:lang" }
                let content = try XLIFF12BitextReader.inline.read(reader, diagnostics: &diagnostics)
                source.segments.append((content.text, content.codes, line))
            case "seg-source":
                let line = reader.line
                let content = try XLIFF12BitextReader.inline.read(reader, diagnostics: &diagnostics)
                segmentedSource = (content.text, content.codes, line)
            case "target":
                let line = reader.line
                unit.state = reader.attribute("state")
                unit.targetAttributes = InlineContentReader.attributeMap(reader).filter { $0.key != "state" && $0.key != "xml:lang" }
                if unit.state == "x-bitext-target-only" { targetOnly = true }
                if let language = reader.xmlLanguage() { unit.targetLanguageTag = language }
                let content = try XLIFF12BitextReader.inline.read(reader, diagnostics: &diagnostics)
                target.segments.append((content.text, content.codes, line))
            case "note":
                let note = try readNote()
                if note.category == "bitext", note.text.hasPrefix("Target-only text") || note.text.contains(": [") {
                    return
                }
                unit.notes.append(note)
            case "context-group":
                let bitextGroup = reader.attribute("name")?.hasPrefix("bitext-pair-") == true
                if !bitextGroup {
                    unit.properties.append(UnitProperty(
                        type: XLIFF12ContextGroup.propertyType, value: XLIFF12ContextGroup.encode(InlineContentReader.attributeMap(reader))))
                }
                try reader.children { name in
                    guard name == "context" else { return try reader.skipElement() }
                    let type = reader.attribute("context-type") ?? ""
                    let value = try reader.textContentAndSkip()
                    if bitextGroup, let name = Self.alignmentProperties[type] {
                        if type == "x-alignment-score", let value = Double(value) { score = value }
                        unit.properties.append(UnitProperty(type: name, value: value))
                    } else {
                        unit.properties.append(UnitProperty(type: type, value: value))
                    }
                }
            case "prop-group":
                try reader.children { name in
                    guard name == "prop" else { return try reader.skipElement() }
                    let type = reader.attribute("prop-type") ?? ""
                    let language = reader.xmlLanguage()
                    unit.properties.append(UnitProperty(type: type, value: try reader.textContentAndSkip(), language: language))
                }
            default:
                unit.preserved.append(PreservedXML(origin: .xliff12, xml: try reader.outerXMLAndSkip()))
            }
        }
        if targetOnly, source.segments.allSatisfy({ $0.text.isEmpty }) { source = .init() }
        UnitStructureProperties.restore(&unit)
        InlineCodeProperties.restore(&unit.properties, source: &source, target: &target)
        if let segmentedSource, let segments = try segmentUnit(
            unit, source: source, segmentedSource: segmentedSource, target: target, score: score, line: unitLine, diagnostics: &diagnostics) {
            return segments
        }
        if let segmentedSource {
            // Not cut into segments after all: kept as it was, for XLIFF 1.2 output.
            unit.preserved.insert(PreservedXML(origin: .xliff12, xml: try Self.segSourceXML(segmentedSource.text, codes: segmentedSource.codes)), at: 0)
        }
        return [BilingualPairBuilder.ReadUnit(source: source, target: target, unit: unit, score: score)]
    }

    /// One read unit per `<mrk mtype="seg">` of the `<seg-source>`, the target's segment
    /// matched by `mid` (else by position); nil when the `<seg-source>` has no segment.
    private func segmentUnit(
        _ unit: TranslationUnitInfo, source: BilingualPairBuilder.Side, segmentedSource: (text: String, codes: [InlineCode], line: Int),
        target: BilingualPairBuilder.Side, score: Double, line: Int, diagnostics: inout Diagnostics
    ) throws -> [BilingualPairBuilder.ReadUnit]? {
        guard let sourceSegments = XLIFF12Segmentation.split(segmentedSource.text, codes: segmentedSource.codes) else { return nil }
        let targetContent = target.segments.first
        let targetSegments = targetContent.flatMap { XLIFF12Segmentation.split($0.text, codes: $0.codes) }
        if let targetContent, !targetContent.text.isEmpty, targetSegments == nil {
            diagnostics.warn("the <target> of a segmented <trans-unit> has no <mrk mtype=\"seg\">: it is read as the first segment's", file: path, line: targetContent.line)
        }
        let plainSource = InlineCode.plainText(source.segments.first?.text ?? "")
        let joined = (sourceSegments.gaps.map(\.text) + sourceSegments.segments.map(\.content.text)).joined()
        if InlineCode.plainText(joined).filter({ !$0.isWhitespace }) != plainSource.filter({ !$0.isWhitespace }) {
            diagnostics.warn("<source> and <seg-source> hold different text; the <seg-source> is read", file: path, line: segmentedSource.line)
        }
        // Target segments by `mid`, then the rest in order; one no source segment takes is
        // read as a target-only segment rather than left out.
        let targets = targetSegments?.segments ?? []
        // By dictionary and set: a unit of many segments is matched in linear time.
        var byMid: [String: Int] = [:]
        for (index, segment) in targets.enumerated() {
            if let mid = segment.mid, byMid[mid] == nil { byMid[mid] = index }
        }
        var taken = Set<Int>()
        var matches: [Int?] = sourceSegments.segments.map { segment in
            guard let mid = segment.mid, let index = byMid[mid], taken.insert(index).inserted else { return nil }
            return index
        }
        var unused = targets.indices.filter { !taken.contains($0) }[...]
        for position in matches.indices where matches[position] == nil && !unused.isEmpty {
            matches[position] = unused.removeFirst()
        }
        for index in unused {
            diagnostics.warn(
                "the target segment mid=\"\(targets[index].mid ?? "")\" has no segment in <seg-source>: it is read as a target-only segment",
                file: path, line: targetContent?.line ?? line)
        }
        let entries: [(source: XLIFF12Segmentation.Piece?, target: Int?, mid: String?, gap: Int?)] =
            sourceSegments.segments.enumerated().map { ($1.content, matches[$0], $1.mid, $0) }
            + unused.map { (nil, $0, targets[$0].mid, nil) }
        func ignorable(_ index: Int?) -> [IgnorableText] {
            guard let index else { return [] }
            let sourceGap = sourceSegments.gaps[index]
            let targetGap = targetSegments.flatMap { index < $0.gaps.count ? $0.gaps[index] : nil }
            guard !sourceGap.isEmpty || targetGap?.isEmpty == false else { return [] }
            return [IgnorableText(source: sourceGap.text, sourceCodes: sourceGap.codes, target: targetGap?.text, targetCodes: targetGap?.codes ?? [])]
        }
        var readUnits: [BilingualPairBuilder.ReadUnit] = []
        let count = entries.count
        for (position, entry) in entries.enumerated() {
            var info = unit
            if position > 0 {
                // The unit's own content travels with its first segment only.
                info.notes = []
                info.properties = []
                info.preserved = []
                info.fileHeader = nil
            }
            var targetSide = BilingualPairBuilder.Side()
            if let index = entry.target, let line = targetContent?.line {
                targetSide.segments = [(targets[index].content.text, targets[index].content.codes, line)]
            } else if targetSegments == nil, position == 0, let targetContent, !targetContent.text.isEmpty {
                targetSide.segments = [targetContent]
            }
            info.segment = UnitSegmentInfo(
                position: position, count: count, id: entry.mid,
                ignorablesBefore: ignorable(entry.gap),
                ignorablesAfter: position == count - 1 ? ignorable(sourceSegments.segments.count) : [])
            var sourceSide = BilingualPairBuilder.Side()
            if let piece = entry.source { sourceSide.segments = [(piece.text, piece.codes, segmentedSource.line)] }
            readUnits.append(BilingualPairBuilder.ReadUnit(source: sourceSide, target: targetSide, unit: info, score: score))
        }
        return readUnits
    }

    /// A `<seg-source>` without segments written back as XML, its codes as XLIFF 1.2 has them.
    private static func segSourceXML(_ text: String, codes: [InlineCode]) throws -> String {
        let xml = try XMLWriter()
        try xml.leaf("seg-source") { try XLIFF12InlineWriter(codes: codes).write(text, to: xml) }
        return String(decoding: try xml.finish(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The contexts of bitext's `bitext-pair-N` group and the property names they stand for.
    static let alignmentProperties = [
        "x-alignment-score": TranslationUnitInfo.scoreProperty,
        "linenumber": TranslationUnitInfo.sourceLineProperty,
        "x-target-linenumber": TranslationUnitInfo.targetLineProperty,
    ]

    private func readNote() throws -> UnitNote {
        let part: UnitPart = switch reader.attribute("annotates") {
        case "source": .source
        case "target": .target
        default: .unit
        }
        let category = reader.attribute("from")
        let language = reader.xmlLanguage()
        let priority = reader.attribute("priority")
        return UnitNote(try reader.textContentAndSkip(), appliesTo: part, category: category, language: language, priority: priority)
    }
}
