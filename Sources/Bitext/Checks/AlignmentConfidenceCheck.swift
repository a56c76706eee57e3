/// Pairs the aligner was unsure about: where a sentence may be matched with the wrong
/// translation, so every other finding there deserves a second look. Consecutive unsure
/// pairs are one finding, since they are one region to inspect.
public struct AlignmentConfidenceCheck: Check {
    public static let description = CheckDescription(
        id: "alignment", name: "Low alignment confidence",
        summary: "The aligner is unsure these sentences translate each other; look here first.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample(
                markdownSource: "**Lex Fridman:** Nathan is a research scientist at the Allen Institute for AI. They are both highly respected, read and listened to by the experts. There is a lot of hype in the media about what AI is and isn't. As we stated, OpenAI o3-mini is indeed a great model.\n",
                markdownTarget: "**Lex Fridman：** Nathan 是艾伦人工智能研究所的一名研究科学家。他们都受到人工智能领域的专家的高度尊重、阅读和聆听。媒体上有很多关于人工智能是什么和不是什么的炒作。正如我们所说，OpenAI o3-mini 确实是一个很好的模型。\n"),
        ],
        failingExamples: [
            // A real translation pasted against the wrong sentence.
            CheckExample(
                markdownSource: "**Lex Fridman:** Nathan is a research scientist at the Allen Institute for AI. They are both highly respected, read and listened to by the experts. Dylan runs SemiAnalysis, a well respected research and analysis company that specializes in semiconductors. There is a lot of hype in the media about what AI is and isn't. As we stated, OpenAI o3-mini is indeed a great model.\n",
                markdownTarget: "**Lex Fridman：** Nathan 是艾伦人工智能研究所的一名研究科学家。他们都受到人工智能领域的专家的高度尊重、阅读和聆听。我们在谈话中期待着它的发布，它确实是在它的能力和成本符合我们的预期之后发布的。媒体上有很多关于人工智能是什么和不是什么的炒作。正如我们所说，OpenAI o3-mini 确实是一个很好的模型。\n"),
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
        let threshold = context.options(Options.self).threshold
        var findings: [Finding] = []
        var region: [AlignedPair] = []
        func flush() {
            guard let first = region.first else { return }
            let lowest = region.map(\.score).min() ?? 0
            let message = region.count == 1
                ? "the aligner is unsure this is the right translation (confidence \(Self.percent(lowest)))"
                : "the aligner is unsure about \(region.count) consecutive pairs (lowest confidence \(Self.percent(lowest)))"
            let sourceText = bitext.sourceLanguage.join(region.map(\.sourceText))
            let targetText = bitext.targetLanguage.join(region.map(\.targetText))
            findings.append(finding(
                message,
                source: Finding.Side(text: sourceText, line: first.sourceLine, file: bitext.sourcePath),
                target: Finding.Side(text: targetText, line: first.targetLine, file: bitext.targetPath),
                pair: first.index, context: context))
            region = []
        }
        let pairs = bitext.pairs
        for position in pairs.indices {
            let pair = pairs[position]
            if !pair.isUnaligned && pair.score < threshold && !Self.isSettledByNeighbours(position, in: pairs, threshold: threshold) {
                region.append(pair)
            } else {
                flush()
            }
        }
        flush()
        return findings
    }

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
