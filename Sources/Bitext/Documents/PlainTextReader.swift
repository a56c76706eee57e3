/// Reads plain text: a paragraph is a run of non-blank lines, paragraphs are separated by
/// blank lines. The lines of a paragraph are kept apart with "\n" in `Block.text`; how a
/// soft line break joins two halves of a sentence depends on the language, so that is
/// left to the segmenter.
public struct PlainTextReader: DocumentReader {
    public init() {}

    public func read(_ text: String, path: String, language: Language, diagnostics: inout Diagnostics) throws -> Document {
        var blocks: [Block] = []
        var paragraph: [Substring] = []
        var firstLine = 0
        func closeParagraph(endingAt lastLine: Int) {
            guard !paragraph.isEmpty else { return }
            blocks.append(Block(
                kind: .paragraph, text: paragraph.joined(separator: "\n"), line: firstLine, endLine: lastLine
            ))
            paragraph = []
        }
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty {
                closeParagraph(endingAt: offset)
            } else {
                if paragraph.isEmpty { firstLine = offset + 1 }
                paragraph.append(trimmed)
            }
        }
        closeParagraph(endingAt: firstLine + paragraph.count - 1)
        return Document(path: path, format: .plainText, language: language, blocks: blocks)
    }
}
