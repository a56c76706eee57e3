/// Every number in the source must reappear, by value, in the target: `600 billion` may be
/// `6000 亿`, `$6M` may be `600 万美元`, `50%` may be `百分之五十`, and `GPT-4` must stay `GPT-4`.
/// A changed or dropped number is one of the few translation errors that is always an error.
/// A multiple (`2x`) must be said as one (`2 倍`, `翻番`), not as occurrences (`两次`).
///
/// What counts as a number, and what is only allowed to match, is decided by the extractors
/// (`EnglishNumberExtractor`, `ChineseNumberExtractor`). Unaligned pairs are skipped: a
/// missing sentence is the alignment's finding, not a missing number.
public struct NumbersCheck: PairCheck {
    public static let description = CheckDescription(
        id: "numbers", name: "Numbers",
        summary: "A number or a digit-bearing name (GPT-4, H100) in the source is missing or changed in the target; values are compared across 万/亿, number words and hanzi numerals. Full-width commas between thousands (10，000) are reported on their own.",
        defaultSeverity: .error,
        passingExamples: [
            CheckExample("DeepSeek's model is 600 something billion parameters, right?", "所以 DeepSeek 的模型是 6000 亿个参数，对吧？"),
            CheckExample("They used 1,000 samples and it comes out to be like five to twenty dollars per question.",
                         "他们用了 1000 个样本，结果是每个问题 5 到 20 美元。"),
            CheckExample("Nvidia made a million H20s last year, roughly 20% of the market.", "英伟达去年生产了一百万个 H20，大约占市场的百分之二十。"),
            CheckExample("One of them said it would take ten years.", "其中一个人说这需要十年。"),
            CheckExample("Trained on 1.8 trillion tokens, 30% less compute.", "在 1.8 万亿个词元上训练，计算量减少百分之三十。"),
            CheckExample("Textures up to 4Kx4K", "纹理最大 4K×4K"),
            CheckExample("Upgrade to v2 of the API", "升级到第 2 版 API"),
            CheckExample("A 2-door car with 2FA", "一辆有双重验证的双门汽车"),
            CheckExample("Half-Width", "横向显示"),
            CheckExample("Back to page1", "返回第1页"),
            CheckExample("It was 10x cheaper.", "它便宜了 10 倍。"),
            // An estimate said with neighbouring digits; an ordinal in words.
            CheckExample("He was fourteen or fifteen on her twenty-first birthday.", "她二十一岁生日时他十四五岁。"),
            CheckExample("But you know, as a single dude, I will say in his late 20s, right.", "但你知道，作为一个单身男人，我会说他快 30 岁了，对吧。"),
            // A speech recogniser's garble of a name the translator wrote as meant.
            CheckExample("So this is asking DeepSeekar1 for one truly novel insight.", "所以这是问 DeepSeek R1 一个真正新颖的见解。"),
        ],
        failingExamples: [
            CheckExample("Relative to Llama 405B, it's 405 billion parameters.", "相对于 Llama 405B，它有 405 亿个参数。"),
            CheckExample("They have 50,000 GPUs.", "他们拥有 5000 个 GPU。"),
            CheckExample("It's competitive with GPT-4 and Llama.", "它可以与 GPT-3 和 Llama 竞争。"),
            CheckExample("The final result came after 157 seconds.", "157 分钟后得出了最终结果。"),
            CheckExample("It was 2x every two years.", "每两年两次。"),
            CheckExample("It's 10,000 A100 GPUs.", "它是 10，000 个 A100 GPU。"),
        ],
        prerequisites: ["alignment", "redaction"])

    public init() {}

    private static func times(_ count: Int) -> String { count == 1 ? "once" : "\(count) times" }

