import Foundation

/// The aligned pairs with their lines and scores, plus the findings: for scripts that want
/// the alignment itself rather than only what is wrong with it.
///
/// Pairs read from a bilingual file also carry everything else the file gave: `sourceCodes`
/// and `targetCodes` (one per `InlineCode.marker` in the text, with its UTF-16 `offset`
/// there), `unit` (id, language tags, notes, properties, state, attributes, extension
/// elements as XML, and for a segment of an XLIFF 2 unit its place and the `<ignorable>`s
/// around it), and the top-level `file` (header languages, notes, properties, attributes,
/// elements). Keys are only ever added; a key with no value is left out.
public struct JSONBitextWriter: BitextWriter {
    public init() {}

    struct Payload: Encodable {
        var tool: String
        var generatedAt: Date
        var sourceLanguage: String
        var targetLanguage: String
        var sourceFile: String
        var targetFile: String
        var pairs: [Pair]
        var findings: [Finding]
        var file: File?
    }

    struct Pair: Encodable {
        var source: [Int]
        var target: [Int]
        var score: Double
        var sourceText: String
        var targetText: String
        var sourceLine: Int?
        var targetLine: Int?
        var sourceCodes: [Code]?
        var targetCodes: [Code]?
        var unit: Unit?
    }

    /// An inline code and where its marker is in the side's text.
    struct Code: Encodable {
        var offset: Int
        var role: String
        var pairing: String?
        var isolated: Bool
        var content: String?
        var origin: String
        var element: String
        var attributes: [String: String]

        static func list(_ codes: [InlineCode], in text: String) -> [Code]? {
            guard !codes.isEmpty else { return nil }
            var offsets: [Int] = []
            var offset = 0
            for scalar in text.unicodeScalars {
                if scalar == InlineCode.marker { offsets.append(offset) }
                offset += scalar.utf16.count
            }
            return codes.enumerated().map { index, code in
                Code(
                    offset: index < offsets.count ? offsets[index] : offset, role: code.role.rawValue, pairing: code.pairing,
                    isolated: code.isolated, content: code.content, origin: code.origin.rawValue, element: code.element,
                    attributes: code.attributes)
            }
        }
    }

    struct Note: Encodable {
        var text: String
        var appliesTo: String
        var category: String?
        var language: String?
        var priority: String?
        var id: String?

        init(_ note: UnitNote) {
            text = note.text
            appliesTo = note.appliesTo.rawValue
            category = note.category
            language = note.language
            priority = note.priority
            id = note.id
        }
    }

    struct Property: Encodable {
        var type: String
        var value: String
        var appliesTo: String
        var language: String?

        init(_ property: UnitProperty) {
            type = property.type
            value = property.value
            appliesTo = property.appliesTo.rawValue
            language = property.language
        }
    }

    struct Preserved: Encodable {
        var origin: String
        var xml: String
    }

    struct Unit: Encodable {
        var id: String?
        var sourceLanguage: String?
        var targetLanguage: String?
        var notes: [Note]
        var properties: [Property]
        var state: String?
        var attributes: [String: String]
        var attributesOrigin: String?
        var preserved: [Preserved]
        var segment: Segment?
        /// The `<file>` the unit is in, when not the first (XLIFF 2 id; `f2`, `f3`… in XLIFF 1.2).
        var fileID: String?
        /// The header of that file, on its first unit.
        var fileHeader: File?
        /// Attributes of the source and target elements (TMX `<tuv>`, XLIFF 1.2 `<target>`).
        var sourceAttributes: [String: String]?
        var targetAttributes: [String: String]?

        init(_ unit: TranslationUnitInfo) {
            id = unit.id
            sourceLanguage = unit.sourceLanguageTag
            targetLanguage = unit.targetLanguageTag
            notes = unit.notes.map(Note.init)
            properties = unit.properties.map(Property.init)
            state = unit.state
            attributes = unit.attributes
            attributesOrigin = unit.attributesOrigin?.rawValue
            preserved = unit.preserved.map { Preserved(origin: $0.origin.rawValue, xml: $0.xml) }
            segment = unit.segment.map(Segment.init)
            fileID = unit.fileID
            fileHeader = unit.fileHeader.map(File.init)
            sourceAttributes = unit.sourceAttributes.isEmpty ? nil : unit.sourceAttributes
            targetAttributes = unit.targetAttributes.isEmpty ? nil : unit.targetAttributes
        }
    }

    struct Segment: Encodable {
        var position: Int
        var count: Int
        var id: String?
        var attributes: [String: String]
        var targetAttributes: [String: String]
        var ignorablesBefore: [Ignorable]
        var ignorablesAfter: [Ignorable]

        init(_ segment: UnitSegmentInfo) {
            position = segment.position
            count = segment.count
            id = segment.id
            attributes = segment.attributes
            targetAttributes = segment.targetAttributes
            ignorablesBefore = segment.ignorablesBefore.map(Ignorable.init)
            ignorablesAfter = segment.ignorablesAfter.map(Ignorable.init)
        }
    }

    struct Ignorable: Encodable {
        var id: String?
        var source: String
        var target: String?
        var sourceCodes: [Code]?
        var targetCodes: [Code]?

        init(_ ignorable: IgnorableText) {
            id = ignorable.id
            source = ignorable.source
            target = ignorable.target
            sourceCodes = Code.list(ignorable.sourceCodes, in: ignorable.source)
            targetCodes = Code.list(ignorable.targetCodes, in: ignorable.target ?? "")
        }
    }

    struct File: Encodable {
        var origin: String
        var sourceLanguage: String?
        var targetLanguage: String?
        var notes: [Note]
        var properties: [Property]
        var attributes: [String: String]
        var preserved: [Preserved]

        init(_ info: BilingualFileInfo) {
            origin = info.origin.rawValue
            sourceLanguage = info.sourceLanguageTag
            targetLanguage = info.targetLanguageTag
            notes = info.notes.map(Note.init)
            properties = info.properties.map(Property.init)
            attributes = info.attributes
            preserved = info.preserved.map { Preserved(origin: $0.origin.rawValue, xml: $0.xml) }
        }
    }

    public func write(_ bitext: AlignedBitext, findings: [Finding], context: OutputContext) throws -> Data {
        let payload = Payload(
            tool: "bitext \(context.toolVersion)",
            generatedAt: context.generatedAt,
            sourceLanguage: bitext.sourceLanguage.tag,
            targetLanguage: bitext.targetLanguage.tag,
            sourceFile: bitext.sourcePath,
            targetFile: bitext.targetPath,
            pairs: bitext.pairs.map {
                Pair(
                    source: $0.source.map(\.index), target: $0.target.map(\.index), score: $0.score,
                    sourceText: $0.sourceText, targetText: $0.targetText,
                    sourceLine: $0.sourceLine, targetLine: $0.targetLine,
                    sourceCodes: Code.list($0.sourceCodes, in: $0.sourceText),
                    targetCodes: Code.list($0.targetCodes, in: $0.targetText),
                    unit: $0.unit.map(Unit.init))
            },
            findings: findings,
            file: bitext.fileInfo.map(File.init)
        )
        return try JSONEncoder.bitext.encode(payload)
    }
}

extension JSONEncoder {
    /// Stable, readable output: sorted keys make files diffable and testable.
    static var bitext: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
