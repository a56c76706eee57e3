/// One translation used for different source sentences: often a sign that a segment was
/// pasted into the wrong place, or that the translation lost a distinction.
public struct SameTargetDifferentSourceCheck: Check {
    public static let description = CheckDescription(
        id: "same-target-different-source", name: "Same translation, different sources",
        summary: "One translation is used for different source sentences.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample(
                "Training is expensive, but inference is cheap.\nInference is expensive, but training is cheap.",
                "训练很贵，但推理很便宜。\n推理很贵，但训练很便宜。"),
        ],
        failingExamples: [
            CheckExample(
                "Training is expensive, but inference is cheap.\nInference is expensive, but training is cheap.",
                "训练很贵，但推理很便宜。\n训练很贵，但推理很便宜。"),
        ],
        prerequisites: ["untranslated"]
    )

    public init() {}

    public func run(on bitext: Bitext, context: CheckContext) -> [Finding] {
        RepeatedSegments.groups(in: bitext, by: .target).map { group in
            let first = group.variants[0].pairs[0]
            return finding(
                "the same translation stands for \(group.variants.count) different sources: "
                    + RepeatedSegments.describe(group.variants, lines: \.sourceLine),
                pair: first, in: bitext, context: context)
        }
    }
}
