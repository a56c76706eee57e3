import Foundation
import Testing
@testable import Bitext

/// `--pairs SOURCE:TARGET`: which files pair, and what is said about the ones that do not.
@Suite struct GlobPairingTests {
    @Test func filesPairWhenTheirWildcardsMatchTheSameText() throws {
        let pairing = try GlobPairing(argument: "docs/en/**/*.md:docs/zh/**/*.md")
        var diagnostics = Diagnostics()
        let pairs = pairing.pairs(
            sourceFiles: ["docs/en/guide/setup.md", "docs/en/intro.md", "docs/en/new.md"],
            targetFiles: ["docs/zh/intro.md", "docs/zh/guide/setup.md", "docs/zh/old.md"],
            diagnostics: &diagnostics)
        #expect(pairs == [
            FilePair(source: "docs/en/guide/setup.md", target: "docs/zh/guide/setup.md"),
            FilePair(source: "docs/en/intro.md", target: "docs/zh/intro.md"),
        ])
        let messages = diagnostics.items.map(\.description)
        #expect(messages == [
            "docs/en/new.md: warning: source has no translation: expected docs/zh/new.md (from 'docs/zh/**/*.md')",
            "docs/zh/old.md: warning: translation has no source: expected docs/en/old.md (from 'docs/en/**/*.md')",
        ])
    }

    @Test func bracesPairEachExtensionWithItsOwn() throws {
        let pairing = try GlobPairing(argument: "en/**/*.{md,mdx}:zh/**/*.{md,mdx}")
        var diagnostics = Diagnostics()
        let pairs = pairing.pairs(
            sourceFiles: ["en/a.md", "en/b.mdx", "en/c.txt"], targetFiles: ["zh/a.md", "zh/b.mdx", "zh/b.md"], diagnostics: &diagnostics)
        #expect(pairs == [FilePair(source: "en/a.md", target: "zh/a.md"), FilePair(source: "en/b.mdx", target: "zh/b.mdx")])
        #expect(diagnostics.items.map(\.file) == ["zh/b.md"])
    }

    @Test func differentNamesPairThroughTheirCaptures() throws {
        let pairing = try GlobPairing(argument: "book/*.md:book/*.zh.md")
        var diagnostics = Diagnostics()
        let pairs = pairing.pairs(
            sourceFiles: ["book/one.md", "book/one.zh.md", "book/two.md"],
            targetFiles: ["book/one.zh.md"], diagnostics: &diagnostics)
        #expect(pairs == [FilePair(source: "book/one.md", target: "book/one.zh.md")])
        #expect(diagnostics.items.map(\.file) == ["book/two.md"], "one.zh.md is a target, not a source without translation")
    }

    /// Translations inside the source tree: files both patterns match are targets.
    @Test func overlappingPatternsTreatSharedFilesAsTargets() throws {
        let pairing = try GlobPairing(argument: "docs/**/*.md:docs/zh/**/*.md")
        var diagnostics = Diagnostics()
        let pairs = pairing.pairs(
            sourceFiles: ["docs/a.md", "docs/guide/b.md", "docs/zh/a.md", "docs/zh/guide/b.md"],
            targetFiles: ["docs/zh/a.md", "docs/zh/guide/b.md"], diagnostics: &diagnostics)
        #expect(pairs == [
            FilePair(source: "docs/a.md", target: "docs/zh/a.md"),
            FilePair(source: "docs/guide/b.md", target: "docs/zh/guide/b.md"),
        ])
        #expect(diagnostics.items.isEmpty)
    }

    @Test func patternsWithDifferentWildcardsCannotPair() {
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPairing(argument: "docs/en/**/*.md:docs/zh/*.md") }
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPairing(argument: "docs/en/*.md") }
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPairing(argument: "a/*.md:b/*.md:c/*.md") }
    }

    @Test func filesOnDiskAreFoundAndPaired() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = ["docs/en/a.md", "docs/en/guide/b.md", "docs/en/.hidden.md", "docs/en/c.md", "docs/zh/a.md", "docs/zh/guide/b.md", "docs/zh/d.md"]
        for file in files {
            let url = folder.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("text\n".utf8).write(to: url)
        }
        let root = folder.path
        let pairing = try GlobPairing(argument: "\(root)/docs/en/**/*.md:\(root)/docs/zh/**/*.md")
        #expect(try FileSearch.files(matching: pairing.source) == ["\(root)/docs/en/a.md", "\(root)/docs/en/c.md", "\(root)/docs/en/guide/b.md"])
        var diagnostics = Diagnostics()
        let pairs = try pairing.pairsOnDisk(diagnostics: &diagnostics)
        #expect(pairs.map(\.target) == ["\(root)/docs/zh/a.md", "\(root)/docs/zh/guide/b.md"])
        #expect(diagnostics.items.map(\.file) == ["\(root)/docs/en/c.md", "\(root)/docs/zh/d.md"])

        let nothing = try GlobPairing(argument: "\(root)/docs/fr/**/*.md:\(root)/docs/zh/**/*.md")
        #expect(throws: InputError.self) { try nothing.pairsOnDisk(diagnostics: &diagnostics) }
    }
}
