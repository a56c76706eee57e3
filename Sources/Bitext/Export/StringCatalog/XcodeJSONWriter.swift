import Foundation

/// JSON as Xcode writes String Catalogs (the layout of Foundation's `JSONSerialization`
/// with pretty printing, sorted keys and unescaped slashes): two spaces of indent per level,
/// `"key" : value`, an empty object as `{` and `}` around an empty line, keys in Foundation's
/// localized numeric case-insensitive order (`-` before `–` before `(`, `Item 9` before
/// `Item 10`, `Comment` before `COMMENT`), no line break after the last `}`.
enum XcodeJSONWriter {
    static func pretty(_ tree: JSONTree) -> String {
        var output = ""
        write(tree, indent: 0, to: &output)
        return output
    }

    /// One line, keys sorted the same way: the form kept inside other formats.
    static func compact(_ tree: JSONTree) -> String {
        switch tree {
        case .object(let members):
            return "{" + sorted(members).map { quoted($0.key) + ":" + compact($0.value) }.joined(separator: ",") + "}"
        case .array(let items):
            return "[" + items.map(compact).joined(separator: ",") + "]"
        default:
            return scalar(tree)
        }
    }

    private static func write(_ tree: JSONTree, indent: Int, to output: inout String) {
        let padding = String(repeating: " ", count: indent)
        let inner = String(repeating: " ", count: indent + 2)
        switch tree {
        case .object(let members):
            guard !members.isEmpty else { return output += "{\n\n" + padding + "}" }
            output += "{\n"
            for (position, member) in sorted(members).enumerated() {
                if position > 0 { output += ",\n" }
                output += inner + quoted(member.key) + " : "
                write(member.value, indent: indent + 2, to: &output)
            }
            output += "\n" + padding + "}"
        case .array(let items):
            guard !items.isEmpty else { return output += "[\n\n" + padding + "]" }
            output += "[\n"
            for (position, item) in items.enumerated() {
                if position > 0 { output += ",\n" }
                output += inner
                write(item, indent: indent + 2, to: &output)
            }
            output += "\n" + padding + "]"
        default:
            output += scalar(tree)
        }
    }

    private static func scalar(_ tree: JSONTree) -> String {
        switch tree {
        case .string(let text, _): quoted(text)
        case .number(let text): text
        case .bool(let value): value ? "true" : "false"
        case .null, .object, .array: "null"
        }
    }

    private static let collation = Locale(identifier: "en")

    static func sorted(_ members: [JSONTree.Member]) -> [JSONTree.Member] {
        members.sorted { ordered($0.key, before: $1.key) }
    }

    static func ordered(_ first: String, before second: String) -> Bool {
        first.compare(second, options: [.numeric, .caseInsensitive, .forcedOrdering], range: first.startIndex..<first.endIndex, locale: collation)
            == .orderedAscending
    }

    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{00}"..."\u{1F}": output += String(format: "\\u%04x", scalar.value)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
