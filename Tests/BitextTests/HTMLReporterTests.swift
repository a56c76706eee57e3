import Foundation
import Testing
@testable import Bitext

@Suite struct HTMLReporterTests {
    static let hostileSource = "<script>alert(1)</script> & \"quotes\""
    static let hostileTarget = "<img src=x onerror=alert(1)> 开源"

    /// Two small documents in the shape the readers produce (real lex-459 text: a Chinese
    /// section heading with no source, speaker turns with the translation's misspelled
    /// label), plus a pair of hostile text, aligned pair by pair.
    static func result() throws -> AuditResult {
        let english = Document(path: "en.md", format: .markdown, language: .english, blocks: [
            Block(kind: .paragraph, text: "The following is a conversation with Dylan Patel and Nathan Lampert. Plus R1 is open wait and O3 mini is not.",
                  line: 2, speaker: SpeakerLabel(name: "Lex Fridman", line: 2), startsTurn: true),
            Block(kind: .paragraph, text: hostileSource, line: 4),
        ])
        let chinese = Document(path: "zh.md", format: .markdown, language: .chinese, blocks: [
            Block(kind: .heading, text: "背景介绍", line: 80, headingLevel: 2, section: 1),
            Block(kind: .paragraph, text: "以下是与 Dylan Patel 和 Nathan Lambert 的对话。另外，R1 是开源的而 o3-mini 不是。",
                  line: 83, speaker: SpeakerLabel(name: "Lex Frdiman", line: 83), startsTurn: true, section: 1),
            Block(kind: .paragraph, text: hostileTarget, line: 85, section: 1),
        ])
        let source = SegmentedDocument(document: english, segments: [
            Segment(index: 0, text: "The following is a conversation with Dylan Patel and Nathan Lampert.", line: 2, block: 0),
            Segment(index: 1, text: "Plus R1 is open wait and O3 mini is not.", line: 2, block: 0),
            Segment(index: 2, text: hostileSource, line: 4, block: 1),
        ], blockSegments: [0..<2, 2..<3])
        let target = SegmentedDocument(document: chinese, segments: [
            Segment(index: 0, text: "背景介绍", line: 80, block: 0),
            Segment(index: 1, text: "以下是与 Dylan Patel 和 Nathan Lambert 的对话。", line: 83, block: 1),
            Segment(index: 2, text: "另外，R1 是开源的而 o3-mini 不是。", line: 83, block: 1),
            Segment(index: 3, text: hostileTarget, line: 85, block: 2),
        ], blockSegments: [0..<1, 1..<3, 3..<4])
        let alignment = Alignment(beads: [
            Bead(source: [], target: [0], score: 0),
            Bead(source: [0], target: [1], score: 0.91),
            Bead(source: [1], target: [2], score: 0.66),
            Bead(source: [2], target: [3], score: 0.5),
        ])
        let bitext = AlignedBitext(source: source, target: target, alignment: alignment)
        func finding(_ check: String, _ severity: Severity, _ message: String, _ index: Int, term: Finding.TermReference? = nil) -> Finding {
            let pair = bitext.pairs[index]
            return Finding(check: check, severity: severity, message: message,
                           source: Finding.Side(text: pair.sourceText, line: pair.sourceLine, file: "en.md"),
                           target: Finding.Side(text: pair.targetText, line: pair.targetLine, file: "zh.md"),
                           term: term, pair: index)
        }
        let findings = [
            finding("speaker", .warning, "Speaker label \"Lex Frdiman\" differs from \"Lex Fridman\".", 1),
            finding("forbidden-term", .error, "\"open weight\" must not be translated as \"开源\".", 2,
                    term: Finding.TermReference(source: "open weight", found: "开源")),
            finding("markup", .info, "Unbalanced <b> in <script>alert(2)</script>", 3),
            Finding(check: "alignment", severity: .warning, message: "1 of 4 pairs is unaligned.", source: .empty, target: .empty),
        ]
        let diagnostics = [Diagnostic(.warning, "stray <tag> on line", file: "zh.md", line: 9)]
        return AuditResult(bitext: bitext, source: source, target: target, findings: findings, diagnostics: diagnostics)
    }

    func render(_ result: AuditResult) throws -> String {
        String(decoding: try HTMLReporter().render(result, context: ExportSample.context), as: UTF8.self)
    }

