// PLACEHOLDER until the documents work lands.
public struct SubtitleReader: DocumentReader {
    public enum Flavor: Sendable { case srt, vtt }
    public let flavor: Flavor
    public init(flavor: Flavor) { self.flavor = flavor }
    public func read(_ text: String, path: String, language: Language, diagnostics: inout Diagnostics) throws -> Document {
        var document = try PlainTextReader().read(text, path: path, language: language, diagnostics: &diagnostics)
        document.format = flavor == .srt ? .srt : .vtt
        return document
    }
}
