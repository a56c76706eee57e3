import Foundation

/// XLIFF 2.0, 2.1 and 2.2 (core namespace `urn:oasis:names:tc:xliff:document:2.0`), read as a
/// stream of units, validated against the bundled core schema as it is read.
///
/// One pair per `<segment>`: a unit of several segments gives several pairs, each with
/// its place in the unit (`UnitSegmentInfo`: segment id and attributes, the `<ignorable>`s
/// before and after it) so that writers can put the unit back together. A segment with an empty source and `subState="bitext:target-only"`
/// (how bitext writes target-only pairs) is target-only. Inline codes (`ph`, `pc`, `sc`,
/// `ec`, `mrk`, `sm`, `em`) become `InlineCode`s with their `originalData` as native code;
/// `cp` becomes the character it stands for. Notes, Metadata-module entries (as
/// properties), `state`, unit attributes and extension elements are kept, and each
/// `<file>`'s id and header. Codes and units bitext wrote from another format (`bx:`
/// attributes) get back their original element and attributes. `state` on `<target>`, a
/// slip of real tools, is read as the segment's with a warning (`XLIFF2ToleratedSlip`).
public struct XLIFF2BitextReader: StreamingBitextReader {
    /// Validates against the core schema while reading (on by default): a document that
    /// breaks it is refused with the schema error and its line.
    public var validatesSchema: Bool

    public init(validatesSchema: Bool = true) {
        self.validatesSchema = validatesSchema
    }

    static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"
    static let itsNamespace = "http://www.w3.org/2005/11/its"

    static let coreNamespace = "urn:oasis:names:tc:xliff:document:2.0"
    /// XLIFF 2.2 gave the core a namespace of its own; its elements are read like 2.0's.
    static let core22Namespace = "urn:oasis:names:tc:xliff:document:2.2"
    static func isCore(_ namespace: String?) -> Bool { namespace == coreNamespace || namespace == core22Namespace }

    public func open(_ input: XMLInput, diagnostics: inout Diagnostics) throws -> any BitextUnitStream {
        let reader = try input.open()
        if validatesSchema {
            // Slips real tools make that are read unambiguously: warned about by the
            // stream, refused under `--strict` with the schema's own message.
            if !diagnostics.strict { reader.toleratedSchemaErrors = XLIFF2ToleratedSlip.allCases.map(\.schemaError) }
            try reader.validate(againstSchemaAt: try XLIFF2Schema.coreSchemaURL())
            reader.observer = XLIFF2Constraints(path: reader.path).observe
        }
        return try XLIFF2UnitStream(reader: reader, diagnostics: &diagnostics)
    }
}

final class XLIFF2UnitStream: BitextUnitStream {
    let path: String
    var sourceLanguage: Language { builder.sourceLanguage }
    var targetLanguage: Language { builder.targetLanguage }
    private(set) var fileInfo = BilingualFileInfo(origin: .xliff2)
    private let reader: XMLStreamReader
    private var builder = BilingualPairBuilder()
    private var seenFile = false
    /// The id of the `<file>` being read when it is not the first.
    private var currentFileID: String?
    /// The header of that file, for its first unit.
    private var pendingFileHeader: BilingualFileInfo?
    /// Slips of the file's producer read past: the first warned about, the others counted.
    private var slips = XLIFF2ToleratedSlip.Tally()
    /// Read units of the current `<unit>` not handed out yet (its further segments), last first.
    private var queued: [BilingualPairBuilder.ReadUnit] = []

    init(reader: XMLStreamReader, diagnostics: inout Diagnostics) throws {
        self.reader = reader
        self.path = reader.path
        try reader.moveToRoot()
        guard reader.localName == "xliff", XLIFF2BitextReader.isCore(reader.namespaceURI) else {
            throw InputError(file: path, line: reader.line, "not an XLIFF 2 file: the root element is <\(reader.qualifiedName)> in namespace \(reader.namespaceURI ?? "none")")
        }
        let version = reader.attribute("version") ?? ""
        let is22 = reader.namespaceURI == XLIFF2BitextReader.core22Namespace
        if !(is22 ? ["2.2"] : ["2.0", "2.1"]).contains(version) {
            diagnostics.warn("XLIFF version \(version) is not 2.0, 2.1 or 2.2; read as \(is22 ? "2.2" : "2.1")", file: path, line: reader.line)
        }
        // bitext's writer keeps a tag's spelling when it is not BCP 47's (`zh_CN`).
        fileInfo.sourceLanguageTag = reader.attribute("source-lang", namespace: BitextXMLNamespace.uri) ?? reader.attribute("srcLang")
        fileInfo.targetLanguageTag = reader.attribute("target-lang", namespace: BitextXMLNamespace.uri) ?? reader.attribute("trgLang")
        let first = try nextUnit(diagnostics: &diagnostics)
        builder.start(
            with: first, sourceTag: fileInfo.sourceLanguageTag, targetTag: fileInfo.targetLanguageTag,
            path: path, diagnostics: &diagnostics)
    }

