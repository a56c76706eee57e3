import Foundation
import Testing
@testable import Bitext

/// `bitext check` in CI: batch mode and baselines through the built executable, on a small
/// docs tree of real transcript sentences and their machine translation, checked against
/// the shipped glossary (DeepSeek misheard as "deep sea" and rendered 深海).
@Suite struct CheckBatchCommandLineTests {
    static let executableExists = FileManager.default.fileExists(atPath: CommandLineTests.executable.path)
    static let glossary = TestData.repositoryRoot.appendingPathComponent("Glossaries/ai-semiconductor.csv").path
    static let pattern = "docs/en/*.md:docs/zh/*.md"

    static let files: [String: String] = [
        "docs/en/training.md": """
            **Dylan Patel:** But Deep seq's implementation is so complex, right? Especially with their mixture of experts. People have done mixture of experts, but they're generally 8, 16 experts.

            **Nathan Lambert:** And one of the innovations in Deep seq's architecture is that they change the routing mechanism. And this type of change can be big, it can be small, but they add up over time.

            """,
        "docs/zh/training.md": """
            **Dylan Patel：** 但是 DeepSeek 的实现太复杂了，对吧？尤其是他们的专家组合。人们已经做了专家的混合，但他们通常是 8，16 个专家。

            **Nathan Lambert：** DeepSeek 架构的创新之一是他们改变了路由机制。这种变化可能很大，也可能很小，但随着时间的推移，它们会累积起来。

            """,
        "docs/en/cold-war.md": """
            **Lex Fridman:** So it's possible that this deep sea moment is truly the beginning of a cold war.

            **Nathan Lambert:** Yeah, so if you're looking at the screen here, what you'll see is a screenshot of the Deepsea Chat app.

            **Dylan Patel:** Deepsea does this so well.

            """,
        "docs/zh/cold-war.md": """
            **Lex Fridman：** 因此，这个深海时刻可能真的是冷战的开始。

            **Nathan Lambert：** 是的，如果你看这里的屏幕，你会看到一个深海聊天应用程序的屏幕截图。

            **Dylan Patel：** 深海在这方面做得很好。

            """,
    ]

    static func writeTree() throws -> URL {
        let folder = try TestData.temporaryDirectory()
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    func check(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> CommandLineTests.Run {
        try CommandLineTests().bitext(["check", "--pairs", Self.pattern, "-g", Self.glossary] + arguments, in: folder, environment: environment)
    }

    static func findings(_ run: CommandLineTests.Run) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        return try #require(object?["findings"] as? [[String: Any]])
    }

    @Test(.enabled(if: executableExists))
    func batchExitCodesFollowFailOn() throws {
        let folder = try Self.writeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let failing = try check([], in: folder)
        #expect(failing.status == 1)
        #expect(failing.output.contains("docs/zh/cold-war.md:1: error: [forbidden-term]"))
        #expect(failing.output.contains("checked 2 file pairs:"))
        #expect(try check(["--fail-on", "never"], in: folder).status == 0)

        try "checks:\n  forbidden-term: warning\n".write(to: folder.appendingPathComponent(".bitext.yml"), atomically: true, encoding: .utf8)
        #expect(try check(["--fail-on", "error"], in: folder).status == 0, "the project made forbidden renderings warnings")
        #expect(try check(["--fail-on", "warning"], in: folder).status == 1)

        try FileManager.default.removeItem(at: folder.appendingPathComponent("docs/zh/training.md"))
        let halfTranslated = try check(["--fail-on", "info"], in: folder)
        #expect(halfTranslated.status == 1)
        #expect(halfTranslated.output.contains("docs/en/training.md: warning: source has no translation: expected docs/zh/training.md"))
        #expect(halfTranslated.output.contains("checked 1 file pair:"))

        let nothing = try CommandLineTests().bitext(["check", "--pairs", "docs/fr/*.md:docs/zh/*.md"], in: folder)
        #expect(nothing.status == 2)
        #expect(nothing.error.contains("docs/fr/*.md"))
        let malformed = try CommandLineTests().bitext(["check", "--pairs", "docs/en/**/*.md:docs/zh/*.md"], in: folder)
        #expect(malformed.status == 2)
        let both = try CommandLineTests().bitext(["check", "a.md", "b.md", "--pairs", Self.pattern], in: folder)
        #expect(both.status == 2)
    }

    @Test(.enabled(if: executableExists))
    func unreadablePairsExitTwoNamingTheFile() throws {
        let folder = try Self.writeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]).write(to: folder.appendingPathComponent("docs/zh/training.md"))
        let run = try check([], in: folder)
        #expect(run.status == 2)
        #expect(run.output.contains("docs/zh/training.md:1: error: has a NUL byte"), "the text report names the unreadable file")

        // The readable pair is still checked and reported: its 深海 errors are not lost.
        let json = try check(["--format", "json"], in: folder)
        #expect(json.status == 2)
        let files = Set(try Self.findings(json).compactMap { ($0["target"] as? [String: Any])?["file"] as? String })
        #expect(files == ["docs/zh/cold-war.md"])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["level"] as? String == "error" && $0["file"] as? String == "docs/zh/training.md" })

