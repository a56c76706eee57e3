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

    public init(_ result: AuditResult) {
        let pairs = result.bitext.pairs
        self.pairs = pairs.count
        alignedPairs = pairs.filter { !$0.isUnaligned }.count
        unalignedSourceSegments = pairs.filter { $0.target.isEmpty }.reduce(0) { $0 + $1.source.count }
        unalignedTargetSegments = pairs.filter { $0.source.isEmpty }.reduce(0) { $0 + $1.target.count }
        sourceSegments = pairs.reduce(0) { $0 + $1.source.count }
        targetSegments = pairs.reduce(0) { $0 + $1.target.count }
        findingsByCheck = Dictionary(grouping: result.findings, by: \.check).mapValues(\.count)
        findingsBySeverity = Dictionary(grouping: result.findings, by: \.severity.rawValue).mapValues(\.count)
    }
}
