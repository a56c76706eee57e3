import Foundation

/// The example shipped in the repository, audited by `bitext audit` with no arguments.
public struct BundledExample: Sendable {
    public var sourcePath: String
    public var targetPath: String
    public var glossaryPath: String
    public var reportFolder: String

    public static let lex459 = BundledExample(
        sourcePath: "Examples/lex-459/en.md",
        targetPath: "Examples/lex-459/zh.md",
        glossaryPath: "Glossaries/ai-semiconductor.csv",
        reportFolder: "Reports/lex-459"
    )

    /// The checkout folder holding the example: the given folder or one of its parents.
    public func locate(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(sourcePath).path) {
                return url.path
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}