    func next(diagnostics: inout Diagnostics) throws -> AlignedPair? {
        defer { reader.reportLibraryNotices(to: &diagnostics) }
        if let first = builder.takeFirstPair() { return first }
        return try nextUnit(diagnostics: &diagnostics).map { builder.pair($0) }
    }

    /// The next segment of the current unit, else walks files and groups to the next unit.
    private func nextUnit(diagnostics: inout Diagnostics) throws -> BilingualPairBuilder.ReadUnit? {
        if let next = queued.popLast() { return next }
        while try reader.read() {
            switch reader.nodeType {
            case .element:
                let isCore = XLIFF2BitextReader.isCore(reader.namespaceURI)
                switch (isCore, reader.localName) {
                case (true, "file"):
                    if seenFile {
                        diagnostics.note("a further <file> is read into the same bitext", file: path, line: reader.line)
                        currentFileID = reader.attribute("id") ?? ""
                        pendingFileHeader = readFileHeader()
                    } else {
                        seenFile = true
                        let header = readFileHeader()
                        fileInfo.origin = header.origin
                        fileInfo.attributes = header.attributes
                    }
                case (true, "group"):
                    break
                case (true, "unit"):
                    // Last first: taken with `popLast`, a unit of many segments costs no shifting.
                    queued = try readUnit(diagnostics: &diagnostics).reversed()
                    return queued.popLast()
                case (true, "notes"):
                    var notes: [UnitNote] = []
                    try reader.children { name in
                        if name == "note" { notes.append(try readNote()) } else { try reader.skipElement() }
                    }
                    if pendingFileHeader != nil { pendingFileHeader?.notes += notes } else { fileInfo.notes += notes }
                case (false, "metadata") where reader.namespaceURI == XLIFF2BitextReader.metadataNamespace:
                    let properties = try readMetadata().properties.filter { !$0.type.hasPrefix("bitext:") }
                    if pendingFileHeader != nil { pendingFileHeader?.properties += properties } else { fileInfo.properties += properties }
                default:
                    let element = try readPreserved()
                    if pendingFileHeader != nil { pendingFileHeader?.preserved.append(element) } else { fileInfo.preserved.append(element) }
                }
            case .entityReference:
                throw reader.entityReferenceError()
            default:
                break
            }
        }
        slips.report(file: path, to: &diagnostics)
        return nil
    }

