/// “like” read as the verb: a spoken filler or a comparison translated 喜欢 (to be fond of).
/// “people are like, all these failures” → 人们喜欢，…; “ignoring the software stack and like
/// exact architecture” → 喜欢精确的架构. Machine translation of speech does this constantly
/// and the sentence still looks translated word for word, so coverage and length never
/// notice. A pair is reported when no “like” in its source is surely the verb (`LikeUsage`),
/// the source says nothing else a 喜欢 may render (love, enjoy, prefer, favourite…), and
/// either every “like” surely compares or fills, or the translation shows the comparison it
/// garbled: 喜欢 … 一样 / 这样的 / 似的 is 像 … 一样 with 像 read as the verb (“platforms like
/// Kubernetes” → 喜欢 Kubernetes 这样的平台).
public struct LikeAsVerbCheck: PairCheck {
    public static let description = CheckDescription(
        id: "like-as-verb", name: "“like” read as a verb",
        summary: "A filler or comparing “like” (“they're like, okay”, “so like the possibility”) is translated 喜欢, to be fond of.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("I don't like to attribute specific abilities.", "我不喜欢归因于具体的能力。"),
            CheckExample("Say what you like, but it works.", "随你喜欢怎么说，但它管用。"),
            // A noun before “like” may be its subject: kept as a verb.
            CheckExample("Many classes like to create objects with a known state.", "许多类喜欢创建具有已知状态的对象。"),
            CheckExample("It's like a hierarchy of memory.", "这就像一个内存层次结构。"),
            CheckExample("Kids like games like this.", "孩子们喜欢这样的游戏。"),
            CheckExample("Developers like Rust and Go.", "开发者喜欢 Rust 和 Go。"),
            // The subject of a question: “like” is the verb after it.
            CheckExample("Does a user like this design?", "用户喜欢这个设计吗？"),
            CheckExample("What does she like about it?", "她喜欢它什么？"),
            CheckExample("Kids just like to play outside.", "孩子们就是喜欢在外面玩。"),
            CheckExample("I would like, um, the blue one.", "我喜欢，嗯，蓝色的那个。"),
            // “love” is what 喜欢 renders.
            CheckExample("They love it, like, a lot.", "他们非常喜欢它。"),
        ],
        failingExamples: [
            CheckExample("Right now people are like, all these training runs fail.", "现在人们喜欢，所有这些训练都失败了。"),
            CheckExample("So like the possibility.", "所以喜欢这种可能性。"),
            CheckExample("Ignoring the software stack and like exact architecture.", "忽略软件堆栈，喜欢精确的架构。"),
            CheckExample("I think we'd have to like, we need to go deeper.", "我认为我们必须喜欢，我们需要更深入。"),
            CheckExample("Platforms like Kubernetes scale by instances.", "喜欢 Kubernetes 这样的平台按实例扩展。"),
            CheckExample("They have like a million GPUs.", "他们喜欢一百万个 GPU。"),
            // Things hold no preference.
            CheckExample("It compiles languages like Rust and Go.", "它编译语言喜欢 Rust 和 Go。"),
        ],
        prerequisites: ["untranslated", "alignment"]
    )

    public init() {}

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard bitext.sourceLanguage == .english, bitext.targetLanguage == .chinese else { return [] }
        let target = pair.targetProse
        let renderings = Self.fondnessRenderings.flatMap { target.ranges(of: $0) }
        guard !renderings.isEmpty else { return [] }
        let source = pair.sourceProse
        let likes = LikeUsage.occurrences(in: source)
        guard let first = likes.first(where: { $0.usage != .possibleVerb }) ?? likes.first,
              likes.allSatisfy({ $0.usage != .verb }),
              likes.allSatisfy({ $0.usage != .possibleVerb }) || renderings.contains(where: { Self.isGarbledComparison(after: $0, in: target) })
        else { return [] }
        let words = QualifierCounterparts.words(in: source).map { source[$0].lowercased() }
        guard Set(words).isDisjoint(with: Self.fondnessWords), !Self.saysBeInto(words) else { return [] }
        let found = renderings.sorted { $0.lowerBound < $1.lowerBound }.map { String(target[$0]) }
        let role = first.usage == .filler ? "a filler" : "a comparison"
        return [finding(
            "“like” in “\(source[first.context])” is \(role), not the verb; \(found[0]) (to be fond of) reads it as one",
            pair: pair, in: bitext, context: context,
            sourceSpans: likes.map { Finding.Span($0.range, in: source) },
            targetSpans: renderings.map { Finding.Span($0, in: target) })]
    }

    /// 喜欢 and 喜爱 in either script.
    static let fondnessRenderings = ["喜欢", "喜歡", "喜爱", "喜愛"]

    /// 喜欢 X 一样 (or 这样的, 那样的, 似的) within a clause: “like X” rendered 像 X 一样 with 像
    /// taken for the verb. X is not empty (喜欢这样的游戏 is “like games like this”) and does
    /// not compare itself (喜欢像这样的).
    static func isGarbledComparison(after rendering: Range<String.Index>, in target: String) -> Bool {
        let clause = target[rendering.upperBound...].prefix { !"，。；！？,.;!?".contains($0) }.prefix(24)
        guard let closer = comparisonClosers.compactMap({ clause.range(of: $0)?.lowerBound }).min() else { return false }
        let compared = clause[..<closer].filter { $0 != " " }
        return !compared.isEmpty && !compared.contains { "像如似类類".contains($0) }
    }

    static let comparisonClosers = ["一样", "一樣", "这样的", "這樣的", "那样的", "那樣的", "似的"]

    /// Source words a translator may render 喜欢 themselves.
    static let fondnessWords: Set<String> = [
        "love", "loves", "loved", "loving", "enjoy", "enjoys", "enjoyed", "enjoying", "prefer", "prefers", "preferred",
        "fond", "favorite", "favourite", "favorites", "favourites", "fan", "fans", "likes", "liked", "liking", "dislike",
        "dislikes", "disliked", "likable", "likeable", "popular", "appreciate", "appreciates", "appreciated", "hate",
        "hates", "hated", "adore", "adores", "adored", "keen", "fancy", "passion", "passionate", "taste", "tastes",
    ]

    /// “I'm really into it” is a liking too.
    private static func saysBeInto(_ words: [String]) -> Bool {
        words.indices.contains { index in
            guard words[index] == "into" else { return false }
            return words[..<index].suffix(2).contains(where: LikeUsage.isBe)
        }
    }
}
