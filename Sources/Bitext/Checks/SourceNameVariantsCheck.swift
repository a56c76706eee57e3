/// A name the source spells several ways: a machine transcript writes "DeepSeek" as
/// "Deep Seq", "deep seek" and "Deepseak", and "OpenAI o1" as "OpenAI01". The finding is
/// about the source, so that a rendering the translator got wrong because of it (深海 for
/// "Deep Sea") is traced to its cause, and so that the source can be fixed once for every
/// language. One finding per name, on the first pair with a variant, with each variant's count.
public struct SourceNameVariantsCheck: Check {
    public static let description = CheckDescription(
        id: "source-name-variants", name: "Source name variants",
        summary: "The source spells a name several ways (Deep Seq, Deep Seek, OpenAI01): a transcription problem, not the translator's.",
        defaultSeverity: .info,
        passingExamples: [
            CheckExample(
                "DeepSeek released a model.\nDeepSeek is a lab.\nThe DeepSeek paper is out.",
                "DeepSeek 发布了一个模型。\nDeepSeek 是一个实验室。\nDeepSeek 的论文发布了。"),
            // Another name, written near the first one, is translated as itself.
            CheckExample(
                "DeepSeek trained it.\nDeepSeek used DeepSpeed.\nDeepSeek again.",
                "DeepSeek 训练了它。\nDeepSeek 使用了 DeepSpeed。\nDeepSeek 又一次。"),
        ],
        failingExamples: [
            CheckExample(
                "DeepSeek released a model.\nDeep Seq is a lab.\nThe Deepseak paper is out.",
                "DeepSeek 发布了一个模型。\nDeepSeek 是一个实验室。\nDeepSeek 的论文发布了。"),
            CheckExample(
                "OpenAI shipped it.\nOpenAI01 is slow.\nOpenAI trains models.",
                "OpenAI 发布了它。\nOpenAI o1 很慢。\nOpenAI 训练模型。"),
        ])

    public init() {}

    /// Variants listed in a message before eliding.
    static let variantsShown = 6

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard bitext.sourceLanguage == .english else { return [] }
        let finder = NameVariantFinder(
            glossary: context.glossary, sourceTexts: bitext.pairs.map(\.sourceProse), targetTexts: bitext.pairs.map(\.targetProse),
            learnsDocumentNames: !bitext.pairs.contains { $0.unit != nil })
        guard !finder.isEmpty else { return [] }
        var variants: [Int: [String: Variant]] = [:]
        var firstPair: [Int: (position: Int, spans: [Finding.Span])] = [:]
        var lines: [Int: LineSample] = [:]
        var lastLine: [Int: Int?] = [:]
        for (position, pair) in bitext.pairs.enumerated() {
            let source = pair.sourceProse
            var namesInPair: Set<Int> = []
            for occurrence in finder.variants(in: source, target: pair.targetProse) where occurrence.kind != .canonical {
                variants[occurrence.name, default: [:]][occurrence.surface.lowercased(), default: Variant()].add(occurrence.surface)
                if firstPair[occurrence.name] == nil { firstPair[occurrence.name] = (position, []) }
                if firstPair[occurrence.name]!.position == position {
                    firstPair[occurrence.name]!.spans.append(Finding.Span(occurrence.range, in: source))
                }
                // Pairs of one long source line count once.
                if namesInPair.insert(occurrence.name).inserted, lastLine[occurrence.name] != pair.sourceLine {
                    lastLine[occurrence.name] = pair.sourceLine
                    lines[occurrence.name, default: LineSample()].add(line: pair.sourceLine)
                }
            }
        }
        return firstPair.sorted { $0.value.position < $1.value.position }.map { name, first in
            let spellings = variants[name]!.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.shown < $1.shown }
            let listed = spellings.prefix(Self.variantsShown).map { "“\($0.shown)” ×\($0.count)" }.joined(separator: ", ")
            let more = spellings.count > Self.variantsShown ? ", …" : ""
            let ways = spellings.count == 1 ? "another way" : "\(spellings.count) other ways"
            let sample = lines[name] ?? LineSample()
            let pair = bitext.pairs[first.position]
            return finding(
                "the source spells “\(finder.names[name].canonical)” \(ways): \(listed)\(more) (\(sample.description)); "
                    + "a typing or transcription error in the source, not the translator's",
                pair: pair, in: bitext, context: context, sourceSpans: first.spans)
        }
    }

    /// One spelling up to case, shown as it is written most often.
    private struct Variant {
        var count = 0
        var surfaces: [String: Int] = [:]

        mutating func add(_ surface: String) {
            count += 1
            surfaces[surface, default: 0] += 1
        }

        var shown: String {
            surfaces.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
        }
    }
}