    /// Reads a `<unit>` into one read unit per `<segment>`, in order.
    private func readUnit(diagnostics: inout Diagnostics) throws -> [BilingualPairBuilder.ReadUnit] {
        var unit = TranslationUnitInfo(attributesOrigin: .xliff2, fileID: currentFileID)
        unit.fileHeader = pendingFileHeader
        pendingFileHeader = nil
        var idFromBitext = false
        for attribute in reader.attributes() {
            if attribute.namespaceURI == BitextXMLNamespace.uri {
                // Empty: the unit had no id; the `id` it has is bitext's.
                if attribute.localName == "id" { unit.id = attribute.value.isEmpty ? nil : attribute.value; idFromBitext = true; continue }
                if attribute.localName == "source-lang" { unit.sourceLanguageTag = attribute.value; continue }
                if attribute.localName == "target-lang" { unit.targetLanguageTag = attribute.value; continue }
                if attribute.localName == BitextXMLNamespace.formatFlags {
                    unit.formatFlags = UnitStructureProperties.splitFlags(attribute.value)
                    continue
                }
                if attribute.localName == "origin" { unit.attributesOrigin = InlineCode.Origin(rawValue: attribute.value) }
                if let name = BitextXMLNamespace.originalName(of: attribute.localName) {
                    unit.attributes[name] = attribute.value
                } else if let name = BitextXMLNamespace.originalName(of: attribute.localName, side: .source) {
                    unit.sourceAttributes[name] = attribute.value
                } else if let name = BitextXMLNamespace.originalName(of: attribute.localName, side: .target) {
                    unit.targetAttributes[name] = attribute.value
                }
            } else if attribute.namespaceURI == nil, attribute.localName == "id" {
                if unit.id == nil, !idFromBitext { unit.id = attribute.value }
            } else {
                unit.attributes[attribute.qualifiedName] = attribute.value
                if let declaration = attribute.namespaceDeclaration { unit.attributes[declaration.name] = declaration.uri }
            }
        }
        unit.sourceLanguageTag = unit.sourceLanguageTag ?? fileInfo.sourceLanguageTag
        unit.targetLanguageTag = unit.targetLanguageTag ?? fileInfo.targetLanguageTag
        var segments: [ReadSegment] = []
        var pendingIgnorables: [IgnorableText] = []
        var score = 1.0
        var originalData: [String: String] = [:]
        try reader.children { name in
            let isCore = XLIFF2BitextReader.isCore(reader.namespaceURI)
            switch (isCore, name) {
            case (true, "notes"):
                try reader.children { name in
                    if name == "note" { unit.notes.append(try readNote()) } else { try reader.skipElement() }
                }
            case (true, "originalData"):
                try reader.children { name in
                    guard name == "data", let id = reader.attribute("id") else { return try reader.skipElement() }
                    originalData[id] = try readCharacters()
                }
            case (true, "segment"):
                var segment = try readSegment(originalData: originalData, diagnostics: &diagnostics)
                segment.ignorablesBefore = pendingIgnorables
                pendingIgnorables = []
                segments.append(segment)
            case (true, "ignorable"):
                pendingIgnorables.append(try readIgnorable(originalData: originalData, diagnostics: &diagnostics))
            case (false, "metadata") where reader.namespaceURI == XLIFF2BitextReader.metadataNamespace:
                let metadata = try readMetadata()
                unit.properties += metadata.properties
                if let value = metadata.score { score = value }
            case (false, "locQualityIssues") where reader.namespaceURI == XLIFF2BitextReader.itsNamespace
                && (reader.attribute("id", namespace: "http://www.w3.org/XML/1998/namespace") ?? "").hasPrefix("lqi"):
                // Findings bitext wrote: they are recomputed, not carried.
                try reader.skipElement()
            default:
                unit.preserved.append(try readPreserved())
            }
        }
        guard !segments.isEmpty else {
            // Only a document read without its schema can have a unit without segments.
            return [BilingualPairBuilder.ReadUnit(source: .init(), target: .init(), unit: unit, score: score)]
        }
        let ownFormat = unit.attributesOrigin == .xliff2
        return segments.enumerated().map { position, segment in
            var info = unit
            if position > 0 {
                // The unit's own content travels with its first segment only.
                info.notes = []
                info.properties = []
                info.preserved = []
                info.fileHeader = nil
            }
            if ownFormat {
                // `xml:space` as written, so that none is added where the file had none.
                info.sourceAttributes = segment.sourceSpace.map { ["xml:space": $0] } ?? [:]
                info.targetAttributes = segment.targetSpace.map { ["xml:space": $0] } ?? [:]
            }
            info.state = segment.state
            info.segment = UnitSegmentInfo(
                position: position, count: segments.count, id: segment.id, attributes: segment.attributes,
                targetAttributes: segment.targetAttributes, ignorablesBefore: segment.ignorablesBefore,
                ignorablesAfter: position == segments.count - 1 ? pendingIgnorables : [])
            return BilingualPairBuilder.ReadUnit(source: segment.source, target: segment.target, unit: info, score: score)
        }
    }

    /// A `<segment>` as read, before it becomes a pair.
    private struct ReadSegment {
        var id: String?
        var state: String?
        var attributes: [String: String] = [:]
        var targetAttributes: [String: String] = [:]
        var source = BilingualPairBuilder.Side()
        var target = BilingualPairBuilder.Side()
        var ignorablesBefore: [IgnorableText] = []
        var sourceSpace: String?
        var targetSpace: String?
    }

