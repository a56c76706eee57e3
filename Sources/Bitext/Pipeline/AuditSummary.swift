/// The numbers a user reads first: how much was aligned, and what was found.
public struct AuditSummary: Sendable, Codable, Hashable {
    public var pairs: Int
    public var alignedPairs: Int
    public var unalignedSourceSegments: Int
    public var unalignedTargetSegments: Int
    public var sourceSegments: Int
    public var targetSegments: Int
    /// Findings per check id, in catalogue order of first appearance.
    public var findingsByCheck: [String: Int]
    public var findingsBySeverity: [String: Int]
    /// Findings `bitext-disable` comments silenced, per check; absent when there were none.
    public var suppressedByCheck: [String: Int]?

    public init(_ result: AuditResult) {
        var counts = result.streamedCounts ?? StreamedPairCounts()
        if result.streamedCounts == nil { counts.add(result.bitext.pairs) }
        pairs = counts.pairs
        alignedPairs = counts.alignedPairs
        unalignedSourceSegments = counts.unalignedSourceSegments
        unalignedTargetSegments = counts.unalignedTargetSegments
        sourceSegments = counts.sourceSegments
        targetSegments = counts.targetSegments
        findingsByCheck = Dictionary(grouping: result.findings, by: \.check).mapValues(\.count)
        findingsBySeverity = Dictionary(grouping: result.findings, by: \.severity.rawValue).mapValues(\.count)
        suppressedByCheck = result.suppressedByCheck.isEmpty ? nil : result.suppressedByCheck
    }
}
