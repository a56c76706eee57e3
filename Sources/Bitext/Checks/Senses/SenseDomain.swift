/// A subject field whose words have a sense of their own: "port" is 端口 in software, not
/// 港口. A bitext is in a domain when configuration says so or the text shows it.
public enum SenseDomain: String, CaseIterable, Hashable, Sendable {
    /// Computing in general: servers, bugs, chips, libraries.
    case technology
    /// Software interfaces: the short labels of menus, buttons and dialogs.
    case software
    /// Artificial intelligence and machine learning: models, weights, tokens, agents.
    case ai
    /// Not a subject field: English idioms read word for word (“at the end of the day” is
    /// 归根结底, not the end of a day). Read in every English text unless the configured
    /// domains leave it out.
    case idioms

    /// The packs read in this domain: a narrower domain reads the general one too.
    var packs: [SenseDomain] {
        switch self {
        case .technology, .idioms: [self]
        case .software, .ai: [.technology, self]
        }
    }

    /// How a message names the domain: "in software interfaces it is 退出".
    var phrase: String {
        switch self {
        case .technology: "in computing"
        case .software: "in software interfaces"
        case .ai: "in AI and machine learning"
        case .idioms: "as an idiom"
        }
    }

    /// The domains a bitext shows. Software: its pairs are the units of a string file
    /// (XLIFF, PO, String Catalog; a TMX only when most units are short labels). AI and
    /// technology: the source says at least three of the domain's telltale words, each
    /// counted once, so one passing mention does not turn a novel into a manual. Only the
    /// first `sampledPairs` pairs are read: a text shows its domain early, and a memory of a
    /// million units should not be read twice.
    static func detected(in bitext: AlignedBitext) -> Set<SenseDomain> {
        var domains: Set<SenseDomain> = []
        if isStringFile(bitext) { domains.insert(.software) }
        var aiSeen: Set<String> = []
        var technologySeen: Set<String> = []
        for pair in bitext.pairs.prefix(sampledPairs) where !pair.source.isEmpty {
            let tokens = EnglishWords.tokens(pair.sourceProse)
            for (index, token) in tokens.enumerated() {
                let next = index + 1 < tokens.count ? tokens[index + 1] : ""
                if aiSeen.count < 3, let word = telltale(token, next, in: aiTelltales) { aiSeen.insert(word) }
                if technologySeen.count < 3, let word = telltale(token, next, in: technologyTelltales) { technologySeen.insert(word) }
            }
            if aiSeen.count >= 3 && technologySeen.count >= 3 { break }
        }
        if aiSeen.count >= 3 { domains.insert(.ai) }
        if technologySeen.count >= 3 || !domains.isEmpty { domains.insert(.technology) }
        return domains
    }

    static let sampledPairs = 2_000

    /// Whether the sources of a set of documents, read together, say three of computing's
    /// telltale words. A docs site is about computing as a whole, but a short page may name
    /// none of them ("Istio's CA will read certificates from the secret-mount files").
    /// `texts` are read up to `sampledCharacters` each.
    public static func isTechnology<Texts: Sequence<String>>(sources texts: Texts) -> Bool {
        var seen: Set<String> = []
        for text in texts {
            let tokens = EnglishWords.tokens(text.prefix(sampledCharacters))
            for (index, token) in tokens.enumerated() {
                let next = index + 1 < tokens.count ? tokens[index + 1] : ""
                if let word = telltale(token, next, in: technologyTelltales) { seen.insert(word) }
                if seen.count >= 3 { return true }
            }
        }
        return false
    }

    static let sampledCharacters = 200_000

    private static func isStringFile(_ bitext: AlignedBitext) -> Bool {
        guard let unit = bitext.pairs.first(where: { $0.unit != nil })?.unit else { return false }
        guard (bitext.fileInfo?.origin ?? unit.attributesOrigin) == .tmx else { return true }
        let sample = bitext.pairs.prefix(sampledPairs)
        let short = sample.filter { $0.sourceProse.split(separator: " ").count <= 4 }.count
        return short * 2 >= sample.count
    }

    /// The telltale `token` starts (alone or with `next`), or nil.
    private static func telltale(_ token: String, _ next: String, in telltales: [String: Set<String>]) -> String? {
        guard let seconds = telltales[token] else { return nil }
        if seconds.isEmpty { return token }
        return seconds.contains(next) ? token + " " + next : nil
    }

    /// First word → second words (empty: the first word alone is telltale).
    private static let aiTelltales: [String: Set<String>] = [
        "ai": [], "agi": [], "llm": [], "llms": [], "gpt": [], "chatgpt": [], "chatbot": [], "chatbots": [],
        "gpu": [], "gpus": [], "openai": [], "deepseek": [], "anthropic": [], "pretraining": [], "pre-training": [],
        "fine-tuning": [], "embeddings": [], "transformer": [], "transformers": [], "open-weight": [],
        "machine": ["learning"], "deep": ["learning"], "neural": ["network", "networks", "net", "nets"],
        "language": ["model", "models"], "reinforcement": ["learning"], "training": ["data", "run", "runs"],
        "artificial": ["intelligence"], "open": ["weights"], "inference": ["compute", "costs", "cost", "time"],
    ]

    private static let technologyTelltales: [String: Set<String>] = [
        "software": [], "server": [], "servers": [], "api": [], "apis": [], "database": [], "databases": [],
        "browser": [], "developer": [], "developers": [], "programming": [], "linux": [], "kubernetes": [],
        "cpu": [], "gpu": [], "gpus": [], "compiler": [], "repository": [], "git": [], "http": [], "https": [],
        "computer": [], "computers": [], "app": [], "apps": [], "website": [], "internet": [], "cloud": ["computing"],
        "source": ["code"], "operating": ["system"], "command": ["line"], "open": ["source"],
    ]
}
