import ArgumentParser
import Bitext

// PLACEHOLDER
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Not yet built.")
    func run() throws { throw ExitCode(2) }
}
