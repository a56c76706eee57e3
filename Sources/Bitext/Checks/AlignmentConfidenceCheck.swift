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
                markdownSource: "Nathan is a research scientist at the Allen Institute for AI. They are both highly respected.\n",
                markdownTarget: "Nathan 是艾伦人工智能研究所的一名研究科学家。他们都受到高度尊重。\n"),
        ],
        failingExamples: [
            CheckExample(
                markdownSource: "The weather in Boston was cold and rainy all week.\n",
                markdownTarget: "台积电是世界上最大的芯片代工厂。\n"),
        ],
        optionNames: ["threshold"]
    )

    public init() {}

    public func run(on bitext: Bitext, context: CheckContext) -> [Finding] {
        let threshold = context.options["threshold"].flatMap(Double.init) ?? Alignment.lowConfidenceThreshold
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
        for pair in bitext.pairs {
            if !pair.isUnaligned && pair.score < threshold {
                region.append(pair)
            } else {
                flush()
            }
        }
        flush()
        return findings
    }

    static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }
}
