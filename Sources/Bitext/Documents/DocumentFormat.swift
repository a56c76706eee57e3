/// The monolingual document formats bitext reads. One case per reader; the exhaustive
/// switch in `reader` is the only place a format is wired to its implementation.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable, Hashable {
    case plainText = "text"
    case markdown
    case srt
    case vtt

    public var reader: any DocumentReader {
        switch self {
        case .plainText: PlainTextReader()
        case .markdown: MarkdownReader()
        case .srt: SubtitleReader(flavor: .srt)
        case .vtt: SubtitleReader(flavor: .vtt)
        }
    }

    /// The format a file name implies; plain text when the extension says nothing.
    public static func inferred(fromPath path: String) -> DocumentFormat {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") { return .markdown }
        if lowered.hasSuffix(".srt") { return .srt }
        if lowered.hasSuffix(".vtt") { return .vtt }
        return .plainText
    }
}

/// Turns decoded text into a `Document`. Readers are pure: no file access, no globals;
/// recoverable trouble goes to `diagnostics`, fatal trouble is thrown as `InputError`.
public protocol DocumentReader: Sendable {
    func read(_ text: String, path: String, language: Language, diagnostics: inout Diagnostics) throws -> Document
}
