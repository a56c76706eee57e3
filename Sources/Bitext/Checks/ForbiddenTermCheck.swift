// PLACEHOLDER
public struct ForbiddenTermCheck: PairCheck {
    public static let description = CheckDescription(
        id: "forbidden-term", name: "Forbidden rendering",
        summary: "The target renders a glossary term with a rendering the glossary forbids.",
        defaultSeverity: .error, passingExamples: [], failingExamples: [])
    public init() {}
    public func check(_ pair: AlignedPair, in bitext: Bitext, context: CheckContext) -> [Finding] { [] }
}
