import ArgumentParser
import Bitext
import Foundation

/// `bitext eval-align GOLD TEST`: strict and lax precision, recall and F1 of a test alignment.
struct EvalAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-align",
        abstract: "Score an alignment against a gold alignment (strict and lax P/R/F1).",
        discussion: """
            GOLD and TEST are bead files (`[0,1]:[0]` a line) or folders of `*.align` files \
            matched by name. Scores follow Vecalign's definition: strict counts identical \
            beads, lax beads that overlap a gold bead on both sides; recall ignores 1-0 and \
            0-1 beads. The total sums the counts of all files. When TEST carries scores \
            (`bitext align --scores`), also how well they separate right beads (exactly in \
            the gold) from wrong ones: ROC AUC and a calibration table by score tenth. Strict \
            recall is also given per gold bead type (1-1, 1-2, 2-1, 1-0, ...).
            """)

    @Argument(help: "Gold bead file or folder.") var gold: String
    @Argument(help: "Test bead file or folder.") var test: String

    func run() throws {
        let scores = try AlignmentEvaluation.evaluate(goldPath: gold, testPath: test)
        let nameWidth = max(5, scores.map(\.name.count).max() ?? 0)
        func row(_ name: String, _ counts: AlignmentCounts) -> String {
            let values = [counts.strict.precision, counts.strict.recall, counts.strict.f1, counts.lax.precision, counts.lax.recall, counts.lax.f1]
            return name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                + values.map { String(format: "%.3f", $0).padding(toLength: 8, withPad: " ", startingAt: 0) }.joined()
        }
        print("".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  strict                  lax")
        print("file".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  P       R       F1      P       R       F1")
        for score in scores { print(row(score.name, score.counts)) }
        if scores.count > 1 {
            print(row("total", scores.map(\.counts).reduce(AlignmentCounts(), +)))
        }
        printTypeRecall(scores.map(\.typeRecall).reduce(BeadTypeRecall(), +))
        let separations = scores.compactMap(\.separation)
        if !separations.isEmpty {
            printSeparation(separations.reduce(ConfidenceSeparation([]), +))
        }
    }

    /// Strict recall per gold bead type over all files: which alignment decisions fail.
    private func printTypeRecall(_ recall: BeadTypeRecall) {
        print("")
        print("strict recall by gold bead type")
        print("type   gold  found  recall")
        for type in recall.types {
            let share = recall.recall(type).map { String(format: "%.3f", $0) } ?? "-"
            print(type.description.padding(toLength: 5, withPad: " ", startingAt: 0)
                + String(format: "%6d %6d", recall.total(type), recall.found(type)) + "  " + share)
        }
    }

    /// AUC of score against correctness, and the share of right beads per score tenth.
    private func printSeparation(_ separation: ConfidenceSeparation) {
        let auc = separation.auc.map { String(format: "%.3f", $0) } ?? "n/a (all beads right or all wrong)"
        print("")
        print("confidence: ROC AUC \(auc) over \(separation.outcomes.count) beads (right = exactly a gold bead)")
        print("score      beads  right  share right")
        for bin in separation.calibration {
            let range = String(format: "%.1f-%.1f", bin.lower, bin.upper)
            let share = bin.correctShare.map { String(format: "%.3f", $0) } ?? "-"
            print(range.padding(toLength: 9, withPad: " ", startingAt: 0)
                + String(format: "%6d %6d", bin.beads, bin.correct) + "  " + share)
        }
    }
}
