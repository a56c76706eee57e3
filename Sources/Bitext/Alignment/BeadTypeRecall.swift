/// Strict recall per gold bead type (`1-1`, `1-2`, `2-1`, `1-0`, ...): how many gold beads
/// of each shape the test has exactly. Totals hide which decisions fail: a merge missed at
/// every quotation boundary barely moves F1 but empties the 1-2 row.
public struct BeadTypeRecall: Sendable, Hashable {
    /// Per type, gold beads of that type, and how many of them the test has exactly.
    private var totals: [BeadType: Int] = [:]
    private var found: [BeadType: Int] = [:]

    /// The shape of a bead: how many segments it takes from each side.
    public struct BeadType: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var source: Int
        public var target: Int

        public init(source: Int, target: Int) {
            self.source = source
            self.target = target
        }

        public var description: String { "\(source)-\(target)" }

        /// Commonest shapes first: by total size, then source count.
        public static func < (lhs: BeadType, rhs: BeadType) -> Bool {
            let (left, right) = (lhs.source + lhs.target, rhs.source + rhs.target)
            return left != right ? left < right : lhs.source < rhs.source
        }
    }

    public init() {}

    public init(gold: [Bead], test: [Bead]) {
        let testBeads = Set(test.map { [$0.source, $0.target] })
        for bead in gold where !(bead.source.isEmpty && bead.target.isEmpty) {
            let type = BeadType(source: bead.source.count, target: bead.target.count)
            totals[type, default: 0] += 1
            if testBeads.contains([bead.source, bead.target]) { found[type, default: 0] += 1 }
        }
    }

    public func total(_ type: BeadType) -> Int { totals[type, default: 0] }
    public func found(_ type: BeadType) -> Int { found[type, default: 0] }

    /// Found share of gold beads of `type`; nil when the gold has none.
    public func recall(_ type: BeadType) -> Double? {
        guard let total = totals[type], total > 0 else { return nil }
        return Double(found[type, default: 0]) / Double(total)
    }

    /// Gold bead types present, commonest shapes first.
    public var types: [BeadType] { totals.keys.sorted() }

    public static func + (lhs: BeadTypeRecall, rhs: BeadTypeRecall) -> BeadTypeRecall {
        var sum = lhs
        sum.totals.merge(rhs.totals, uniquingKeysWith: +)
        sum.found.merge(rhs.found, uniquingKeysWith: +)
        return sum
    }
}
