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

    /// One stretch of text to highlight and the CSS class to give it.
    struct Highlight {
        var text: String
        var cssClass: String
    }

    /// `text` escaped, with every occurrence of each highlight wrapped in `<mark>`.
    /// Matching ignores case (terms are compared that way); overlapping matches keep the
    /// one that starts first, and the longer one when two start together.
    static func escape(_ text: String, highlighting highlights: [Highlight]) -> String {
        var matches: [(range: Range<String.Index>, cssClass: String)] = []
        for highlight in highlights where !highlight.text.isEmpty {
            var searchStart = text.startIndex
            while let range = text.range(of: highlight.text, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
                matches.append((range, highlight.cssClass))
                searchStart = range.upperBound
            }
        }
        guard !matches.isEmpty else { return escape(text) }
        matches.sort {
            $0.range.lowerBound != $1.range.lowerBound
                ? $0.range.lowerBound < $1.range.lowerBound
                : $0.range.upperBound > $1.range.upperBound
        }
        var result = ""
        var position = text.startIndex
        for match in matches where match.range.lowerBound >= position {
            result += escape(text[position..<match.range.lowerBound])
            result += "<mark class=\"\(match.cssClass)\">" + escape(text[match.range]) + "</mark>"
            position = match.range.upperBound
        }
        result += escape(text[position...])
        return result
    }
}
