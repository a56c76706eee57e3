/// Reads Markdown, with transcripts in mind: speaker turns, section headings, and the
/// structure (images, links, tables of contents, code) that is kept but not translated.
///
/// Rules, each chosen from what the example pair in Examples/lex-459 does:
/// - A speaker label (`**Name:**`, see `SpeakerLabelSyntax`) starts a new turn block even
///   with no blank line before it: zh.md writes consecutive turns on consecutive lines.
/// - Paragraphs, list items and quotes after a turn, without a label of their own, belong
///   to that turn (same `speaker`, `startsTurn == false`); zh.md line 83 opens Lex's
///   introduction with a label and continues it over list items and paragraphs.
/// - A heading ends the turn. In zh.md all 25 section headings fall between turns: each
///   section that follows a turn opens with a new label (after an image at most), and the
///   only unlabelled prose after a heading is the translator's preface, which no speaker
///   said. Carrying the speaker across headings would attribute such editorial text to
///   whoever spoke last; ending the turn leaves it unattributed, which is true.
/// - Images, link-only lines, code, tables and rules never carry a speaker: they are not speech.
/// - Lines a paragraph would swallow in CommonMark (an image or a label right after text)
///   start their own block here, because in transcripts they are separate units.
/// - Every non-blank line belongs to exactly one block: `line...endLine`, plus the label's
///   line (`speaker.line`) for a turn whose label stands alone on its line.
public struct MarkdownReader: DocumentReader {
    /// Front-matter keys whose values are text to translate (lower-case).
    public var frontMatterKeys: Set<String>

    public init(frontMatterKeys: Set<String> = FrontMatter.defaultTranslatableKeys) {
        self.frontMatterKeys = frontMatterKeys
    }

    /// Headings that announce a table of contents; the list after them is structure.
    static let tableOfContentsTitles: Set<String> = ["目录", "全文目录", "目錄", "contents", "table of contents", "toc"]

    public func read(_ text: String, path: String, language: Language, diagnostics: inout Diagnostics) throws -> Document {
        var parser = MarkdownBlockParser(text: text, frontMatterKeys: frontMatterKeys)
        let blocks = parser.parse()
        for warning in parser.warnings {
            diagnostics.warn(warning.message, file: path, line: warning.line)
        }
        return Document(path: path, format: .markdown, language: language, blocks: blocks)
    }
}

/// The state of one pass over a Markdown text; `MarkdownReader` is its only user.
struct MarkdownBlockParser {
    private let lines: [Substring]
    /// Each line classified once, up front.
    private let kinds: [MarkdownLine]
    private var blocks: [Block] = []
    private var section = 0
    private var speaker: SpeakerLabel?
    /// A label alone on its line waits for the text that follows it.
    private var pendingLabel: SpeakerLabel?
    /// Set after a table-of-contents heading: the next list is the table.
    private var expectingTableOfContents = false
    private var index = 0
    /// Recoverable trouble, as (1-based line, message), for the reader's diagnostics.
    private(set) var warnings: [(line: Int, message: String)] = []

    /// Front-matter keys whose values are translated (lower-case).
    private let frontMatterKeys: Set<String>

    init(text: String, frontMatterKeys: Set<String> = FrontMatter.defaultTranslatableKeys) {
        self.frontMatterKeys = frontMatterKeys
        lines = text.linesSplitAtLineFeed()
        // Unbolded labels count only for names used in labels elsewhere, so text lines are
        // looked at again once all labels are known.
        var kinds = lines.map { MarkdownLine.classify($0, knownSpeakers: []) }
        var knownSpeakers = Set<String>()
        for case let .speakerLabel(name, _) in kinds { knownSpeakers.insert(String(name)) }
        if !knownSpeakers.isEmpty {
            for (index, kind) in kinds.enumerated() {
                if case .text = kind { kinds[index] = MarkdownLine.classify(lines[index], knownSpeakers: knownSpeakers) }
            }
        }
        self.kinds = kinds
    }

    private func kind(at lineIndex: Int) -> MarkdownLine {
        kinds[lineIndex]
    }

