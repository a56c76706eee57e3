// PLACEHOLDER until the documents work lands.
import Foundation

public struct MarkdownReader: DocumentReader {
    public init() {}
    public func read(_ text: String, path: String, language: Language, diagnostics: inout Diagnostics) throws -> Document {
        var blocks: [Block] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            blocks.append(Block(kind: .paragraph, text: String(line), line: offset + 1))
        }
        return Document(path: path, format: .markdown, language: language, blocks: blocks)
    }
}
