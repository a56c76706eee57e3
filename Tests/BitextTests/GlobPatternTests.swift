import Testing
@testable import Bitext

/// The glob matcher behind `--pairs`: what each wildcard matches and captures.
@Suite struct GlobPatternTests {
    @Test func doubleStarMatchesAnyNumberOfFolders() throws {
        let pattern = try GlobPattern("docs/en/**/*.md")
        #expect(pattern.captures(in: "docs/en/intro.md") == ["", "intro"])
        #expect(pattern.captures(in: "docs/en/guide/setup.md") == ["guide", "setup"])
        #expect(pattern.captures(in: "docs/en/guide/cli/check.md") == ["guide/cli", "check"])
        #expect(pattern.root == "docs/en")
        #expect(pattern.wildcards == [.anyFolders, .anyRun])
    }

    @Test func starStaysInsideOneName() throws {
        let pattern = try GlobPattern("docs/*.md")
        #expect(pattern.captures(in: "docs/intro.md") == ["intro"])
        #expect(!pattern.matches("docs/guide/intro.md"))
        #expect(try GlobPattern("*.zh.md").captures(in: "release-notes.zh.md") == ["release-notes"])
    }

    @Test func questionMarkIsExactlyOneCharacter() throws {
        let pattern = try GlobPattern("chapters/ch??.txt")
        #expect(pattern.captures(in: "chapters/ch07.txt") == ["0", "7"])
        #expect(!pattern.matches("chapters/ch7.txt"))
        #expect(!pattern.matches("chapters/ch107.txt"))
    }

    @Test func bracesListTextsAndCaptureTheOneMatched() throws {
        let pattern = try GlobPattern("docs/**/*.{md,mdx}")
        #expect(pattern.captures(in: "docs/a/intro.md") == ["a", "intro", "md"])
        #expect(pattern.captures(in: "docs/intro.mdx") == ["", "intro", "mdx"])
        #expect(!pattern.matches("docs/intro.markdown"))
        #expect(pattern.wildcards == [.anyFolders, .anyRun, .alternatives])
        #expect(pattern.path(filling: ["a", "intro", "mdx"]) == "docs/a/intro.mdx")
        #expect(try GlobPattern("{en,zh}.md").captures(in: "zh.md") == ["zh"])
        #expect(try GlobPattern("a{b}.md").matches("a{b}.md"), "braces without a comma are text, as in shells")
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPattern("*.{md,mdx") }
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPattern("*.{md,*x}") }
    }

    @Test func bracketsMatchOneCharacterOfAClass() throws {
        let pattern = try GlobPattern("chapters/ch[0-9][0-9].txt")
        #expect(pattern.captures(in: "chapters/ch07.txt") == ["0", "7"])
        #expect(!pattern.matches("chapters/chx7.txt"))
        #expect(try GlobPattern("[!_]*.md").matches("intro.md"))
        #expect(!(try GlobPattern("[!_]*.md").matches("_index.md")))
        #expect(try GlobPattern("[]a]b").matches("]b"), "a ] first in the class is a member")
        #expect(!(try GlobPattern("[!x]*.md").matches(".hidden.md")), "classes skip hidden names like other wildcards")
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPattern("ch[0-9.txt") }
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPattern("ch[9-0].txt") }
    }

    @Test func nonMatchingPathsAreNil() throws {
        let pattern = try GlobPattern("docs/en/**/*.md")
        #expect(pattern.captures(in: "docs/zh/intro.md") == nil)
        #expect(pattern.captures(in: "docs/en/intro.txt") == nil)
        #expect(pattern.captures(in: "docs/en") == nil)
        #expect(pattern.captures(in: "other/docs/en/intro.md") == nil)
    }

    @Test func wildcardsSkipHiddenNames() throws {
        #expect(!(try GlobPattern("docs/*.md")).matches("docs/.draft.md"))
        #expect(!(try GlobPattern("docs/**/*.md")).matches("docs/.git/notes.md"))
        #expect(try GlobPattern("docs/.github/*.md").matches("docs/.github/template.md"))
    }

    /// Several wildcards in one name: each takes the shortest text that lets the rest
    /// match, so the captures are unique and rebuild the path.
    @Test func overlappingWildcardsCaptureShortestFirst() throws {
        let pattern = try GlobPattern("notes/*-*.md")
        let captures = try #require(pattern.captures(in: "notes/2025-02-03.md"))
        #expect(captures == ["2025", "02-03"])
        #expect(pattern.path(filling: captures) == "notes/2025-02-03.md")
        let nested = try GlobPattern("**/**/*.md")
        let folders = try #require(nested.captures(in: "a/b/c.md"))
        #expect(folders == ["", "a/b", "c"])
        #expect(nested.path(filling: folders) == "a/b/c.md")
    }

    @Test func capturesFillTheCounterpartPattern() throws {
        let source = try GlobPattern("docs/en/**/*.md")
        let target = try GlobPattern("docs/zh/**/*.md")
        let captures = try #require(source.captures(in: "docs/en/guide/setup.md"))
        #expect(target.path(filling: captures) == "docs/zh/guide/setup.md")
        #expect(target.path(filling: try #require(source.captures(in: "docs/en/top.md"))) == "docs/zh/top.md")
        #expect(target.path(filling: ["too few"]) == nil)
    }

    @Test func rootIsTheLiteralFolderBeforeTheFirstWildcard() throws {
        #expect(try GlobPattern("*.md").root == ".")
        #expect(try GlobPattern("/srv/docs/**/*.md").root == "/srv/docs")
        #expect(try GlobPattern("docs/zh/guide.md").root == "docs/zh")
        #expect(try GlobPattern("docs/*/index.md").root == "docs")
    }

    @Test func malformedPatternsAreRejected() {
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPattern("") }
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPattern("docs/**.md") }
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPattern("docs/**") }
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPattern("docs//*.md") }
    }
}
