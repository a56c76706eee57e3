/// The prose of a Markdown segment as a reader of the rendered page reads it: inline code
/// (backticks, `<code>`), link and image targets, URLs, HTML tags, comments and character
/// references, docs-site shortcodes and heading ids are blanked out. Checks that read words, numbers, spacing and punctuation read this
/// text, so `{{< gloss "data plane" >}}`, `` `istio-system` `` or `/docs/x-gateway/` are
/// never terms, numbers or untranslated English; the markup check still reads the text as
/// written.
///
/// Every blanked scalar is replaced by a filler of the same UTF-8 length (U+001A SUBSTITUTE,
/// no-break space, en space, or a private-use scalar for the four-byte ones), so byte
/// offsets, and with them `String.Index` positions, are the same in the prose as in the
/// text. SUBSTITUTE is neither a letter, a digit, punctuation nor a space: words on either
/// side of a masked span are not neighbours (`ingress` and the code `` `Gateway` `` are not
/// the term "ingress gateway").
enum MarkdownProse {
    /// One stretch `masked(_:)` blanks, named by what it is, for readers that show the
    /// markup instead of hiding it (the HTML report dims it).
    struct Span {
        enum Kind {
            /// Backticks or `<code>…</code>`, delimiters included.
            case code
            /// `](target "title")`: from the bracket closing the link text to the `)`.
            case linkTarget
            /// A bare URL, or an autolink with its angle brackets.
            case url
            case tag
            case shortcode
            case comment
            case entity
            case headingID
        }

        var kind: Kind
        /// UTF-8 offsets into the text.
        var bytes: Range<Int>
    }

