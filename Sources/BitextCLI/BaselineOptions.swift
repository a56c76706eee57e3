import ArgumentParser
import Bitext
import Foundation

/// Accepting today's findings so CI fails only on new ones.
struct BaselineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Suppress the findings recorded in this baseline; only new ones count for --fail-on.", valueName: "file"))
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: ArgumentHelp("Record every current finding in this baseline file (and exit 0).", valueName: "file"))
    var writeBaseline: String?

    /// Writes the baseline when asked, applies the baseline when given. Returns whether a
    /// baseline was written (the run then accepts its findings).
    func apply(to report: inout CheckReport, inputs: [String]) throws -> Bool {
        let current = Baseline(findings: report.findings)
        if let baseline {
            report.apply(try Baseline.load(path: baseline), path: baseline)
        }
        guard let writeBaseline else { return false }
        try current.write(to: writeBaseline, inputs: inputs + [baseline].compactMap { $0 })
        Console.warn("bitext: wrote \(writeBaseline): \(current.findingCount) findings")
        return true
    }
}
