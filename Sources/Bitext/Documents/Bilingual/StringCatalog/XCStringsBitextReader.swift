/// Apple String Catalogs (`.xcstrings`, JSON): one pair per string unit of the target
/// localization, its source the source language's string at the same place, else the key.
///
/// - Target: the localization in the other language of the catalogue's `sourceLanguage`
///   (Chinese for English). Where there are several (`zh-Hans`, `zh-Hant`, `zh-HK`), the one
///   most strings have, `zh-Hans` first on a tie, and a note names the others, which are
///   kept for output; `targetLanguage` chooses one.
/// - Variations (plural, device, substitutions) are pairs of their own with the ids Xcode
///   gives them in its XLIFF export (`KEY|==|plural.one`, `KEY|==|device.mac`). A source form the target lacks (Chinese has only `other`; often only
///   a plain string) is paired with the target's `other` or plain string, so that the one
///   Chinese string is checked against every English form; that pair borrows the target
///   (`XCStringsUnitFields`) and the writer takes it from the pair that owns it.
/// - `shouldTranslate: false` units carry `translate="no"`, as XLIFF units do.
/// - Lines are the lines of the `value` strings (the key's line for a source that is the key).
public struct XCStringsBitextReader: BitextReader {
    /// The localization to check (`zh-Hant`); nil chooses as described above.
    public var targetLanguage: String?

    public init(targetLanguage: String? = nil) {
        self.targetLanguage = targetLanguage
    }

    public func read(_ text: String, path: String, diagnostics: inout Diagnostics) throws -> AlignedBitext {
        var parser = JSONTreeParser(path: path)
        let root = try parser.parse(text)
        guard root.members != nil, let strings = root["strings"]?.members else {
            throw InputError(file: path, line: 1, "not a String Catalog: the JSON has no \"strings\" object")
        }
        let sourceTag: String
        if let declared = root["sourceLanguage"]?.string {
            sourceTag = declared
        } else {
            diagnostics.warn("the catalogue names no sourceLanguage; read as en", file: path)
            sourceTag = "en"
        }
        let targetTag = chooseTarget(strings, sourceTag: sourceTag, path: path, diagnostics: &diagnostics)
        var fileInfo = BilingualFileInfo(origin: .xcstrings, sourceLanguageTag: sourceTag, targetLanguageTag: targetTag)
        var rest = root.removing("strings").removing("sourceLanguage")
        // The version the writer writes when none is kept.
        if root["version"]?.string == "1.0" { rest = rest.removing("version") }
        if !rest.isEmptyObject { fileInfo.preserved = [PreservedXML(origin: .xcstrings, xml: XcodeJSONWriter.compact(rest))] }

        var units: [BilingualPairBuilder.ReadUnit] = []
        for member in strings {
            guard member.value.members != nil else {
                throw InputError(file: path, line: member.line, "the entry of “\(member.key.prefix(60))” is not a JSON object")
            }
            units += Self.units(key: member.key, entry: member.value, keyLine: member.line, sourceTag: sourceTag, targetTag: targetTag)
        }
        var builder = BilingualPairBuilder()
        builder.settleLanguages(
            sourceTag: sourceTag, targetTag: targetTag,
            firstSource: units.first?.source.segments.first?.text ?? "", firstTarget: units.first { !$0.target.isEmpty }?.target.segments.first?.text ?? "",
            path: path, diagnostics: &diagnostics)
        var bitext = AlignedBitext(
            sourceLanguage: builder.sourceLanguage, targetLanguage: builder.targetLanguage,
            sourcePath: path, targetPath: path, pairs: units.map { builder.pair($0) })
        bitext.fileInfo = fileInfo
        return bitext
    }

    /// The localization checked against the source, named in a note when there was a choice.
    private func chooseTarget(_ strings: [JSONTree.Member], sourceTag: String, path: String, diagnostics: inout Diagnostics) -> String {
        let wanted = (Language(tag: sourceTag) ?? .english).other
        var counts: [String: Int] = [:]
        for member in strings {
            for localization in member.value["localizations"]?.members ?? [] where Language(tag: localization.key) == wanted {
                counts[localization.key, default: 0] += 1
            }
        }
        if let targetLanguage { return targetLanguage }
        let preference = ["zh-Hans", "zh-CN", "zh", "zh-Hant", "zh-TW", "zh-HK", "en"]
        func rank(_ tag: String) -> Int { preference.firstIndex(of: tag) ?? preference.count }
        let candidates = counts.keys.sorted { (counts[$0]!, -rank($0), $1) > (counts[$1]!, -rank($1), $0) }
        guard let chosen = candidates.first else {
            let fallback = wanted == .chinese ? "zh-Hans" : "en"
            diagnostics.warn("the catalogue has no \(wanted.rawValue) localization; its strings are read as untranslated (\(fallback))", file: path)
            return fallback
        }
        if candidates.count > 1 {
            let others = candidates.dropFirst().map { "\($0) (\(counts[$0]!))" }.joined(separator: ", ")
            diagnostics.note(
                "the catalogue has several \(wanted.rawValue) localizations: checking \(chosen) (\(counts[chosen]!) strings); \(others) \(candidates.count == 2 ? "is" : "are") kept for output, not checked",
                file: path)
        }
        return chosen
    }

