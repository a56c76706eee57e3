import ArgumentParser
import Bitext

struct ChecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checks",
        abstract: "List every check with its id, default severity, summary, options and prerequisites.",
        discussion: "Ids are stable: use them in configuration, suppression comments and CI rules."
    )

    @Flag(help: "Also print each check's passing and failing examples.")
    var examples = false

    func run() throws {
        try Console.write(CheckCatalogue.text(examples: examples))
    }
}
