import Foundation
import Testing
@testable import Bitext

/// Paths to the real data tests use: the bundled example in this repository, and the
/// project's shared material beside the checkout (`../shared`).
enum TestData {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the checkout, or the folder `BITEXT_SHARED` names (a folder that
    /// does not exist shows what a fresh clone elsewhere skips).
    static let shared: URL = ProcessInfo.processInfo.environment["BITEXT_SHARED"].map { URL(fileURLWithPath: $0) }
        ?? repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether the shared material is there. In CI (`CI` set) tests never skip for want of
    /// it: they run, and fail if it is missing.
    static let sharedIsAvailable = FileManager.default.fileExists(atPath: shared.appendingPathComponent("README.md").path)
        || ProcessInfo.processInfo.environment["CI"] != nil

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

extension Trait where Self == ConditionTrait {
    /// For tests that read `../shared`: skipped, with the reason shown, where it is absent.
    static var needsSharedData: Self {
        .enabled(if: TestData.sharedIsAvailable, "../shared (the project's real data, see its README) is not beside the checkout")
    }
}

/// The scripts Chinese is written in. Tests written in Simplified also run on the Traditional
/// form of their Chinese, converted by OpenCC's `s2t` (script only: `s2twp` would also swap
/// vocabulary, which is not what these tests are about).
enum ChineseScript: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case simplified, traditional

    var testDescription: String { rawValue }

    /// `text` in this script; English and other scripts pass through unchanged.
    func write(_ text: String) -> String {
        guard self == .traditional else { return text }
        guard let converter = ChineseScriptConverter.toTraditional else {
            Issue.record("OpenCC's s2t data is missing: the Traditional variant cannot be written")
            return text
        }
        return converter.convert(text)
    }
}
