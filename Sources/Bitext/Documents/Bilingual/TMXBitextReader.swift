import Foundation

/// TMX 1.4b (and the 1.1–1.3 files still around: `lang` for `xml:lang`, same elements),
/// read as a stream of translation units.
///
/// The source variant of a `<tu>` is the one in the header's `srclang` (the first one when
/// `srclang` is `*all*` or matches none); the target is the first other variant. Further
/// variants are reported and left out: bitext checks one language pair. A unit with a
/// single variant is source-only or target-only by its language. Inline codes (`bpt`, `ept`,
/// `it`, `ph`, `ut`, `hi`) become `InlineCode`s; notes and props of the unit and of each
/// variant, unit and variant attributes (`creationid`, `changedate`…) and header content
/// are kept; `<ude>` and other header elements are kept as XML for TMX output (and carried
/// through XLIFF 2 in `bx:preserved`). bitext's own `x-bitext-` props turn back into what
/// they carry (`UnitStructureProperties`, `FileHeaderProperties`, `InlineCodeProperties`).
public struct TMXBitextReader: StreamingBitextReader {
    public init() {}

    public func open(_ input: XMLInput, diagnostics: inout Diagnostics) throws -> any BitextUnitStream {
        try TMXUnitStream(reader: input.open(), diagnostics: &diagnostics)
    }

    static let inline = InlineContentReader(origin: .tmx) { name, attributes, _ in
        switch name {
        case "bpt": .codeWithNativeText(.opening, pairing: attributes["i"], isolated: false)
        case "ept": .codeWithNativeText(.closing, pairing: attributes["i"], isolated: false)
        case "it": .codeWithNativeText(attributes["pos"] == "end" ? .closing : .opening, pairing: attributes["x"], isolated: true)
        case "ph", "ut": .codeWithNativeText(.standalone, pairing: nil, isolated: false)
        case "hi": .wrapper(open: .annotationStart, close: .annotationEnd, pairing: attributes["x"], openContent: nil, closeContent: nil)
        default: .unknown
        }
    }
}

final class TMXUnitStream: BitextUnitStream {
    let path: String
    var sourceLanguage: Language { builder.sourceLanguage }
    var targetLanguage: Language { builder.targetLanguage }
    private(set) var fileInfo = BilingualFileInfo(origin: .tmx)
    private let reader: XMLStreamReader
    private var builder = BilingualPairBuilder()
    private var bodyDepth: Int?
    private var finished = false

    init(reader: XMLStreamReader, diagnostics: inout Diagnostics) throws {
        self.reader = reader
        self.path = reader.path
        try reader.moveToRoot()
        guard reader.localName == "tmx", reader.namespaceURI == nil else {
            throw InputError(file: path, line: reader.line, "not a TMX file: the root element is <\(reader.qualifiedName)>, expected <tmx>")
        }
        if let version = reader.attribute("version"), !["1.1", "1.2", "1.3", "1.4", "1.4b"].contains(version) {
            diagnostics.warn("TMX version \(version) is not one bitext knows (1.1–1.4b); read as 1.4b", file: path, line: reader.line)
        }
        var first = try readToFirstUnit(diagnostics: &diagnostics)
        if fileInfo.sourceLanguageTag == nil || fileInfo.sourceLanguageTag == "*all*" {
            first = try decideDirection(first: first, diagnostics: &diagnostics)
        }
        builder.start(
            with: first,
            sourceTag: unitsSourceTag ?? fileInfo.sourceLanguageTag.flatMap { $0 == "*all*" ? nil : $0 } ?? first?.unit.sourceLanguageTag,
            targetTag: fileInfo.targetLanguageTag ?? first?.unit.targetLanguageTag, path: path, diagnostics: &diagnostics)
        if fileInfo.targetLanguageTag == nil { fileInfo.targetLanguageTag = first?.unit.targetLanguageTag }
    }

    /// The source language of the first unit with both sides, when the header names none.
    private var unitsSourceTag: String?
    /// Units read while looking for one with both sides, handed out after the first (last first).
    private var readAhead: [BilingualPairBuilder.ReadUnit] = []
    /// How many units are read ahead at most, for memory's sake.
    static let readAheadLimit = 10_000

