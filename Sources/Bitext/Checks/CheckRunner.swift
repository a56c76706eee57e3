/// Runs the enabled checks over a bitext and orders the findings the way a reader goes
/// through a document: by pair, then by catalogue order. A check skips the pairs on which
/// one of its prerequisites reported something.
public struct CheckRunner: Sendable {
    public var checks: [any Check.Type]
    public var configuration: CheckConfiguration
    public var glossary: Glossary

    public init(checks: [any Check.Type] = CheckRegistry.all, configuration: CheckConfiguration = .default, glossary: Glossary = .empty) {
        self.checks = checks
        self.configuration = configuration
        self.glossary = glossary
    }

    public func run(on bitext: Bitext) -> [Finding] {
        let bitext = bitext.readableForChecks()
        let enabled = checks.enumerated().filter { configuration.isEnabled($0.element.description.id) }
        let order = Dictionary(uniqueKeysWithValues: enabled.map { ($0.element.description.id, $0.offset) })
        var flaggedPairs: [String: Set<Int>] = [:]
        var findings: [Finding] = []
        for (_, checkType) in prerequisitesFirst(enabled.map(\.element)) {
            let description = checkType.description
            let context = CheckContext(
                glossary: glossary, severity: configuration.severity(of: checkType),
                options: configuration.options[description.id] ?? [:])
            let skipped = description.prerequisites.reduce(into: Set<Int>()) { $0.formUnion(flaggedPairs[$1] ?? []) }
            let produced = checkType.init().run(on: bitext, context: context).filter { finding in
                finding.pair.map { !skipped.contains($0) } ?? true
            }
            flaggedPairs[description.id] = Set(produced.compactMap(\.pair))
            findings += produced
        }
        return findings.enumerated().sorted { lhs, rhs in
            let left = lhs.element.pair ?? Int.max
            let right = rhs.element.pair ?? Int.max
            if left != right { return left < right }
            let leftOrder = order[lhs.element.check] ?? 0
            let rightOrder = order[rhs.element.check] ?? 0
            return leftOrder != rightOrder ? leftOrder < rightOrder : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// Checks in an order where every prerequisite runs before the checks that name it.
    private func prerequisitesFirst(_ checks: [any Check.Type]) -> [(Int, any Check.Type)] {
        let prerequisiteIDs = Set(checks.flatMap { $0.description.prerequisites })
        let first = checks.filter { prerequisiteIDs.contains($0.description.id) }
        let rest = checks.filter { !prerequisiteIDs.contains($0.description.id) }
        return Array((first + rest).enumerated())
    }
}
