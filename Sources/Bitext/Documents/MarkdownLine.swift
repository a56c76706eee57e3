/// What one Markdown line is on its own, before the reader groups lines into blocks.
/// Only the constructs transcripts and their translations use are recognised; anything
/// else is text, so no line is ever dropped.
enum MarkdownLine: Equatable {
    case blank
    /// ```` ``` ```` or `~~~` with the info string after it.
    case fence(marker: Character, length: Int, info: Substring)
    case heading(level: Int, text: Substring)
    /// `---`, `***`, `___` (with optional spaces between).
    case thematicBreak
    case tableRow
    /// `![alt](url)`, possibly several images on one line.
    case image
    /// `[text](url)` or a bare URL, alone on the line, possibly as a list item.
    case linkOnly
    /// `> ...`: the content after the marker and one optional space.
    case quote(content: Substring)
    /// `- `, `* `, `+ `, `1. ` or `1) `: the content after the marker.
    case listItem(content: Substring)
    /// `**Name:** text` and its variants: the name and the text after the label.
    case speakerLabel(name: Substring, rest: Substring)
    case htmlComment
    /// A line of docs-site shortcodes only (`{{< tip >}}`, `{{< text bash >}}`), at any indent.
    case shortcodes([DocsSiteSyntax.Shortcode])
    /// A docs-site structure line: an admonition marker (`:::note`, `!!! tip`), a line of
    /// component tags only (`<Tabs>`), an MDX `import`.
    case siteStructure
    case text(Substring)

    /// Classifies `line`. `knownSpeakers` holds names seen in bold labels, which also count
    /// as labels when written without the bold (see `SpeakerLabelSyntax`).
    static func classify(_ line: Substring, knownSpeakers: Set<String>) -> MarkdownLine {
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        let body = line.dropFirst(indent.count)
        guard let first = body.first else { return .blank }
        if body.allSatisfy(\.isSpaceOnly) { return .blank }
        let structural = indent.count <= 3
        if structural, first == "`" || first == "~" {
            let run = body.prefix { $0 == first }
            if run.count >= 3 {
                let info = body.dropFirst(run.count)
                if first == "~" || !info.contains("`") {
                    return .fence(marker: first, length: run.count, info: info.trimmingWhitespace)
                }
            }
        }
        if structural, first == "#" {
            let hashes = body.prefix { $0 == "#" }
            let after = body.dropFirst(hashes.count)
            if hashes.count <= 6, after.isEmpty || after.first == " " || after.first == "\t" {
                return .heading(level: hashes.count, text: DocsSiteSyntax.headingWithoutIds(headingText(after)))
            }
        }
        if structural, isThematicBreak(body) { return .thematicBreak }
        if structural, first == "|" { return .tableRow }
        if structural, body.hasPrefix("<!--") { return .htmlComment }
        if structural, first == ">" {
            var content = body.dropFirst()
            if content.first == " " { content = content.dropFirst() }
            return .quote(content: content)
        }
        let trimmed = body.trimmingWhitespace
        if trimmed.first == "{", let shortcodes = DocsSiteSyntax.shortcodeOnlyLine(trimmed) { return .shortcodes(shortcodes) }
        if DocsSiteSyntax.isAdmonitionLine(trimmed) || DocsSiteSyntax.isModuleLine(trimmed) { return .siteStructure }
        if trimmed.first == "<", !body.hasPrefix("<!--"), DocsSiteSyntax.isTagOnlyLine(trimmed) { return .siteStructure }
        if isImageLine(trimmed) { return .image }
        if let item = listItemContent(body) {
            return isLinkOnly(item.trimmingWhitespace) ? .linkOnly : .listItem(content: item)
        }
        if isLinkOnly(trimmed) { return .linkOnly }
        if let label = SpeakerLabelSyntax.parse(trimmed, knownSpeakers: knownSpeakers) {
            return .speakerLabel(name: label.name, rest: label.rest)
        }
        return .text(trimmed)
    }

