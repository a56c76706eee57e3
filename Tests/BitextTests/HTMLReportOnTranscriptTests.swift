import Foundation
import Testing
@testable import Bitext

/// The report's term table, spans and page data on the real audit of the transcript.
@Suite(.serialized) struct HTMLReportOnTranscriptTests {
    /// Forbidden-term findings count each wrong rendering once per pair and term-missing
    /// findings each aligned pair without a rendering; the table counts pairs from its own
    /// matching, so the two must agree term by term.
    @Test func termTableAgreesWithTheGlossaryFindingsAndTheSpansPointAtTheText() throws {
        let result = try AuditEndToEndTests.auditTranscript()
        let table = TermRenderingTable(bitext: result.bitext, glossary: result.glossary)

        var forbidden: [String: [String: Int]] = [:]
        var missing: [String: Int] = [:]
        for finding in result.findings {
            guard let term = finding.term else { continue }
            if finding.check == "forbidden-term", let found = term.found {
                forbidden[term.source, default: [:]][found, default: 0] += 1
            }
            if finding.check == "term-missing" { missing[term.source, default: 0] += 1 }
        }
        #expect(!forbidden.isEmpty && !missing.isEmpty)
        for row in table.rows {
            let tableForbidden = Dictionary(
                uniqueKeysWithValues: row.renderings.filter { $0.kind == .forbidden }.map { ($0.text, $0.pairs) })
            #expect(tableForbidden == (forbidden[row.name] ?? [:]), "forbidden renderings of \(row.name)")
            #expect(row.missing == (missing[row.name] ?? 0), "pairs without a rendering of \(row.name)")
        }
        #expect(Set(table.rows.filter { $0.forbiddenPairs > 0 }.map(\.name)) == Set(forbidden.keys))

        let deepSeek = try #require(table.rows.first { $0.name == "DeepSeek" })
        #expect(deepSeek.renderings.contains { $0.text == "深海" && $0.kind == .forbidden })
        #expect(deepSeek.renderings.contains { $0.text == "DeepSeek" && $0.kind == .accepted })
        #expect(deepSeek.isInconsistent)
        // Rows with forbidden renderings come first.
        let firstClean = table.rows.firstIndex { $0.forbiddenPairs == 0 } ?? table.rows.count
        #expect(table.rows[firstClean...].allSatisfy { $0.forbiddenPairs == 0 })

        // Every span lies in its side's text; a forbidden rendering's span is the rendering.
        for finding in result.findings {
            for side in [finding.source, finding.target] {
                for span in side.spans ?? [] {
                    #expect(span.start >= 0 && span.start < span.end && span.end <= side.text.utf16.count)
                }
            }
            if finding.check == "forbidden-term", let found = finding.term?.found {
                let spans = try #require(finding.target.spans, "no span for \(found)")
                for span in spans {
                    #expect(Self.text(of: span, in: finding.target.text) == found)
                }
            }
        }
        // Term occurrences name real text: the English side holds the term as matched.
        for (index, occurrences) in table.occurrences.enumerated() {
            let pair = result.bitext.pairs[index]
            for occurrence in occurrences.source {
                #expect(occurrence.span.end <= pair.sourceText.utf16.count)
            }
            for occurrence in occurrences.target where occurrence.kind == .forbidden {
                let text = Self.text(of: occurrence.span, in: pair.targetText)
                #expect(result.glossary.terms[occurrence.term].forbidden.contains(text), "\(text) in pair \(index)")
            }
        }

        let html = String(decoding: try HTMLReporter().render(result, context: ExportSample.context), as: UTF8.self)
        #expect(html.contains("<span class=\"r forbidden\" title=\"forbidden rendering\">深海 <b>\(forbidden["DeepSeek"]?["深海"] ?? -1)</b></span>"))
        let pairFindings = result.findings.filter { $0.pair != nil }
        #expect(html.components(separatedBy: "<li class=\"f ").count - 1 == pairFindings.count)
        let data = try Self.pageData(in: html)
        #expect(data["pairs"] as? Int == result.bitext.pairs.count)
        #expect((data["findings"] as? [[Int]])?.count == pairFindings.count)
        #expect((data["terms"] as? [String]) == table.rows.map(\.name))
    }

    static func text(of span: Finding.Span, in text: String) -> String {
        let units = Array(text.utf16)[span.start..<span.end]
        return String(decoding: units, as: UTF16.self)
    }

    static func pageData(in html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"report-data\">")).upperBound
        let end = try #require(html.range(of: "</script>", range: start..<html.endIndex)).lowerBound
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as? [String: Any])
    }
}