    mutating func parse() -> [Block] {
        if let (syntax, closing) = FrontMatter.end(of: lines) {
            readFrontMatter(syntax, closing: closing)
            index = closing + 1
        }
        while index < lines.count {
            let start = index
            let lineKind = kind(at: index)
            let tableOfContentsExpected = expectingTableOfContents
            if lineKind != .blank { expectingTableOfContents = false }
            switch lineKind {
            case .blank:
                index += 1
            case let .fence(marker, length, info):
                let closing = closingFence(after: start, marker: marker, length: length)
                if closing == nil {
                    warnings.append((start + 1, "code fence is never closed; the rest of the file is kept as code, not translated"))
                }
                let end = closing ?? lines.count - 1
                // `insta-toc`, `toc`: a plugin that renders a table of contents (zh.md line 31).
                let isTableOfContents = info.lowercased().split(whereSeparator: { !$0.isLetter }).contains("toc")
                append(isTableOfContents ? .tableOfContents : .verbatim,
                       text: lines[start...end].joined(separator: "\n"), from: start, to: end)
                index = end + 1
            case let .heading(level, text):
                flushPendingLabel()
                speaker = nil
                section += 1
                expectingTableOfContents = MarkdownReader.tableOfContentsTitles.contains(Self.plainTitle(text))
                append(.heading, text: String(text), from: start, to: start, headingLevel: level)
                index += 1
            case .tableRow:
                readTableRow()
            case .thematicBreak, .htmlComment, .siteStructure:
                let end = verbatimEnd(from: start)
                append(.verbatim, text: lines[start...end].joined(separator: "\n"), from: start, to: end)
                index = end + 1
            case let .shortcodes(shortcodes):
                // A code shortcode's body runs to its closing tag; other shortcode lines
                // (`{{< tip >}}`, `{{< tab name="…" >}}`, `{{< boilerplate x >}}`) are structure.
                let end = shortcodeBodyEnd(opening: shortcodes, at: start) ?? start
                append(.verbatim, text: lines[start...end].joined(separator: "\n"), from: start, to: end)
                index = end + 1
            case .image:
                append(.image, text: String(lines[start].trimmingWhitespace), from: start, to: start)
                index += 1
            case .linkOnly:
                if tableOfContentsExpected {
                    readTableOfContents()
                } else if start + 1 < lines.count, case .text = kind(at: start + 1), speaker == nil {
                    // A wrapped line that happens to hold only a link opens a paragraph or a
                    // list item (`1. [Follow the instructions](…)` / `to activate …`).
                    if let item = MarkdownLine.listItemContent(lines[start].drop { $0 == " " || $0 == "\t" }) {
                        let end = continuationEnd(after: start)
                        appendProse(.listItem, first: item, from: start, to: end)
                        index = end + 1
                    } else {
                        readParagraph(first: lines[start].trimmingWhitespace)
                    }
                } else {
                    append(.link, text: String(lines[start].trimmingWhitespace), from: start, to: start)
                    index += 1
                }
            case .quote:
                readQuote()
            case let .listItem(content):
                if tableOfContentsExpected {
                    readTableOfContents()
                } else {
                    let end = continuationEnd(after: start)
                    appendProse(.listItem, first: content, from: start, to: end)
                    index = end + 1
                }
            case let .speakerLabel(name, rest):
                flushPendingLabel()
                let label = SpeakerLabel(name: String(name), line: start + 1)
                speaker = label
                if rest.isEmpty {
                    pendingLabel = label
                    index += 1
                } else {
                    let end = continuationEnd(after: start)
                    appendProse(.paragraph, first: rest, from: start, to: end, startsTurn: true)
                    index = end + 1
                }
            case let .text(text):
                if let end = multilineShortcodeEnd(from: start) {
                    append(.verbatim, text: lines[start...end].joined(separator: "\n"), from: start, to: end)
                    index = end + 1
                } else {
                    readParagraph(first: text)
                }
            }
        }
        flushPendingLabel()
        return blocks
    }

    // MARK: Blocks

    /// Front matter as verbatim blocks around one metadata block per translatable value.
    private mutating func readFrontMatter(_ syntax: FrontMatter.Syntax, closing: Int) {
        var values: [FrontMatter.Value] = []
        do {
            values = try FrontMatter.translatableValues(lines, closing: closing, syntax: syntax, keys: frontMatterKeys)
        } catch {
            warnings.append((1, "front matter is not valid YAML, so its title and description are not checked: \(error)"))
        }
        var next = 0
        for value in values where value.lines.lowerBound >= next {
            if value.lines.lowerBound > next {
                append(.verbatim, text: lines[next..<value.lines.lowerBound].joined(separator: "\n"), from: next, to: value.lines.lowerBound - 1)
            }
            blocks.append(Block(kind: .metadata, text: value.text, line: value.lines.lowerBound + 1, endLine: value.lines.upperBound + 1))
            next = value.lines.upperBound + 1
        }
        append(.verbatim, text: lines[next...closing].joined(separator: "\n"), from: next, to: closing)
    }

