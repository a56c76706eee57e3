/// The monolingual document formats bitext reads. One case per reader; the exhaustive
/// switch in `reader` is the only place a format is wired to its implementation.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable, Hashable {
    case plainText = "text"
    case markdown
    case srt
    case vtt

    public var reader: any DocumentReader { reader(ReadingOptions()) }

    public func reader(_ options: ReadingOptions) -> any DocumentReader {
        switch self {
        case .plainText: PlainTextReader()
        case .markdown: MarkdownReader(frontMatterKeys: options.frontMatterKeys)
        case .srt: SubtitleReader(flavor: .srt)
        case .vtt: SubtitleReader(flavor: .vtt)
        }
    }
}

/// Turns decoded text into a `Document`. Readers are pure: no file access, no globals;
/// recoverable trouble goes to `diagnostics`, fatal trouble is thrown as `InputError`.
public protocol DocumentReader: Sendable {
    func read(_ text: String, path: String, language: Language, diagnostics: inout Diagnostics) throws -> Document
}

/// Settings of how documents are read, from `.bitext.yml`.
public struct ReadingOptions: Sendable, Hashable {
    /// Front-matter keys whose values are translated, lower-cased.
    public var frontMatterKeys: Set<String> = FrontMatter.defaultTranslatableKeys

    public init() {}
}