/// The checks that know where a problem is say so, in UTF-16 offsets of the side's text.
@Suite struct FindingSpanTests {
    func findings(_ check: some Check, _ source: String, _ target: String, glossary: [GlossaryTerm] = []) -> [Finding] {
        let example = CheckExample(source, target, glossary: glossary)
        return check.run(on: example.bitext(), context: CheckContext(glossary: Glossary(terms: glossary), severity: .warning))
    }

    func marked(_ side: Finding.Side) -> [String] {
        (side.spans ?? []).map { HTMLReportOnTranscriptTests.text(of: $0, in: side.text) }
    }

    @Test func forbiddenRenderingAndItsSourceTerm() throws {
        let result = findings(ForbiddenTermCheck(), "And then between the Deep Sea custom license and the LLAMA license.",
                              "然后在深海海关许可证和骆驼许可证之间。", glossary: ForbiddenTermCheck.examples + TermMissingCheck.examples)
        let llama = try #require(result.first { $0.term?.source == "Llama" })
        #expect(marked(llama.target) == ["骆驼"])
        #expect(marked(llama.source) == ["LLAMA"])
    }

    @Test func missingTermMarksTheSourceOnly() throws {
        let result = findings(TermMissingCheck(), "Everyone uses NCCL for communication.", "每个人都用它来通信。",
                              glossary: TermMissingCheck.examples)
        let finding = try #require(result.first)
        #expect(marked(finding.source) == ["NCCL"])
        #expect(finding.target.spans == nil)
    }

    @Test func numbersMarkTheNumberOnBothSidesNotInsideOtherNumbers() throws {
        let result = findings(NumbersCheck(), "They have 50,000 GPUs and 5 racks.", "他们拥有 5000 个 GPU 和 5 个机架。")
        let finding = try #require(result.first)
        #expect(marked(finding.source) == ["50,000"])
        #expect(marked(finding.target) == ["5000"])
    }

    @Test func spacingRepeatsAndPunctuationMarkTheirCharacters() throws {
        let spacing = try #require(findings(CJKSpacingCheck(), "Dylan runs SemiAnalysis.", "Dylan经营着SemiAnalysis。").first)
        #expect(marked(spacing.target) == ["n经", "着S"])
        let repeated = try #require(findings(RepeatedWordCheck(), "He explained the model.", "他解释了这个模型的的细节。").first)
        #expect(marked(repeated.target) == ["的的"])
        let english = try #require(findings(RepeatedWordCheck(), "他们都受到专家的高度尊重。", "They are respected by the the experts.").first)
        #expect(marked(english.target) == ["the the"])
        let punctuation = findings(PunctuationCheck(), "It is open weights, so anyone can use it?", "它是开放权重的,所以任何人都可以使用它“。")
        #expect(punctuation.map { marked($0.target) } .contains(["“"]))
        #expect(punctuation.map { marked($0.target) } .contains([","]))
        #expect(punctuation.map { marked($0.source) } .contains(["?"]))
    }

    @Test func untranslatedMarksTheRunStillInTheSourceLanguage() throws {
        let mixed = try #require(findings(UntranslatedCheck(), "It only shows a summary of the reasoning.", "It only shows a summary of the reasoning 摘要。").first)
        #expect(marked(mixed.target) == ["It only shows a summary of the reasoning"])
        let copy = try #require(findings(UntranslatedCheck(), "They will continue to shift the cost curve.", "They will continue to shift the cost curve.").first)
        #expect(marked(copy.target) == ["They will continue to shift the cost curve"])
    }

    @Test func spansRoundTripThroughTheJSONContractAndAreAbsentWhenUnknown() throws {
        let finding = try #require(findings(RepeatedWordCheck(), "He explained the model.", "他解释了这个模型的的细节。").first)
        let json = String(decoding: try JSONEncoder().encode(finding), as: UTF8.self)
        #expect(json.contains(#""spans":[{"end":10,"start":8}]"#) || json.contains(#""spans":[{"start":8,"end":10}]"#))
        #expect(try JSONDecoder().decode(Finding.self, from: Data(json.utf8)) == finding)
        let omission = try #require(findings(
            OmissionCheck(), "Dylan runs SemiAnalysis.\nAnd personally I'm just a fan of the two of them.", "Dylan 经营着 SemiAnalysis。\n").first)
        #expect(!String(decoding: try JSONEncoder().encode(omission), as: UTF8.self).contains("spans"))
    }
}
