/// Runs the enabled checks over a bitext and orders the findings the way a reader goes
/// through a document: by pair, then by catalogue order.
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
        var findings: [(order: Int, finding: Finding)] = []
        for (order, checkType) in checks.enumerated() where configuration.isEnabled(checkType.description.id) {
            let context = CheckContext(glossary: glossary, severity: configuration.severity(of: checkType))
            findings += checkType.init().run(on: bitext, context: context).map { (order, $0) }
        }
        return findings.sorted { lhs, rhs in
            let left = lhs.finding.pair ?? Int.max
            let right = rhs.finding.pair ?? Int.max
            return left != right ? left < right : lhs.order < rhs.order
        }.map(\.finding)
    }
}
