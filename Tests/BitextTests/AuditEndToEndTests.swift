import Foundation
import Testing
@testable import Bitext

/// The whole pipeline on the real transcript pair, as `bitext audit` runs it.
@Suite(.serialized) struct AuditEndToEndTests {
    static let glossaryPath = TestData.repositoryRoot.appendingPathComponent("Glossaries/ai-semiconductor.csv").path

    static func auditTranscript() throws -> AuditResult {
        var diagnostics = Diagnostics()
        let options = Auditor.Options(glossary: try GlossaryLoader.load(path: glossaryPath, diagnostics: &diagnostics))
        #expect(diagnostics.items.isEmpty)
        return try Auditor(options: options).audit(
            sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path)
    }

    /// The report's term table reads the matches the glossary checks made; it must be the
    /// table that matching every pair again gives, on the transcript's real terms.
    @Test func theTermTableFromTheChecksMatchesEqualsMatchingAgain() throws {
        let result = try Self.auditTranscript()
        let kept = try #require(result.termMatches)
        #expect(kept.count == result.bitext.pairs.count)
        let fromChecks = TermRenderingTable(bitext: result.bitext, glossary: result.glossary, matches: kept)
        let matchedAgain = TermRenderingTable(bitext: result.bitext, glossary: result.glossary)
        #expect(fromChecks.rows.count > 20)
        #expect(fromChecks.rows == matchedAgain.rows)
        #expect(fromChecks.occurrences == matchedAgain.occurrences)
        let deepSeek = try #require(fromChecks.rows.first { $0.name == "DeepSeek" })
        #expect(deepSeek.renderings.contains { $0.text == "深海" && $0.kind == .forbidden })
    }

    @Test func everySegmentAppearsExactlyOnceInOrder() throws {
        let result = try Self.auditTranscript()
        let source = try #require(result.source)
        let target = try #require(result.target)
        #expect(source.segments.count > 1000 && target.segments.count > 1000)
        let sourceIndices = result.bitext.pairs.flatMap { $0.source.map(\.index) }
        let targetIndices = result.bitext.pairs.flatMap { $0.target.map(\.index) }
        #expect(sourceIndices == Array(0..<source.segments.count))
        #expect(targetIndices == Array(0..<target.segments.count))
        for pair in result.bitext.pairs {
            #expect(!(pair.source.isEmpty && pair.target.isEmpty), "pair \(pair.index) is empty")
        }
    }

    /// The errors a reader of the translation sees, and none where the words are ordinary:
    /// 困惑 for "confused", 骆驼 for a real camel.
    @Test func findsTheTranscriptsRealTermErrors() throws {
        let result = try Self.auditTranscript()
        let forbidden = result.findings.filter { $0.check == "forbidden-term" }
        let found = Set(forbidden.compactMap { finding in finding.term.map { "\($0.source) → \($0.found ?? "")" } })
        for expected in ["DeepSeek → 深海", "DeepSeek → 深度探索", "Llama → 骆驼", "Gemini → 双子座", "Perplexity → 困惑", "SemiAnalysis → 半分析"] {
            #expect(found.contains(expected), "missing \(expected)")
        }
        for finding in forbidden where finding.term?.found == "困惑" {
            #expect(finding.source.text.lowercased().contains("perplexity"))
        }
        let speaker = result.findings.filter { $0.check == "speaker" }
        #expect(speaker.contains { $0.message.contains("“Lex Frdiman” is a misspelling of “Lex Fridman”") })
        #expect(speaker.filter { $0.message.contains("attributes this turn") }.count >= 10)
        let additions = result.findings.filter { $0.check == "addition" }
        #expect(additions.contains { $0.target.line == 1 }, "the translator's preface is an addition")
        // The translator divided a flat transcript into numbered sections and listed them in a
        // table of contents: navigation over the same content, which a reviewer keeps.
        #expect(!additions.contains { $0.message.contains("table of contents") || $0.message.contains("section heading") })
    }

    /// Issue 17 on the whole transcript: the redactions and generic speaker labels a reader
    /// of the translation sees, no false start taken for an omission, and names (not words
    /// the dictionary translates) suggested for the glossary.
    @Test func findsRedactionsAndGenericLabelsWithoutNoise() throws {
        let result = try Self.auditTranscript()
        let redactions = result.findings.filter { $0.check == "redaction" }
        #expect(redactions.count == 7)
        #expect(redactions.allSatisfy { $0.target.text.contains("XXX") && !$0.source.text.contains("XXX") })
        let generic = result.findings.filter { $0.check == "speaker" && $0.message.contains("generic placeholder") }
        #expect(generic.map(\.target.line) == [322, 342, 344, 575])
        #expect(generic.first?.message == "the translation labels this turn “发言人甲”, a generic placeholder, where the source names “Lex Fridman”")
        let omissions = result.findings.filter { $0.check == "omission" }
        #expect(!omissions.contains { OmissionCheck.isFalseStart($0.source.text) })
        #expect(!omissions.contains { $0.source.text.contains("editor: https://") }, "the source file's credit line")
        #expect(!omissions.isEmpty)

        var options = InconsistentTermCheck.Options()
        options.nameSuggestions = .always
        let suggested = InconsistentTermCheck().run(
            on: result.bitext, context: CheckContext(glossary: result.glossary, severity: .warning, options: options)
        ).filter { $0.severity == .info }.compactMap(\.term?.source)
        #expect(suggested.contains("Elon"))
        for word in ["AIs", "PC", "Store", "ARC"] {
            #expect(!suggested.contains(word), "\(word) is a word the dictionary translates")
        }
    }

    @Test func writesTheFourOutputsWithTheJSONContract() throws {
        let result = try Self.auditTranscript()
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_738_540_800), toolVersion: "test")
        let written = try AuditOutputs(directory: folder).write(result, context: context)
        #expect(written.map(\.lastPathComponent) == ["report.html", "alignment.tmx", "alignment.xlf", "findings.json"])
        for url in written {
            let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
            #expect(size > 10_000, "\(url.lastPathComponent) is only \(size) bytes")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("findings.json")))
        let findings = try #require((json as? [String: Any])?["findings"] as? [[String: Any]])
        #expect(findings.count == result.findings.count)
        for finding in findings {
            #expect(finding["check"] is String && finding["message"] is String)
            #expect(["error", "warning", "info"].contains(finding["severity"] as? String))
            for sideName in ["source", "target"] {
                let side = try #require(finding[sideName] as? [String: Any])
                let text = try #require(side["text"] as? String)
                #expect(text.isEmpty == (side["line"] == nil), "line is present exactly when the side has text")
            }
        }
    }

    @Test func refusesToOverwriteAnInput() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("findings.json")
        try Data("keep me".utf8).write(to: input)
        #expect(throws: InputError.self) {
            try OutputFile.write(Data("new".utf8), to: input, inputs: [input.path])
        }
        #expect(try String(contentsOf: input, encoding: .utf8) == "keep me")
    }
}
