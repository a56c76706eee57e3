import Testing
@testable import Bitext

@Suite("Confidence separation")
struct ConfidenceSeparationTests {
    private func outcomes(_ pairs: [(Double, Bool)]) -> ConfidenceSeparation {
        ConfidenceSeparation(pairs.map { ConfidenceSeparation.Outcome(score: $0.0, isCorrect: $0.1) })
    }

    /// Right beads 0.9, 0.8, 0.4; wrong beads 0.7, 0.4, 0.1. Of the 9 (right, wrong) pairs,
    /// the right bead scores higher in 0.9>0.7, 0.9>0.4, 0.9>0.1, 0.8>0.7, 0.8>0.4, 0.8>0.1,
    /// 0.4>0.1 (7), ties 0.4=0.4 (counts half), loses 0.4<0.7: AUC = 7.5 / 9.
    @Test("hand-computed AUC with a tie")
    func handComputedAUC() throws {
        let separation = outcomes([(0.9, true), (0.8, true), (0.4, true), (0.7, false), (0.4, false), (0.1, false)])
        let auc = try #require(separation.auc)
        #expect(abs(auc - 7.5 / 9) < 1e-12)
    }

    @Test("perfect, reversed and one-class scores")
    func extremes() {
        #expect(outcomes([(0.9, true), (0.2, false)]).auc == 1)
        #expect(outcomes([(0.2, true), (0.9, false)]).auc == 0)
        #expect(outcomes([(0.5, true), (0.5, false)]).auc == 0.5)
        #expect(outcomes([(0.5, true), (0.7, true)]).auc == nil)
    }

    @Test("calibration bins by tenth, 1 in the last bin")
    func calibration() {
        let bins = outcomes([(0.05, false), (0.45, true), (0.45, false), (1, true), (0.95, true)]).calibration
        #expect(bins.count == 10)
        #expect(bins[0].beads == 1 && bins[0].correct == 0)
        #expect(bins[4].beads == 2 && bins[4].correctShare == 0.5)
        #expect(bins[9].beads == 2 && bins[9].correct == 2)
        #expect(bins[5].correctShare == nil)
    }

    @Test("right means exactly a gold bead")
    func fromGold() throws {
        let gold = try BeadFormat.parse("[0]:[0]\n[1,2]:[1]\n", path: "gold")
        let test = try BeadFormat.parse("[0]:[0]:0.9\n[1]:[1]:0.3\n[2]:[]:0.6\n", path: "test")
        #expect(ConfidenceSeparation(gold: gold, test: test).outcomes.map(\.isCorrect) == [true, false, false])
    }
}