    /// The trimmed cells of a table row, without its outer pipes; `\|` is a pipe inside a cell.
    static func tableCells(_ line: Substring) -> [String] {
        var body = line.trimmingWhitespace
        if body.first == "|" { body = body.dropFirst() }
        if body.last == "|", !body.hasSuffix("\\|") { body = body.dropLast() }
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in body {
            if character == "|", !escaped {
                cells.append(String(Substring(cell).trimmingWhitespace))
                cell = ""
            } else {
                cell.append(character)
            }
            escaped = character == "\\"
        }
        cells.append(String(Substring(cell).trimmingWhitespace))
        return cells
    }

    /// Heading content without the optional closing run of hashes.
    private static func headingText(_ after: Substring) -> Substring {
        var text = after.trimmingWhitespace
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let beforeClosing = text.dropLast(closing)
            if beforeClosing.isEmpty || beforeClosing.last == " " || beforeClosing.last == "\t" {
                text = beforeClosing.trimmingWhitespace
            }
        }
        return text
    }

    static func isThematicBreak(_ body: Substring) -> Bool {
        guard let marker = body.first, marker == "-" || marker == "*" || marker == "_" else { return false }
        var count = 0
        for character in body {
            if character == marker {
                count += 1
            } else if character != " " && character != "\t" {
                return false
            }
        }
        return count >= 3
    }

    /// The content of a list item line, or nil when the line is not one.
    static func listItemContent(_ body: Substring) -> Substring? {
        guard let first = body.first else { return nil }
        var afterMarker: Substring
        if first == "-" || first == "*" || first == "+" {
            afterMarker = body.dropFirst()
        } else if first.isASCII, first.isNumber {
            let digits = body.prefix { $0.isASCII && $0.isNumber }
            guard digits.count <= 9 else { return nil }
            let rest = body.dropFirst(digits.count)
            guard rest.first == "." || rest.first == ")" else { return nil }
            afterMarker = rest.dropFirst()
        } else {
            return nil
        }
        guard afterMarker.isEmpty || afterMarker.first == " " || afterMarker.first == "\t" else { return nil }
        while afterMarker.first == " " || afterMarker.first == "\t" { afterMarker = afterMarker.dropFirst() }
        return afterMarker
    }

    /// One or more `![alt](url)` and nothing else.
    static func isImageLine(_ trimmed: Substring) -> Bool {
        var rest = trimmed
        var images = 0
        while !rest.isEmpty {
            guard rest.hasPrefix("!["), let end = inlineLinkEnd(rest.dropFirst()) else { return false }
            images += 1
            rest = rest[end...].drop { $0 == " " || $0 == "\t" }
        }
        return images > 0
    }

    /// `[text](url)` or a bare `http(s)://` URL, alone.
    static func isLinkOnly(_ trimmed: Substring) -> Bool {
        if trimmed.hasPrefix("["), let end = inlineLinkEnd(trimmed) { return end == trimmed.endIndex }
        if trimmed.hasPrefix("<"), trimmed.hasSuffix(">"), trimmed.contains("://"), !trimmed.contains(" ") { return true }
        return (trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://")) && !trimmed.contains { $0.isWhitespace }
    }

    /// For text starting with `[`, the index after the matching `(...)` of an inline link.
    private static func inlineLinkEnd(_ text: Substring) -> Substring.Index? {
        guard text.first == "[" else { return nil }
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "[" { depth += 1 }
            if character == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            index = text.index(after: index)
        }
        guard index < text.endIndex else { return nil }
        let open = text.index(after: index)
        guard open < text.endIndex, text[open] == "(" else { return nil }
        guard let close = text[open...].firstIndex(of: ")") else { return nil }
        return text.index(after: close)
    }
}

extension Substring {
    /// The substring without leading and trailing whitespace (a Markdown hard break's
    /// trailing spaces included).
    var trimmingWhitespace: Substring {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isSpaceOrNewline }) else { return self[endIndex...] }
        let end = scalars.lastIndex(where: { !$0.isSpaceOrNewline })!
        return Substring(scalars[start...end])
    }
}
