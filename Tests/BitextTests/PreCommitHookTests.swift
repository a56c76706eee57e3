import Foundation
import Testing
@testable import Bitext

/// `Examples/ci/pre-commit` in a real git repository: it checks the staged pairs, as staged,
/// against the glossaries in `Glossaries/`, and stops the commit on a forbidden rendering.
@Suite struct PreCommitHookTests {
    static let gitExists = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")
    static let hook = TestData.repositoryRoot.appendingPathComponent("Examples/ci/pre-commit")

    struct Repository {
        let folder: URL

        @discardableResult
        func git(_ arguments: [String]) throws -> CommandLineTests.Run {
            try Subprocess.run(
                "/usr/bin/git",
                ["-c", "user.name=bitext tests", "-c", "user.email=tests@bitext.invalid", "-c", "commit.gpgsign=false"] + arguments,
                in: folder, environment: ["BITEXT": CommandLineTests.executable.path])
        }

        func write(_ path: String, _ text: String) throws {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    @Test(.enabled(if: gitExists && CheckBatchCommandLineTests.executableExists))
    func theHookChecksStagedPairsOnly() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = Repository(folder: folder)
        try repository.git(["init", "-q"])
        let hooks = folder.appendingPathComponent(".git/hooks/pre-commit")
        try FileManager.default.copyItem(at: Self.hook, to: hooks)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hooks.path)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Glossaries"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestData.repositoryRoot.appendingPathComponent("Glossaries/ai-semiconductor.csv"),
            to: folder.appendingPathComponent("Glossaries/ai-semiconductor.csv"))
        try repository.git(["add", "Glossaries"])
        #expect(try repository.git(["commit", "-q", "-m", "glossary"]).status == 0, "no documents staged, nothing to check")

        for (path, text) in CheckBatchCommandLineTests.files { try repository.write(path, text) }
        try repository.write("docs/en/apps.md", "**Dylan Patel:** Deepsea does this so well.\n")
        try repository.write("docs/zh/apps.md", "**Dylan Patel：** DeepSeek 在这方面做得很好。\n")
        try repository.git(["add", "docs/en/apps.md", "docs/zh/apps.md"])
        let clean = try repository.git(["commit", "-q", "-m", "a correct translation"])
        #expect(clean.status == 0, "the unstaged pairs with errors are not checked: \(clean.output)\(clean.error)")

        try repository.git(["add", "docs/en/cold-war.md", "docs/zh/cold-war.md"])
        let blocked = try repository.git(["commit", "-q", "-m", "deep sea"])
        #expect(blocked.status != 0)
        #expect(blocked.error.contains("docs/zh/cold-war.md:1: error: [forbidden-term]"), "git shows hook output on standard error")
        #expect(!blocked.error.contains("training.md"))

        let fixed = CheckBatchCommandLineTests.files["docs/zh/cold-war.md"]!.replacingOccurrences(of: "深海", with: "DeepSeek ")
        try repository.write("docs/zh/cold-war.md", fixed)
        #expect(try repository.git(["commit", "-q", "-m", "still staged with 深海"]).status != 0, "the staged text counts, not the working tree")
        try repository.git(["add", "docs/zh/cold-war.md"])
        let passed = try repository.git(["commit", "-q", "-m", "DeepSeek"])
        #expect(passed.status == 0, "\(passed.output)\(passed.error)")
    }
}
