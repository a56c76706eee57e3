import Foundation
import Testing
@testable import Bitext

@Suite struct XLIFFWriterTests {
    let core21 = XMLValidator(.xmlSchema(ExportSample.schema("xliff-2.1/xliff_core_2.0.xsd")))
    let modules21 = XMLValidator(.xmlSchema(ExportSample.schema("samples/xliff21-modules.xsd")))
    let strict12 = XMLValidator(.xmlSchema(ExportSample.schema("xliff-1.2/xliff-core-1.2-strict.xsd")))

    func xliff2(_ bitext: AlignedBitext, _ findings: [Finding]) throws -> Data {
        try XLIFF2Writer().write(bitext, findings: findings, context: ExportSample.context)
    }

    func xliff12(_ bitext: AlignedBitext, _ findings: [Finding]) throws -> Data {
        try XLIFF12Writer().write(bitext, findings: findings, context: ExportSample.context)
    }

    // MARK: XLIFF 2.1

    @Test func xliff2WritesTheExpectedFileForRealTranscriptPairs() throws {
        let bitext = try ExportSample.bitext()
        try ExportSample.expectMatchesExpectedFile(
            try xliff2(bitext, ExportSample.findings(for: bitext)), "lex-459-sample.xlf")
    }

    @Test(.needsSharedData) func xliff2IsValidAgainstCoreAndModuleSchemas() throws {
        let bitext = try ExportSample.bitext()
        let data = try xliff2(bitext, ExportSample.findings(for: bitext))
        #expect(try core21.validate(data, documentName: "sample.xlf").problems == [])
        #expect(try modules21.validate(data, documentName: "sample.xlf").problems == [])
        let withoutFindings = try xliff2(bitext, [])
        #expect(try modules21.validate(withoutFindings, documentName: "plain.xlf").problems == [])
        #expect(!String(decoding: withoutFindings, as: UTF8.self).contains("locQualityIssue"))
    }

