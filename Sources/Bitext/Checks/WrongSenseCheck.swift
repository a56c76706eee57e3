/// A word translated in a sense its domain never means: "Exit" → 出口 (a way out of a
/// building) in a software interface where it is 退出, "Back" → 背部, "Sessions" → 届会,
/// "weights" → 重量 in a text about models. The senses come from bitext's domain packs
/// (`SensePackData`); the domains from the `domains` option or from the text
/// (`SenseDomain.detected`), with English idioms read word for word (“at the end of the
/// day” → 一天结束) in every text. Each word is one finding, with its count and lines.
public struct WrongSenseCheck: Check {
    public static let description = CheckDescription(
        id: "wrong-sense", name: "Wrong sense",
        summary: "A word is translated in a sense its domain never means (Exit → 出口 in an interface, weights → 重量 for a model).",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("Exit", "退出", targetLanguageTag: "zh-CN"),
            // "No" is a button only alone.
            CheckExample("No connections", "没有连接", targetLanguageTag: "zh-CN"),
            // A sentence, not a label: the back of a device is 背部.
            CheckExample("Press the button on the back of the device.", "按下设备背部的按钮。", targetLanguageTag: "zh-CN"),
            // Outside an interface and without a word of the domain, "home" is a home.
            CheckExample("Go home", "回家"),
            CheckExample("Open weights let the language model run on GPUs.", "开放权重让该语言模型可以在 GPU 上运行。"),
            // The end of a real day.
            CheckExample("We went home at the end of the day, tired.", "一天结束时我们回了家，很累。"),
            CheckExample("Push the Docker image to the registry; the server pulls it from the git repository through the API.",
                         "把 Docker 镜像推送到镜像仓库；服务器通过 API 从 git 仓库拉取它。"),
            // A ton of steel weighs a ton.
            CheckExample("The crane lifts a ton of steel.", "起重机吊起一吨钢材。"),
            // A business model is 模式 in any text.
            CheckExample("The business model of LLMs: open weights, fine-tuning on GPUs.", "LLM 的商业模式：开放权重，在 GPU 上微调。"),
        ],
        failingExamples: [
            CheckExample("Exit", "出口", targetLanguageTag: "zh-CN"),
            CheckExample("Back", "背部", targetLanguageTag: "zh-CN"),
            CheckExample("No", "没有", targetLanguageTag: "zh-CN"),
            CheckExample("Mount Now", "立即安装", targetLanguageTag: "zh-CN"),
            CheckExample("Open weights let the language model run on GPUs.", "开放重量让该语言模型可以在 GPU 上运行。"),
            CheckExample("Reward models for LLMs: open weights, fine-tuning on GPUs.", "LLM 的奖励模式：开放权重，在 GPU 上微调。"),
            CheckExample("But at the end of the day, it's skill.", "但在一天结束的时候，这是技巧。"),
            CheckExample("Push the Docker image to the registry; the server pulls it from the git repository through the API.",
                         "把 Docker 形象推送到注册表；服务器通过 API 从 git 仓库拉取它。"),
            CheckExample("There's so much low-hanging fruit in training models.", "训练模型有这么多低垂的果实。"),
        ],
        options: .declared(by: Options.self)
    )

    public struct Options: CheckOptions {
        /// nil: the domains the text shows.
        public var domains: Set<SenseDomain>?
        /// Domains the documents checked with this one show together (a docs site's pages are
        /// all about computing), added to those the text shows; not a configuration setting.
        public var sharedDomains: Set<SenseDomain> = []

        public init() {}

        public static let elements: [CheckOptionElement<Options>] = [
            .choices("domains", \.domains, summary: "the domains whose senses apply; auto: those the text shows (string files: software; three telltale words: ai, technology) and idioms"),
        ]
    }

    public init() {}

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard bitext.sourceLanguage == .english, bitext.targetLanguage == .chinese else { return [] }
        let options = context.options(Options.self)
        let domains = options.domains ?? SenseDomain.detected(in: bitext).union(options.sharedDomains).union([.idioms])
        let finder = WrongSenseFinder(domains: domains, glossary: context.glossary, lexicon: try? BilingualLexicon.loadBundled())
        guard !finder.isEmpty else { return [] }
        var sightings = WordSightings()
        var described: [WordSightings.Word: WrongSenseFinder.Occurrence] = [:]
        for position in bitext.pairs.indices where !bitext.pairs[position].isUnaligned {
            let pair = bitext.pairs[position]
            for occurrence in finder.occurrences(source: pair.sourceProse, target: pair.targetProse) {
                // "Session" and "Sessions" are one word to fix.
                let word = WordSightings.Word(found: occurrence.found, replacement: occurrence.entry.sourceForms[0].joined(separator: " "))
                if described[word] == nil { described[word] = occurrence }
                sightings.add(word, scalars: occurrence.scalars, position: position, line: pair.targetLine)
            }
        }
        return sightings.findings(by: self, in: bitext, context: context) { word in
            let occurrence = described[word]!
            let renderings = occurrence.entry.renderings.prefix(2).joined(separator: " or ")
            return "“\(occurrence.sourceForm)” is rendered \(word.found) (\(occurrence.entry.otherSense)); \(occurrence.entry.domain.phrase) it is \(renderings)"
        }
    }
}
