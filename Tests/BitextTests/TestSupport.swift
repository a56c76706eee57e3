import Foundation
@testable import Bitext

/// Paths to the real data tests use: the bundled example in this repository, and the
/// project's shared material beside the checkout (`../shared`).
enum TestData {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let shared: URL = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static let englishTranscript = repositoryRoot.appendingPathComponent("Examples/lex-459/en.md")
    static let chineseTranscript = repositoryRoot.appendingPathComponent("Examples/lex-459/zh.md")

    static func fixture(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/BitextTests/Fixtures").appendingPathComponent(name)
    }

    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