    @Test func xliff2KeepsEveryPairAndMarksUnalignedOnes() throws {
        let bitext = try ExportSample.bitext()
        let text = String(decoding: try xliff2(bitext, []), as: UTF8.self)
        #expect(text.components(separatedBy: "<unit ").count - 1 == bitext.pairs.count)
        #expect(text.contains("""
            <segment id="s1" state="initial" subState="bitext:target-only">
                    <source></source>
                    <target>DeepSeek 导读</target>
            """))
        #expect(text.contains("""
            <segment id="s6" state="initial">
                    <source>It only shows a summary of the reasoning.</source>
                  </segment>
            """))
        #expect(text.contains("<segment id=\"s2\" state=\"translated\">"))
        #expect(text.contains("<mda:meta type=\"score\">0.910</mda:meta>"))
    }

    @Test func xliff2RecordsFindingsAsITSLocalizationQualityIssues() throws {
        let bitext = try ExportSample.bitext()
        let text = String(decoding: try xliff2(bitext, ExportSample.findings(for: bitext)), as: UTF8.self)
        #expect(text.contains("""
            <its:locQualityIssues xml:id="lqi5">
                    <its:locQualityIssue locQualityIssueType="terminology" locQualityIssueComment="[forbidden-term] &quot;open weight&quot; must not be translated as &quot;开源&quot; (open source)." locQualityIssueSeverity="100"/>
                    <its:locQualityIssue locQualityIssueType="numbers" locQualityIssueComment="[numbers] Model name &quot;O3 mini&quot; is written &quot;o3-mini&quot; in the target." locQualityIssueSeverity="10"/>
                  </its:locQualityIssues>
            """))
        #expect(text.contains(
            "<target><mrk id=\"m5\" type=\"its:generic\" its:locQualityIssuesRef=\"#its=lqi5\">另外，R1 是开源的而 o3-mini 不是。</mrk></target>"))
        // A source-only pair's issues mark its source.
        #expect(text.contains("<source><mrk id=\"m6\" type=\"its:generic\" its:locQualityIssuesRef=\"#its=lqi6\">"))
        // The finding about no pair is a file-level note.
        #expect(text.contains("<note category=\"alignment\" priority=\"5\">warning: [alignment] 2 of 6 pairs are unaligned.</note>"))
        #expect(text.contains("its:version=\"2.0\""))
    }

    @Test(.needsSharedData) func everyRegisteredCheckHasAnITSIssueTypeAndTheTypesAreTheSchemas() throws {
        for check in CheckRegistry.all {
            #expect(LocalizationQualityIssueType.byCheckID[check.description.id] != nil, "unmapped check \(check.description.id)")
        }
        #expect(LocalizationQualityIssueType.forCheck("no-such-check") == .uncategorized)
        let schema = try String(contentsOf: ExportSample.schema("xliff-2.1/its.xsd"), encoding: .utf8)
        let issueType = try #require(schema.range(of: "<xs:simpleType name=\"issueType\">"))
        let end = try #require(schema.range(of: "</xs:simpleType>", range: issueType.upperBound..<schema.endIndex))
        let values = schema[issueType.upperBound..<end.lowerBound]
            .components(separatedBy: "value=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(values == LocalizationQualityIssueType.allCases.map(\.rawValue))
    }

    @Test(.needsSharedData) func xliff2KeepsControlCharactersAsCodePointsAndEscapesMarkup() throws {
        let bitext = ExportSample.trickyBitext()
        let data = try xliff2(bitext, ExportSample.trickyFindings(for: bitext))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<source>Use &lt;b&gt; &amp; &quot;quotes&quot; ]]&gt; here 🚀 then<cp hex=\"0001\"/>bell</source>"))
        #expect(text.contains("使用 &lt;b&gt; &amp; ]]&gt; 🚀<cp hex=\"0001\"/></mrk></target>"))
        #expect(text.contains("locQualityIssueComment=\"[markup] Tag &lt;b&gt; &amp; &quot;x&quot;\u{FFFD} unbalanced\""))
        #expect(text.contains("original=\"a&amp;b &lt;en&gt;.txt\""))
        #expect(!text.unicodeScalars.contains("\u{1}"))
        #expect(try modules21.validate(data, documentName: "tricky.xlf").problems == [])
    }

    // MARK: XLIFF 1.2

    @Test func xliff12WritesTheExpectedFileForRealTranscriptPairs() throws {
        let bitext = try ExportSample.bitext()
        try ExportSample.expectMatchesExpectedFile(
            try xliff12(bitext, ExportSample.findings(for: bitext)), "lex-459-sample.xliff12.xlf")
    }

    @Test(.needsSharedData) func xliff12IsValidAgainstTheStrictSchema() throws {
        let bitext = try ExportSample.bitext()
        #expect(try strict12.validate(try xliff12(bitext, ExportSample.findings(for: bitext)), documentName: "sample.xlf").problems == [])
        #expect(try strict12.validate(try xliff12(bitext, []), documentName: "plain.xlf").problems == [])
    }

    @Test func xliff12KeepsEveryPairWithNotesForFindings() throws {
        let bitext = try ExportSample.bitext()
        let text = String(decoding: try xliff12(bitext, ExportSample.findings(for: bitext)), as: UTF8.self)
        #expect(text.components(separatedBy: "<trans-unit ").count - 1 == bitext.pairs.count)
        #expect(text.contains("<target state=\"x-bitext-target-only\">DeepSeek 导读</target>"))
        #expect(text.contains("<target state=\"translated\">另外，R1 是开源的而 o3-mini 不是。</target>"))
        #expect(text.contains("""
            <note from="bitext" priority="1" annotates="target">error: [forbidden-term] &quot;open weight&quot; must not be translated as &quot;开源&quot; (open source).</note>
            """))
        #expect(text.contains("<context context-type=\"linenumber\">2</context>"))
        #expect(text.contains("<context context-type=\"x-target-linenumber\">101</context>"))
        #expect(text.contains("date=\"2026-02-03T12:34:56Z\""))
    }

    @Test(.needsSharedData) func xliff12ReplacesControlCharactersAndEscapesMarkup() throws {
        let bitext = ExportSample.trickyBitext()
        let data = try xliff12(bitext, ExportSample.trickyFindings(for: bitext))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<source>Use &lt;b&gt; &amp; &quot;quotes&quot; ]]&gt; here 🚀 then\u{FFFD}bell</source>"))
        #expect(!text.unicodeScalars.contains("\u{1}"))
        #expect(try strict12.validate(data, documentName: "tricky.xlf").problems == [])
    }
}
