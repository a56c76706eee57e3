/// One translation used for different source sentences: often a sign that a segment was
/// pasted into the wrong place, or that the translation lost a distinction.
public struct SameTargetDifferentSourceCheck: Check, RepeatedSegmentsCheck {
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

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        runWhole(on: bitext, context: context)
    }

    /// Sources differing by an article or a typo ("requests are/is denied") share a translation rightly.
    static let sameTextWithin = 2

    static let repeatedSide: UnalignedSpan.Side = .target

    static func message(variants count: Int) -> String {
        "the same translation stands for \(count) different sources: "
    }
}
