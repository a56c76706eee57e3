/// Words of the other region in a translation for Taiwan (zh-TW) or the mainland (zh-CN):
/// 軟件, 網絡, 信息 where a Taiwan reader expects 軟體, 網路, 資訊, and the reverse. The target's
/// region is what the file declares (XLIFF `target-language`, PO `Language`, TMX `xml:lang`)
/// or its path names (`zh-tw/`, `messages.zh-TW.xlf`), or the `region` option (which a
/// mainland target needs: declared zh-CN alone does not turn the reverse check on). Hong Kong
/// writes Traditional characters with much of the mainland's vocabulary, so it is not checked
/// here. Each word is one finding, with its count and lines: a translator fixes a word
/// everywhere at once. How words are found: `RegionalWordFinder`.
public struct RegionalVocabularyCheck: Check {
    public static let description = CheckDescription(
        id: "regional-vocabulary", name: "Regional vocabulary",
        summary: "A translation for Taiwan uses mainland words (軟件 for 軟體, 網絡 for 網路), or one for the mainland Taiwan's.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("Open the Settings menu.", "開啟「設定」選單。", targetLanguageTag: "zh-TW"),
            // 文件 is Taiwan's word for a document; only a file is 檔案.
            CheckExample("Read the document.", "閱讀這份文件。", targetLanguageTag: "zh-TW"),
            // Hong Kong says 軟件.
            CheckExample("Install the software.", "安裝軟件。", targetLanguageTag: "zh-HK"),
            // A declared mainland target is not searched for Taiwan words unless the option asks.
            CheckExample("Install the software.", "安装软体。", targetLanguageTag: "zh-CN"),
        ],
        failingExamples: [
            CheckExample("Open the menu.", "打開菜單。", targetLanguageTag: "zh-TW"),
            CheckExample("Check your network connection.", "檢查您的網絡連接。", targetLanguageTag: "zh-TW"),
        ],
        options: .declared(by: Options.self)
    )

    public struct Options: CheckOptions {
        public var region = RegionChoice.declared

        public init() {}

        public static let elements: [CheckOptionElement<Options>] = [
            .choice("region", \.region, summary: "the target's region: as the file or its path declares it, or given"),
        ]
    }

    public enum RegionChoice: String, CaseIterable, Sendable {
        case declared
        case taiwan = "zh-TW"
        case mainland = "zh-CN"
        case hongKong = "zh-HK"

        var region: ChineseRegion? {
            switch self {
            case .declared: nil
            case .taiwan: .taiwan
            case .mainland: .mainland
            case .hongKong: .hongKong
            }
        }
    }

    public init() {}

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        let chosen = context.options(Options.self).region.region
        // Taiwan words in a mainland text are looked for only when asked: most Simplified
        // files declare zh-CN, and their words have not been judged by reading yet.
        guard bitext.sourceLanguage == .english, bitext.targetLanguage == .chinese,
              let region = chosen ?? ChineseRegion.ofTarget(bitext), region != .mainland || chosen == .mainland,
              var finder = RegionalWordFinder(region: region, lexicon: .bundled)
        else { return [] }
        var sightings = WordSightings()
        for position in bitext.pairs.indices where !bitext.pairs[position].isUnaligned {
            let pair = bitext.pairs[position]
            for occurrence in finder.occurrences(in: pair.targetProse, sourceWords: EnglishWords.tokens(pair.sourceProse)) {
                sightings.add(
                    WordSightings.Word(found: occurrence.found, replacement: occurrence.regional), scalars: occurrence.scalars,
                    position: position, line: pair.targetLine)
            }
        }
        return sightings.findings(by: self, in: bitext, context: context) { word in
            "“\(word.found)” is \(region.otherUsage); \(region.readers) say “\(word.replacement)”"
        }
    }
}

extension ChineseRegion {
    /// Whose vocabulary a word of the other region is, in a message.
    fileprivate var otherUsage: String {
        switch self {
        case .taiwan: "mainland usage"
        case .mainland, .hongKong: "Taiwan usage"
        }
    }

    fileprivate var readers: String {
        switch self {
        case .taiwan: "readers in Taiwan (zh-TW)"
        case .mainland: "mainland readers (zh-CN)"
        case .hongKong: "readers in Hong Kong (zh-HK)"
        }
    }
}
