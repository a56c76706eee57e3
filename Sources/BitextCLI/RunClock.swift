import Bitext
import Foundation

extension OutputContext {
    /// The context of this run: now, or `SOURCE_DATE_EPOCH` (seconds since 1970) when set,
    /// the reproducible-builds convention, so CI can compare reports byte for byte.
    static func forThisRun(environment: [String: String] = ProcessInfo.processInfo.environment) -> OutputContext {
        let now = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
        return OutputContext(generatedAt: now, workingDirectory: FileManager.default.currentDirectoryPath)
    }
}
