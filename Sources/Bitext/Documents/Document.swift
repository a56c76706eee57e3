/// A source or target file read into structure: blocks in document order, each knowing
/// the line it starts on. Sentences come later (Segmentation).
public struct Document: Sendable {
    /// The path as the user gave it; used in every message and finding.
    public var path: String
    public var format: DocumentFormat
    public var language: Language
    public var blocks: [Block]

    public init(path: String, format: DocumentFormat, language: Language, blocks: [Block]) {
        self.path = path
        self.format = format
        self.language = language
        self.blocks = blocks
    }
}

/// One structural unit of a document: a heading, a paragraph, a subtitle cue, an image line...
public struct Block: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        /// A section heading (`#`, `##`, ...). Translatable text.
        case heading
        /// A translatable front-matter value (a page's `title`, `description`): text, read
        /// like a heading.
        case metadata
        /// Running text. In a transcript it may belong to a speaker turn (see `speaker`).
        case paragraph
        /// A block quote (`> ...`). Translatable text.
        case quote
        /// A list item. Translatable text.
        case listItem
        /// A row of a Markdown table: its cells, trimmed and joined by ` | `, one segment, so
        /// tables align row by row.
        case tableRow
        /// One subtitle cue (SRT/VTT).
        case cue
        /// An image line: structure, not sentences.
        case image
        /// A line that is only a link: structure, not sentences.
        case link
        /// A table of contents: structure, not sentences.
        case tableOfContents
        /// Fenced code, front matter, tables, rules: kept verbatim, not sentences.
        case verbatim
    }

    public var kind: Kind
    /// The block's text without its structural markup (heading hashes, speaker label, quote
    /// markers); inline markup such as `**bold**` and links is kept for the markup check.
    public var text: String
    /// 1-based line of the block's first character of `text` in the input file.
    public var line: Int
    /// 1-based line where the block ends (inclusive).
    public var endLine: Int
    public var headingLevel: Int?
    /// The speaker of the turn this block belongs to, in transcripts.
    public var speaker: SpeakerLabel?
    /// True for the block that carries the speaker label; later blocks of the same turn
    /// have the same `speaker` and `startsTurn == false`.
    public var startsTurn: Bool
    /// Number of the section (0 before the first heading) the block lies in.
    public var section: Int
    /// For subtitle cues: the cue's timing as written, e.g. `00:00:01,000 --> 00:00:02,500`.
    public var timing: String?

    public init(
        kind: Kind, text: String, line: Int, endLine: Int? = nil, headingLevel: Int? = nil,
        speaker: SpeakerLabel? = nil, startsTurn: Bool = false, section: Int = 0, timing: String? = nil
    ) {
        self.kind = kind
        self.text = text
        self.line = line
        self.endLine = endLine ?? line
        self.headingLevel = headingLevel
        self.speaker = speaker
        self.startsTurn = startsTurn
        self.section = section
        self.timing = timing
    }

    /// Whether the block holds prose to be split into sentences and aligned.
    public var isTranslatable: Bool {
        switch kind {
        case .heading, .metadata, .paragraph, .quote, .listItem, .tableRow, .cue: true
        case .image, .link, .tableOfContents, .verbatim: false
        }
    }
}

/// A speaker label as written in the file, e.g. `**Lex Fridman:**` gives name `Lex Fridman`.
public struct SpeakerLabel: Sendable, Hashable, Codable {
    public var name: String
    public var line: Int

    public init(name: String, line: Int) {
        self.name = name
        self.line = line
    }
}
