/// Counts the units of a bilingual file whose source is a message key (`MessageKey`), so that
/// a key catalogue is reported once for the file, with what to do about it, rather than
/// through a finding on every unit.
public struct MessageKeyCensus: Sendable {
    /// Units with a source, and those whose source is a key.
    public private(set) var units = 0
    public private(set) var keys = 0
    /// The first key, quoted in the message.
    public private(set) var firstKey: String?

    public init() {}

    public mutating func count<Pairs: Sequence>(_ pairs: Pairs) where Pairs.Element == AlignedPair {
        for pair in pairs where !pair.source.isEmpty {
            units += 1
            guard MessageKey.isKey(pair) else { continue }
            keys += 1
            if firstKey == nil { firstKey = pair.sourceText }
        }
    }

    /// Half the sources or more are keys.
    public var isKeyCatalogue: Bool { keys > 0 && keys * 2 >= units }

    /// Warns once about a key catalogue checked without its source-language catalogue. A file
    /// whose targets are in its source language is that catalogue itself (Bolt's `messages.en.xlf`).
    public func report(file: String, language: Language, fileInfo: BilingualFileInfo?, diagnostics: inout Diagnostics) {
        guard isKeyCatalogue else { return }
        let counted = "\(keys) of \(units) sources are keys, not \(language.name) (`\(firstKey ?? "")`)"
        let targetLanguage = Language(tag: fileInfo?.targetLanguageTag)
        if targetLanguage == language, Language(tag: fileInfo?.sourceLanguageTag) == language {
            diagnostics.warn(
                "\(counted), and the targets are \(language.name) too: this is the source catalogue; "
                    + "give it with `--source-catalogue` when checking its translations",
                file: file)
        } else {
            diagnostics.warn(
                "\(counted): give the \(language.name) catalogue with `--source-catalogue` so that the "
                    + "translations are checked against \(language.name) text; checks that compare with the source skip these units",
                file: file)
        }
    }
}