    /// The masked text; `text` itself (no copy) when it holds nothing to mask.
    static func masked(_ text: String) -> String {
        guard mayHoldMarkup(text) else { return text }
        var bytes = Array(text.utf8)
        var changed = false
        var index = 0
        while index < bytes.count {
            if startsSpan(bytes[index]), let span = maskedSpan(bytes, at: index) {
                blank(&bytes, span.bytes)
                changed = true
                index = span.bytes.upperBound
            } else {
                index += 1
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// The stretches `masked(_:)` blanks, in text order; found by the same scan.
    static func maskedSpans(_ text: String) -> [Span] {
        guard mayHoldMarkup(text) else { return [] }
        let bytes = Array(text.utf8)
        var spans: [Span] = []
        var index = 0
        while index < bytes.count {
            if startsSpan(bytes[index]), let span = maskedSpan(bytes, at: index) {
                spans.append(span)
                index = span.bytes.upperBound
            } else {
                index += 1
            }
        }
        return spans
    }

    /// Whether the text holds a byte a masked span is found at: most segments hold none,
    /// and skip the copy.
    private static func mayHoldMarkup(_ text: String) -> Bool {
        text.utf8.contains(where: startsSpan)
    }

    /// The bytes `maskedSpan(_:at:)` finds a span at. The scan tests each byte here first:
    /// most bytes are prose, and the call would otherwise be paid for every one of them.
    private static func startsSpan(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "`") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "&")
    }

    /// The masked span found at `index`; a URL's span starts before `index`, at its scheme.
    private static func maskedSpan(_ bytes: [UInt8], at index: Int) -> Span? {
        switch bytes[index] {
        case UInt8(ascii: "`"):
            let run = bytes[index...].prefix { $0 == UInt8(ascii: "`") }.count
            var cursor = index + run
            while cursor < bytes.count {
                if bytes[cursor] == UInt8(ascii: "`") {
                    let closing = bytes[cursor...].prefix { $0 == UInt8(ascii: "`") }.count
                    if closing == run { return Span(kind: .code, bytes: index..<(cursor + closing)) }
                    cursor += closing
                } else {
                    cursor += 1
                }
            }
            return nil
        case UInt8(ascii: "]"):
            guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "("), let close = matchingParenthesis(bytes, from: index + 1) else { return nil }
            return Span(kind: .linkTarget, bytes: index..<(close + 1))
        case UInt8(ascii: "<"):
            if hasPrefix(bytes, at: index, "<!--") {
                let end = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                return Span(kind: .comment, bytes: index..<end)
            }
            if let end = autolinkEnd(bytes, at: index) { return Span(kind: .url, bytes: index..<end) }
            // `<code>…</code>` holds code, as backticks do.
            if hasPrefix(bytes, at: index, "<code>"), let close = find(bytes, "</code>", from: index + 6) {
                return Span(kind: .code, bytes: index..<(close + 7))
            }
            guard let end = tagEnd(bytes, at: index) else { return nil }
            return Span(kind: .tag, bytes: index..<end)
        case UInt8(ascii: "{"):
            if hasPrefix(bytes, at: index, "{{<") || hasPrefix(bytes, at: index, "{{%") {
                let isAngle = bytes[index + 2] == UInt8(ascii: "<")
                guard let end = isAngle ? find(bytes, ">}}", from: index + 3) : find(bytes, "%}}", from: index + 3) else { return nil }
                return Span(kind: .shortcode, bytes: index..<(end + 3))
            }
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "#"),
               let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")), !bytes[index..<close].contains(UInt8(ascii: " ")) {
                return Span(kind: .headingID, bytes: index..<(close + 1))
            }
            return nil
        case UInt8(ascii: "&"):
            // `&nbsp;`, `&#x2714;`, `&#124;`: a character reference is not a word.
            var end = index + 1
            while end < bytes.count, end - index <= 32, isSchemeByte(bytes[end]) || (0x30...0x39).contains(bytes[end]) || bytes[end] == UInt8(ascii: "#") { end += 1 }
            guard end < bytes.count, end > index + 1, bytes[end] == UInt8(ascii: ";") else { return nil }
            return Span(kind: .entity, bytes: index..<(end + 1))
        case UInt8(ascii: ":"):
            // `https://…`: back up over the scheme, then run to whitespace, a closing
            // bracket or a non-ASCII scalar (Chinese text right after a URL).
            guard hasPrefix(bytes, at: index, "://") else { return nil }
            var start = index
            while start > 0, isSchemeByte(bytes[start - 1]) { start -= 1 }
            guard start < index, bytes[start..<index].allSatisfy(isSchemeByte) else { return nil }
            var end = index + 3
            while end < bytes.count, bytes[end] > 0x20, bytes[end] < 0x80, !")>]".utf8.contains(bytes[end]) { end += 1 }
            return Span(kind: .url, bytes: start..<end)
        default:
            return nil
        }
    }

    /// URLs are masked from their scheme, found by looking back from `://`: the scheme is
    /// already behind the scan, so it is blanked here too.
    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }

    private static func autolinkEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let inner = bytes[(index + 1)..<close]
        guard find(Array(inner), "://", from: 0) != nil, !inner.contains(UInt8(ascii: " ")) else { return nil }
        return close + 1
    }

    private static func tagEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        var cursor = index + 1
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
        guard cursor < bytes.count, isSchemeByte(bytes[cursor]) else { return nil }
        while cursor < bytes.count, isSchemeByte(bytes[cursor]) || (0x30...0x39).contains(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "-") { cursor += 1 }
        guard cursor < bytes.count, [UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "/")].contains(bytes[cursor]) else { return nil }
        var quote: UInt8?
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return cursor + 1
            }
            cursor += 1
        }
        return nil
    }

    /// The `)` closing the `(` at `open`, counting nested parentheses; nil at a line's end.
    private static func matchingParenthesis(_ bytes: [UInt8], from open: Int) -> Int? {
        var depth = 0
        for cursor in open..<bytes.count {
            switch bytes[cursor] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return cursor }
            case UInt8(ascii: " ") where depth == 1 && cursor == open + 1: return nil
            default: break
            }
        }
        return nil
    }

    private static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { pattern in (0..<count).allSatisfy { bytes[index + $0] == pattern[$0] } }
    }

    private static func find(_ bytes: [UInt8], _ pattern: StaticString, from start: Int) -> Int? {
        var cursor = start
        while cursor < bytes.count {
            if hasPrefix(bytes, at: cursor, pattern) { return cursor }
            cursor += 1
        }
        return nil
    }

    /// What a masked ASCII scalar becomes.
    static let filler: Unicode.Scalar = "\u{1A}"

    /// Replaces each scalar of `range` by a filler of its UTF-8 length (placeholders are
    /// masked the same way, `AlignedPair.maskPlaceholders`).
    static func blank(_ bytes: inout [UInt8], _ range: Range<Int>) {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            let lead = bytes[cursor]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            let filler: [UInt8] = switch length {
            case 1: [UInt8(filler.value)]
            case 2: [0xC2, 0xA0]
            case 3: [0xE2, 0x80, 0x82]
            default: [0xF3, 0xB0, 0x80, 0x81]
            }
            for offset in 0..<min(length, bytes.count - cursor) { bytes[cursor + offset] = filler[offset] }
            cursor += length
        }
    }
}
