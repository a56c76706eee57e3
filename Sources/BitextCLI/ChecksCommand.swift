import ArgumentParser
import Bitext

// PLACEHOLDER
struct ChecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "checks", abstract: "Not yet built.")
    func run() throws { throw ExitCode(2) }
}
