import ArgumentParser
import Bitext

// PLACEHOLDER
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Not yet built.")
    func run() throws { throw ExitCode(2) }
}
