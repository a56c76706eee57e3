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
        // The documents are Markdown, so the tags show dimmed, and still as text.
        #expect(html.contains(
            "<span class=\"mu keep\">&lt;script&gt;</span>alert(1)<span class=\"mu keep\">&lt;/script&gt;</span> &amp; &quot;quotes&quot;"))
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

/// Pairs of Istio documentation pages (`docs/concepts/traffic-management`) as the HTML report
/// shows them: the reader sees the prose, with the Markdown syntax dimmed and long targets
/// folded away, and nothing of the input ever becomes markup.
@Suite("HTML report of Markdown pages")
struct HTMLMarkdownReportTests {
    static let pairs: [(source: String, target: String)] = [
        ("Virtual services {#virtual-services}", "虚拟服务 {#virtual-services}"),
        ("If you’re interested in the details, you can find out more about Istio’s traffic management implementation in the "
            + "[architecture overview](/docs/ops/deployment/architecture/).",
         "如果您对它们是如何工作的感兴趣的话，可以在[架构概述](/zh/docs/ops/deployment/architecture/)中找到关于 Istio 的流量管理实现的更多信息。"),
        ("The `http` section contains the virtual service’s routing rules; see the [gateways](#gateways) section.",
         "在 `http` 字段包含了虚拟服务的路由规则；参见[网关](#gateways)一节。"),
        ("All traffic ({{< gloss >}}data plane{{</ gloss >}} traffic) is proxied through Envoy <script>alert(1)</script>.",
         "网格内服务发送和接收的所有 {{< gloss >}}data plane{{</ gloss >}} 流量都经由 Envoy 代理 <script>alert(1)</script>。"),
        ("See https://github.com/istio/istio/blob/master/README.md for details.",
         "详情请参见 https://github.com/istio/istio/blob/master/README.md。"),
        ("Read the [install guide](/docs/setup/install/istioctl/).",
         "请阅读[安装指南](/zh/docs/\"onmouseover=\"alert(3)\"/setup/install/)。"),
    ]

    /// The pairs, one block and one segment a side each, read as `format`, with a finding
    /// on the link text of pair 2 and one on the host of the URL in pair 5.
    static func result(format: DocumentFormat) -> AuditResult {
        func document(_ path: String, _ language: Language, _ texts: [String]) -> SegmentedDocument {
            let blocks = texts.enumerated().map { index, text in
                Block(kind: index == 0 ? .heading : .paragraph, text: text, line: 10 + 2 * index)
            }
            return SegmentedDocument(
                document: Document(path: path, format: format, language: language, blocks: blocks),
                segments: texts.enumerated().map { Segment(index: $0.offset, text: $0.element, line: 10 + 2 * $0.offset, block: $0.offset) },
                blockSegments: texts.indices.map { $0..<($0 + 1) })
        }
        let source = document("en/index.md", .english, pairs.map(\.source))
        let target = document("zh/index.md", .chinese, pairs.map(\.target))
        let alignment = Alignment(beads: pairs.indices.map { Bead(source: [$0], target: [$0], score: 0.98) })
        let bitext = AlignedBitext(source: source, target: target, alignment: alignment)
        func finding(_ check: String, _ message: String, pair index: Int, marking part: String) -> Finding {
            let pair = bitext.pairs[index]
            let range = pair.targetText.range(of: part)!
            return Finding(check: check, severity: .warning, message: message,
                           source: Finding.Side(text: pair.sourceText, line: pair.sourceLine, file: "en/index.md"),
                           target: Finding.Side(text: pair.targetText, line: pair.targetLine, file: "zh/index.md",
                                                spans: [Finding.Span(range, in: pair.targetText)]),
                           pair: index)
        }
        let findings = [
            finding("inconsistent-term", "\"architecture overview\" is rendered two ways.", pair: 1, marking: "架构概述"),
            finding("markup", "URL host differs.", pair: 4, marking: "github.com"),
        ]
        return AuditResult(bitext: bitext, source: source, target: target, findings: findings, diagnostics: [])
    }

    static func render(_ format: DocumentFormat) throws -> String {
        String(decoding: try HTMLReporter().render(result(format: format), context: ExportSample.context), as: UTF8.self)
    }

    /// The rendered text of one side of pair `number` (1-based, as the page counts).
    static func side(_ html: String, pair number: Int, _ side: String) throws -> String {
        let pair = try #require(html.range(of: "id=\"p\(number)\">"))
        let start = try #require(html.range(of: "<div class=\"side \(side)\"", range: pair.upperBound..<html.endIndex))
        let text = try #require(html.range(of: "<span class=\"text\">", range: start.upperBound..<html.endIndex))
        let end = try #require(html.range(of: "</span></div>", range: text.upperBound..<html.endIndex))
        return String(html[text.upperBound..<end.lowerBound])
    }

