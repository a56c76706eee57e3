/// How many sentences a bead takes from each side, with its default prior probability.
/// Defaults are symmetric (either side may be the source); each document re-estimates them.
struct BeadShape: Sendable, Hashable {
    var source: Int
    var target: Int
    var defaultPrior: Double

    var isNull: Bool { source == 0 || target == 0 }

    /// Up to 1-6/6-1, 2-4/4-2 and 3-3, plus insertions and omissions: every shape the
    /// aligner cannot produce costs several wrong beads when a translator uses it.
    static let all: [BeadShape] = [
        BeadShape(source: 1, target: 1, defaultPrior: 0.62),
        BeadShape(source: 1, target: 0, defaultPrior: 0.006),
        BeadShape(source: 0, target: 1, defaultPrior: 0.006),
        BeadShape(source: 1, target: 2, defaultPrior: 0.11),
        BeadShape(source: 2, target: 1, defaultPrior: 0.11),
        BeadShape(source: 1, target: 3, defaultPrior: 0.03),
        BeadShape(source: 3, target: 1, defaultPrior: 0.03),
        BeadShape(source: 2, target: 2, defaultPrior: 0.02),
        BeadShape(source: 1, target: 4, defaultPrior: 0.01),
        BeadShape(source: 4, target: 1, defaultPrior: 0.01),
        BeadShape(source: 2, target: 3, defaultPrior: 0.006),
        BeadShape(source: 3, target: 2, defaultPrior: 0.006),
        BeadShape(source: 1, target: 5, defaultPrior: 0.002),
        BeadShape(source: 5, target: 1, defaultPrior: 0.002),
        BeadShape(source: 3, target: 3, defaultPrior: 0.001),
        BeadShape(source: 2, target: 4, defaultPrior: 0.001),
        BeadShape(source: 4, target: 2, defaultPrior: 0.001),
        BeadShape(source: 1, target: 6, defaultPrior: 0.001),
        BeadShape(source: 6, target: 1, defaultPrior: 0.001),
    ]

    static let largest = 6
}
