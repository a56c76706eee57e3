import Foundation
import Testing
@testable import Bitext

@Suite("Alignment evaluator")
struct AlignmentEvaluatorTests {
    private func beads(_ text: String) throws -> [Bead] { try BeadFormat.parse(text, path: "inline") }

    @Test("identical alignments score 1 everywhere")
    func identical() throws {
        let gold = try beads("[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[3,4]\n")
        let counts = AlignmentEvaluator.counts(gold: gold, test: gold)
        #expect(counts.strict == PrecisionRecall(precision: 1, recall: 1))
        #expect(counts.lax == PrecisionRecall(precision: 1, recall: 1))
    }

    /// Gold `[0]:[0] [1,2]:[1] []:[2] [3]:[3,4]`; test `[0]:[0] [1]:[1] [2]:[] []:[2] [3]:[3] []:[4]`.
    /// Precision over the 6 test beads: strict hits `[0]:[0]` and `[]:[2]` → 2/6; lax adds
    /// `[1]:[1]` (gold pairs 1 with 1) and `[3]:[3]` (gold pairs 3 with 3,4); `[2]:[]` and
    /// `[]:[4]` are wrong null beads → 4/6.
    /// Recall over the 3 non-null gold beads against the non-null test beads: strict only
    /// `[0]:[0]` → 1/3; lax all three → 3/3.
    /// Strict F1 = 2·(1/3)(1/3)/(2/3) = 1/3; lax F1 = 2·(2/3)·1/(5/3) = 0.8.
    @Test("hand-checked strict and lax precision, recall and F1")
    func handChecked() throws {
        let gold = try beads("[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[3,4]\n")
        let test = try beads("[0]:[0]\n[1]:[1]\n[2]:[]\n[]:[2]\n[3]:[3]\n[]:[4]\n")
        let counts = AlignmentEvaluator.counts(gold: gold, test: test)
        #expect(abs(counts.strict.precision - 2.0 / 6) < 1e-12)
        #expect(abs(counts.strict.recall - 1.0 / 3) < 1e-12)
        #expect(abs(counts.strict.f1 - 1.0 / 3) < 1e-12)
        #expect(abs(counts.lax.precision - 4.0 / 6) < 1e-12)
        #expect(counts.lax.recall == 1)
        #expect(abs(counts.lax.f1 - 0.8) < 1e-12)
    }

    /// A test that merges every pair into one bead: `[0,1]:[0,1]` against gold `[0]:[0] [1]:[1]`.
    /// Precision: 0/1 strict, 1/1 lax. Recall: gold beads as candidates, 0/2 strict, 2/2 lax.
    @Test("merged beads are lax-correct but never strict")
    func merged() throws {
        let counts = AlignmentEvaluator.counts(gold: try beads("[0]:[0]\n[1]:[1]\n"), test: try beads("[0,1]:[0,1]\n"))
        #expect(counts.strict == PrecisionRecall(precision: 0, recall: 0))
        #expect(counts.strict.f1 == 0)
        #expect(counts.lax == PrecisionRecall(precision: 1, recall: 1))
    }

    /// File 1: 1 of 2 beads strict (P = R = 1/2); file 2: 3 of 3. Summed: P = R = 4/5, not
    /// the mean of 1/2 and 1 (0.75).
    @Test("totals add counts across files (micro-average)")
    func totals() throws {
        let first = AlignmentEvaluator.counts(gold: try beads("[0]:[0]\n[1]:[1]\n"), test: try beads("[0]:[0]\n[1]:[1,2]\n"))
        let second = AlignmentEvaluator.counts(
            gold: try beads("[0]:[0]\n[1]:[1]\n[2]:[2]\n"), test: try beads("[0]:[0]\n[1]:[1]\n[2]:[2]\n"))
        let total = first + second
        #expect(abs(total.strict.precision - 0.8) < 1e-12)
        #expect(abs(total.strict.recall - 0.8) < 1e-12)
    }

    @Test("folders are matched by file name; a missing test file is an error naming it")
    func folders() throws {
        let gold = try TestData.temporaryDirectory()
        let test = try TestData.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: gold)
            try? FileManager.default.removeItem(at: test)
        }
        try "[0]:[0]\n[1]:[1]\n".write(to: gold.appendingPathComponent("a.align"), atomically: true, encoding: .utf8)
        try "[0]:[0]\n[1]:[1]\n".write(to: test.appendingPathComponent("a.align"), atomically: true, encoding: .utf8)
        try "[0]:[0,1]\n".write(to: gold.appendingPathComponent("b.align"), atomically: true, encoding: .utf8)
        try "[0]:[0]\n[]:[1]\n".write(to: test.appendingPathComponent("b.align"), atomically: true, encoding: .utf8)
        let scores = try AlignmentEvaluation.evaluate(goldPath: gold.path, testPath: test.path)
        #expect(scores.map(\.name) == ["a.align", "b.align"])
        #expect(scores[0].counts.strict.f1 == 1)
        #expect(scores[1].counts.strict.f1 == 0)

        try FileManager.default.removeItem(at: test.appendingPathComponent("b.align"))
        do {
            _ = try AlignmentEvaluation.evaluate(goldPath: gold.path, testPath: test.path)
            Issue.record("a missing test file was not reported")
        } catch let error as InputError {
            #expect(error.position.file.hasSuffix("b.align"))
        }
    }
}
