import Foundation

/// An entry of a language menu, `Deutsch (German, de)` or `English (en)`: each language
/// is named in itself, whatever the language of the interface, so it is not translated.
/// Told by the ISO 639-1 code (with a region: `pt_BR`) that ends the parentheses.
enum LanguageMenuEntry {
    static func isEntry(_ text: String) -> Bool {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard let code = inside.split(separator: ",").last?.trimmingCharacters(in: .whitespaces) else { return false }
        let parts = code.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard let language = parts.first, parts.count <= 2, parts.dropFirst().allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isUppercase) })
        else { return false }
        return isoLanguageCodes.contains(String(language))
    }

    /// ISO 639-1 language codes.
    private static let isoLanguageCodes = Set("""
        aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo \
        es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka \
        kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng \
        nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su \
        sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}
