/// What an exchange-format unit carries besides its text, kept so that converting a file
/// does not lose it: the unit's id, the exact language tags, notes, properties and state.
public struct TranslationUnitInfo: Sendable, Hashable {
    /// TMX `tuid`, XLIFF `id`.
    public var id: String?
    /// The tags as written (`zh-CN`, `en-US`), which `Language` alone would reduce.
    public var sourceLanguageTag: String?
    public var targetLanguageTag: String?
    public var notes: [UnitNote]
    public var properties: [UnitProperty]
    /// XLIFF `state` of the target (XLIFF 2 on the segment, XLIFF 1.2 on `<target>`).
    public var state: String?
    /// Attributes of the unit element other than the ones above (TMX `creationdate`,
    /// `changeid`…), restored by writers of `attributesOrigin`'s format.
    public var attributes: [String: String]
    public var attributesOrigin: InlineCode.Origin?
    /// Elements of the unit no field above holds (extensions), as XML text, and the
    /// format they came from: written back only into that format.
    public var preserved: [PreservedXML]
    /// Where the pair sits in its unit when the unit is cut into segments (XLIFF 2
    /// `<segment>`s and `<ignorable>`s): each segment is a pair of its own, and the unit's
    /// notes, properties and extension elements are on the pair of its first segment.
    public var segment: UnitSegmentInfo?
    /// The `id` of the XLIFF 2 `<file>` holding the unit when it is not the document's first
    /// (nil in the first): a document of several files is written back with its files, whose
    /// unit ids need only be unique within each.
    public var fileID: String?
    /// The header of the `<file>` this unit is the first of, for every file but the first
    /// (whose header is the stream's `fileInfo`): an XLIFF 1.2 `<file>`'s attributes
    /// (`original`…) and `<header>` (the producer's `<tool>`), an XLIFF 2 `<file>`'s
    /// attributes, notes and metadata.
    public var fileHeader: BilingualFileInfo?
    /// Attributes of the unit's source and target elements besides their language (TMX
    /// `<tuv>` `creationid`, `changedate`…; XLIFF 1.2 `<target>` `state-qualifier`,
    /// `phase-name`…; XLIFF 2 `xml:space` as written), in `attributesOrigin`'s format.
    public var sourceAttributes: [String: String] = [:]
    public var targetAttributes: [String: String] = [:]
    /// Format flags of the unit as its producer wrote them (gettext `#, c-format`,
    /// `no-python-format`): they tell the placeholder check which syntaxes the strings use.
    public var formatFlags: [String] = []

    public init(
        id: String? = nil, sourceLanguageTag: String? = nil, targetLanguageTag: String? = nil,
        notes: [UnitNote] = [], properties: [UnitProperty] = [], state: String? = nil,
        attributes: [String: String] = [:], attributesOrigin: InlineCode.Origin? = nil, preserved: [PreservedXML] = [],
        segment: UnitSegmentInfo? = nil, fileID: String? = nil
    ) {
        self.segment = segment
        self.fileID = fileID
        self.attributesOrigin = attributesOrigin
        self.id = id
        self.sourceLanguageTag = sourceLanguageTag
        self.targetLanguageTag = targetLanguageTag
        self.notes = notes
        self.properties = properties
        self.state = state
        self.attributes = attributes
        self.preserved = preserved
    }

    /// The property types bitext writes itself (TMX names; XLIFF 2 has them in its
    /// `bitext-alignment` metadata group, XLIFF 1.2 in a `bitext-pair-N` context group).
    public static let scoreProperty = "x-bitext-score"
    public static let sourceLineProperty = "x-source-line"
    public static let targetLineProperty = "x-target-line"
}

/// Which part of a unit a note or property is about.
public enum UnitPart: String, Sendable, Hashable, Codable {
    case unit
    case source
    case target
}

/// A TMX `<note>`, an XLIFF `<note>`.
public struct UnitNote: Sendable, Hashable {
    public var text: String
    public var appliesTo: UnitPart
    /// XLIFF 2 `category`, XLIFF 1.2 `from`.
    public var category: String?
    public var language: String?
    /// XLIFF `priority`, 1 (most important) to 10, as written.
    public var priority: String?
    /// XLIFF 2 `id`, which comment annotations (`<mrk type="comment" ref="#n=…">`) point to.
    public var id: String?

    public init(
        _ text: String, appliesTo: UnitPart = .unit, category: String? = nil, language: String? = nil, priority: String? = nil, id: String? = nil
    ) {
        self.text = text
        self.appliesTo = appliesTo
        self.category = category
        self.language = language
        self.priority = priority
        self.id = id
    }
}

/// A TMX `<prop type="…">`, an XLIFF 2 `<mda:meta type="…">`, an XLIFF 1.2 `<context>`.
public struct UnitProperty: Sendable, Hashable {
    public var type: String
    public var value: String
    public var appliesTo: UnitPart
    public var language: String?

    public init(type: String, value: String, appliesTo: UnitPart = .unit, language: String? = nil) {
        self.type = type
        self.value = value
        self.appliesTo = appliesTo
        self.language = language
    }
}

/// An element bitext has no model for, kept as the XML text libxml2 serialised it.
public struct PreservedXML: Sendable, Hashable {
    public var origin: InlineCode.Origin
    public var xml: String

    public init(origin: InlineCode.Origin, xml: String) {
        self.origin = origin
        self.xml = xml
    }
}

/// The file-level part of a bilingual file: languages as tagged, header notes, properties
/// and attributes, and header elements kept as XML.
public struct BilingualFileInfo: Sendable, Hashable {
    public var origin: InlineCode.Origin
    public var sourceLanguageTag: String?
    public var targetLanguageTag: String?
    public var notes: [UnitNote]
    public var properties: [UnitProperty]
    /// Attributes of the TMX `<header>`, XLIFF `<file>`.
    public var attributes: [String: String]
    public var preserved: [PreservedXML]

    public init(
        origin: InlineCode.Origin, sourceLanguageTag: String? = nil, targetLanguageTag: String? = nil,
        notes: [UnitNote] = [], properties: [UnitProperty] = [], attributes: [String: String] = [:],
        preserved: [PreservedXML] = []
    ) {
        self.origin = origin
        self.sourceLanguageTag = sourceLanguageTag
        self.targetLanguageTag = targetLanguageTag
        self.notes = notes
        self.properties = properties
        self.attributes = attributes
        self.preserved = preserved
    }
}