    @Test func inputTextIsEscapedEverywhere() throws {
        let html = try render(Self.result())
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("Unbalanced &lt;b&gt; in &lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(html.contains("stray &lt;tag&gt; on line"))
        // The page's own two scripts: its data, inert JSON, and its code.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.contains("<script type=\"application/json\" id=\"report-data\">"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("alert(1)</script>"))
    }

    @Test func isSelfContained() throws {
        let html = try render(Self.result())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none';"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains(" src=\""))
        #expect(html.contains("<style>") && html.contains("content-visibility: auto"))
    }

    @Test func summaryCountsAndChartsComeFirst() throws {
        let html = try render(Self.result())
        #expect(html.contains("<dt>pairs</dt><dd>4</dd>"))
        #expect(html.contains("<dt>aligned pairs</dt><dd>3</dd>"))
        #expect(html.contains("<dt>target-only segments</dt><dd>1</dd>"))
        #expect(html.contains("<dt>findings</dt><dd>4</dd>"))
        #expect(html.contains("aria-label=\"Findings by severity\""))
        #expect(html.contains(">forbidden-term</text>"))
        let summary = try #require(html.range(of: "id=\"summary\"")).lowerBound
        let firstPair = try #require(html.range(of: "id=\"p1\"")).lowerBound
        #expect(summary < firstPair)
    }

    @Test func pairsAppearInOrderWithStructureLinesAndFindings() throws {
        let result = try Self.result()
        let html = try render(result)
        let positions = try (1...4).map { try #require(html.range(of: "id=\"p\($0)\"")).lowerBound }
        #expect(positions == positions.sorted())
        #expect(html.contains("<div class=\"pair unaligned heading\" id=\"p1\">"))
        #expect(html.contains("<span class=\"none\">no source: target-only text</span>"))
        #expect(html.contains("<span class=\"speaker\">Lex Frdiman</span><span class=\"ln\">83</span>"))
        #expect(html.contains("<span class=\"speaker\">Lex Fridman</span><span class=\"ln\">2</span>"))
        // The second sentence of the turn does not repeat the speaker.
        #expect(html.components(separatedBy: "Lex Fridman</span>").count - 1 == 1)
        #expect(html.contains("<div class=\"pair turn has-f\" id=\"p2\">"))
        // A finding without spans still marks its term's wrong rendering.
        #expect(html.contains("<mark class=\"fx error\" data-f=\"2\">开源</mark>"))
        #expect(html.contains("<li class=\"f error\" id=\"f2\">"))
        let pair3 = try #require(html.range(of: "id=\"p3\"")).lowerBound
        let pair4 = try #require(html.range(of: "id=\"p4\"")).lowerBound
        let finding2 = try #require(html.range(of: "id=\"f2\"")).lowerBound
        #expect(pair3 < finding2 && finding2 < pair4)
        #expect(html.contains("<a href=\"#f2\">3</a>"))
    }

    @Test func overlappingMarksAreCutIntoPiecesCarryingEveryClassAndFinding() {
        let text = "Open weights <and> 开放的重量"
        let marks = [
            HTMLText.Mark(span: Finding.Span(start: 0, end: 12), classes: ["term", "said"]),
            HTMLText.Mark(span: Finding.Span(start: 5, end: 18), classes: ["fx", "warning"], findings: [3]),
            HTMLText.Mark(span: Finding.Span(start: 19, end: 24), classes: ["fx", "error"], findings: [7]),
        ]
        #expect(HTMLText.escape(text, marking: marks) == """
            <mark class="term said">Open </mark><mark class="term said fx warning" data-f="3">weights</mark>\
            <mark class="fx warning" data-f="3"> &lt;and&gt;</mark> <mark class="fx error" data-f="7">开放的重量</mark>
            """)
    }

    @Test func marksOutsideTheTextOrInsideACharacterAreIgnored() {
        let text = "a 😀 b"
        let marks = [
            HTMLText.Mark(span: Finding.Span(start: 3, end: 4), classes: ["fx"]),
            HTMLText.Mark(span: Finding.Span(start: 5, end: 40), classes: ["fx"]),
            HTMLText.Mark(span: Finding.Span(start: 2, end: 4), classes: ["ok"]),
        ]
        #expect(HTMLText.escape(text, marking: marks) == "a <mark class=\"ok\">😀</mark> b")
    }

    @Test func embeddedJSONCannotCloseItsScriptElement() throws {
        let json = HTMLText.scriptJSON("{\"term\":\"</script><script>alert(1)</script> & <!-- \u{2028}\u{2029}\"}")
        #expect(json == #"{"term":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 \u003c!-- \u2028\u2029"}"#)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(decoded?["term"] == "</script><script>alert(1)</script> & <!-- \u{2028}\u{2029}")
    }

    @Test func toolbarListsEverySeverityAndCheck() throws {
        let html = try render(Self.result())
        for severity in Severity.allCases {
            #expect(html.contains("data-sev=\"\(severity.rawValue)\" checked"))
        }
        for check in ["speaker", "forbidden-term", "markup", "alignment"] {
            #expect(html.contains("<option value=\"\(check)\">\(check) (1)</option>"))
        }
        #expect(html.contains("id=\"only\""))
        #expect(html.contains("<kbd>j</kbd>/<kbd>k</kbd> next/previous finding"))
    }

    @Test func aFindingAboutAPairThatDoesNotExistStaysInTheIndexWithoutALink() throws {
        var result = try Self.result()
        result.findings.append(Finding(check: "omission", severity: .error, message: "stale pair",
                                       source: .empty, target: .empty, pair: 99))
        let html = try render(result)
        #expect(html.contains("<td>–</td><td></td><td>stale pair</td>"))
        #expect(!html.contains("id=\"f5\""))
        #expect(html.contains("<dt>findings</dt><dd>5</dd>"))
    }

    @Test func rendersWithoutDocumentsForBilingualInput() throws {
        var result = try Self.result()
        result.source = nil
        result.target = nil
        let html = try render(result)
        #expect(!html.contains("class=\"speaker\""))
        #expect(html.contains("<div class=\"pair unaligned\" id=\"p1\">"))
    }

    /// The real transcript, read and segmented by the real readers, shows its structure:
    /// the translation's section headings and both sides' speaker names. Segments are
    /// paired in order here (the aligner is exercised by the end-to-end tests), which
    /// leaves the surplus target segments unaligned.
    @Test func rendersTheRealTranscriptWithItsStructure() throws {
        var diagnostics = Diagnostics()
        let english = try DocumentLoader.load(path: TestData.englishTranscript.path, diagnostics: &diagnostics)
        let chinese = try DocumentLoader.load(path: TestData.chineseTranscript.path, diagnostics: &diagnostics)
        let source = Segmenter().segment(english)
        let target = Segmenter().segment(chinese)
        let count = max(source.segments.count, target.segments.count)
        let alignment = Alignment(beads: (0..<count).map { index in
            Bead(source: index < source.segments.count ? [index] : [],
                 target: index < target.segments.count ? [index] : [], score: 0.5)
        })
        let bitext = AlignedBitext(source: source, target: target, alignment: alignment)
        let result = AuditResult(bitext: bitext, source: source, target: target, findings: [], diagnostics: diagnostics.items)
        let html = try render(result)
        #expect(html.components(separatedBy: "<div class=\"pair").count - 1 == bitext.pairs.count)
        #expect(html.contains("<span class=\"speaker\">Lex Fridman</span>"))
        #expect(html.contains("<span class=\"speaker\">Lex Frdiman</span>"))
        let headings = chinese.blocks.filter { $0.kind == .heading }
        #expect(!headings.isEmpty)
        let pairClasses = html.components(separatedBy: "<div class=\"pair").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(pairClasses.filter { $0.split(separator: " ").contains("heading") }.count == headings.count)
        #expect(html.hasSuffix("</html>\n"))
    }
}

@Suite("HTML bar chart")
struct HTMLBarChartTests {
    /// Every check id must fit left of the bars at the chart's 12 px font: a Latin letter is
    /// up to 7 px there, and the label is drawn right-aligned at `labelWidth - 6`.
    @Test func theLongestCheckIdIsNotCut() {
        let bars = CheckRegistry.all.map { HTMLBarChart.Bar(label: $0.description.id, value: 3, cssClass: "warning") }
        let chart = HTMLBarChart(title: "Findings by check", bars: bars)
        let longest = CheckRegistry.all.map { $0.description.id.count }.max()!
        #expect(longest >= 28)
        #expect(chart.labelWidth - 6 >= longest * 7)
        #expect(chart.svg().contains("x=\"\(chart.labelWidth - 6)\""))
        #expect(HTMLBarChart(title: "t", bars: [HTMLBarChart.Bar(label: "error", value: 1, cssClass: "error")]).labelWidth == 100)
    }
}
