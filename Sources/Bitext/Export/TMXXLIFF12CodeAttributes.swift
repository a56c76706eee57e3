/// TMX inline-code attributes and their XLIFF 1.2 equivalents, so that a TMX code written
/// as XLIFF 1.2 and read back is the code it was. The strict XLIFF 1.2 schema refuses
/// attributes of an undeclared namespace, so nothing travels in `bx:` attributes here:
///
/// | TMX | XLIFF 1.2 |
/// |---|---|
/// | `x` (matches codes across languages) | `id` (the same job); `t`-numbered when TMX has none |
/// | `i` (pairs `bpt` and `ept`) | `rid` |
/// | `type` | `ctype` (`mtype` on `mrk`): the XLIFF value when there is one (`ulined` is `underlined`), `x-` types as they are, any other as `x-tmx-TYPE` |
/// | `pos` `begin`/`end` | `pos` `open`/`close` |
/// | `assoc` `p`/`f`/`b` | `assoc` `preceding`/`following`/`both` |
/// | `<ut>` | `<ph ctype="x-bitext-ut">` |
/// | `<hi>` | `<mrk>`; its `x` has no place (`mid` must name a `<seg-source>` segment) |
enum TMXXLIFF12CodeAttributes {
    static let delimiterTypes: Set<String> = ["bold", "italic", "underlined", "link"]
    static let placeholderTypes: Set<String> = ["image", "pb", "lb"]
    static let markerTypes: Set<String> = [
        "abbrev", "abbreviated-form", "abbreviation", "acronym", "appellation", "collocation", "common-name", "datetime",
        "equation", "expanded-form", "formula", "head-term", "initialism", "international-scientific-term",
        "internationalism", "logical-expression", "materials-management-unit", "name", "near-synonym", "part-number",
        "phrase", "phraseological-unit", "protected", "romanized-form", "seg", "set-phrase", "short-form", "sku",
        "standard-text", "symbol", "synonym", "synonymous-phrase", "term", "transcribed-form", "transliterated-form",
        "truncated-term", "variant",
    ]
    static let carriedTypePrefix = "x-tmx-"
    static let utType = "x-bitext-ut"
    /// The `mtype` of an annotation that had no type.
    static let untypedAnnotation = "x-bitext-annotation"
    static let associations = ["p": "preceding", "f": "following", "b": "both"]

    /// A TMX `type` as an XLIFF 1.2 type of `vocabulary`; nil when no XLIFF value can hold it.
    static func xliffType(_ type: String, vocabulary: Set<String>) -> String? {
        guard !type.isEmpty, !type.unicodeScalars.contains(where: \.properties.isWhitespace) else { return nil }
        if type == "ulined", vocabulary.contains("underlined") { return "underlined" }
        if vocabulary.contains(type) || type.hasPrefix("x-") { return type }
        return carriedTypePrefix + type
    }

    static func tmxType(_ type: String) -> String {
        if type.hasPrefix(carriedTypePrefix) { return String(type.dropFirst(carriedTypePrefix.count)) }
        return type == "underlined" ? "ulined" : type
    }

    /// TMX `x` and `i` are integers: only an all-digit XLIFF id or rid becomes one.
    static func isInteger(_ value: String?) -> Bool {
        guard let value, !value.isEmpty else { return false }
        return value.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// The XLIFF 1.2 `id`/`mid` of a TMX code: its `x`, else a `t`-number no TMX `x` can be.
    static func xliffID(of code: InlineCode, position: Int) -> String {
        code.attributes["x"].flatMap { $0.isEmpty ? nil : $0 } ?? "t\(position)"
    }

    /// XLIFF 1.2 attributes besides `id`, `rid` and `pos` for a TMX code written as `element`.
    static func xliffAttributes(of code: InlineCode, as element: String) -> [(String, String)] {
        var attributes: [(String, String)] = []
        if code.element == "ut" {
            attributes.append(("ctype", utType))
        } else if let type = code.attributes["type"] {
            let vocabulary = switch element {
            case "ph": placeholderTypes
            case "mrk": markerTypes
            default: delimiterTypes
            }
            if let mapped = xliffType(type, vocabulary: vocabulary) { attributes.append((element == "mrk" ? "mtype" : "ctype", mapped)) }
        }
        if element == "ph", let association = code.attributes["assoc"].flatMap({ associations[$0] }) {
            attributes.append(("assoc", association))
        }
        return attributes
    }

    /// The TMX element and attributes (besides `i` and `pos`) for a code read from XLIFF 1.2
    /// that TMX writes as `element`.
    static func tmxCode(of code: InlineCode, as element: String) -> (element: String, attributes: [(String, String)]) {
        let type = code.attributes[element == "hi" ? "mtype" : "ctype"]
        if element == "ph", type == utType {
            return ("ut", isInteger(code.attributes["id"]) ? [("x", code.attributes["id"] ?? "")] : [])
        }
        var attributes: [(String, String)] = []
        let id = code.attributes["id"]
        if element != "ept", element != "hi", isInteger(id), let id { attributes.append(("x", id)) }
        if element != "ept", let type, type != untypedAnnotation { attributes.append(("type", tmxType(type))) }
        if element == "ph", let association = code.attributes["assoc"] {
            if let tmx = associations.first(where: { $0.value == association })?.key { attributes.append(("assoc", tmx)) }
        }
        return (element, attributes)
    }
}
