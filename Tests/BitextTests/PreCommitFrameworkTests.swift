import Foundation
import Testing
@testable import Bitext

/// `.pre-commit-hooks.yaml` with the real `pre-commit` tool (PyPI, installed by
/// `Scripts/test`) on a small docs repository: `pre-commit try-repo` runs the hook from this
/// checkout, and a commit with a forbidden rendering is stopped with the finding printed.
@Suite(.serialized) struct PreCommitFrameworkTests {
    static let preCommitExists = (try? Subprocess.run("pre-commit", ["--version"]).status == 0) ?? false
    static let inCI = ProcessInfo.processInfo.environment["CI"] != nil

    /// A docs repository whose .bitext.yml names its pairs and glossary; the translation
    /// renders DeepSeek as 深海, which the glossary forbids.
    static func docsRepository() throws -> PreCommitHookTests.Repository {
        let repository = PreCommitHookTests.Repository(folder: try TestData.temporaryDirectory())
        try repository.git(["init", "-q"])
        try repository.write("docs/en/intro.md", "So I used the DeepSeek moment as an opportunity.\n")
        try repository.write("docs/zh/intro.md", "因此，我利用了这个深海时刻作为一个机会。\n")
        try repository.write("terms.csv", "source,target,forbidden,note\nDeepSeek,DeepSeek,深海,company\n")
        try repository.write(".bitext.yml", "pairs: ['docs/en/*.md:docs/zh/*.md']\nglossaries: [terms.csv]\n")
        try repository.git(["add", "-A"])
        return repository
    }

    /// The environment the hook runs in: this build's bitext first on PATH, pre-commit's
    /// cache in the repository's folder.
    static func environment(_ repository: PreCommitHookTests.Repository) -> [String: String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return [
            "PATH": CommandLineTests.executable.deletingLastPathComponent().path + ":" + path,
            "PRE_COMMIT_HOME": repository.folder.appendingPathComponent(".cache").path,
        ]
    }

    @Test(.enabled(if: preCommitExists || inCI, "the pre-commit tool is not installed (Scripts/test installs it)"))
    func tryRepoRunsTheHookAndAForbiddenTermFailsIt() throws {
        let repository = try Self.docsRepository()
        defer { try? FileManager.default.removeItem(at: repository.folder) }
        let arguments = ["try-repo", TestData.repositoryRoot.path, "bitext", "--files", "docs/zh/intro.md"]
        let failing = try Subprocess.run("pre-commit", arguments, in: repository.folder, environment: Self.environment(repository))
        #expect(failing.status == 1, "\(failing.output)\(failing.error)")
        #expect(failing.output.contains("docs/zh/intro.md:1: error: [forbidden-term]"), "\(failing.output)")

        try repository.write("docs/zh/intro.md", "因此，我利用了这个 DeepSeek 时刻作为一个机会。\n")
        try repository.git(["add", "-A"])
        let passing = try Subprocess.run("pre-commit", arguments, in: repository.folder, environment: Self.environment(repository))
        #expect(passing.status == 0, "\(passing.output)\(passing.error)")
    }

    /// Installed from a commit of this repository, as a docs team pins it (`rev:`); needs
    /// `.pre-commit-hooks.yaml` in that commit.
    @Test(.enabled(if: preCommitExists || inCI, "the pre-commit tool is not installed (Scripts/test installs it)"))
    func anInstalledHookStopsACommitWithAForbiddenTerm() throws {
        let head = try Subprocess.run("/usr/bin/git", ["rev-parse", "HEAD"], in: TestData.repositoryRoot).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let committed = try Subprocess.run("/usr/bin/git", ["cat-file", "-e", "HEAD:.pre-commit-hooks.yaml"], in: TestData.repositoryRoot)
        try #require(committed.status == 0, ".pre-commit-hooks.yaml is not committed yet")
        let repository = try Self.docsRepository()
        defer { try? FileManager.default.removeItem(at: repository.folder) }
        try repository.write(".pre-commit-config.yaml", """
            repos:
              - repo: \(TestData.repositoryRoot.path)
                rev: \(head)
                hooks:
                  - id: bitext

            """)
        try repository.git(["add", "-A"])
        let install = try Subprocess.run("pre-commit", ["install"], in: repository.folder, environment: Self.environment(repository))
        #expect(install.status == 0, "\(install.error)")
        let commit = try Subprocess.run(
            "/usr/bin/git",
            ["-c", "user.name=bitext tests", "-c", "user.email=tests@bitext.invalid", "commit", "-q", "-m", "Translate the intro"],
            in: repository.folder, environment: Self.environment(repository))
        #expect(commit.status != 0)
        #expect((commit.output + commit.error).contains("[forbidden-term]"), "\(commit.output)\(commit.error)")
        #expect(try repository.git(["rev-parse", "--verify", "-q", "HEAD"]).status != 0, "no commit was made")
    }
}
