import ArgumentParser
import Bitext

// PLACEHOLDER
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "glossary", abstract: "Not yet built.")
    func run() throws { throw ExitCode(2) }
}
