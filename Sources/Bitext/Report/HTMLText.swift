import Foundation

/// Turning input text into HTML that can only ever be text.
enum HTMLText {
    /// Escapes for both element content and quoted attribute values. Characters XML 1.0
    /// forbids (C0 controls) become U+FFFD so the report shows where one was.
    static func escape<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                result.unicodeScalars.append(XMLCharacters.isAllowed(scalar) ? scalar : XMLCharacters.replacement)
            }
        }
        return result
    }

    /// A stretch of text to mark: a finding's span or a glossary term.
    struct Mark {
        /// UTF-16 offsets into the text, as in `Finding.Span`.
        var span: Finding.Span
        /// Classes the marked text gets.
        var classes: [String]
        /// Numbers of the findings the mark belongs to, so the page can link the two.
        var findings: [Int] = []
    }

    /// A stretch of markup syntax set apart from the prose around it, so that a reviewer
    /// reads the words of a Markdown page rather than its link targets and shortcodes.
    struct Styling {
        enum Style {
            /// Delimiters, targets, tags: dimmed.
            case syntax
            /// The text of inline code: shown as code.
            case code
        }

        /// UTF-16 offsets into the text, as marks use.
        var span: Finding.Span
        var style: Style
        /// The part of the stretch that may be shown as an ellipsis holding it in its title
        /// (a long link target between its `](` and `)`): it says nothing a reviewer of the
        /// translation needs to read.
        var collapsible: Finding.Span?
    }

    /// `text` escaped, with marked stretches wrapped in `<mark>`. Marks may overlap: the text
    /// is cut at every mark boundary and each piece carries the classes and findings of all
    /// marks covering it. Spans that do not fall on character boundaries are ignored.
    ///
    /// Styled stretches (which must not overlap one another; later overlapping ones are
    /// dropped) each become one element, with the marks inside cut at its edges. The
    /// collapsible part of a stretch is collapsed only when no mark touches it: what a
    /// finding or a term points at always stays on the page.
    static func escape(_ text: String, marking marks: [Mark], styling: [Styling] = []) -> String {
        let length = text.utf16.count
        let valid = marks.filter { isValid($0.span, in: text, length: length) }
        var stretches: [Styling] = []
        for stretch in styling.sorted(by: { $0.span.start < $1.span.start })
        where isValid(stretch.span, in: text, length: length) && stretch.span.start >= (stretches.last?.span.end ?? 0) {
            stretches.append(stretch)
        }
        guard !valid.isEmpty || !stretches.isEmpty else { return escape(text) }
        var result = ""
        var offset = 0
        for stretch in stretches {
            appendMarked(text, offset..<stretch.span.start, marks: valid, to: &result)
            let range = stretch.span.start..<stretch.span.end
            let folded = stretch.collapsible.map { $0.start..<$0.end }.flatMap { part in
                let fits = part.lowerBound >= range.lowerBound && part.upperBound <= range.upperBound && !part.isEmpty
                    && index(text, part.lowerBound) != nil && index(text, part.upperBound) != nil
                let isMarked = valid.contains { $0.span.start < part.upperBound && $0.span.end > part.lowerBound }
                return fits && !isMarked ? part : nil
            }
            switch stretch.style {
            case .code:
                result += "<code>"
            case .syntax:
                // Short syntax (`](#gateways)`, `{{< gloss >}}`) is not broken across lines.
                let shownLength = range.count - (folded.map { $0.count - 1 } ?? 0)
                result += shownLength <= Styling.collapsibleLength ? "<span class=\"mu keep\">" : "<span class=\"mu\">"
            }
            if let folded {
                appendMarked(text, range.lowerBound..<folded.lowerBound, marks: valid, to: &result)
                // The folded text stays in the page, hidden, so that search still finds it
                // and a click shows it.
                let hidden = escape(text[index(text, folded.lowerBound)!..<index(text, folded.upperBound)!])
                result += "<span class=\"fold\" title=\"\(hidden)\"><span>\(hidden)</span></span>"
                appendMarked(text, folded.upperBound..<range.upperBound, marks: valid, to: &result)
            } else {
                appendMarked(text, range, marks: valid, to: &result)
            }
            result += stretch.style == .code ? "</code>" : "</span>"
            offset = range.upperBound
        }
        appendMarked(text, offset..<length, marks: valid, to: &result)
        return result
    }

    private static func isValid(_ span: Finding.Span, in text: String, length: Int) -> Bool {
        span.start >= 0 && span.start < span.end && span.end <= length
            && index(text, span.start) != nil && index(text, span.end) != nil
    }

    /// The escaped text of `range`, cut at the boundaries of the marks in it.
    private static func appendMarked(_ text: String, _ range: Range<Int>, marks: [Mark], to result: inout String) {
        guard !range.isEmpty else { return }
        let inside = marks.filter { $0.span.start < range.upperBound && $0.span.end > range.lowerBound }
        let edges = inside.flatMap { [$0.span.start, $0.span.end] }.filter { range.contains($0) }
        let boundaries = Array(Set([range.lowerBound, range.upperBound] + edges)).sorted()
        for (start, end) in zip(boundaries, boundaries.dropFirst()) {
            let piece = text[index(text, start)!..<index(text, end)!]
            let covering = inside.filter { $0.span.start <= start && $0.span.end >= end }
            guard !covering.isEmpty else {
                result += escape(piece)
                continue
            }
            var classes: [String] = []
            for name in covering.flatMap(\.classes) where !classes.contains(name) { classes.append(name) }
            let findings = Array(Set(covering.flatMap(\.findings))).sorted()
            result += "<mark class=\"\(escape(classes.joined(separator: " ")))\""
            if !findings.isEmpty { result += " data-f=\"\(findings.map(String.init).joined(separator: " "))\"" }
            result += ">\(escape(piece))</mark>"
        }
    }

    /// The index at a UTF-16 offset, when it falls on a Unicode scalar boundary.
    private static func index(_ text: String, _ offset: Int) -> String.Index? {
        text.utf16.index(text.utf16.startIndex, offsetBy: offset).samePosition(in: text.unicodeScalars)
    }

    /// JSON for a `<script type="application/json">` element: `<`, `>` and `&` become
    /// `\u` escapes so no input can close the element or open a comment, and U+2028/U+2029
    /// likewise, for scripts that would evaluate the text as JavaScript.
    static func scriptJSON(_ json: String) -> String {
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension HTMLText.Styling {
    /// Targets and URLs longer than this many UTF-16 units collapse to an ellipsis; shorter
    /// ones (`#gateways`, `/blog/`) are read at a glance.
    static let collapsibleLength = 24

    /// The styling of a Markdown segment: every stretch `MarkdownProse` masks is dimmed,
    /// inline code is shown as code between dimmed backticks, and long link targets, URLs,
    /// tag attributes and comment bodies may collapse. A link's opening bracket is dimmed
    /// too, so the link text reads as prose.
    static func markdown(_ text: String) -> [HTMLText.Styling] {
        let spans = MarkdownProse.maskedSpans(text)
        guard !spans.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        var stretches: [(bytes: Range<Int>, style: Style, collapsible: Range<Int>?)] = []
        func add(_ range: Range<Int>, _ style: Style = .syntax, collapsible: Range<Int>? = nil) {
            if !range.isEmpty { stretches.append((range, style, collapsible)) }
        }
        for span in spans {
            let (start, end) = (span.bytes.lowerBound, span.bytes.upperBound)
            switch span.kind {
            case .code:
                let backticks = bytes[start...].prefix { $0 == UInt8(ascii: "`") }.count
                let (open, close) = backticks > 0 ? (backticks, backticks) : ("<code>".utf8.count, "</code>".utf8.count)
                add(start..<(start + open))
                add((start + open)..<(end - close), .code)
                add((end - close)..<end)
            case .linkTarget:
                if let open = openingBracket(bytes, before: start) {
                    let isImage = open > 0 && bytes[open - 1] == UInt8(ascii: "!")
                    add((isImage ? open - 1 : open)..<(open + 1))
                }
                add(start..<end, collapsible: (start + 2)..<(end - 1))
            case .url where bytes[start] == UInt8(ascii: "<"):
                add(start..<end, collapsible: (start + 1)..<(end - 1))
            case .url:
                add(start..<end, collapsible: start..<end)
            case .tag:
                var nameEnd = bytes[start + 1] == UInt8(ascii: "/") ? start + 2 : start + 1
                while nameEnd < end, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                let closeStart = end - 2 >= nameEnd && bytes[end - 2] == UInt8(ascii: "/") ? end - 2 : end - 1
                add(start..<end, collapsible: nameEnd..<closeStart)
            case .comment:
                let isClosed = end - start >= 7 && bytes[(end - 3)..<end].elementsEqual("-->".utf8)
                add(start..<end, collapsible: (start + 4)..<(isClosed ? end - 3 : end))
            case .shortcode, .entity, .headingID:
                add(start..<end)
            }
        }

        var utf16Offsets = [Int?](repeating: nil, count: bytes.count + 1)
        var (utf8Offset, utf16Offset) = (0, 0)
        for scalar in text.unicodeScalars {
            utf16Offsets[utf8Offset] = utf16Offset
            utf8Offset += UTF8.width(scalar)
            utf16Offset += UTF16.width(scalar)
        }
        utf16Offsets[utf8Offset] = utf16Offset
        func utf16Span(_ range: Range<Int>) -> Finding.Span? {
            guard let start = utf16Offsets[range.lowerBound], let end = utf16Offsets[range.upperBound] else { return nil }
            return Finding.Span(start: start, end: end)
        }

        return stretches.sorted { $0.bytes.lowerBound < $1.bytes.lowerBound }.compactMap { stretch in
            guard let span = utf16Span(stretch.bytes) else { return nil }
            let collapsible = stretch.collapsible.flatMap(utf16Span).flatMap { $0.end - $0.start > collapsibleLength ? $0 : nil }
            return HTMLText.Styling(span: span, style: stretch.style, collapsible: collapsible)
        }
    }

    /// The `[` opening the link text that ends at the `]` at `close`, counting nested brackets.
    private static func openingBracket(_ bytes: [UInt8], before close: Int) -> Int? {
        var depth = 0
        var cursor = close - 1
        while cursor >= 0 {
            switch bytes[cursor] {
            case UInt8(ascii: "]"): depth += 1
            case UInt8(ascii: "["):
                if depth == 0 { return cursor }
                depth -= 1
            default: break
            }
            cursor -= 1
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
    }
}
