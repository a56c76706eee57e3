import Testing
@testable import Bitext

/// `--manifest`: one pair a line, paths relative to the manifest, errors at their line.
@Suite struct PairManifestTests {
    let existing: Set<String> = ["repo/docs/en/a.md", "repo/docs/zh/a.md", "/abs/en.md", "/abs/zh.md"]

    @Test func pairsAreReadRelativeToTheManifest() throws {
        let text = "# source\ttarget\ndocs/en/a.md\tdocs/zh/a.md\r\n\n/abs/en.md\t/abs/zh.md\n"
        let pairs = try PairManifest.parse(text, path: "repo/pairs.tsv", exists: existing.contains)
        #expect(pairs == [
            FilePair(source: "repo/docs/en/a.md", target: "repo/docs/zh/a.md"),
            FilePair(source: "/abs/en.md", target: "/abs/zh.md"),
        ])
    }

    @Test func malformedLinesAndMissingFilesNameTheLine() {
        func error(_ text: String) -> InputError? {
            do {
                _ = try PairManifest.parse(text, path: "repo/pairs.tsv", exists: existing.contains)
                return nil
            } catch { return error as? InputError }
        }
        let noTab = error("docs/en/a.md\tdocs/zh/a.md\ndocs/en/a.md docs/zh/a.md\n")
        #expect(noTab?.description == "repo/pairs.tsv:2: error: expected SOURCE<TAB>TARGET, found no tab")
        let missing = error("# pairs\n\ndocs/en/a.md\tdocs/zh/b.md\n")
        #expect(missing?.description == "repo/pairs.tsv:3: error: no such file: repo/docs/zh/b.md")
        let threeFields = error("docs/en/a.md\tdocs/zh/a.md\textra\n")
        #expect(threeFields?.position.line == 1)
        let empty = error("# nothing yet\n")
        #expect(empty?.description == "repo/pairs.tsv: error: the manifest lists no file pairs")
    }

    @Test func yamlManifestsListSourceAndTargetMappings() throws {
        let text = "# pairs\n- source: docs/en/a.md\n  target: docs/zh/a.md\n- {source: /abs/en.md, target: /abs/zh.md}\n"
        #expect(try PairManifest.parse(text, path: "repo/pairs.yml", exists: existing.contains) == [
            FilePair(source: "repo/docs/en/a.md", target: "repo/docs/zh/a.md"),
            FilePair(source: "/abs/en.md", target: "/abs/zh.md"),
        ])
    }

    @Test func yamlManifestErrorsNameTheLine() {
        func error(_ text: String) -> InputError? {
            do {
                _ = try PairManifest.parse(text, path: "pairs.yaml", exists: { _ in true })
                return nil
            } catch { return error as? InputError }
        }
        let halfPair = error("- source: a.md\n  target: b.md\n- source: c.md\n")
        #expect(halfPair?.position.line == 3)
        #expect(halfPair?.message.contains("both `source` and `target`") == true)
        #expect(error("- {source: a.md, target: b.md, reviewer: lin}\n")?.message.contains("“reviewer”") == true)
        #expect(error("source: a.md\ntarget: b.md\n")?.message.contains("must be a list") == true)
        let broken = error("- source: a.md\n  target: [b.md\n")
        #expect(broken?.position.file == "pairs.yaml")
        #expect(broken?.position.line != nil)
    }
}
