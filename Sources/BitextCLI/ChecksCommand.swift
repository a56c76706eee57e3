import ArgumentParser
import Bitext

struct ChecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checks",
        abstract: "List every check with its id, default severity and summary.",
        discussion: "Ids are stable: use them in configuration, suppression comments and CI rules."
    )

    @Flag(help: "Also print each check's passing and failing examples.")
    var examples = false

    func run() throws {
        let width = CheckRegistry.all.map { $0.description.id.count }.max() ?? 0
        var output = ""
        for check in CheckRegistry.all {
            let description = check.description
            let id = description.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = description.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            output += "\(id)  \(severity)  \(description.summary)\n"
            if examples {
                for example in description.passingExamples {
                    output += "    ok:   \(example.source)  ⇒  \(example.target)\n"
                }
                for example in description.failingExamples {
                    output += "    flag: \(example.source)  ⇒  \(example.target)\n"
                }
            }
        }
        try Console.write(output)
    }
}