    private func readSegment(originalData: [String: String], diagnostics: inout Diagnostics) throws -> ReadSegment {
        var segment = ReadSegment()
        for (name, value) in InlineContentReader.attributeMap(reader) {
            switch name {
            case "id": segment.id = value
            case "state": segment.state = segment.state ?? value
            // The state of another format that XLIFF 2 has no value for, as bitext wrote it.
            case "subState" where value.hasPrefix(XLIFF2Session.carriedStatePrefix):
                segment.state = String(value.dropFirst(XLIFF2Session.carriedStatePrefix.count))
            default: segment.attributes[name] = value
            }
        }
        try reader.children { name in
            guard XLIFF2BitextReader.isCore(reader.namespaceURI), name == "source" || name == "target" else {
                return try reader.skipElement()
            }
            let line = reader.line
            let space = reader.attribute("space", namespace: XLIFF2Constraints.xmlNamespace)
            if name == "target" {
                segment.targetSpace = space
                for (attribute, value) in InlineContentReader.attributeMap(reader) where !attribute.hasPrefix("xml:") {
                    if attribute == "state" {
                        try slips.tolerate(.stateOnTarget, file: path, line: line, diagnostics: &diagnostics)
                        segment.state = segment.state ?? value
                        continue
                    }
                    segment.targetAttributes[attribute] = value
                }
            } else {
                segment.sourceSpace = space
            }
            let inline = try Self.inline(originalData).read(reader, diagnostics: &diagnostics)
            if name == "source" {
                segment.source.segments.append((inline.text, inline.codes, line))
            } else {
                segment.target.segments.append((inline.text, inline.codes, line))
            }
        }
        if segment.attributes["subState"] == "bitext:target-only", segment.source.segments.allSatisfy({ $0.text.isEmpty }) {
            segment.source = .init()
            segment.attributes["subState"] = nil
        }
        return segment
    }

    /// An `<ignorable>`: its text is kept with its place in the unit, not checked.
    private func readIgnorable(originalData: [String: String], diagnostics: inout Diagnostics) throws -> IgnorableText {
        var ignorable = IgnorableText(id: reader.attribute("id"), source: "")
        try reader.children { name in
            guard XLIFF2BitextReader.isCore(reader.namespaceURI), name == "source" || name == "target" else {
                return try reader.skipElement()
            }
            let inline = try Self.inline(originalData).read(reader, diagnostics: &diagnostics)
            if name == "source" {
                ignorable.source = inline.text
                ignorable.sourceCodes = inline.codes
            } else {
                ignorable.target = inline.text
                ignorable.targetCodes = inline.codes
            }
        }
        return ignorable
    }

    /// An element bitext does not read, kept as XML; a `bx:preserved` bitext wrote holds an
    /// element of another format, handed back to it.
    private func readPreserved() throws -> PreservedXML {
        if reader.namespaceURI == BitextXMLNamespace.uri, reader.localName == BitextXMLNamespace.preservedElement,
           let origin = reader.attribute("origin").flatMap(InlineCode.Origin.init(rawValue:)) {
            return PreservedXML(origin: origin, xml: try reader.textContentAndSkip())
        }
        return PreservedXML(origin: .xliff2, xml: try reader.outerXMLAndSkip())
    }

    /// Notes keep their category, `appliesTo` and (from bitext) language.
    private func readNote() throws -> UnitNote {
        let part: UnitPart = switch reader.attribute("appliesTo") {
        case "source": .source
        case "target": .target
        default: .unit
        }
        let category = reader.attribute("category")
        let language = reader.attribute("lang", namespace: BitextXMLNamespace.uri)
        let priority = reader.attribute("priority")
        let id = reader.attribute("id")
        return UnitNote(try reader.textContentAndSkip(), appliesTo: part, category: category, language: language, priority: priority, id: id)
    }

    /// `<mda:metadata>`: every `<mda:meta>` is a property; those of bitext's
    /// `bitext-alignment` group get their TMX names and give the score.
    private func readMetadata() throws -> (properties: [UnitProperty], score: Double?) {
        var properties: [UnitProperty] = []
        var score: Double?
        var groups: [(depth: Int, category: String?, part: UnitPart)] = []
        let startDepth = reader.depth
        guard !reader.isEmptyElement else { return ([], nil) }
        while try reader.read() {
            switch reader.nodeType {
            case .element where reader.localName == "metaGroup":
                let part: UnitPart = switch reader.attribute("appliesTo") {
                case "source": .source
                case "target": .target
                default: groups.last?.part ?? .unit
                }
                if !reader.isEmptyElement { groups.append((reader.depth, reader.attribute("category"), part)) }
            case .element where reader.localName == "meta":
                let type = reader.attribute("type") ?? ""
                let language = reader.attribute("lang", namespace: BitextXMLNamespace.uri)
                let value = try reader.textContentAndSkip()
                let category = groups.last?.category
                switch category {
                case "bitext-alignment":
                    if type == "score" { score = Double(value) }
                    if let name = Self.alignmentProperties[type] {
                        properties.append(UnitProperty(type: name, value: value, appliesTo: groups.last?.part ?? .unit))
                    }
                case "bitext":
                    properties.append(UnitProperty(type: "bitext:" + type, value: value, appliesTo: groups.last?.part ?? .unit))
                case nil, "properties":
                    properties.append(UnitProperty(type: type, value: value, appliesTo: groups.last?.part ?? .unit, language: language))
                case let category?:
                    properties.append(UnitProperty(type: category + "/" + type, value: value, appliesTo: groups.last?.part ?? .unit, language: language))
                }
            case .endElement where reader.depth == startDepth:
                return (properties, score)
            case .endElement:
                if let last = groups.last, last.depth == reader.depth { groups.removeLast() }
            case .entityReference:
                throw reader.entityReferenceError()
            default:
                break
            }
        }
        throw InputError(file: path, line: reader.line, "the document ends inside <mda:metadata>")
    }

