/// The same source sentence translated in different ways across the document: translation
/// memory exported from it will offer conflicting matches.
public struct SameSourceDifferentTargetCheck: Check, RepeatedSegmentsCheck {
    public static let description = CheckDescription(
        id: "same-source-different-target", name: "Same source, different translations",
        summary: "A repeated source sentence is translated differently in different places.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample(
                "What does it mean to be an open weights model?\nWhat does it mean to be an open weights model?",
                "开放权重模型意味着什么？\n开放权重模型意味着什么？"),
        ],
        failingExamples: [
            CheckExample(
                "What does it mean to be an open weights model?\nWhat does it mean to be an open weights model?",
                "开放权重模型意味着什么？\n公开举重的模型意味着什么？"),
        ],
        prerequisites: ["untranslated"]
    )

    public init() {}

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        runWhole(on: bitext, context: context)
    }

    static let sameTextWithin = 0

    static let repeatedSide: UnalignedSpan.Side = .source

    static func message(variants count: Int) -> String {
        "the same source is translated \(count) ways: "
    }
}
