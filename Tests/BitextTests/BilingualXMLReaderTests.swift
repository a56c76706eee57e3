import Foundation
import Testing
@testable import Bitext

/// TMX and XLIFF readers on bitext's own exports of the transcript sample (the committed
/// expected files) and on hand-made files with the inline codes, notes and props real
/// memories carry.
@Suite struct BilingualXMLReaderTests {
    private func read(_ url: URL, format: BitextFormat) throws -> (AlignedBitext, Diagnostics) {
        var diagnostics = Diagnostics()
        let bitext = try format.reader.read(contentsOf: url.path, encoding: nil, diagnostics: &diagnostics)
        return (bitext, diagnostics)
    }

    private func read(_ xml: String, path: String = "memory.tmx", format: BitextFormat = .tmx) throws -> (AlignedBitext, Diagnostics) {
        var diagnostics = Diagnostics()
        let bitext = try format.reader.read(xml, path: path, diagnostics: &diagnostics)
        return (bitext, diagnostics)
    }

    /// The 1-based line of the first line of `file` containing `text`.
    private func line(of text: String, in url: URL) throws -> Int {
        let lines = try TestData.text(url).components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    @Test func tmxExportReadsBackAsItsAlignedPairs() throws {
        let url = TestData.fixture("expected/lex-459-sample.tmx")
        let (bitext, diagnostics) = try read(url, format: .tmx)
        let sample = try ExportSample.bitext().pairs.filter { !$0.isUnaligned }
        #expect(diagnostics.items.isEmpty)
        #expect(bitext.sourceLanguage == .english && bitext.targetLanguage == .chinese)
        #expect(bitext.pairs.map(\.sourceText) == sample.map(\.sourceText))
        #expect(bitext.pairs.map(\.targetText) == sample.map(\.targetText))
        #expect(bitext.pairs.map(\.score) == [0.91, 0.874, 0.8, 0.655])
        let first = try #require(bitext.pairs.first)
        #expect(first.unit?.id == "2")
        #expect(first.unit?.sourceLanguageTag == "en" && first.unit?.targetLanguageTag == "zh-CN")
        #expect(first.unit?.properties.contains(UnitProperty(type: "x-target-line", value: "83")) == true)
        #expect(first.unit?.notes.first?.text.hasPrefix("warning: [speaker]") == true)
        #expect(first.sourceLine == (try line(of: "<seg>The following is a conversation", in: url)))
        #expect(first.targetLine == (try line(of: "<seg>以下是与 Dylan Patel", in: url)))
        #expect(bitext.fileInfo?.properties.first?.type == "x-bitext-source-file")
        #expect(bitext.fileInfo?.attributes["creationtool"] == "bitext")
    }

    @Test func xliff2ExportReadsBackEveryPairIncludingUnaligned() throws {
        let url = TestData.fixture("expected/lex-459-sample.xlf")
        let (bitext, diagnostics) = try read(url, format: .xliff)
        let sample = try ExportSample.bitext()
        #expect(diagnostics.items.isEmpty)
        #expect(bitext.pairs.count == sample.pairs.count)
        #expect(bitext.pairs.map(\.sourceText) == sample.pairs.map(\.sourceText))
        #expect(bitext.pairs.map(\.targetText) == sample.pairs.map(\.targetText))
        #expect(bitext.pairs.map(\.source.isEmpty) == sample.pairs.map(\.source.isEmpty))
        #expect(bitext.pairs.map(\.target.isEmpty) == sample.pairs.map(\.target.isEmpty))
        // The findings marker bitext wraps target text in is not an inline code of the text.
        #expect(bitext.pairs.allSatisfy { $0.sourceCodes.isEmpty && $0.targetCodes.isEmpty })
        #expect(bitext.pairs[1].score == 0.91)
        #expect(bitext.pairs[1].unit?.state == "translated")
        #expect(bitext.pairs[1].targetLine == (try line(of: "以下是与 Dylan Patel", in: url)))
    }

    @Test func xliff12ExportReadsBackEveryPair() throws {
        let url = TestData.fixture("expected/lex-459-sample.xliff12.xlf")
        #expect(try XLIFFBitextReader.version(of: .file(url.path)) == .xliff12)
        let (bitext, diagnostics) = try read(url, format: .xliff)
        let sample = try ExportSample.bitext()
        #expect(diagnostics.items.isEmpty)
        #expect(bitext.pairs.map(\.sourceText) == sample.pairs.map(\.sourceText))
        #expect(bitext.pairs.map(\.targetText) == sample.pairs.map(\.targetText))
        #expect(bitext.pairs[0].source.isEmpty)
        #expect(bitext.pairs[5].target.isEmpty)
        #expect(bitext.pairs[2].score == 0.874)
    }

    /// Each `<segment>` is a pair; `<ignorable>` text is kept in its place in the unit and
    /// is not reported: every output but TSV carries it.
    @Test func xliff2SegmentsArePairsAndIgnorablesAreKeptInPlace() throws {
        let (bitext, diagnostics) = try read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="zh-CN">
              <file id="f1">
                <unit id="u1">
                  <notes><note>from the podcast</note></notes>
                  <segment id="a"><source>DeepSeek released R1.</source><target>DeepSeek 发布了 R1。</target></segment>
                  <ignorable><source> </source></ignorable>
                  <segment id="b" state="reviewed"><source>It is cheap.</source><target>它很便宜。</target></segment>
                </unit>
                <unit id="u2">
                  <segment><source>Nvidia fell.</source><target>英伟达下跌。</target></segment>
                  <ignorable><source>[applause]</source></ignorable>
                  <ignorable id="i2"><source>[laughter]</source><target>[笑声]</target></ignorable>
                </unit>
              </file>
            </xliff>
            """, path: "job.xlf", format: .xliff)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(bitext.pairs.map(\.sourceText) == ["DeepSeek released R1.", "It is cheap.", "Nvidia fell."])
        #expect(bitext.pairs.map(\.index) == [0, 1, 2])
        let units = bitext.pairs.map(\.unit)
        #expect(units.map { $0?.id } == ["u1", "u1", "u2"])
        #expect(units.map { $0?.segment?.position } == [0, 1, 0])
        #expect(units.map { $0?.segment?.count } == [2, 2, 1])
        #expect(units.map { $0?.segment?.id } == ["a", "b", nil])
        #expect(units.map { $0?.state } == [nil, "reviewed", nil])
        #expect(units.map { $0?.notes.map(\.text) } == [["from the podcast"], [], []])
        #expect(units[1]?.segment?.ignorablesBefore == [IgnorableText(source: " ")])
        #expect(units[2]?.segment?.ignorablesAfter == [
            IgnorableText(source: "[applause]"), IgnorableText(id: "i2", source: "[laughter]", target: "[笑声]"),
        ])
    }

    @Test func tmxInlineCodesBecomeMarkersWithTheirNativeCode() throws {
        let (bitext, diagnostics) = try read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en-US" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="html">
            <ude name="x"><map unicode="#xE001" code="#x9F"/></ude></header>
            <body>
            <tu tuid="a 1" changeid="lex"><note>checked by hand</note><prop type="x-domain">podcast</prop>
            <tuv xml:lang="en-US"><prop type="x-speaker">Lex Fridman</prop>
            <seg>Dylan runs <bpt i="1" type="bold">&lt;b&gt;</bpt>SemiAnalysis<ept i="1">&lt;/b&gt;</ept>,<ph type="lb">&lt;br/&gt;</ph> a <hi type="term">research</hi> company.</seg></tuv>
            <tuv xml:lang="zh-CN"><note>machine translation</note>
            <seg>Dylan 经营着 <bpt i="1" type="bold">&lt;b&gt;</bpt>SemiAnalysis<ept i="1">&lt;/b&gt;</ept>，<ph type="lb">&lt;br/&gt;</ph>一家<hi type="term">研究</hi>公司<it pos="begin" x="2">&lt;i&gt;</it>。</seg></tuv>
            </tu></body></tmx>
            """)
        #expect(diagnostics.items.isEmpty)
        let pair = try #require(bitext.pairs.first)
        let marker = String(InlineCode.markerCharacter)
        #expect(pair.sourceText == "Dylan runs \(marker)SemiAnalysis\(marker),\(marker) a \(marker)research\(marker) company.")
        #expect(InlineCode.plainText(pair.targetText) == "Dylan 经营着 SemiAnalysis，一家研究公司。")
        #expect(pair.sourceCodes.map(\.role) == [.opening, .closing, .standalone, .annotationStart, .annotationEnd])
        #expect(pair.sourceCodes[0].content == "<b>" && pair.sourceCodes[0].pairing == "1")
        #expect(pair.sourceCodes[0].attributes == ["i": "1", "type": "bold"])
        #expect(pair.targetCodes.last?.isolated == true && pair.targetCodes.last?.content == "<i>")
        #expect(InlineCode.markerCount(in: pair.targetText) == pair.targetCodes.count)
        let unit = try #require(pair.unit)
        #expect(unit.id == "a 1" && unit.attributes["changeid"] == "lex")
        #expect(unit.sourceLanguageTag == "en-US")
        #expect(unit.notes == [UnitNote("checked by hand"), UnitNote("machine translation", appliesTo: .target)])
        #expect(unit.properties == [UnitProperty(type: "x-domain", value: "podcast"), UnitProperty(type: "x-speaker", value: "Lex Fridman", appliesTo: .source)])
        #expect(bitext.fileInfo?.preserved.first?.xml.contains("<ude name=\"x\">") == true)
    }

