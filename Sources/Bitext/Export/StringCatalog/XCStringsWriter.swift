import Foundation

/// Apple String Catalogs (`.xcstrings`), laid out as Xcode writes them (`XcodeJSONWriter`),
/// so that a catalogue read and written back is byte for byte the one Xcode wrote.
///
/// - Pairs read from a catalogue (directly, or through XLIFF and TMX, which carry
///   `XCStringsUnitFields`) go back to their key and variation; the entry's kept JSON (other
///   languages, substitution arguments) gets their strings back. A pair that borrowed its
///   target or source writes neither.
/// - Pairs of other formats become entries keyed by their unit id (Xcode's XLIFF ids are
///   the keys, `KEY|==|plural.one` a variation of the key), else by their source; a source that is not its key becomes the source
///   language's string unit, notes the `comment`, `translate="no"` `shouldTranslate: false`.
///   A key already taken by another unit gets `-2`, `-3`… (a catalogue is one table, an
///   Xcode XLIFF may hold several).
/// - The target localization is the one read (`zh-Hans`); else the target's tag as BCP 47.
public struct XCStringsWriter: BitextWriter {
    public init() {}

    public func write(_ bitext: AlignedBitext, findings: [Finding], context: OutputContext) throws -> Data {
        typealias Fields = XCStringsUnitFields
        let fileInfo = bitext.fileInfo
        let sourceTag = Self.tag(fileInfo?.sourceLanguageTag ?? bitext.pairs.lazy.compactMap { $0.unit?.sourceLanguageTag }.first)
            ?? bitext.sourceLanguage.tag
        let targetTag = Self.tag(fileInfo?.targetLanguageTag ?? bitext.pairs.lazy.compactMap { $0.unit?.targetLanguageTag }.first)
            ?? (bitext.targetLanguage == .chinese ? "zh-Hans" : bitext.targetLanguage.tag)
        var root = JSONTree.object([])
        for preserved in fileInfo?.preserved ?? [] where preserved.origin == .xcstrings {
            var parser = JSONTreeParser(path: bitext.sourcePath)
            for member in (try? parser.parse(preserved.xml))?.members ?? [] { root = root.setting(member.key, to: member.value) }
        }
        var entries: [String: JSONTree] = [:]
        var order: [String] = []
        var keys = UniqueUnitIDs()
        for pair in bitext.pairs {
            let unit = pair.unit
            let fromCatalogue = unit?.attributesOrigin == .xcstrings
            let source = POWriter.native(pair.sourceText, codes: pair.sourceCodes)
            let target = POWriter.native(pair.targetText, codes: pair.targetCodes)
            let key: String
            var path = XCStringsVariationPath.plain
            if fromCatalogue, let read = unit?.attributes[Fields.keyAttribute] ?? unit?.id {
                key = read
                path = unit?.attributes[Fields.variationAttribute].flatMap(XCStringsVariationPath.init) ?? .plain
            } else if let id = unit?.id, let exported = XCStringsVariationPath.split(id: id) {
                // A variation of Xcode's XLIFF export: its key's entry, not a key of its own.
                (key, path) = exported
            } else {
                let wanted = unit?.id ?? source
                key = keys.claim(wanted, fallback: wanted)
            }
            var entry = entries[key] ?? .object([])
            if entries[key] == nil {
                order.append(key)
                for preserved in unit?.preserved ?? [] where preserved.origin == .xcstrings {
                    var parser = JSONTreeParser(path: bitext.sourcePath)
                    if let kept = try? parser.parse(preserved.xml), kept.members != nil { entry = kept }
                }
            }
            let comment = (unit?.notes ?? []).map(\.text).filter { !$0.isEmpty }.joined(separator: "\n")
            if !comment.isEmpty, entry["comment"] == nil { entry = entry.setting("comment", to: .string(comment, line: 0)) }
            if unit?.attributes[Fields.translateAttribute] == "no" { entry = entry.setting("shouldTranslate", to: .bool(false)) }
            if fromCatalogue, let state = unit?.attributes[Fields.extractionStateAttribute] {
                entry = entry.setting("extractionState", to: .string(state, line: 0))
            }
            let ownsTarget = !fromCatalogue || unit?.attributes[Fields.targetVariationAttribute] == nil
            if ownsTarget, !pair.target.isEmpty {
                let state = Self.state(unit?.state, fromCatalogue: fromCatalogue)
                entry = Self.setting(target, state: state, at: path, language: targetTag, in: entry)
            }
            let ownsSource = fromCatalogue ? unit?.attributes[Fields.sourceVariationAttribute] == nil : source != key
            if ownsSource, !pair.source.isEmpty {
                entry = Self.setting(source, state: nil, at: path, language: sourceTag, in: entry)
            }
            entries[key] = entry
        }
        root = root.setting("sourceLanguage", to: .string(sourceTag, line: 0))
        root = root.setting("strings", to: .object(order.map { JSONTree.Member(key: $0, value: entries[$0]!, line: 0) }))
        if root["version"] == nil { root = root.setting("version", to: .string("1.0", line: 0)) }
        return Data(XcodeJSONWriter.pretty(root).utf8)
    }

    /// The entry with the string unit of `language` at `path` holding `value`: `state` when
    /// given, else the state kept, else `translated`.
    private static func setting(_ value: String, state: String?, at path: XCStringsVariationPath, language: String, in entry: JSONTree) -> JSONTree {
        let localizations = entry["localizations"] ?? .object([])
        let localization = path.updating(localizations[language] ?? .object([])) { unit in
            let kept = unit["state"]?.string
            return unit.setting("state", to: .string(state ?? kept ?? "translated", line: 0)).setting("value", to: .string(value, line: 0))
        }
        return entry.setting("localizations", to: localizations.setting(language, to: localization))
    }

    /// A catalogue's own state as read; XLIFF states as the catalogue's nearest.
    private static func state(_ state: String?, fromCatalogue: Bool) -> String {
        guard let state else { return "translated" }
        if fromCatalogue { return state }
        switch state {
        case "new", "initial", "needs-translation": return "new"
        case let review where review.hasPrefix("needs-"): return "needs_review"
        default: return "translated"
        }
    }

    /// A language tag as catalogues spell it (`zh-CN`, not `zh_CN`).
    private static func tag(_ tag: String?) -> String? {
        tag.flatMap { LanguageTag.bcp47($0) }
    }
}