    /// The pairs of one entry, and what of it no pair holds kept on the first.
    static func units(key: String, entry: JSONTree, keyLine: Int, sourceTag: String, targetTag: String) -> [BilingualPairBuilder.ReadUnit] {
        typealias Fields = XCStringsUnitFields
        var base = TranslationUnitInfo(sourceLanguageTag: sourceTag, targetLanguageTag: targetTag, attributesOrigin: .xcstrings)
        base.attributes[Fields.keyAttribute] = key
        var residue = entry
        if let comment = entry["comment"]?.string {
            base.notes = [UnitNote(comment)]
            residue = residue.removing("comment")
        }
        if case .bool(false) = entry["shouldTranslate"] {
            base.attributes[Fields.translateAttribute] = "no"
            residue = residue.removing("shouldTranslate")
        }
        if let state = entry["extractionState"]?.string {
            base.attributes[Fields.extractionStateAttribute] = state
            residue = residue.removing("extractionState")
        }
        let localizations = entry["localizations"]
        var sourceLocalization = localizations?[sourceTag]
        var targetLocalization = localizations?[targetTag]
        let sources = XCStringsVariationPath.stringUnits(in: sourceLocalization)
        let targets = XCStringsVariationPath.stringUnits(in: targetLocalization)
        let sourceByPath = Dictionary(sources.map { ($0.path, $0.unit) }, uniquingKeysWith: { first, _ in first })
        let targetByPath = Dictionary(targets.map { ($0.path, $0.unit) }, uniquingKeysWith: { first, _ in first })
        var paths = sources.map(\.path)
        paths += targets.map(\.path).filter { sourceByPath[$0] == nil }
        if paths.isEmpty { paths = [.plain] }

        func side(_ unit: JSONTree?, fallback: (String, Int)?) -> BilingualPairBuilder.Side {
            var side = BilingualPairBuilder.Side()
            if let value = unit?["value"], let text = value.string, !text.isEmpty {
                side.segments = [(text, [], value.line ?? keyLine)]
            } else if let (text, line) = fallback, !text.isEmpty {
                side.segments = [(text, [], line)]
            }
            return side
        }

        var units: [BilingualPairBuilder.ReadUnit] = []
        for path in paths {
            var unit = base
            if !path.isPlain {
                unit.id = key + XCStringsVariationPath.separator + path.text
                unit.attributes[Fields.variationAttribute] = path.text
            } else {
                unit.id = key
            }
            var source = side(sourceByPath[path], fallback: nil)
            if sourceByPath[path] != nil {
                // `translated` is what the writer writes where no state is kept.
                sourceLocalization = path.updating(sourceLocalization ?? .object([])) { unit in
                    unit["state"]?.string == "translated" ? unit.removing("value").removing("state") : unit.removing("value")
                }
            } else if let other = path.pluralOther ?? (path.isPlain ? nil : .plain), let borrowed = sourceByPath[other] {
                source = side(borrowed, fallback: nil)
                unit.attributes[Fields.sourceVariationAttribute] = other.text
            } else {
                source = side(nil, fallback: (key, keyLine))
                unit.attributes[Fields.sourceVariationAttribute] = Fields.sourceFromKey
            }
            var target = BilingualPairBuilder.Side()
            if let owned = targetByPath[path] {
                target = side(owned, fallback: nil)
                unit.state = owned["state"]?.string
                targetLocalization = path.updating(targetLocalization ?? .object([])) { $0.removing("value").removing("state") }
            } else if let other = [path.pluralOther, path.isPlain ? nil : .plain].compactMap({ $0 }).first(where: { targetByPath[$0] != nil }),
                      let borrowed = targetByPath[other] {
                target = side(borrowed, fallback: nil)
                unit.state = borrowed["state"]?.string
                unit.attributes[Fields.targetVariationAttribute] = other.text
            }
            units.append(BilingualPairBuilder.ReadUnit(source: source, target: target, unit: unit))
        }
        if var localizations {
            if let sourceLocalization, localizations[sourceTag] != nil { localizations = localizations.setting(sourceTag, to: sourceLocalization) }
            if let targetLocalization, localizations[targetTag] != nil { localizations = localizations.setting(targetTag, to: targetLocalization) }
            residue = residue.setting("localizations", to: localizations)
        }
        residue = Self.pruned(residue) ?? .object([])
        if !residue.isEmptyObject {
            units[0].unit.preserved = [PreservedXML(origin: .xcstrings, xml: XcodeJSONWriter.compact(residue))]
        }
        return units
    }

    /// The tree without the objects left empty once the pairs' strings were taken out; nil
    /// when nothing is left.
    static func pruned(_ tree: JSONTree) -> JSONTree? {
        guard let members = tree.members else { return tree }
        let kept = members.compactMap { member -> JSONTree.Member? in
            guard let value = pruned(member.value) else { return nil }
            var kept = member
            kept.value = value
            return kept
        }
        return kept.isEmpty ? nil : .object(kept)
    }
}