    @Test func xliff2InlineCodesTakeTheirOriginalData() throws {
        let (bitext, diagnostics) = try read("""
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-CN">
             <file id="f1"><unit id="u1">
              <notes><note appliesTo="target" category="review">check the name</note></notes>
              <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">&lt;br<cp hex="0001"/>/&gt;</data></originalData>
              <segment state="reviewed"><source>Dylan runs <pc id="1" dataRefStart="d1" dataRefEnd="d2">SemiAnalysis</pc>.<ph id="2" dataRef="d3"/></source>
              <target>Dylan 经营着 <sc id="1" dataRef="d1"/>SemiAnalysis<ec startRef="1" dataRef="d2"/>。<ph id="2" dataRef="d3"/><cp hex="001F"/></target></segment>
             </unit></file></xliff>
            """, path: "memory.xlf", format: .xliff)
        #expect(diagnostics.items.isEmpty)
        let pair = try #require(bitext.pairs.first)
        #expect(pair.sourceCodes.map(\.role) == [.opening, .closing, .standalone])
        #expect(pair.targetCodes.map(\.role) == [.opening, .closing, .standalone])
        #expect(pair.targetCodes.map(\.content) == ["<b>", "</b>", "<br\u{1}/>"])
        #expect(pair.targetText.hasSuffix("\u{1F}"))
        #expect(InlineCode.plainText(pair.sourceText) == "Dylan runs SemiAnalysis.")
        #expect(pair.unit?.state == "reviewed")
        #expect(pair.unit?.notes == [UnitNote("check the name", appliesTo: .target, category: "review")])
    }

