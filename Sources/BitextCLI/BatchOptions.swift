import ArgumentParser
import Bitext
import Foundation

/// `check` on many file pairs at once: glob patterns or a manifest, audited in parallel.
struct BatchOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Check every pair of files two glob patterns match, e.g. 'docs/en/**/*.md:docs/zh/**/*.md' "
                + "(files pair when the wildcards match the same text). Repeat for several trees.",
            valueName: "source:target"))
    var pairs: [String] = []

    @Option(help: ArgumentHelp("Check the file pairs listed in this file: one `source<TAB>target` a line, or a YAML list of {source, target} (.yml).", valueName: "file"))
    var manifest: String?

    @Option(help: ArgumentHelp("How many file pairs to check at the same time (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    var isActive: Bool { !pairs.isEmpty || manifest != nil }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
        for argument in pairs {
            do {
                _ = try GlobPairing(argument: argument)
            } catch let error as GlobPattern.SyntaxError {
                throw ValidationError("--pairs: \(error)")
            }
        }
    }

    /// The pairs to check, in order (patterns first, then the manifest), each once.
    func filePairs(diagnostics: inout Diagnostics) throws -> [FilePair] {
        var found: [FilePair] = []
        for argument in pairs {
            found += try GlobPairing(argument: argument).pairsOnDisk(diagnostics: &diagnostics)
        }
        if let manifest {
            found += try PairManifest.read(path: manifest)
        }
        var seen: Set<FilePair> = []
        return found.filter { seen.insert($0).inserted }
    }
}
