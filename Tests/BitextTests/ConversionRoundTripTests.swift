import Foundation
import Testing
@testable import Bitext

/// Converting between formats on the audited transcript: TMX → XLIFF 2 → TMX gives the
/// same file back, inline codes, languages, notes and props included.
@Suite struct ConversionRoundTripTests {
    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_770_122_096), toolVersion: "0.1.0")

    /// The transcript's TMX as `bitext audit` writes it, read back, with inline codes,
    /// notes and props added to every seventh unit, written as TMX again.
    private func transcriptMemory(in folder: URL) throws -> URL {
        let audit = try Auditor().audit(sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path)
        let exported = folder.appendingPathComponent("audit.tmx")
        try TMXWriter().write(audit.bitext, findings: audit.findings, context: Self.context).write(to: exported)
        var diagnostics = Diagnostics()
        var memory = try TMXBitextReader().read(.file(exported.path), diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        for index in memory.pairs.indices where index % 7 == 3 {
            var pair = memory.pairs[index]
            pair.source[0] = Self.wrapped(pair.source[0], english: true)
            pair.target[0] = Self.wrapped(pair.target[0], english: false)
            pair.unit?.notes.append(UnitNote("reviewed: keep the bold span", appliesTo: .target, language: "en"))
            pair.unit?.properties.append(UnitProperty(type: "x-reviewer", value: "lead", appliesTo: .source))
            pair.unit?.attributes["changeid"] = "reviewer-\(index)"
            memory.pairs[index] = AlignedPair(
                index: pair.index, source: pair.source, target: pair.target, score: pair.score,
                sourceLanguage: memory.sourceLanguage, targetLanguage: memory.targetLanguage, unit: pair.unit)
        }
        let url = folder.appendingPathComponent("memory.tmx")
        try TMXWriter().write(memory, findings: [], context: Self.context).write(to: url)
        return url
    }

    /// Bold around the first word, a line-break placeholder at the end, an isolated italic
    /// start in the Chinese: the codes CAT tools leave in real memories.
    private static func wrapped(_ segment: Segment, english: Bool) -> Segment {
        let marker = String(InlineCode.markerCharacter)
        let text = segment.text
        let cut = english ? (text.firstIndex(of: " ") ?? text.endIndex) : text.index(text.startIndex, offsetBy: min(2, text.count))
        var codes = [
            InlineCode(role: .opening, pairing: "1", content: "<b>", origin: .tmx, element: "bpt", attributes: ["i": "1", "type": "bold"]),
            InlineCode(role: .closing, pairing: "1", content: "</b>", origin: .tmx, element: "ept", attributes: ["i": "1"]),
            InlineCode(role: .standalone, content: "<br/>", origin: .tmx, element: "ph", attributes: ["type": "lb", "x": "2"]),
        ]
        var newText = marker + text[..<cut] + marker + text[cut...] + marker
        if !english {
            codes.append(InlineCode(role: .opening, isolated: true, content: "<i>", origin: .tmx, element: "it", attributes: ["pos": "begin", "x": "3"]))
            newText += marker
        }
        return Segment(index: segment.index, text: newText, line: segment.line, block: segment.block, codes: codes)
    }

    @Test(.needsSharedData) func tmxToXLIFF2AndBackIsLosslessOnTheTranscript() throws {
        let folder = try TestData.temporaryDirectory()
        let memory = try transcriptMemory(in: folder)
        let xliff = folder.appendingPathComponent("memory.xlf")
        let back = folder.appendingPathComponent("back.tmx")
        let converter = Converter(context: Self.context)
        let forth = try converter.convert(inputPath: memory.path, outputPath: xliff.path, to: .xliff)
        #expect(forth.pairs > 4000)
        #expect(forth.diagnostics.isEmpty)
        let xliffReport = try XMLValidator(.xmlSchema(ExportSample.schema("xliff-2.1/xliff_core_2.0.xsd"))).validate(contentsOf: xliff)
        #expect(xliffReport.problems == [])
        let returned = try converter.convert(inputPath: xliff.path, outputPath: back.path, to: .tmx)
        #expect(returned.pairs == forth.pairs)
        #expect(returned.diagnostics.isEmpty)
        #expect(try Data(contentsOf: back) == (try Data(contentsOf: memory)))

        var diagnostics = Diagnostics()
        let original = try TMXBitextReader().read(.file(memory.path), diagnostics: &diagnostics)
        let roundTripped = try TMXBitextReader().read(.file(back.path), diagnostics: &diagnostics)
        let coded = original.pairs.filter { !$0.sourceCodes.isEmpty }
        #expect(coded.count > 500)
        #expect(roundTripped.pairs.map(\.sourceCodes) == original.pairs.map(\.sourceCodes))
        #expect(roundTripped.pairs.map(\.targetText) == original.pairs.map(\.targetText))
        #expect(roundTripped.pairs.map(\.unit) == original.pairs.map(\.unit))
        #expect(roundTripped.fileInfo == original.fileInfo)
        let dtd = XMLValidator(.dtd(ExportSample.schema("tmx-1.4b/tmx14.dtd")))
        #expect(try dtd.validate(contentsOf: back).problems == [])
    }

    /// XLIFF 1.2's strict schema has no room for foreign attributes: TMX code attributes
    /// travel in their XLIFF 1.2 equivalents (`x` as `id`, `i` as `rid`, `type` as `ctype`),
    /// unit attributes in `x-bitext-` contexts. Every unit comes back as it was; the TMX
    /// header's attributes and props have no place in a strict XLIFF 1.2 header.
    @Test(.needsSharedData) func tmxToXLIFF12AndBackKeepsEveryUnitAndCodeOnTheTranscript() throws {
        let folder = try TestData.temporaryDirectory()
        let memory = try transcriptMemory(in: folder)
        let xliff = folder.appendingPathComponent("memory12.xlf")
        let back = folder.appendingPathComponent("back12.tmx")
        let converter = Converter(context: Self.context)
        let forth = try converter.convert(inputPath: memory.path, outputPath: xliff.path, to: .xliff12)
        #expect(forth.diagnostics.isEmpty)
        let schema = XMLValidator(.xmlSchema(ExportSample.schema("xliff-1.2/xliff-core-1.2-strict.xsd")))
        #expect(try schema.validate(contentsOf: xliff).problems == [])
        let returned = try converter.convert(inputPath: xliff.path, outputPath: back.path, to: .tmx)
        #expect(returned.pairs == forth.pairs)
        #expect(returned.diagnostics.isEmpty)
        let body = { (url: URL) -> String in
            let text = try TestData.text(url)
            return String(text[try #require(text.range(of: "<body>")).lowerBound...])
        }
        #expect(try body(back) == (try body(memory)))

        var diagnostics = Diagnostics()
        let original = try TMXBitextReader().read(.file(memory.path), diagnostics: &diagnostics)
        let roundTripped = try TMXBitextReader().read(.file(back.path), diagnostics: &diagnostics)
        #expect(original.pairs.filter { $0.sourceCodes.contains { $0.attributes["type"] == "bold" } }.count > 500)
        #expect(roundTripped.pairs.map(\.sourceCodes) == original.pairs.map(\.sourceCodes))
        #expect(roundTripped.pairs.map(\.targetCodes) == original.pairs.map(\.targetCodes))
        #expect(roundTripped.pairs.map(\.unit) == original.pairs.map(\.unit))
        let dtd = XMLValidator(.dtd(ExportSample.schema("tmx-1.4b/tmx14.dtd")))
        #expect(try dtd.validate(contentsOf: back).problems == [])
    }

    /// Each TMX code attribute has its XLIFF 1.2 counterpart in the file, not only in a
    /// round trip: a CAT tool reading the XLIFF sees them. The one exception: `hi`'s `x`
    /// (an XLIFF 1.2 `mrk` `mid` must name a `<seg-source>` segment).
    @Test(.needsSharedData) func tmxCodeAttributesAreXLIFF12Attributes() throws {
        let memory = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="html"/>
            <body><tu tuid="7"><tuv xml:lang="en"><seg><bpt i="4" x="1" type="ulined">&lt;u&gt;</bpt>DeepSeek<ept i="4">&lt;/u&gt;</ept> is <hi type="term" x="9">open</hi><ph x="2" type="index" assoc="p">&lt;idx/&gt;</ph><it pos="end" x="3" type="color">&lt;/font&gt;</it><ut>&lt;br&gt;</ut></seg></tuv>
            <tuv xml:lang="zh-CN"><seg><bpt i="4" x="1" type="ulined">&lt;u&gt;</bpt>DeepSeek<ept i="4">&lt;/u&gt;</ept> 是<hi type="term" x="9">开源的</hi><ph x="2" type="index" assoc="p">&lt;idx/&gt;</ph><it pos="end" x="3" type="color">&lt;/font&gt;</it><ut>&lt;br&gt;</ut></seg></tuv></tu></body></tmx>
            """
        var diagnostics = Diagnostics()
        let bitext = try TMXBitextReader().read(memory, path: "codes.tmx", diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        let data = try XLIFF12Writer().write(bitext, findings: [], context: Self.context)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"<source><bpt id="1" rid="4" ctype="underlined">&lt;u&gt;</bpt>DeepSeek<ept id="t2" rid="4">&lt;/u&gt;</ept> is <mrk mtype="term">open</mrk><ph id="2" ctype="x-tmx-index" assoc="preceding">&lt;idx/&gt;</ph><it id="3" pos="close" ctype="x-tmx-color">&lt;/font&gt;</it><ph id="t7" ctype="x-bitext-ut">&lt;br&gt;</ph></source>"#), "\(text)")
        let report = try XMLValidator(.xmlSchema(ExportSample.schema("xliff-1.2/xliff-core-1.2-strict.xsd"))).validate(data, documentName: "codes.xlf")
        #expect(report.problems == [])
        let back = try XLIFF12BitextReader().read(.data(data, path: "codes.xlf"), diagnostics: &diagnostics)
        let tmx = String(decoding: try TMXWriter().write(back, findings: [], context: Self.context), as: UTF8.self)
        #expect(tmx.contains(#"<seg><bpt i="4" type="ulined" x="1">&lt;u&gt;</bpt>DeepSeek<ept i="4">&lt;/u&gt;</ept> is <hi type="term">open</hi><ph assoc="p" type="index" x="2">&lt;idx/&gt;</ph><it pos="end" type="color" x="3">&lt;/font&gt;</it><ut>&lt;br&gt;</ut></seg>"#), "\(tmx)")
    }

    @Test func checksReadCodedTextAsText() throws {
        let folder = try TestData.temporaryDirectory()
        let memory = try transcriptMemory(in: folder)
        let plain = folder.appendingPathComponent("plain.tmx")
        var diagnostics = Diagnostics()
        var stripped = try TMXBitextReader().read(.file(memory.path), diagnostics: &diagnostics)
        stripped.pairs = stripped.pairs.map { pair in
            func plainSegments(_ segments: [Segment]) -> [Segment] {
                segments.map { Segment(index: $0.index, text: InlineCode.plainText($0.text), line: $0.line, block: $0.block) }
            }
            return AlignedPair(
                index: pair.index, source: plainSegments(pair.source), target: plainSegments(pair.target), score: pair.score,
                sourceLanguage: stripped.sourceLanguage, targetLanguage: stripped.targetLanguage, unit: pair.unit)
        }
        try TMXWriter().write(stripped, findings: [], context: Self.context).write(to: plain)
        let coded = try Auditor().audit(bitextPath: memory.path, format: .tmx).findings
        let uncoded = try Auditor().audit(bitextPath: plain.path, format: .tmx).findings
        // The same findings with or without codes (markers are neither words, numbers nor
        // tags), plus the isolated code the Chinese side has and the English has not.
        let codeFindings = coded.filter { $0.message.hasPrefix("inline codes differ") }
        #expect(coded.filter { !$0.message.hasPrefix("inline codes differ") }.map(\.message) == uncoded.map(\.message))
        #expect(codeFindings.count > 500)
        #expect(codeFindings.first?.message == "inline codes differ: 2 paired code, 1 placeholder in the source, 1 isolated code, 2 paired code, 1 placeholder in the target")
        #expect(!uncoded.isEmpty)
        #expect(!coded.contains { $0.source.text.contains(InlineCode.markerCharacter) || $0.target.text.contains(InlineCode.markerCharacter) })
    }

    @Test func convertRefusesToWriteOverItsInput() throws {
        let folder = try TestData.temporaryDirectory()
        let input = folder.appendingPathComponent("pairs.tmx")
        try Data(contentsOf: TestData.fixture("expected/lex-459-sample.tmx")).write(to: input)
        let link = folder.appendingPathComponent("link.tmx")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        let before = try Data(contentsOf: input)
        for output in [input, link] {
            #expect(throws: InputError.self) {
                try Converter(context: Self.context).convert(inputPath: input.path, outputPath: output.path, to: .tmx)
            }
        }
        #expect(try Data(contentsOf: input) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.tmx", "pairs.tmx"])
    }
}

/// TMX header and unit elements XLIFF 2 has no place for (`<ude>`, a tool's own element)
/// travel in `bx:preserved` and come back.
@Suite struct PreservedElementRoundTripTests {
    @Test(.needsSharedData) func udeGoesThroughXLIFF2AndComesBack() throws {
        let folder = try TestData.temporaryDirectory()
        let memory = folder.appendingPathComponent("ude.tmx")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="html">
                <ude name="MacRoman" base="Macintosh"><map unicode="#xF8FF" code="#xF0" ent="Apple_logo" subst="[Apple]"/></ude>
              </header>
              <body>
                <tu tuid="1">
                  <tuv xml:lang="en"><seg>DeepSeek released R1 on January 20.</seg></tuv>
                  <tuv xml:lang="zh-CN"><seg>DeepSeek 于 1 月 20 日发布了 R1。</seg></tuv>
                </tu>
              </body>
            </tmx>
            """.write(to: memory, atomically: true, encoding: .utf8)
        let xliff = folder.appendingPathComponent("ude.xlf")
        let back = folder.appendingPathComponent("back.tmx")
        let converter = Converter(context: ConversionRoundTripTests.context)
        let forth = try converter.convert(inputPath: memory.path, outputPath: xliff.path, to: .xliff)
        #expect(forth.diagnostics.isEmpty, "\(forth.diagnostics)")
        #expect(try TestData.text(xliff).contains(#"<bx:preserved origin="tmx">&lt;ude name=&quot;MacRoman&quot; base=&quot;Macintosh&quot;&gt;"#))
        let report = try XMLValidator(.xmlSchema(ExportSample.schema("xliff-2.1/xliff_core_2.0.xsd"))).validate(contentsOf: xliff)
        #expect(report.problems == [])
        let returned = try converter.convert(inputPath: xliff.path, outputPath: back.path, to: .tmx)
        #expect(returned.diagnostics.isEmpty, "\(returned.diagnostics)")
        var diagnostics = Diagnostics()
        let original = try TMXBitextReader().read(.file(memory.path), diagnostics: &diagnostics)
        let roundTripped = try TMXBitextReader().read(.file(back.path), diagnostics: &diagnostics)
        #expect(roundTripped.fileInfo?.preserved == original.fileInfo?.preserved)
        #expect(original.fileInfo?.preserved.first?.xml.contains("Apple_logo") == true)
        #expect(try XMLValidator(.dtd(ExportSample.schema("tmx-1.4b/tmx14.dtd"))).validate(contentsOf: back).problems == [])
        // XLIFF 1.2's strict header takes no foreign element: the header travels in the
        // first unit's contexts, and comes back.
        let xliff12 = folder.appendingPathComponent("ude12.xlf")
        let strict = try converter.convert(inputPath: memory.path, outputPath: xliff12.path, to: .xliff12)
        #expect(strict.diagnostics.isEmpty, "\(strict.diagnostics)")
        #expect(try XMLValidator(.xmlSchema(ExportSample.schema("xliff-1.2/xliff-core-1.2-strict.xsd"))).validate(contentsOf: xliff12).problems == [])
        let back12 = folder.appendingPathComponent("back12.tmx")
        _ = try converter.convert(inputPath: xliff12.path, outputPath: back12.path, to: .tmx)
        let viaXLIFF12 = try TMXBitextReader().read(.file(back12.path), diagnostics: &diagnostics)
        #expect(viaXLIFF12.fileInfo == original.fileInfo)
    }
}