    @Test func aMarkerScalarInTheInputStaysText() throws {
        let (bitext, _) = try read("""
            <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a \u{F0000} b <ph>x</ph></seg></tuv>
            <tuv xml:lang="zh"><seg>甲乙丙</seg></tuv></tu></body></tmx>
            """)
        let pair = try #require(bitext.pairs.first)
        #expect(pair.sourceCodes.map(\.role) == [.character, .standalone])
        #expect(InlineRun.runs(of: pair.sourceText, codes: pair.sourceCodes) == [.text("a \u{F0000} b "), .code(1)])
    }

    @Test func malformedXMLIsAnInputErrorWithLineAndColumn() {
        #expect {
            try read("<tmx version=\"1.4\"><header srclang=\"en\"/>\n<body><tu><tuv xml:lang=\"en\"><seg>text</tuv></tu></body></tmx>")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.position.file == "memory.tmx" && error.position.line == 2 && error.position.column != nil
        }
    }

    @Test func wrongRootIsRefusedNamingTheElement() {
        #expect {
            try read("<xliff version=\"1.2\"/>")
        } throws: { error in
            (error as? InputError)?.message.contains("<xliff>") == true
        }
    }

    @Test(.needsSharedData) func xliff2AgainstTheSchemaNamesTheBrokenSample() throws {
        let url = TestData.shared.appendingPathComponent("schemas/samples/xliff21-sample.broken.xlf")
        #expect {
            try read(url, format: .xliff)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.position.file == url.path && error.position.line != nil && error.message.contains("srcLang")
        }
        let valid = TestData.shared.appendingPathComponent("schemas/samples/xliff21-modules-sample.xlf")
        #expect(try read(valid, format: .xliff).0.pairs.count == 2)
    }

    @Test func checkReadsATMXAndPointsFindingsAtItsLines() throws {
        let folder = try TestData.temporaryDirectory()
        let url = folder.appendingPathComponent("memory.tmx")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/>
            <body>
              <tu><tuv xml:lang="en"><seg>The following is a conversation with Dylan Patel and Nathan Lambert.</seg></tuv>
                <tuv xml:lang="zh-CN"><seg>以下是与 Dylan Patel 和 Nathan Lambert 的对话。</seg></tuv></tu>
              <tu><tuv xml:lang="en"><seg>So, like Llama 3, they said they trained on 16,000 <ph>&lt;b/&gt;</ph>H100.</seg></tuv>
                <tuv xml:lang="zh-CN">
                  <seg>所以，就像 Llama 3 一样，他们说他们在 1.6 万个 <ph>&lt;b/&gt;</ph>H100 上进行了训练。</seg></tuv></tu>
              <tu><tuv xml:lang="en"><seg>They will continue to shift the cost curve.</seg></tuv>
                <tuv xml:lang="zh-CN"><seg>They will continue to shift the cost curve.</seg></tuv></tu>
            </body></tmx>
            """.write(to: url, atomically: true, encoding: .utf8)
        let result = try Auditor().audit(bitextPath: url.path, format: .tmx)
        #expect(result.bitext.pairs.count == 3)
        #expect(result.findings.map(\.check) == ["untranslated"])
        let finding = try #require(result.findings.first)
        #expect(finding.source.file == url.path && finding.source.line == 9 && finding.target.line == 10)
    }
}