    /// The entries of the `bitext-alignment` group and the property names they stand for.
    static let alignmentProperties = [
        "score": TranslationUnitInfo.scoreProperty,
        "source-line": TranslationUnitInfo.sourceLineProperty,
        "target-line": TranslationUnitInfo.targetLineProperty,
    ]

    /// Text of a `<data>` element, `<cp>` characters resolved.
    private func readCharacters() throws -> String {
        var text = ""
        try reader.children(text: { text += $0 }) { name in
            if name == "cp", let scalar = reader.attribute("hex").flatMap(Self.scalar(hex:)) {
                text.unicodeScalars.append(scalar)
            }
            try reader.skipElement()
        }
        return text
    }

    static func scalar(hex: String) -> Unicode.Scalar? {
        UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)
    }

    /// The `<file>`'s attributes, `id` included; those bitext carried from another format
    /// (`bx:origin`, `bx:attr.NAME`) become that format's header attributes again.
    private func readFileHeader() -> BilingualFileInfo {
        var native: [String: String] = [:]
        var carried: [String: String] = [:]
        var origin: InlineCode.Origin?
        for attribute in reader.attributes() {
            if attribute.namespaceURI == BitextXMLNamespace.uri {
                if attribute.localName == "origin" { origin = InlineCode.Origin(rawValue: attribute.value) }
                if let name = BitextXMLNamespace.originalName(of: attribute.localName) { carried[name] = attribute.value }
            } else {
                native[attribute.qualifiedName] = attribute.value
                if let declaration = attribute.namespaceDeclaration { native[declaration.name] = declaration.uri }
            }
        }
        if let origin { return BilingualFileInfo(origin: origin, attributes: carried) }
        return BilingualFileInfo(origin: .xliff2, attributes: native)
    }

    /// The inline content reader of one unit: codes look up their native code in its `originalData`.
    static func inline(_ originalData: [String: String]) -> InlineContentReader {
        InlineContentReader(origin: .xliff2) { name, attributes, _ in
            let data = { (key: String) in attributes[key].flatMap { originalData[$0] } }
            switch name {
            case "ph":
                return .code(.standalone, pairing: attributes["id"], isolated: false, content: data("dataRef"))
            case "sc":
                return .code(.opening, pairing: attributes["id"], isolated: attributes["isolated"] == "yes", content: data("dataRef"))
            case "ec":
                let isolated = attributes["isolated"] == "yes"
                return .code(.closing, pairing: isolated ? attributes["id"] : attributes["startRef"], isolated: isolated, content: data("dataRef"))
            case "pc":
                return .wrapper(open: .opening, close: .closing, pairing: attributes["id"],
                                openContent: data("dataRefStart"), closeContent: data("dataRefEnd"))
            case "mrk":
                if attributes["type"] == "its:generic", attributes["its:locQualityIssuesRef"]?.hasPrefix("#its=lqi") == true {
                    return .transparent
                }
                return .wrapper(open: .annotationStart, close: .annotationEnd, pairing: attributes["id"], openContent: nil, closeContent: nil)
            case "sm":
                return .code(.annotationStart, pairing: attributes["id"], isolated: false, content: nil)
            case "em":
                return .code(.annotationEnd, pairing: attributes["startRef"], isolated: false, content: nil)
            case "cp":
                if let scalar = attributes["hex"].flatMap(scalar(hex:)) { return .character(scalar) }
                return .unknown
            default:
                return .unknown
            }
        }
    }
}