    /// `srclang` absent or `*all*`: the direction is that of the first unit with two
    /// variants (its first is the source), never a one-sided unit's, which may be a target
    /// without its source; the one-sided units before it are sorted by it. When no unit has
    /// both sides the direction stays undecided, and a TMX written from the file says
    /// `srclang="*all*"` rather than a language the input never named.
    private func decideDirection(
        first: BilingualPairBuilder.ReadUnit?, diagnostics: inout Diagnostics
    ) throws -> BilingualPairBuilder.ReadUnit? {
        guard let first else { return nil }
        var units = [first]
        while let last = units.last, last.source.isEmpty || last.target.isEmpty, units.count < Self.readAheadLimit,
              let next = try nextUnit(diagnostics: &diagnostics) {
            units.append(next)
        }
        if let decisive = units.last, !decisive.source.isEmpty, !decisive.target.isEmpty,
           let sourceTag = decisive.unit.sourceLanguageTag {
            unitsSourceTag = sourceTag
            if fileInfo.sourceLanguageTag == nil { fileInfo.sourceLanguageTag = sourceTag }
            fileInfo.targetLanguageTag = decisive.unit.targetLanguageTag
            units = units.map { read in
                // A unit that names its own source (`<tu srclang>`) was read by it.
                guard read.target.isEmpty, read.unit.attributes["srclang"] == nil, let tag = read.unit.sourceLanguageTag,
                      !Self.sameLanguageTag(tag, sourceTag) else { return read }
                return read.asTargetOnly()
            }
        }
        readAhead = units.dropFirst().reversed()
        return units[0]
    }

    func next(diagnostics: inout Diagnostics) throws -> AlignedPair? {
        defer { reader.reportLibraryNotices(to: &diagnostics) }
        if let first = builder.takeFirstPair() { return first }
        if let read = readAhead.popLast() { return builder.pair(read) }
        return try nextUnit(diagnostics: &diagnostics).map { builder.pair($0) }
    }

    /// Reads the header and returns the first unit, if any.
    private func readToFirstUnit(diagnostics: inout Diagnostics) throws -> BilingualPairBuilder.ReadUnit? {
        let rootDepth = reader.depth
        guard !reader.isEmptyElement else { throw InputError(file: path, line: reader.line, "the TMX file has no <header> and no <body>") }
        var sawHeader = false
        while try reader.read() {
            switch reader.nodeType {
            case .element where reader.depth == rootDepth + 1:
                switch reader.localName {
                case "header":
                    sawHeader = true
                    try readHeader(diagnostics: &diagnostics)
                case "body":
                    if !sawHeader { diagnostics.warn("<body> before any <header>", file: path, line: reader.line) }
                    if reader.isEmptyElement { return nil }
                    bodyDepth = reader.depth
                    return try nextUnit(diagnostics: &diagnostics)
                default:
                    diagnostics.warn("<\(reader.qualifiedName)> is not a TMX element; skipped", file: path, line: reader.line)
                    try reader.skipElement()
                }
            case .endElement where reader.depth == rootDepth:
                throw InputError(file: path, line: reader.line, "the TMX file has no <body>")
            case .entityReference:
                throw reader.entityReferenceError()
            default:
                break
            }
        }
        throw InputError(file: path, line: reader.line, "the document ends before <body>")
    }

    private func readHeader(diagnostics: inout Diagnostics) throws {
        var attributes = InlineContentReader.attributeMap(reader)
        fileInfo.sourceLanguageTag = attributes.removeValue(forKey: "srclang")
        fileInfo.attributes = attributes
        if fileInfo.sourceLanguageTag == nil {
            diagnostics.warn("<header> has no srclang; the source language is taken from the first unit with both languages", file: path, line: reader.line)
        }
        try reader.children { name in
            switch name {
            case "note": fileInfo.notes.append(try readNote(appliesTo: .unit))
            case "prop": fileInfo.properties.append(try readProperty(appliesTo: .unit))
            default: fileInfo.preserved.append(PreservedXML(origin: .tmx, xml: try reader.outerXMLAndSkip()))
            }
        }
        // The header of another format's file (an XLIFF `<file>` and its `<tool>`), as
        // bitext's TMX writer carries it in props: that file's header again.
        if let carried = FileHeaderProperties.restore(&fileInfo.properties) {
            fileInfo.origin = carried.origin
            fileInfo.attributes = carried.attributes
            fileInfo.properties += carried.properties
            fileInfo.notes += carried.notes
            fileInfo.preserved += carried.preserved
        }
    }

