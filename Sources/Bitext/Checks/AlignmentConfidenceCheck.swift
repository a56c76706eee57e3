/// Pairs the aligner finds probably wrong (confidence, the probability that the pair is
/// right, below the threshold), with what it finds likelier: a sentence that belongs with a
/// neighbour, a split, a sentence with no counterpart. Consecutive doubtful pairs are one
/// finding, since they are one region to inspect; the checks that compare both sides skip them.
public struct AlignmentConfidenceCheck: Check {
    public static let description = CheckDescription(
        id: "alignment", name: "Low alignment confidence",
        summary: "The aligner finds this pairing probably wrong, and says what is likelier; look here first.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample(
                markdownSource: "**Lex Fridman:** Nathan is a research scientist at the Allen Institute for AI. They are both highly respected, read and listened to by the experts. There is a lot of hype in the media about what AI is and isn't. As we stated, OpenAI o3-mini is indeed a great model.\n",
                markdownTarget: "**Lex Fridman：** Nathan 是艾伦人工智能研究所的一名研究科学家。他们都受到人工智能领域的专家的高度尊重、阅读和聆听。媒体上有很多关于人工智能是什么和不是什么的炒作。正如我们所说，OpenAI o3-mini 确实是一个很好的模型。\n"),
            // A short answer between confident neighbours has nothing else to pair with.
            CheckExample(
                markdownSource: "**Lex Fridman:** So the model is open weights and the paper explains how it was trained?\n\n**Dylan Patel:** Exactly. They published the details of the training in the paper.\n",
                markdownTarget: "**Lex Fridman：** 所以这个模型是开放权重的，论文解释了它是如何训练的？\n\n**Dylan Patel：** 完全正确。他们在论文中公布了训练的细节。\n"),
        ],
        failingExamples: [
            // One translation for two similar sentences: which of them is left untranslated?
            CheckExample(
                markdownSource: "**Lex Fridman:** There is a lot of hype in the media about what AI is and isn't. They trained the model on much more data. They trained the model for much longer. As we stated, OpenAI o3-mini is indeed a great model.\n",
                markdownTarget: "**Lex Fridman：** 媒体上有很多关于人工智能是什么和不是什么的炒作。他们对模型进行了更多的训练。正如我们所说，OpenAI o3-mini 确实是一个很好的模型。\n"),
        ],
        options: .declared(by: Options.self)
    )

    public struct Options: CheckOptions {
        public var threshold = Alignment.lowConfidenceThreshold

        public init() {}

        public static let elements: [CheckOptionElement<Options>] = [
            .number(
                "threshold", \.threshold, in: 0...1,
                summary: "pairs the aligner scored below this confidence are reported"),
        ]
    }

    public init() {}

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        let pairs = bitext.pairs
        return Self.doubtfulRuns(in: bitext, threshold: context.options(Options.self).threshold).map { run in
            let doubted = run.min { pairs[$0].score < pairs[$1].score }!
            let sourceText = bitext.sourceLanguage.join(run.map { pairs[$0].sourceText })
            let targetText = bitext.targetLanguage.join(run.map { pairs[$0].targetText })
            let confidence = "this pairing \(Self.percent(pairs[doubted].score))"
                + (run.count == 1 ? "" : ", \(run.count) doubtful pairs in a row")
            let likelier = Self.describeAlternative(of: doubted, in: bitext) ?? "the aligner finds this pairing probably wrong"
            let alternative = pairs[doubted].alternative.map { "alternative \(Self.percent($0.probability)), " } ?? ""
            return finding(
                "\(likelier) (\(alternative)\(confidence))",
                source: Finding.Side(text: sourceText, line: pairs[run.lowerBound].sourceLine, file: bitext.sourcePath),
                target: Finding.Side(text: targetText, line: pairs[run.lowerBound].targetLine, file: bitext.targetPath),
                pair: pairs[run.lowerBound].index, context: context,
                // The doubted sentence, not the run the aligner drew around it: a better
                // aligner moves the run, and a baseline must still know the finding.
                subject: (pairs[doubted].source.first ?? pairs[doubted].target.first)?.text)
        }
    }

    /// Every pair of the run a finding stands for: none of them is compared again by the
    /// checks that read both sides (omission, addition, numbers, terms).
    public func pairsFlagged(by finding: Finding, in bitext: AlignedBitext, context: CheckContext) -> [Int] {
        guard let pair = finding.pair else { return [] }
        let runs = Self.doubtfulRuns(in: bitext, threshold: context.options(Options.self).threshold)
        guard let run = runs.first(where: { bitext.pairs[$0.lowerBound].index == pair }) else { return [pair] }
        return run.map { bitext.pairs[$0].index }
    }

    /// Runs of consecutive aligned pairs (positions in `pairs`) that are probably wrong and
    /// that nothing settles: one region to inspect each.
    static func doubtfulRuns(in bitext: AlignedBitext, threshold: Double) -> [Range<Int>] {
        let pairs = bitext.pairs
        let wasAligned = bitext.sourceDocument != nil
        let unaligned = wasAligned ? UnalignedSentences(bitext) : nil
        var runs: [Range<Int>] = []
        var start: Int?
        // By position, not by copying each pair: nearly every pair is settled by its score.
        for position in pairs.indices {
            let isDoubtful = pairs[position].score < threshold && !pairs[position].isUnaligned
                && (!wasAligned || (pairs[position].alternative?.probability ?? 0) >= minimumAlternativeProbability)
                && !isSettledByNeighbours(position, in: pairs, threshold: threshold)
                && !isOnlyAboutInterjections(position, in: pairs)
                && !(unaligned?.settleAlternative(of: pairs[position]) ?? false)
            if isDoubtful {
                if start == nil { start = position }
            } else if let first = start {
                runs.append(first..<position)
                start = nil
            }
        }
        if let first = start { runs.append(first..<pairs.count) }
        return runs
    }

    /// A pair bitext aligned is reported only when its sentences have somewhere else to go
    /// with at least this probability. Otherwise the doubt is not where they belong but
    /// whether they translate each other at all (they share little evidence: a free or a
    /// wrong translation), which the checks comparing both sides judge on their own.
    static let minimumAlternativeProbability = 0.1

    /// What the aligner finds likelier than the pair at `position`, in words: a sentence
    /// that belongs with a neighbour, one the pair should take from a neighbour, or a
    /// sentence with no counterpart. Nil when the pair carries no alternative.
    static func describeAlternative(of position: Int, in bitext: AlignedBitext) -> String? {
        let pairs = bitext.pairs
        let pair = pairs[position]
        guard let alternative = pair.alternative else { return nil }
        var sourceTexts: [Int: String] = [:]
        var targetTexts: [Int: String] = [:]
        for neighbour in max(0, position - BeadShape.largest - 1)...min(pairs.count - 1, position + BeadShape.largest + 1) {
            for segment in pairs[neighbour].source { sourceTexts[segment.index] = segment.text }
            for segment in pairs[neighbour].target { targetTexts[segment.index] = segment.text }
        }
        let ownSources = pair.source.map(\.index)
        let ownTargets = pair.target.map(\.index)
        func quoted(_ indices: [Int], _ texts: [Int: String], _ language: Language) -> String {
            "“" + Self.shortened(language.join(indices.compactMap { texts[$0] })) + "”"
        }
        func direction(_ indices: [Int], from own: [Int]) -> String {
            (indices.first ?? 0) > (own.last ?? -1) ? "next" : "previous"
        }
        if alternative.target.isEmpty {
            return "\(quoted(alternative.source, sourceTexts, bitext.sourceLanguage)) probably has no translation here"
        }
        if alternative.source.isEmpty {
            return "\(quoted(alternative.target, targetTexts, bitext.targetLanguage)) probably translates nothing in the source"
        }
        let droppedSources = ownSources.filter { !alternative.source.contains($0) }
        let droppedTargets = ownTargets.filter { !alternative.target.contains($0) }
        let addedSources = alternative.source.filter { !ownSources.contains($0) }
        let addedTargets = alternative.target.filter { !ownTargets.contains($0) }
        // A sentence of one side is in the wrong pair (where it goes instead is another
        // rival's business), or a neighbour's sentence belongs in this one.
        if droppedSources.isEmpty, addedSources.isEmpty, addedTargets.isEmpty, !droppedTargets.isEmpty {
            return "the translation \(quoted(droppedTargets, targetTexts, bitext.targetLanguage)) probably does not belong with this sentence"
        }
        if droppedTargets.isEmpty, addedTargets.isEmpty, addedSources.isEmpty, !droppedSources.isEmpty {
            return "\(quoted(droppedSources, sourceTexts, bitext.sourceLanguage)) probably does not belong with this translation"
        }
        if droppedSources.isEmpty, droppedTargets.isEmpty, addedSources.isEmpty, !addedTargets.isEmpty {
            return "the \(direction(addedTargets, from: ownTargets)) sentence of the translation, \(quoted(addedTargets, targetTexts, bitext.targetLanguage)), probably belongs here too"
        }
        if droppedSources.isEmpty, droppedTargets.isEmpty, addedTargets.isEmpty, !addedSources.isEmpty {
            return "the \(direction(addedSources, from: ownSources)) source sentence, \(quoted(addedSources, sourceTexts, bitext.sourceLanguage)), probably belongs here too"
        }
        return "the likeliest alternative pairs \(quoted(alternative.source, sourceTexts, bitext.sourceLanguage)) with \(quoted(alternative.target, targetTexts, bitext.targetLanguage))"
    }

    /// Whether all the pair and its likeliest alternative disagree about is where a short
    /// interjection or false start goes ("Yeah.", 是的。, "There's."): which neighbour takes
    /// it changes nothing a reviewer or another check would act on.
    static func isOnlyAboutInterjections(_ position: Int, in pairs: [AlignedPair]) -> Bool {
        let pair = pairs[position]
        guard let alternative = pair.alternative else { return false }
        // Source sentence i under key 2i, target sentence j under 2j + 1.
        var texts: [Int: String] = [:]
        for neighbour in max(0, position - BeadShape.largest - 1)...min(pairs.count - 1, position + BeadShape.largest + 1) {
            for segment in pairs[neighbour].source { texts[segment.index * 2] = segment.text }
            for segment in pairs[neighbour].target { texts[segment.index * 2 + 1] = segment.text }
        }
        let ownSources = Set(pair.source.map(\.index))
        let ownTargets = Set(pair.target.map(\.index))
        let disputedSources = ownSources.symmetricDifference(alternative.source)
        let disputedTargets = ownTargets.symmetricDifference(alternative.target)
        let disputed = disputedSources.map { $0 * 2 } + disputedTargets.map { $0 * 2 + 1 }
        return !disputed.isEmpty && disputed.allSatisfy { key in
            guard let text = texts[key] else { return false }
            return text.filter(\.isLetter).count <= (text.unicodeScalars.contains(where: \.isHan) ? interjectionHanzi : interjectionLetters)
        }
    }

    /// The sentences that stand unaligned (`omission` or `addition` reports them), and those of
    /// them whose content the translator moved elsewhere in the page (`UnalignedSpan.movedPairs`).
    /// A pair whose likeliest alternative only takes such sentences besides its own is no
    /// alignment doubt when they were moved (a monotone aligner offers a list item put last to
    /// its former neighbour: "probably belongs here too", which is wrong), nor when the
    /// alternative is hardly likelier than the pair (a 51/49 tie): the reviewer's work is on
    /// the unaligned sentence, where its own finding sends them. A clearly likelier alternative
    /// is still reported: it says that other finding is wrong.
    struct UnalignedSentences {
        private var sources: Set<Int> = []
        private var targets: Set<Int> = []
        private var movedSources: Set<Int> = []
        private var movedTargets: Set<Int> = []

        init(_ bitext: AlignedBitext) {
            let moved = UnalignedSpan.movedPairs(in: bitext)
            for pair in bitext.pairs where pair.isUnaligned {
                sources.formUnion(pair.source.map(\.index))
                targets.formUnion(pair.target.map(\.index))
                guard moved.contains(pair.index) else { continue }
                movedSources.formUnion(pair.source.map(\.index))
                movedTargets.formUnion(pair.target.map(\.index))
            }
        }

        /// Whether the pair's alternative keeps the pair's sentences and takes only unaligned
        /// ones besides, moved ones or at a near tie.
        func settleAlternative(of pair: AlignedPair) -> Bool {
            guard let alternative = pair.alternative else { return false }
            let ownSources = pair.source.map(\.index)
            let ownTargets = pair.target.map(\.index)
            guard Set(ownSources).isSubset(of: alternative.source), Set(ownTargets).isSubset(of: alternative.target) else { return false }
            let takenSources = Set(alternative.source).subtracting(ownSources)
            let takenTargets = Set(alternative.target).subtracting(ownTargets)
            guard !takenSources.isEmpty || !takenTargets.isEmpty,
                  takenSources.isSubset(of: sources), takenTargets.isSubset(of: targets)
            else { return false }
            let wereMoved = takenSources.isSubset(of: movedSources) && takenTargets.isSubset(of: movedTargets)
            return wereMoved || alternative.probability < minimumOddsOverAnUnalignedNeighbour * pair.score
        }
    }

    static let minimumOddsOverAnUnalignedNeighbour = 1.25

    /// The longest interjection, in letters of Latin script or in hanzi: "Exactly", "是的".
    static let interjectionLetters = 10
    static let interjectionHanzi = 4

    /// A quotation cut to a length a message line can hold.
    static func shortened(_ text: String) -> String {
        text.count <= quotedLength ? text : String(text.prefix(quotedLength - 1)) + "…"
    }

    static let quotedLength = 60

    /// A short one-to-one pair between two settled pairs (or the start or end of the
    /// text): a short sentence or heading scores low on its own evidence, but with both
    /// neighbours settled there is nothing else it could be paired with. A longer pair has
    /// evidence enough to be judged on its own, unless the structure settles it.
    static func isSettledByNeighbours(_ position: Int, in pairs: [AlignedPair], threshold: Double) -> Bool {
        let pair = pairs[position]
        guard pair.source.count == 1, pair.target.count == 1,
              pair.sourceText.count <= shortPairLength, pair.targetText.count <= shortPairLength
        else { return isSettledByStructure(position, in: pairs, threshold: threshold) }
        // A neighbour is settled when it is confident, or when block boundaries (a heading,
        // another paragraph or list item) keep it apart from the pair on both sides, so that
        // none of its sentences could belong with the pair's.
        func isConfident(_ neighbour: Int) -> Bool {
            guard pairs.indices.contains(neighbour) else { return true }
            let other = pairs[neighbour]
            if !other.isUnaligned && other.score >= threshold { return true }
            return other.source.allSatisfy { $0.block != pair.source[0].block } && other.target.allSatisfy { $0.block != pair.target[0].block }
        }
        return isConfident(position - 1) && isConfident(position + 1)
    }

    /// A longer pair the document's structure leaves nothing else to pair with: whole
    /// blocks (paragraphs, list items, headings, table rows) on both sides, as many on each,
    /// between two confident pairs; or one sentence that ends (or starts) its block on both
    /// sides next to a confident pair of the same block. A low score then means a free or
    /// condensed translation (the omission check weighs its length), not a doubt about
    /// where the sentence belongs.
    static func isSettledByStructure(_ position: Int, in pairs: [AlignedPair], threshold: Double) -> Bool {
        let pair = pairs[position]
        let sourceBlocks = Set(pair.source.map(\.block))
        let targetBlocks = Set(pair.target.map(\.block))
        guard sourceBlocks.count == pair.source.count, targetBlocks.count == pair.target.count,
              sourceBlocks.count == targetBlocks.count
        else { return false }
        var neighboursInTheSameBlock = 0
        for neighbour in [position - 1, position + 1] where pairs.indices.contains(neighbour) {
            let other = pairs[neighbour]
            guard !other.isUnaligned, other.score >= threshold else { return false }
            let isApart = other.source.allSatisfy { !sourceBlocks.contains($0.block) } && other.target.allSatisfy { !targetBlocks.contains($0.block) }
            if !isApart { neighboursInTheSameBlock += 1 }
        }
        return neighboursInTheSameBlock == 0 || (neighboursInTheSameBlock == 1 && pair.source.count == 1)
    }

    /// Characters of the longest side a pair may have to count as short: a heading or a
    /// one-clause sentence.
    static let shortPairLength = 80

    static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }
}
