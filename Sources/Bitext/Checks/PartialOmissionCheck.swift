/// A word that changes what a sentence claims, with nothing in the translation that could
/// carry it: a negation ("are not guaranteed" → 确保…, "copyrights don't apply" dropped
/// inside a long sentence), an approximation ("nearly double" → 增加一倍), an open list
/// ("and other countries" dropped), or a name neither kept nor rendered ("the World Bank" →
/// 美国, `NameCounterparts`). The sentence around it may be fine, so neither length nor
/// alignment shows it.
///
/// Chinese says "not" in many ways, so the check looks for any of them anywhere in the
/// target's matching sentence, or the whole target where the sentences do not pair one to one
/// (`QualifierCounterparts`), not for the word's own gloss: a translation that keeps
/// the meaning by an antonym still carries some negation most of the time. Set phrases
/// whose negation a translation rightly drops ("no more than" → 最多, "not only" → 不仅,
/// tag questions "isn't it?" → 对吧) are not read. English sources translated into Chinese only.
///
/// A free translation rewords negations and hedges on every page ("had no choice but to" →
/// 只好, "almost right away" → 马上): in a document where many of them lack a counterpart the
/// misses are the translator's style, not slips, and reporting them would bury the check
/// (literary chapters miss 5–21% of theirs; machine and documentation translations 0.5–1.2%).
/// So a document missing more than `free-translation-share` of at least `freeTranslationSample`
/// pairs' negations and approximations, three at least, and translating loosely throughout
/// (`freeTranslationCoverage`), has them not reported; names and open lists still are.
public struct PartialOmissionCheck: PairCheck {
    public static let description = CheckDescription(
        id: "partial-omission", name: "Partial omission",
        summary: "A negation, an approximation, an open list or a name (not, almost, and other, the World Bank) has no counterpart in the translation.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("Stability and performance are not guaranteed.", "不保证稳定性和性能。"),
            CheckExample("It could nearly double again.", "它可能再次增加近一倍。"),
            // Two negatives stated as a rule for all.
            CheckExample("Ensure that no traffic leaves the mesh bypassing the gateway.", "确保网格所有的出站流量都要经过网关。"),
            // Set phrases whose negation the translation rightly drops.
            CheckExample("You can downgrade to no more than one minor version.", "最多可以降级一个次要版本。"),
            CheckExample("It's fast, isn't it?", "它很快，对吧？"),
            // A name or code that spells a negation.
            CheckExample("Create an `allow-nothing` policy.", "创建一个 `allow-nothing` 策略。"),
            CheckExample("Japan, Korea and other countries buy the chips.", "日本、韩国等国家购买这些芯片。"),
            // A name rendered by another of its forms, by its first character, or kept.
            CheckExample("Chinese companies rent them in the United States.", "中国公司在全美租用它们。"),
            CheckExample("They talked to the World Bank and NATO.", "他们与世界银行和 NATO 谈过。"),
            // A name the dictionary has not, written by its sounds (阿比林 for Abilene).
            CheckExample("So Stargate is in Abilene, Texas.", "星门在德克萨斯州的阿比林。"),
        ],
        failingExamples: [
            CheckExample("Stability and performance are not guaranteed.", "确保稳定性和性能。"),
            CheckExample("It could nearly double again.", "它可能再次增加一倍。"),
            CheckExample("The header name is surrounded by brackets without any quotes.", "请求头名称需要用方括号括起来。"),
            CheckExample("Japan, Korea and other countries buy the chips.", "日本和韩国购买芯片。"),
            // An organisation replaced by a country, a country left out.
            CheckExample("The loan came from the World Bank.", "这笔贷款来自美国。"),
            CheckExample("They rent GPUs to Chinese companies.", "他们向公司出租 GPU。"),
        ],
        prerequisites: ["untranslated", "alignment", "omission", "redaction"],
        options: .declared(by: Options.self)
    )

    public struct Options: CheckOptions {
        public var freeTranslationShare = 0.04

        public init() {}

        public static let elements: [CheckOptionElement<Options>] = [
            .number(
                "free-translation-share", \.freeTranslationShare, in: 0...1,
                summary: "negations and approximations are not reported in a loosely translated document missing more than this share of them (a free translation rewords them); 1 reports them always"),
        ]
    }

    /// The fewest pairs with a negation or an approximation a document needs before its share
    /// of misses is read as a translation style.
    static let freeTranslationSample = 20
    /// The fewest misses a free translation shows: one or two can be a careful translator's slips.
    static let freeTranslationMisses = 3
    /// The mean share of content words with a dictionary translation on the other side below
    /// which a translation is free: 0.36–0.50 in literary chapters, 0.59–0.65 in the machine
    /// translated transcript, documentation and software strings.
    static let freeTranslationCoverage = 0.55

    public init() {}

    /// A name the translation renders in a way the dictionary does not know (软银 for
    /// SoftBank, 阿比林 for Abilene) is missing from every pair that has it, and those pairs'
    /// translations share that rendering: two characters that most of them have and few other
    /// pairs do. Such a name is taken as rendered; one left out twice (a sensitive name a
    /// machine translation drops) leaves nothing in common and is still reported.
    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        var forms: [String: NameCounterparts.Forms] = [:]
        let readings = bitext.pairs.indices.map { reading(bitext.pairs[$0], in: bitext, context: context, forms: &forms) }
        var pairsMissing: [String: [Int]] = [:]
        var pairsNaming: [String: Int] = [:]
        for (position, reading) in readings.enumerated() {
            guard let reading else { continue }
            for name in Set(reading.names.map(\.key)) { pairsNaming[name, default: 0] += 1 }
            for name in Set(reading.missingNames.map(\.key)) { pairsMissing[name, default: []].append(position) }
        }
        let repeated = pairsMissing.filter { $0.value.count >= 2 }
        var renderedOtherwise: Set<String> = []
        if !repeated.isEmpty {
            // How many pairs have each pair of characters, counted once for the document.
            let bigrams = bitext.pairs.map { Self.hanBigrams(of: $0.targetProse) }
            var pairsWith: [UInt64: Int] = [:]
            for found in bigrams { for bigram in found { pairsWith[bigram, default: 0] += 1 } }
            renderedOtherwise = Set(repeated.filter { name, positions in
                Self.sharedRendering(of: positions, naming: pairsNaming[name] ?? 0, bigrams: bigrams, pairsWith: pairsWith)
            }.keys)
        }
        let reworded = Self.isFreeTranslation(
            bitext, readings: readings.compactMap { $0 }, share: context.options(Options.self).freeTranslationShare)
        return zip(bitext.pairs.indices, readings).flatMap { position, reading in
            reading.map { reading in
                var reading = reading
                if reworded { reading.missingQualifiers.removeAll { Self.rewordedKinds.contains($0.kind) } }
                return findings(of: reading, for: bitext.pairs[position], in: bitext, context: context, renderedOtherwise: renderedOtherwise)
            } ?? []
        }
    }

    /// The qualifiers a free translation rewords as a matter of course.
    private static let rewordedKinds: Set<QualifierCounterparts.Kind> = [.negation, .approximation]

    /// Whether the document misses more than `share` of its negations and approximations
    /// (counted by pair), with enough of them to tell, and translates its words loosely
    /// throughout (`freeTranslationCoverage`): a careless translation that drops many
    /// negations still renders the rest word for word, and is reported.
    private static func isFreeTranslation(_ bitext: AlignedBitext, readings: [Reading], share: Double) -> Bool {
        let having = readings.filter(\.hasRewordedKind).count
        let missing = readings.filter { $0.missingQualifiers.contains { rewordedKinds.contains($0.kind) } }.count
        guard having >= freeTranslationSample, missing >= freeTranslationMisses, Double(missing) > share * Double(having) else { return false }
        let aligned = bitext.pairs.filter { !$0.isUnaligned }
        guard let coverage = TranslatedWords.meanCoverage(
            sources: aligned.map(\.sourceProse), targets: aligned.map(\.targetProse),
            sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage)
        else { return false }
        return coverage < freeTranslationCoverage
    }

    /// Whether two Chinese characters side by side are in two thirds of the `positions`'
    /// targets or more and in few others (no more than the pairs naming the name, plus two).
    private static func sharedRendering(of positions: [Int], naming: Int, bigrams: [Set<UInt64>], pairsWith: [UInt64: Int]) -> Bool {
        var counts: [UInt64: Int] = [:]
        for position in positions { for bigram in bigrams[position] { counts[bigram, default: 0] += 1 } }
        let needed = max(2, (positions.count * 2 + 2) / 3)
        return counts.contains { bigram, count in count >= needed && (pairsWith[bigram] ?? 0) <= naming + 2 }
    }

    /// Two Chinese characters side by side, as one number (their scalar values).
    private static func hanBigrams(of text: String) -> Set<UInt64> {
        var found: Set<UInt64> = []
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if let before = previous, before.isHan, scalar.isHan { found.insert(UInt64(before.value) << 32 | UInt64(scalar.value)) }
            previous = scalar
        }
        return found
    }

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        var forms: [String: NameCounterparts.Forms] = [:]
        return reading(pair, in: bitext, context: context, forms: &forms).map { findings(of: $0, for: pair, in: bitext, context: context, renderedOtherwise: []) } ?? []
    }

    /// What one pair has and lacks.
    private struct Reading {
        struct Name {
            var range: Range<String.Index>
            /// The name lower-cased, to count it across the document.
            var key: String
        }
        var source: String
        /// The source says a negation or an approximation.
        var hasRewordedKind: Bool
        var missingQualifiers: [QualifierCounterparts.Qualifier]
        var names: [Name]
        var missingNames: [Name]
    }

    /// `forms`: each name's Chinese forms, worked out once a run.
    private func reading(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext, forms: inout [String: NameCounterparts.Forms]) -> Reading? {
        guard bitext.sourceLanguage == .english, bitext.targetLanguage == .chinese, !pair.isUnaligned else { return nil }
        let source = pair.sourceProse
        let target = pair.targetProse
        let qualifiers = QualifierCounterparts.qualifiers(in: source)
        let glossaryNames = Set(context.glossary.terms.flatMap(\.sourceForms).map { $0.lowercased() })
        let candidateNames = Self.names.names(in: source, ignoring: glossaryNames)
        guard !qualifiers.isEmpty || !candidateNames.isEmpty else { return nil }
        let sentences = Self.sentencePairs(source: source, target: target)
        func targetPart(for range: Range<String.Index>) -> String {
            sentences.first { $0.source.contains(range.lowerBound) }.map { String(target[$0.target]) } ?? target
        }
        let missing = qualifiers.filter { qualifier in
            !QualifierCounterparts.hasCounterpart(of: qualifier, from: source, in: targetPart(for: qualifier.range))
        }
        // A name is looked for in its own sentence, as a qualifier is: one kept elsewhere was moved, not lost.
        let candidateForms = candidateNames.map { range in
            let name = NameCounterparts.name(of: range, in: source)
            if let known = forms[name] { return known }
            let found = Self.names.forms(of: name)
            forms[name] = found
            return found
        }
        let rendered = zip(candidateNames, candidateForms).map { range, known in
            Self.names.isRendered(range, of: source, in: targetPart(for: range), written: pair.targetText, forms: known)
        }
        var names = zip(candidateNames, rendered).filter { !$0.1 }.map(\.0)
        if !names.isEmpty {
            let explained = Set(zip(rendered, candidateForms).filter(\.0).flatMap { $0.1.all.map { String(String.UnicodeScalarView($0)) } })
            if Self.names.hasTransliteration(in: target, explained: explained) { names = [] }
        }
        let name = { (range: Range<String.Index>) in Reading.Name(range: range, key: NameCounterparts.name(of: range, in: source).lowercased()) }
        return Reading(
            source: source, hasRewordedKind: qualifiers.contains { Self.rewordedKinds.contains($0.kind) },
            missingQualifiers: missing, names: candidateNames.map(name), missingNames: names.map(name))
    }

    private func findings(
        of reading: Reading, for pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext, renderedOtherwise: Set<String>
    ) -> [Finding] {
        let (source, missing) = (reading.source, reading.missingQualifiers)
        let names = reading.missingNames.filter { !renderedOtherwise.contains($0.key) }.map(\.range)
        guard !missing.isEmpty || !names.isEmpty else { return [] }
        var parts = QualifierCounterparts.Kind.allCases.compactMap { kind -> String? in
            let words = Array(Set(missing.filter { $0.kind == kind }.map { "“\(source[$0.range].lowercased())”" })).sorted()
            guard !words.isEmpty else { return nil }
            let listed = words.joined(separator: ", ")
            return switch kind {
            case .negation: "\(listed) (a negation) has no counterpart in the translation: the meaning may be reversed, or a clause left out"
            case .approximation: "\(listed) has no counterpart in the translation, which states more than the source does"
            case .openList: "\(listed) has no counterpart in the translation, which makes the list look complete"
            }
        }
        let listedNames = Array(Set(names.map { "“\(source[$0])”" })).sorted()
        if !listedNames.isEmpty {
            parts.append("\(listedNames.joined(separator: ", ")) (\(listedNames.count == 1 ? "a name" : "names")) neither kept nor rendered in the translation: left out, or replaced by another")
        }
        return [finding(
            parts.joined(separator: "; "), pair: pair, in: bitext, context: context,
            sourceSpans: (missing.map(\.range) + names).map { Finding.Span($0, in: source) })]
    }

    private static let names = NameCounterparts()

    /// The sentences of both sides paired in order when both sides have as many (a paragraph
    /// translated sentence by sentence): a negation kept in one sentence then does not stand
    /// for one dropped in another. Empty otherwise, and the whole target is read.
    static func sentencePairs(source: String, target: String) -> [(source: Range<String.Index>, target: Range<String.Index>)] {
        let sourceSentences = sentenceRanges(of: source, ends: EnglishSentenceBoundaries.ends(in: SentenceText(source)))
        guard sourceSentences.count > 1 else { return [] }
        let targetSentences = sentenceRanges(of: target, ends: ChineseSentenceBoundaries.ends(in: SentenceText(target)))
        guard targetSentences.count == sourceSentences.count else { return [] }
        return Array(zip(sourceSentences, targetSentences)).map { (source: $0.0, target: $0.1) }
    }

    /// Ranges between consecutive sentence ends (scalar offsets), blank ones left out.
    private static func sentenceRanges(of text: String, ends: [Int]) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        var offset = 0
        for end in ends {
            let upper = text.unicodeScalars.index(start, offsetBy: end - offset)
            if text[start..<upper].contains(where: { !$0.isWhitespace }) { ranges.append(start..<upper) }
            (start, offset) = (upper, end)
        }
        return ranges
    }
}
