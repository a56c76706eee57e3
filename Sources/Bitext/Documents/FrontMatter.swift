import Foundation
import Yams

/// The front matter of a docs page (YAML between `---` lines, TOML between `+++` lines):
/// structure, except the values of translatable keys (`title`, `description`…), which are
/// text a translator translates and so segments to align and check.
///
/// YAML is read with Yams, whose nodes carry the line they start on. TOML front matter is
/// read here, for top-level `key = "string"` lines only: no TOML library is available to
/// bitext, and those lines are all a page's translatable values ever use.
public struct FrontMatter {
    /// Keys whose string values are translated, compared case-insensitively (`linkTitle`,
    /// `linktitle`): Hugo's, Docusaurus's and MkDocs's page titles and summaries.
    public static let defaultTranslatableKeys: Set<String> = ["title", "description", "linktitle", "summary", "sidebar_label", "subtitle"]

    /// A translatable value and the 0-based lines it occupies in the file.
    struct Value: Equatable {
        var text: String
        var lines: ClosedRange<Int>
    }

    enum Syntax {
        case yaml
        case toml

        init?(openingLine line: Substring) {
            switch line.trimmingWhitespace {
            case "---": self = .yaml
            case "+++": self = .toml
            default: return nil
            }
        }

        func closes(_ line: Substring) -> Bool {
            let trimmed = line.trimmingWhitespace
            switch self {
            case .yaml: return trimmed == "---" || trimmed == "..."
            case .toml: return trimmed == "+++"
            }
        }
    }

    /// The 0-based line of the delimiter closing front matter that opens `lines`, or nil.
    static func end(of lines: [Substring]) -> (syntax: Syntax, closing: Int)? {
        guard let first = lines.first, let syntax = Syntax(openingLine: first) else { return nil }
        for cursor in 1..<max(1, lines.count) where syntax.closes(lines[cursor]) {
            return (syntax, cursor)
        }
        return nil
    }

    /// The translatable values of the front matter in `lines[1..<closing]`, in line order.
    /// Throws when YAML front matter does not parse.
    static func translatableValues(
        _ lines: [Substring], closing: Int, syntax: Syntax, keys: Set<String> = defaultTranslatableKeys
    ) throws -> [Value] {
        let body = Array(lines[1..<closing])
        switch syntax {
        case .yaml: return try yamlValues(body, keys: keys)
        case .toml: return tomlValues(body, keys: keys)
        }
    }

    private static func yamlValues(_ body: [Substring], keys: Set<String>) throws -> [Value] {
        guard let root = try Yams.compose(yaml: body.joined(separator: "\n")), case let .mapping(mapping) = root else { return [] }
        let entries = Array(mapping)
        var values: [Value] = []
        for (position, entry) in entries.enumerated() {
            guard let key = entry.key.string, keys.contains(key.lowercased()),
                  case let .scalar(scalar) = entry.value, let keyLine = entry.key.mark?.line else { continue }
            let text = scalar.string.trimmingWhitespaceAndNewlines
            guard !text.isEmpty else { continue }
            // The value runs to the line before the next key (folded and literal blocks span lines).
            var last = position + 1 < entries.count ? (entries[position + 1].key.mark?.line ?? keyLine + 1) - 2 : body.count - 1
            while last > keyLine - 1, body[last].allSatisfy(\.isWhitespace) || body[last].trimmingWhitespace.hasPrefix("#") { last -= 1 }
            // +1: the opening delimiter is line 0 of the file; marks are 1-based in the body.
            values.append(Value(text: text, lines: keyLine...(max(last, keyLine - 1) + 1)))
        }
        return values
    }

    private static func tomlValues(_ body: [Substring], keys: Set<String>) -> [Value] {
        var values: [Value] = []
        for (offset, line) in body.enumerated() {
            let trimmed = line.trimmingWhitespace
            if trimmed.hasPrefix("[") { break }
            guard let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = trimmed[..<equals].trimmingWhitespace.filter { $0 != "\"" && $0 != "'" }
            var value = trimmed[trimmed.index(after: equals)...].trimmingWhitespace
            guard keys.contains(key.lowercased()), let quote = value.first, quote == "\"" || quote == "'",
                  value.count >= 2, value.last == quote else { continue }
            value = value.dropFirst().dropLast()
            let text = quote == "\"" ? value.replacingOccurrences(of: "\\\"", with: "\"") : String(value)
            if !text.allSatisfy(\.isWhitespace) { values.append(Value(text: text, lines: (offset + 1)...(offset + 1))) }
        }
        return values
    }
}

extension String {
    fileprivate var trimmingWhitespaceAndNewlines: String {
        String(Substring(self).trimmingWhitespace)
    }
}