    @Test func aLongLinkTargetIsDimmedAndFoldedWithTheFullTargetInItsTitle() throws {
        let html = try Self.render(.markdown)
        #expect(try Self.side(html, pair: 2, "src").hasSuffix("""
            <span class="mu keep">[</span>architecture overview<span class="mu keep">](<span class="fold" \
            title="/docs/ops/deployment/architecture/"><span>/docs/ops/deployment/architecture/</span></span>)</span>.
            """))
        let url = "https://github.com/istio/istio/blob/master/README.md"
        #expect(try Self.side(html, pair: 5, "src")
            == "See <span class=\"mu keep\"><span class=\"fold\" title=\"\(url)\"><span>\(url)</span></span></span> for details.")
    }

    @Test func shortTargetsHeadingIdsAndShortcodesAreDimmedButShown() throws {
        let html = try Self.render(.markdown)
        #expect(try Self.side(html, pair: 1, "tgt") == "虚拟服务 <span class=\"mu keep\">{#virtual-services}</span>")
        #expect(try Self.side(html, pair: 3, "tgt").hasSuffix("参见<span class=\"mu keep\">[</span>网关<span class=\"mu keep\">](#gateways)</span>一节。"))
        #expect(try Self.side(html, pair: 4, "tgt").hasPrefix("""
            网格内服务发送和接收的所有 <span class="mu keep">{{&lt; gloss &gt;}}</span>data plane\
            <span class="mu keep">{{&lt;/ gloss &gt;}}</span> 流量
            """))
    }

    @Test func inlineCodeIsShownAsCodeBetweenDimmedBackticks() throws {
        let html = try Self.render(.markdown)
        let code = "<span class=\"mu keep\">`</span><code>http</code><span class=\"mu keep\">`</span>"
        #expect(try Self.side(html, pair: 3, "src").hasPrefix("The \(code) section"))
        #expect(try Self.side(html, pair: 3, "tgt").hasPrefix("在 \(code) 字段"))
    }

    @Test func aFindingMarkInsideALinkTextStillRenders() throws {
        let html = try Self.render(.markdown)
        #expect(try Self.side(html, pair: 2, "tgt") == """
            如果您对它们是如何工作的感兴趣的话，可以在<span class="mu keep">[</span>\
            <mark class="fx warning" data-f="1">架构概述</mark><span class="mu keep">](<span class="fold" \
            title="/zh/docs/ops/deployment/architecture/"><span>/zh/docs/ops/deployment/architecture/</span></span>)</span>\
            中找到关于 Istio 的流量管理实现的更多信息。
            """)
    }

    /// What a finding or a term points at is never folded away: the marked URL shows in full.
    @Test func aMarkOnALongTargetKeepsItShown() throws {
        let html = try Self.render(.markdown)
        #expect(try Self.side(html, pair: 5, "tgt") == """
            详情请参见 <span class="mu">https://<mark class="fx warning" data-f="2">github.com</mark>\
            /istio/istio/blob/master/README.md</span>。
            """)
        // Istio's Chinese page: the term matcher marks "sidecar" inside the link target.
        let text = "您可以使用 [Sidecar](/zh/docs/reference/config/networking/sidecar/#Sidecar) 配置"
        let sidecar = text.range(of: "sidecar/")!
        let marks = [HTMLText.Mark(span: Finding.Span(sidecar.lowerBound..<text.index(before: sidecar.upperBound), in: text),
                                   classes: ["term", "accepted"])]
        let styled = HTMLText.escape(text, marking: marks, styling: HTMLText.Styling.markdown(text))
        #expect(styled == """
            您可以使用 <span class="mu keep">[</span>Sidecar<span class="mu">](/zh/docs/reference/config/networking/\
            <mark class="term accepted">sidecar</mark>/#Sidecar)</span> 配置
            """)
        #expect(HTMLText.escape(text, marking: [], styling: HTMLText.Styling.markdown(text)).contains("<span class=\"fold\""))
    }

    @Test func markupInTheInputStaysText() throws {
        let html = try Self.render(.markdown)
        #expect(try Self.side(html, pair: 4, "src").hasSuffix(
            "Envoy <span class=\"mu keep\">&lt;script&gt;</span>alert(1)<span class=\"mu keep\">&lt;/script&gt;</span>."))
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        // A quote in a folded target cannot end the title attribute it is shown in.
        let folded = "/zh/docs/&quot;onmouseover=&quot;alert(3)&quot;/setup/install/"
        #expect(try Self.side(html, pair: 6, "tgt") == """
            请阅读<span class="mu keep">[</span>安装指南<span class="mu keep">](<span class="fold" title="\(folded)">\
            <span>\(folded)</span></span>)</span>。
            """)
        #expect(!html.contains("\"onmouseover"))
    }

    /// Offsets are UTF-16 in the page and UTF-8 bytes in `MarkdownProse`: an astral emoji is
    /// two UTF-16 units and four bytes, a Han character one unit and three bytes.
    @Test func stylingFallsOnTheSyntaxAfterChineseAndAstralText() {
        let text = "😀 见[文档](#x)和 `代码`"
        #expect(HTMLText.escape(text, marking: [], styling: HTMLText.Styling.markdown(text)) == """
            😀 见<span class="mu keep">[</span>文档<span class="mu keep">](#x)</span>和 \
            <span class="mu keep">`</span><code>代码</code><span class="mu keep">`</span>
            """)
    }

    @Test func plainTextDocumentsRenderAsBefore() throws {
        let html = try Self.render(.plainText)
        #expect(!html.contains("class=\"mu") && !html.contains("class=\"fold\""))
        for (index, pair) in Self.pairs.enumerated() where index != 1 && index != 4 {
            #expect(try Self.side(html, pair: index + 1, "src") == HTMLText.escape(pair.source))
            #expect(try Self.side(html, pair: index + 1, "tgt") == HTMLText.escape(pair.target))
        }
        #expect(try Self.side(html, pair: 2, "tgt") == """
            如果您对它们是如何工作的感兴趣的话，可以在[<mark class="fx warning" data-f="1">架构概述</mark>]\
            (/zh/docs/ops/deployment/architecture/)中找到关于 Istio 的流量管理实现的更多信息。
            """)
        #expect(try Self.side(html, pair: 4, "src") == "All traffic ({{&lt; gloss &gt;}}data plane{{&lt;/ gloss &gt;}} traffic) "
            + "is proxied through Envoy &lt;script&gt;alert(1)&lt;/script&gt;.")
    }

    /// Whatever the mix of syntax, marks and scripts, the page holds every character of the
    /// segment once, in order (search reads it), and the element tags are only the report's.
    @Test func everyCharacterOfTheSegmentStaysInThePageText() {
        let pieces = ["[", "]", "(", ")", "](", "`", "``", "<", ">", "</", "<!--", "-->", "{{<", ">}}", "{#", "}", "&", ";",
                      "https://", "istio.io/latest/docs/ops/deployment/", "<code>", "</code>", "<a href=\"", "\"", "'", " ",
                      "网格", "😀", "data plane", "<script>", "alert(1)", "&nbsp;", "!", "#gateways", "/"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<400 {
            let text = (0..<(1 + next(24))).map { _ in pieces[next(pieces.count)] }.joined()
            let length = text.utf16.count
            let marks = (0..<next(3)).map { _ -> HTMLText.Mark in
                let start = next(length)
                return HTMLText.Mark(span: Finding.Span(start: start, end: start + 1 + next(length - start)), classes: ["fx", "warning"], findings: [1])
            }
            let html = HTMLText.escape(text, marking: marks, styling: HTMLText.Styling.markdown(text))
            let tags = html.matches(of: /<[^>]*>/).map { String($0.output) }
            let shown = html.replacing(/<[^>]*>/, with: "")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            #expect(shown == text, "\(text)")
            #expect(tags.allSatisfy { $0.wholeMatch(of: /<\/?(mark|code|span)( class="[a-z ]+"( data-f="1")?| class="fold" title="[^"<>]*")?>/) != nil },
                    "\(text)")
        }
    }

    /// The spans are the stretches `masked(_:)` blanks, each named by its kind.
    @Test func maskedSpansAreWhatMaskedBlanks() {
        let text = "见 [文档](/zh/docs/) 和 `istio-system`、<code>x</code>、<br/>、<!-- 注释 -->、{{< gloss >}}、&nbsp;、"
            + "<https://istio.io>、https://istio.io/latest {#id}"
        let spans = MarkdownProse.maskedSpans(text)
        let bytes = Array(text.utf8)
        #expect(spans.map { String(decoding: bytes[$0.bytes], as: UTF8.self) } == [
            "](/zh/docs/)", "`istio-system`", "<code>x</code>", "<br/>", "<!-- 注释 -->", "{{< gloss >}}", "&nbsp;",
            "<https://istio.io>", "https://istio.io/latest", "{#id}",
        ])
        #expect(spans.map(\.kind) == [.linkTarget, .code, .code, .tag, .comment, .shortcode, .entity, .url, .url, .headingID])
        let masked = Array(MarkdownProse.masked(text).utf8)
        let changed = Set(bytes.indices.filter { bytes[$0] != masked[$0] })
        #expect(changed == Set(spans.flatMap { Array($0.bytes) }))
    }
}