    /// Where a number or name stands in `text`, not counting matches inside a longer number
    /// or name (the `5` of `157`).
    static func spans(of surface: String, in text: String) -> [Finding.Span] {
        let units = Array(text.utf16)
        func isWordUnit(_ offset: Int) -> Bool {
            guard units.indices.contains(offset), let scalar = Unicode.Scalar(units[offset]) else { return false }
            return scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar)
        }
        return Finding.Span.occurrences(of: surface, in: text).filter { span in
            !isWordUnit(span.start - 1) && !isWordUnit(span.end)
        }
    }

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard !pair.isUnaligned, !Self.isOnlyCode(pair.targetProse, of: pair.targetText) else { return [] }
        let separators = bitext.targetLanguage == .chinese ? fullWidthSeparatorFinding(pair, in: bitext, context: context) : []
        return separators + valueFindings(pair, in: bitext, context: context)
    }

    /// Numbers whose thousands are separated by a full-width comma (`10，000`), where the
    /// source writes `10,000`: in Chinese `，` separates clauses and list items, so the reader
    /// sees two numbers. The value is right, so this is a finding of its own, not a changed number.
    private func fullWidthSeparatorFinding(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        let target = pair.targetProse
        guard FullWidthDigitSeparators.mayHold(target) else { return [] }
        let spots = FullWidthDigitSeparators.spots(in: target, confirmedBy: pair.sourceProse)
        guard !spots.isEmpty else { return [] }
        let shown = spots.map { "“\(target[$0])”" }.joined(separator: ", ")
        return [finding(
            "full-width comma “，” used as a thousands separator in \(shown): Chinese reads “，” as a pause between two numbers; write the digits as the source does with “,”, or without a separator",
            pair: pair, in: bitext, context: context, targetSpans: spots.map { Finding.Span($0, in: target) })]
    }

    /// Whether a target is nothing but code, its prose masked away (a Markdown page whose
    /// description was paired with a code line): it says no number in words, and pairing
    /// it with prose is the alignment's problem, not a number lost.
    static func isOnlyCode(_ prose: String, of text: String) -> Bool {
        prose != text && !prose.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The source's numbers without those said in words the translation keeps as they are:
    /// a code sample copied whole (`print("Two on the Y axis")`), a date in a log (`May 6
    /// 2016`). Each word in the translation stands for one occurrence in the source.
    static func removingWordsKept(_ numbers: [NumberMention], in target: String) -> [NumberMention] {
        var kept: [String: Int] = [:]
        return numbers.filter { number in
            guard number.isRequired, !number.surface.contains(where: \.isNumber) else { return true }
            kept[number.surface, default: 0] += 1
            return spans(of: number.surface, in: target).count < kept[number.surface]!
        }
    }

    /// Numbers of the source missing or changed in the target: one finding per pair.
    private func valueFindings(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        if bitext.sourceLanguage == .english, !EnglishNumberScreen.mayRequire(pair.sourceProse) { return [] }
        var source = NumberExtractor.extract(pair.sourceProse, in: bitext.sourceLanguage)
        if bitext.targetLanguage == .chinese, EnglishNumberScreen.mayHoldNumberWord(pair.targetText) {
            source.numbers = Self.removingWordsKept(source.numbers, in: pair.targetText)
        }
        guard !source.names.isEmpty || source.numbers.contains(where: \.isRequired) else { return [] }
        let target = NumberExtractor.extract(pair.targetProse, in: bitext.targetLanguage)
        // Names are looked for in the whole target: a translator may put `v1` in code where the source quotes "v1".
        let comparison = NumberComparison(source: source, target: target, targetText: pair.targetText)
        // A number the translator put in inline code (`[0，65535]`) is still said.
        var numberShortfalls = comparison.shortfalls
        if !numberShortfalls.isEmpty, pair.targetProse != pair.targetText {
            let whole = NumberComparison(
                source: source, target: NumberExtractor.extract(pair.targetText, in: bitext.targetLanguage), targetText: pair.targetText)
            let stillShort = Set(whole.shortfalls.map(\.number.surface))
            numberShortfalls.removeAll { !stillShort.contains($0.number.surface) }
        }
        let unmatched = comparison.unmatchedTargetNumbers
        numberShortfalls.removeAll { shortfall in
            shortfall.targetCount == 0 && EnumeratedCount.isSaidByItems(
                word: shortfall.number.surface, value: shortfall.number.value, source: pair.sourceText, target: pair.targetText)
        }
        // "the first two items … the next two items" said once as 兩項: a number word repeated
        // in the source is often said fewer times, and with no other number in the target
        // nothing was changed into something else.
        if unmatched.isEmpty {
            numberShortfalls.removeAll { shortfall in
                shortfall.targetCount > 0 && source.numbers.allSatisfy { other in
                    !NumberComparison.isSame(other, shortfall.number) || !other.surface.contains(where: \.isNumber)
                }
            }
        }
        let nameShortfalls = comparison.nameShortfalls
        let changedNames = nameShortfalls.isEmpty ? comparison.changedTargetNames : []
        guard !numberShortfalls.isEmpty || !nameShortfalls.isEmpty || !changedNames.isEmpty else { return [] }

        // One finding per pair: a UI string with three numbers changed is one string to fix.
        var problems: [String] = []
        var sourceSpans: [Finding.Span] = []
        var targetSpans: [Finding.Span] = []
        // `2x` said as 两次 ("twice, two occurrences"): name the confusion rather than the number.
        let multiplesAsOccurrences = numberShortfalls.filter { shortfall in
            shortfall.targetCount == 0 && shortfall.number.unit == .multiple
                && target.numbers.contains { $0.unit == .occurrence && NumberComparison.isClose($0.value, shortfall.number.value) }
        }
        for shortfall in multiplesAsOccurrences {
            let number = shortfall.number
            let said = target.numbers.first { $0.unit == .occurrence && NumberComparison.isClose($0.value, number.value) }!
            problems.append(
                "source multiple \(number.surface) is said as “\(said.surface)” (\(NumberFormatting.format(number.value)) occurrences) in the target; a multiple is “\(NumberFormatting.format(number.value)) 倍”\(number.value == 2 ? " or “翻番”" : "")")
            sourceSpans += Self.spans(of: number.surface, in: pair.sourceProse)
            targetSpans += Finding.Span.occurrences(of: said.surface, in: pair.targetProse)
        }
        numberShortfalls.removeAll { shortfall in multiplesAsOccurrences.contains { $0.number == shortfall.number } }
        guard !numberShortfalls.isEmpty || !nameShortfalls.isEmpty || !changedNames.isEmpty || !problems.isEmpty else { return [] }
        let absent = numberShortfalls.filter { $0.targetCount == 0 }.map { NumberFormatting.describe($0.number) }
        if absent.count == 1 {
            problems.append("source number \(absent[0]) has no match in the target")
        } else if !absent.isEmpty {
            problems.append("source numbers \(absent.dropLast().joined(separator: ", ")) and \(absent.last!) have no match in the target")
        }
        for shortfall in numberShortfalls {
            if shortfall.targetCount > 0 {
                problems.append(
                    "source number \(NumberFormatting.describe(shortfall.number)) occurs \(shortfall.sourceCount) times but \(Self.times(shortfall.targetCount)) in the target")
            }
            sourceSpans += Self.spans(of: shortfall.number.surface, in: pair.sourceProse)
        }
        if !numberShortfalls.isEmpty {
            problems[problems.count - 1] += unmatched.isEmpty
                ? "; the target has no other number"
                : "; the target has " + unmatched.prefix(3).map(NumberFormatting.describe).joined(separator: ", ")
            targetSpans += unmatched.flatMap { Self.spans(of: $0.surface, in: pair.targetProse) }
        }
        for shortfall in nameShortfalls {
            let name = shortfall.name.surface
            sourceSpans += Self.spans(of: name, in: pair.sourceProse)
            guard shortfall.targetCount > 0 else {
                problems.append("source name \(name) does not appear in the target")
                continue
            }
            let strays = comparison.unmatchedTargetNames.prefix(3)
            problems.append(
                "source name \(name) occurs \(shortfall.sourceCount) times but \(Self.times(shortfall.targetCount)) in the target; "
                    + "the target has \(strays.map(\.surface).joined(separator: ", "))")
            targetSpans += strays.flatMap { Self.spans(of: $0.surface, in: pair.targetProse) }
        }
        for change in changedNames {
            problems.append("target name \(change.target.surface) is not in the source, which has \(change.source.surface)")
            sourceSpans += Self.spans(of: change.source.surface, in: pair.sourceProse)
            targetSpans += Self.spans(of: change.target.surface, in: pair.targetProse)
        }
        return [finding(
            problems.joined(separator: "; "), pair: pair, in: bitext, context: context,
            sourceSpans: Array(Set(sourceSpans)).sorted { $0.start < $1.start },
            targetSpans: Array(Set(targetSpans)).sorted { $0.start < $1.start })]
    }
}