        // A baseline written now would lack the unreadable pair's findings: refused.
        let baseline = try check(["--write-baseline", "baseline.json"], in: folder)
        #expect(baseline.status == 2)
        #expect(baseline.error.contains("no baseline written"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("baseline.json").path))
    }

    @Test(.enabled(if: executableExists))
    func manifestPairsAreCheckedAndItsErrorsNameTheLine() throws {
        let folder = try Self.writeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("pairs.tsv")
        try "# source\ttarget\ndocs/en/cold-war.md\tdocs/zh/cold-war.md\n".write(to: manifest, atomically: true, encoding: .utf8)
        let run = try CommandLineTests().bitext(["check", "--manifest", "pairs.tsv", "-g", Self.glossary, "--format", "json"], in: folder)
        #expect(run.status == 1)
        let files = Set(try Self.findings(run).compactMap { ($0["target"] as? [String: Any])?["file"] as? String })
        #expect(files == ["docs/zh/cold-war.md"])

        try "docs/en/cold-war.md\tdocs/zh/cold-war.md\ndocs/en/missing.md\tdocs/zh/cold-war.md\n".write(to: manifest, atomically: true, encoding: .utf8)
        let broken = try CommandLineTests().bitext(["check", "--manifest", "pairs.tsv"], in: folder)
        #expect(broken.status == 2)
        #expect(broken.error.contains("pairs.tsv:2:"))
        #expect(broken.error.contains("docs/en/missing.md"))
    }

    @Test(.enabled(if: executableExists))
    func oneAndTwoJobsPrintTheSameJSON() throws {
        let folder = try Self.writeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let epoch = ["SOURCE_DATE_EPOCH": "1738540800"]
        let one = try check(["--format", "json", "--jobs", "1"], in: folder, environment: epoch)
        let two = try check(["--format", "json", "--jobs", "2"], in: folder, environment: epoch)
        #expect(one.status == 1)
        #expect(one.output == two.output)
        #expect(!one.error.contains("file pairs"), "no progress bar when standard error is not a terminal")
        #expect(one.output.contains("\"generatedAt\" : \"2025-02-03T00:00:00Z\""))
    }

    /// The scenario: record today's findings, pass; add one forbidden rendering,
    /// fail on it alone; move text around, still pass.
    @Test(.enabled(if: executableExists))
    func baselineSuppressesKnownFindingsAndReportsOnlyNewOnes() throws {
        let folder = try Self.writeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try check(["--format", "json"], in: folder)
        let knownCount = try Self.findings(before).count
        #expect(before.status == 1 && knownCount >= 3)

        let written = try check(["--write-baseline", "bitext-baseline.json"], in: folder)
        #expect(written.status == 0)
        #expect(written.error.contains("wrote bitext-baseline.json: \(knownCount) findings"))
        let baselineText = try String(contentsOf: folder.appendingPathComponent("bitext-baseline.json"), encoding: .utf8)
        #expect(baselineText.contains("\"version\" : \(Baseline.formatVersion)"))
        #expect(baselineText.contains("docs/zh/cold-war.md"))

        let clean = try check(["--baseline", "bitext-baseline.json"], in: folder)
        #expect(clean.status == 0)
        #expect(clean.output.contains("\(knownCount) findings suppressed by the baseline bitext-baseline.json"))

        let training = folder.appendingPathComponent("docs/zh/training.md")
        let original = try String(contentsOf: training, encoding: .utf8)
        try original.replacingOccurrences(of: "但是 DeepSeek 的实现", with: "但是深海的实现").write(to: training, atomically: true, encoding: .utf8)
        let edited = try check(["--baseline", "bitext-baseline.json", "--format", "json"], in: folder)
        #expect(edited.status == 1)
        let new = try Self.findings(edited)
        let errors = new.filter { $0["severity"] as? String == "error" }
        #expect(errors.count == 1)
        #expect(errors.first?["check"] as? String == "forbidden-term")
        #expect((errors.first?["target"] as? [String: Any])?["line"] as? Int == 1)
        #expect(new.allSatisfy { ($0["target"] as? [String: Any])?["file"] as? String == "docs/zh/training.md" })

        try original.write(to: training, atomically: true, encoding: .utf8)
        for language in ["en", "zh"] {
            let url = folder.appendingPathComponent("docs/\(language)/cold-war.md")
            let paragraphs = try String(contentsOf: url, encoding: .utf8).split(separator: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
            try ("\n\n\n" + paragraphs.reversed().joined(separator: "\n\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let moved = try check(["--baseline", "bitext-baseline.json"], in: folder)
        #expect(moved.status == 0, "\(moved.output)")
    }

    @Test(.enabled(if: executableExists))
    func aBrokenBaselineExitsTwoNamingFileAndLine() throws {
        let folder = try Self.writeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{\n  \"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": \"ab\" \"count\": 1}\n  ]\n}\n"
            .write(to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let broken = try check(["--baseline", "broken.json"], in: folder)
        #expect(broken.status == 2)
        #expect(broken.error.contains("broken.json:4:"))
        let missing = try check(["--baseline", "nowhere.json"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.error.contains("nowhere.json"))
    }
}
