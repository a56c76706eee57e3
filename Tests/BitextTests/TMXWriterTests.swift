import Foundation
import Testing
@testable import Bitext

@Suite struct TMXWriterTests {
    let dtd = XMLValidator(.dtd(ExportSample.schema("tmx-1.4b/tmx14.dtd")))

    @Test func writesTheExpectedFileForRealTranscriptPairs() throws {
        let bitext = try ExportSample.bitext()
        let data = try TMXWriter().write(bitext, findings: ExportSample.findings(for: bitext), context: ExportSample.context)
        try ExportSample.expectMatchesExpectedFile(data, "lex-459-sample.tmx")
    }

    @Test(.needsSharedData) func outputIsValidAgainstTheTMXDTD() throws {
        let bitext = try ExportSample.bitext()
        let data = try TMXWriter().write(bitext, findings: ExportSample.findings(for: bitext), context: ExportSample.context)
        let report = try dtd.validate(data, documentName: "sample.tmx")
        #expect(report.problems == [])
    }

    @Test func onlyAlignedPairsBecomeTranslationUnits() throws {
        let bitext = try ExportSample.bitext()
        let text = String(decoding: try TMXWriter().write(bitext, findings: [], context: ExportSample.context), as: UTF8.self)
        let aligned = bitext.pairs.filter { !$0.isUnaligned }.map { $0.index + 1 }
        #expect(aligned == [2, 3, 4, 5])
        #expect(text.components(separatedBy: "<tu ").count - 1 == aligned.count)
        for number in aligned { #expect(text.contains("<tu tuid=\"\(number)\" creationdate=\"20260203T123456Z\">")) }
        #expect(!text.contains("DeepSeek 导读"))
        #expect(text.contains("<prop type=\"x-bitext-unaligned-source-pairs\">1</prop>"))
        #expect(text.contains("<prop type=\"x-bitext-unaligned-target-pairs\">1</prop>"))
        #expect(text.contains("srclang=\"en\""))
        #expect(text.contains("<seg>另外，R1 是开源的而 o3-mini 不是。</seg>"))
    }

    @Test func findingsOnSkippedPairsGoToTheHeader() throws {
        let bitext = try ExportSample.bitext()
        let text = String(decoding: try TMXWriter().write(bitext, findings: ExportSample.findings(for: bitext), context: ExportSample.context), as: UTF8.self)
        let header = try #require(text.range(of: "</header>")).lowerBound
        let omission = try #require(text.range(of: "[omission]")).lowerBound
        #expect(omission < header)
        #expect(text.contains("<note>pair 6, source line 2: error: [omission] The source sentence has no translation.</note>"))
        let forbidden = try #require(text.range(of: "error: [forbidden-term]")).lowerBound
        #expect(forbidden > header)
    }

    @Test(.needsSharedData) func escapesMarkupAndReplacesControlCharacters() throws {
        let bitext = ExportSample.trickyBitext()
        let data = try TMXWriter().write(bitext, findings: ExportSample.trickyFindings(for: bitext), context: ExportSample.context)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<seg>Use &lt;b&gt; &amp; &quot;quotes&quot; ]]&gt; here 🚀 then\u{FFFD}bell</seg>"))
        #expect(text.contains("<prop type=\"x-bitext-source-file\">a&amp;b &lt;en&gt;.txt</prop>"))
        #expect(!text.unicodeScalars.contains("\u{1}"))
        #expect(try dtd.validate(data, documentName: "tricky.tmx").problems == [])
    }
}