    /// The next `<tu>` of the body, skipping anything else with a warning.
    private func nextUnit(diagnostics: inout Diagnostics) throws -> BilingualPairBuilder.ReadUnit? {
        guard let bodyDepth, !finished else { return nil }
        while try reader.read() {
            switch reader.nodeType {
            case .element where reader.depth == bodyDepth + 1:
                if reader.localName == "tu" {
                    // A unit without text cannot be written back (TMX requires a <tuv>
                    // with a <seg>): it is left out, with a warning.
                    if let unit = try readUnit(diagnostics: &diagnostics) { return unit }
                    continue
                }
                diagnostics.warn("<\(reader.qualifiedName)> in <body> is not a TMX unit; skipped", file: path, line: reader.line)
                try reader.skipElement()
            case .endElement where reader.depth == bodyDepth:
                finished = true
                return nil
            case .entityReference:
                throw reader.entityReferenceError()
            default:
                break
            }
        }
        throw InputError(file: path, line: reader.line, "the document ends inside <body>")
    }

    /// The unit's pair, or nil for a `<tu>` without text (no `<tuv>`, or none with a `<seg>`).
    private func readUnit(diagnostics: inout Diagnostics) throws -> BilingualPairBuilder.ReadUnit? {
        let unitLine = reader.line
        var attributes = InlineContentReader.attributeMap(reader)
        var unit = TranslationUnitInfo(id: attributes.removeValue(forKey: "tuid"), attributesOrigin: .tmx)
        let unitSourceLanguage = attributes.removeValue(forKey: "srclang")
        unit.attributes = attributes
        var variants: [Variant] = []
        try reader.children { name in
            switch name {
            case "note": unit.notes.append(try readNote(appliesTo: .unit))
            case "prop": unit.properties.append(try readProperty(appliesTo: .unit))
            case "tuv": variants.append(try readVariant(diagnostics: &diagnostics))
            default:
                diagnostics.warn("<\(reader.qualifiedName)> in <tu> is not a TMX element; kept for TMX, XLIFF 2 and JSON output", file: path, line: reader.line)
                unit.preserved.append(PreservedXML(origin: .tmx, xml: try reader.outerXMLAndSkip()))
            }
        }
        if let unitSourceLanguage { unit.attributes["srclang"] = unitSourceLanguage }
        guard !variants.isEmpty else {
            diagnostics.warn("<tu> has no <tuv>; skipped", file: path, line: unitLine)
            return nil
        }
        guard variants.contains(where: { !$0.side.segments.isEmpty }) else {
            diagnostics.warn("<tu> has no <tuv> with a <seg>; skipped", file: path, line: unitLine)
            return nil
        }
        let declaredSource = [unitSourceLanguage, fileInfo.sourceLanguageTag, unitsSourceTag].compactMap { $0 }.first { $0 != "*all*" }
        func isSource(_ language: String?) -> Bool {
            guard let declaredSource, let language else { return false }
            return Self.sameLanguageTag(language, declaredSource)
        }
        var sourceIndex = variants.firstIndex { isSource($0.language) }
        if sourceIndex == nil, variants.count > 1 || declaredSource == nil { sourceIndex = 0 }
        let targetIndex = variants.indices.first { $0 != sourceIndex }
        for (index, variant) in variants.enumerated() where index != sourceIndex && index != targetIndex {
            diagnostics.warn(
                "<tuv xml:lang=\"\(variant.language ?? "")\"> left out: bitext reads one source and one target language",
                file: path, line: variant.line)
        }
        var source = BilingualPairBuilder.Side()
        var target = BilingualPairBuilder.Side()
        if let sourceIndex {
            let variant = variants[sourceIndex]
            source = variant.side
            unit.sourceLanguageTag = variant.language
            unit.sourceAttributes = variant.attributes
            unit.notes += variant.notes.map { var note = $0; note.appliesTo = .source; return note }
            unit.properties += variant.properties.map { var property = $0; property.appliesTo = .source; return property }
        }
        if let targetIndex {
            let variant = variants[targetIndex]
            target = variant.side
            unit.targetLanguageTag = variant.language
            unit.targetAttributes = variant.attributes
            unit.notes += variant.notes.map { var note = $0; note.appliesTo = .target; return note }
            unit.properties += variant.properties.map { var property = $0; property.appliesTo = .target; return property }
        }
        UnitStructureProperties.restore(&unit)
        InlineCodeProperties.restore(&unit.properties, source: &source, target: &target)
        return BilingualPairBuilder.ReadUnit(source: source, target: target, unit: unit, score: Self.score(of: unit))
    }
}

