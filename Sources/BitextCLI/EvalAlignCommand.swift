import ArgumentParser
import Bitext

// PLACEHOLDER
struct EvalAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval-align", abstract: "Not yet built.")
    func run() throws { throw ExitCode(2) }
}
