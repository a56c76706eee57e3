import ArgumentParser
import Bitext

// PLACEHOLDER
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "align", abstract: "Not yet built.")
    func run() throws { throw ExitCode(2) }
}
