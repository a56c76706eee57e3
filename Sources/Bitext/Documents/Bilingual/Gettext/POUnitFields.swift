/// Where the parts of a PO entry live in a `TranslationUnitInfo`, so that TMX and XLIFF carry
/// them without knowing PO and the PO writer finds them again after such a trip.
///
/// - Comments, references and previous strings are *properties* (TMX `<prop>`, XLIFF 2
///   `<mda:meta>`, XLIFF 1.2 `<context>`), typed as translate-toolkit types PO comments in
///   XLIFF (`x-po-trancomment`, `x-po-autocomment`): every format keeps a property's type,
///   while TMX has no note categories, which would let `#.` and `# ` comments mix.
/// - `msgctxt` and the plural form are unit *attributes* of origin `po`, which every writer
///   carries (`bx:attr.*`, `x-bitext-unit-attr.*`) and only the PO writer restores.
/// - Flags are `formatFlags`, which the placeholder check reads.
/// - The header (`msgid ""`) is the file's properties: its `msgstr` as `x-po-header`, its
///   comments and flags like an entry's.
enum POUnitFields {
    static let translatorComment = "x-po-trancomment"
    static let extractedComment = "x-po-autocomment"
    static let reference = "x-po-reference"
    static let previousContext = "x-po-previous-msgctxt"
    static let previousID = "x-po-previous-msgid"
    static let previousPluralID = "x-po-previous-msgid_plural"
    static let header = "x-po-header"
    /// The header's flags (a file has no `formatFlags`).
    static let headerFlags = "x-po-flags"

    static let contextAttribute = "msgctxt"
    /// Which strings of a plural entry a pair holds: `msgid msgstr[0]`, `msgid_plural msgstr[1]`.
    static let pluralFormAttribute = "plural-form"

    /// The properties standing for an entry's comments, references and previous strings.
    static func properties(of entry: POEntry) -> [UnitProperty] {
        var properties: [UnitProperty] = []
        if !entry.translatorComments.isEmpty {
            properties.append(UnitProperty(type: translatorComment, value: entry.translatorComments.joined(separator: "\n")))
        }
        if !entry.extractedComments.isEmpty {
            properties.append(UnitProperty(type: extractedComment, value: entry.extractedComments.joined(separator: "\n")))
        }
        properties += entry.references.map { UnitProperty(type: reference, value: $0) }
        if let previous = entry.previousContext { properties.append(UnitProperty(type: previousContext, value: previous)) }
        if let previous = entry.previousID { properties.append(UnitProperty(type: previousID, value: previous)) }
        if let previous = entry.previousPluralID { properties.append(UnitProperty(type: previousPluralID, value: previous)) }
        return properties
    }

    /// The comments, references and previous strings of `properties` put back on `entry`.
    static func restore(_ properties: [UnitProperty], into entry: inout POEntry) {
        for property in properties where property.appliesTo == .unit {
            switch property.type {
            case translatorComment: entry.translatorComments += lines(property.value)
            case extractedComment: entry.extractedComments += lines(property.value)
            case reference: entry.references.append(property.value)
            case previousContext: entry.previousContext = property.value
            case previousID: entry.previousID = property.value
            case previousPluralID: entry.previousPluralID = property.value
            default: break
            }
        }
    }

    static func isEntryProperty(_ type: String) -> Bool {
        [translatorComment, extractedComment, reference, previousContext, previousID, previousPluralID, header, headerFlags].contains(type)
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// `msgid msgstr[0]` for source form 0 and target form 0.
    static func pluralForm(source: Int, target: Int) -> String {
        "\(source == 0 ? "msgid" : "msgid_plural") msgstr[\(target)]"
    }

    /// The forms of a `plural-form` value; nil for a value bitext did not write.
    static func parsePluralForm(_ value: String) -> (source: Int, target: Int)? {
        let parts = value.split(separator: " ")
        guard parts.count == 2, parts[0] == "msgid" || parts[0] == "msgid_plural",
              parts[1].hasPrefix("msgstr["), parts[1].hasSuffix("]"), let target = Int(parts[1].dropFirst(7).dropLast()), target >= 0
        else { return nil }
        return (parts[0] == "msgid" ? 0 : 1, target)
    }
}