    private mutating func readParagraph(first: Substring) {
        let start = index
        let end = continuationEnd(after: start)
        // CommonMark's setext heading: text underlined with `===` or `---`, outside turns.
        if speaker == nil, end + 1 < lines.count, let level = Self.setextLevel(lines[end + 1]) {
            flushPendingLabel()
            section += 1
            let text = lines[start...end].map { $0.trimmingWhitespace }.joined(separator: "\n")
            expectingTableOfContents = MarkdownReader.tableOfContentsTitles.contains(Self.plainTitle(Substring(text)))
            append(.heading, text: text, from: start, to: end + 1, headingLevel: level)
            index = end + 2
            return
        }
        appendProse(.paragraph, first: first, from: start, to: end)
        index = end + 1
    }

    /// One line of a table: the delimiter row (`|---|:--:|`) is structure, every other row
    /// its cells' text.
    private mutating func readTableRow() {
        let cells = MarkdownLine.tableCells(lines[index])
        let isDelimiter = cells.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }
        if isDelimiter || cells.allSatisfy(\.isEmpty) {
            append(.verbatim, text: String(lines[index]), from: index, to: index)
        } else {
            append(.tableRow, text: cells.joined(separator: " | "), from: index, to: index)
        }
        index += 1
    }

    /// Consecutive `>` lines; a `>` line with nothing else, or a list item inside the
    /// quote, starts a new quote block so each stays one paragraph. The empty `>` line
    /// belongs to the part before it (or, opening the quote, is kept as verbatim).
    private mutating func readQuote() {
        var part: (start: Int, end: Int, lines: [Substring])?
        while index < lines.count, case let .quote(content) = kind(at: index) {
            let inner = content.drop { $0 == " " || $0 == "\t" }
            if inner.allSatisfy(\.isSpaceOnly) {
                if let open = part {
                    appendProse(.quote, lines: open.lines, from: open.start, to: index)
                    part = nil
                } else if blocks.last?.kind == .quote, blocks.last?.endLine == index {
                    blocks[blocks.count - 1].endLine = index + 1
                } else {
                    append(.verbatim, text: String(lines[index]), from: index, to: index)
                }
            } else if let item = MarkdownLine.listItemContent(inner) {
                if let open = part { appendProse(.quote, lines: open.lines, from: open.start, to: open.end) }
                part = (index, index, [item])
            } else if var open = part {
                open.end = index
                open.lines.append(content)
                part = open
            } else {
                part = (index, index, [content])
            }
            index += 1
        }
        if let open = part { appendProse(.quote, lines: open.lines, from: open.start, to: open.end) }
    }

    /// The list after a table-of-contents heading, blank lines between items included.
    private mutating func readTableOfContents() {
        let start = index
        var end = index
        var cursor = index
        while cursor < lines.count {
            switch kind(at: cursor) {
            case .listItem, .linkOnly:
                end = continuationEnd(after: cursor)
                cursor = end + 1
            case .blank:
                cursor += 1
            default:
                cursor = lines.count
            }
        }
        append(.tableOfContents, text: lines[start...end].joined(separator: "\n"), from: start, to: end)
        index = end + 1
    }

    private mutating func appendProse(_ kind: Block.Kind, first: Substring, from start: Int, to end: Int, startsTurn: Bool = false) {
        var parts = [first]
        if end > start { parts += lines[(start + 1)...end] }
        appendProse(kind, lines: parts, from: start, to: end, startsTurn: startsTurn)
    }

    private mutating func appendProse(_ kind: Block.Kind, lines parts: [Substring], from start: Int, to end: Int, startsTurn: Bool = false) {
        let text = parts.map { $0.trimmingWhitespace }.joined(separator: "\n")
        var turnStart = startsTurn
        if let label = pendingLabel {
            pendingLabel = nil
            turnStart = true
            speaker = label
        }
        blocks.append(Block(
            kind: kind, text: text, line: start + 1, endLine: end + 1,
            speaker: speaker, startsTurn: turnStart, section: section
        ))
    }

    private mutating func append(_ kind: Block.Kind, text: String, from start: Int, to end: Int, headingLevel: Int? = nil) {
        blocks.append(Block(kind: kind, text: text, line: start + 1, endLine: end + 1, headingLevel: headingLevel, section: section))
    }

    /// A label followed by no text of its own still makes a (textless) turn block, so the
    /// speaker and the line are not lost.
    private mutating func flushPendingLabel() {
        guard let label = pendingLabel else { return }
        pendingLabel = nil
        blocks.append(Block(kind: .paragraph, text: "", line: label.line, endLine: label.line,
                            speaker: label, startsTurn: true, section: section))
    }

    // MARK: Extents

    /// The last line of a paragraph or list item starting at `start`: it runs on over
    /// plain text lines until a blank line or a line that starts a block of its own.
    private func continuationEnd(after start: Int) -> Int {
        var end = start
        while end + 1 < lines.count, continuesParagraph(kind(at: end + 1), line: lines[end + 1]) {
            if Self.setextLevel(lines[end + 1]) != nil { break }
            end += 1
        }
        return end
    }

    /// Text continues a paragraph, and so does a wrapped line that holds only a link
    /// (`[the guide](/docs/x)` on a line of its own mid-sentence) outside transcripts, where
    /// link lines are separate units.
    private func continuesParagraph(_ kind: MarkdownLine, line: Substring) -> Bool {
        switch kind {
        case .text: true
        case .linkOnly: speaker == nil && pendingLabel == nil && !Self.isListItem(line)
        default: false
        }
    }

    static func isListItem(_ line: Substring) -> Bool {
        MarkdownLine.listItemContent(line.drop { $0 == " " || $0 == "\t" }) != nil
    }

    /// For a shortcode written over several lines (`{{< image link="x"` … `>}}`) that starts
    /// the line at `start`, the line that closes it; nil for anything else. Only lines of
    /// attributes may come between: a blank line or a heading means it was not one.
    private func multilineShortcodeEnd(from start: Int) -> Int? {
        let first = lines[start].trimmingWhitespace
        guard first.hasPrefix("{{<") || first.hasPrefix("{{%"), DocsSiteSyntax.shortcode(at: first) == nil else { return nil }
        let closing = first.hasPrefix("{{<") ? ">}}" : "%}}"
        for cursor in (start + 1)..<min(lines.count, start + 20) {
            if case .blank = kind(at: cursor) { return nil }
            if lines[cursor].contains(closing) {
                return lines[cursor].trimmingWhitespace.hasSuffix(closing) ? cursor : nil
            }
        }
        return nil
    }

    /// For a line opening a code shortcode (`{{< text bash >}}`), the line of its closing
    /// tag; nil when the line is not such an opening or nothing closes it (a self-closing
    /// shortcode such as `{{< codenew file="x" >}}`).
    private func shortcodeBodyEnd(opening shortcodes: [DocsSiteSyntax.Shortcode], at start: Int) -> Int? {
        guard let last = shortcodes.last, !last.isClosing, DocsSiteSyntax.codeShortcodes.contains(last.name) else { return nil }
        let closing = "/" + last.name
        for cursor in (start + 1)..<max(start + 1, lines.count) {
            var rest = lines[cursor][...]
            while let open = rest.range(of: "{{") {
                let candidate = rest[open.lowerBound...]
                if let tag = DocsSiteSyntax.shortcode(at: candidate), tag.isClosing, "/" + tag.name == closing { return cursor }
                rest = rest[open.upperBound...]
            }
        }
        return nil
    }

    /// The line of the fence that closes the one opened on `start`; nil when none does.
    private func closingFence(after start: Int, marker: Character, length: Int) -> Int? {
        for cursor in (start + 1)..<max(start + 1, lines.count) {
            let body = lines[cursor].drop { $0 == " " }
            let run = body.prefix { $0 == marker }
            if run.count >= length && body.dropFirst(run.count).allSatisfy(\.isSpaceOnly) { return cursor }
        }
        return nil
    }

    /// HTML comments run to their `-->`; a rule or a structure line is one line.
    private func verbatimEnd(from start: Int) -> Int {
        switch kind(at: start) {
        case .htmlComment:
            var end = start
            while end < lines.count - 1, !lines[end].contains("-->") { end += 1 }
            return end
        default:
            return start
        }
    }

    static func setextLevel(_ line: Substring) -> Int? {
        let body = line.trimmingWhitespace
        guard let first = body.first, first == "=" || first == "-", body.allSatisfy({ $0 == first }) else { return nil }
        if line.prefix(while: { $0 == " " }).count > 3 { return nil }
        return first == "=" ? 1 : 2
    }

    /// A heading's words without emphasis or a trailing colon, lower-cased, to compare
    /// against the table-of-contents titles.
    static func plainTitle(_ text: Substring) -> String {
        var title = text.filter { $0 != "*" && $0 != "_" }.trimmingCharactersWhitespace
        while let last = title.last, SpeakerLabelSyntax.isColon(last) { title.removeLast() }
        return title.lowercased()
    }
}

extension String {
    fileprivate var trimmingCharactersWhitespace: String {
        String(Substring(self).trimmingWhitespace)
    }
}
