/// The catalogue `bitext checks` prints, from the checks' own declarations: id, default
/// severity and summary, then each option (type, default, what it does), the checks whose
/// findings make this one skip a pair, the software-string pairs it leaves alone
/// (`CheckExemptions`), and optionally the examples the test suite runs.
public enum CheckCatalogue {
    public static func text(of checks: [any Check.Type] = CheckRegistry.all, examples: Bool = false) -> String {
        let width = checks.map { $0.description.id.count }.max() ?? 0
        let indent = String(repeating: " ", count: width + 11)
        var output = ""
        for check in checks {
            let description = check.description
            let id = description.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = description.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            output += "\(id)  \(severity)  \(description.summary)\n"
            for option in description.options.options {
                output += "\(indent)option \(option.key): \(option.type) (default \(option.defaultValue)): \(option.summary)\n"
            }
            if !description.prerequisites.isEmpty {
                output += "\(indent)skips pairs that have a finding of: \(description.prerequisites.joined(separator: ", "))\n"
            }
            let exemptions = CheckExemptions.Kind.allCases.filter(CheckExemptions.kinds(skippedBy: description.id).contains)
            if !exemptions.isEmpty {
                output += "\(indent)skips \(exemptions.map(\.rawValue).joined(separator: ", and "))\n"
            }
            if examples {
                for example in description.passingExamples {
                    output += "    ok:   \(example.source)  ⇒  \(example.target)\(unitNote(example))\n"
                }
                for example in description.failingExamples {
                    output += "    flag: \(example.source)  ⇒  \(example.target)\(unitNote(example))\n"
                }
            }
        }
        return output
    }

    /// The unit attributes an example's pairs are read with, as XLIFF writes them.
    private static func unitNote(_ example: CheckExample) -> String {
        guard !example.unitAttributes.isEmpty else { return "" }
        return "  (unit " + example.unitAttributes.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: " ") + ")"
    }
}