extension BilingualPairBuilder.ReadUnit {
    /// The unit with its one side as the target: a lone variant in another language than
    /// the source, with its language, notes and properties.
    func asTargetOnly() -> Self {
        var moved = self
        moved.target = source
        moved.source = .init()
        moved.unit.targetLanguageTag = unit.sourceLanguageTag
        moved.unit.sourceLanguageTag = nil
        for index in moved.unit.notes.indices where moved.unit.notes[index].appliesTo == .source {
            moved.unit.notes[index].appliesTo = .target
        }
        for index in moved.unit.properties.indices where moved.unit.properties[index].appliesTo == .source {
            moved.unit.properties[index].appliesTo = .target
        }
        return moved
    }
}

extension TMXUnitStream {
    /// Language tags compared as `caseInsensitiveCompare` does; tags are almost always
    /// ASCII, compared byte by byte without Foundation (this runs for every `<tuv>`).
    static func sameLanguageTag(_ first: String, _ second: String) -> Bool {
        let firstBytes = first.utf8, secondBytes = second.utf8
        guard firstBytes.allSatisfy({ $0 < 0x80 }), secondBytes.allSatisfy({ $0 < 0x80 }) else {
            return first.caseInsensitiveCompare(second) == .orderedSame
        }
        guard firstBytes.count == secondBytes.count else { return false }
        return zip(firstBytes, secondBytes).allSatisfy { asciiLowercase($0) == asciiLowercase($1) }
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// The alignment score bitext wrote, else 1: the file pairs them.
    static func score(of unit: TranslationUnitInfo) -> Double {
        unit.properties.first { $0.type == TranslationUnitInfo.scoreProperty }.flatMap { Double($0.value) } ?? 1
    }

    /// A `<tuv>` as read: its language, other attributes (`creationid`, `changedate`…),
    /// segment, notes and props.
    private struct Variant {
        var language: String?
        var attributes: [String: String]
        var side: BilingualPairBuilder.Side
        var notes: [UnitNote]
        var properties: [UnitProperty]
        var line: Int
    }

    private func readVariant(diagnostics: inout Diagnostics) throws -> Variant {
        let line = reader.line
        let language = reader.xmlLanguage() ?? reader.attribute("lang")
        if language == nil { diagnostics.warn("<tuv> has no xml:lang", file: path, line: line) }
        // Most variants have only their language: no map is built for them (this runs twice a unit).
        var attributes: [String: String] = [:]
        if reader.attributeCount > 1 {
            attributes = InlineContentReader.attributeMap(reader)
            attributes["xml:lang"] = nil
            if attributes["lang"] == language { attributes["lang"] = nil }
        }
        var side = BilingualPairBuilder.Side()
        var notes: [UnitNote] = []
        var properties: [UnitProperty] = []
        try reader.children { name in
            switch name {
            case "seg":
                let segmentLine = reader.line
                let content = try TMXBitextReader.inline.read(reader, diagnostics: &diagnostics)
                if !side.isEmpty { diagnostics.warn("<tuv> has a second <seg>", file: path, line: segmentLine) }
                side.segments.append((content.text, content.codes, segmentLine))
            case "note": notes.append(try readNote(appliesTo: .unit))
            case "prop": properties.append(try readProperty(appliesTo: .unit))
            default:
                diagnostics.warn("<\(reader.qualifiedName)> in <tuv> is not a TMX element; skipped", file: path, line: reader.line)
                try reader.skipElement()
            }
        }
        if side.isEmpty { diagnostics.warn("<tuv> has no <seg>", file: path, line: line) }
        return Variant(language: language, attributes: attributes, side: side, notes: notes, properties: properties, line: line)
    }

    private func readNote(appliesTo part: UnitPart) throws -> UnitNote {
        let language = reader.xmlLanguage()
        return UnitNote(try reader.textContentAndSkip(), appliesTo: part, language: language)
    }

    private func readProperty(appliesTo part: UnitPart) throws -> UnitProperty {
        let type = reader.attribute("type") ?? ""
        let language = reader.xmlLanguage()
        return UnitProperty(type: type, value: try reader.textContentAndSkip(), appliesTo: part, language: language)
    }
}
