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

    /// `text` escaped, with marked stretches wrapped in `<mark>`. Marks may overlap: the text
    /// is cut at every mark boundary and each piece carries the classes and findings of all
    /// marks covering it. Spans that do not fall on character boundaries are ignored.
    static func escape(_ text: String, marking marks: [Mark]) -> String {
        let length = text.utf16.count
        let valid = marks.filter { mark in
            mark.span.start >= 0 && mark.span.start < mark.span.end && mark.span.end <= length
                && index(text, mark.span.start) != nil && index(text, mark.span.end) != nil
        }
        guard !valid.isEmpty else { return escape(text) }
        let boundaries = Array(Set([0, length] + valid.flatMap { [$0.span.start, $0.span.end] })).sorted()
        var result = ""
        for (start, end) in zip(boundaries, boundaries.dropFirst()) {
            let piece = text[index(text, start)!..<index(text, end)!]
            let covering = valid.filter { $0.span.start <= start && $0.span.end >= end }
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
        return result
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
