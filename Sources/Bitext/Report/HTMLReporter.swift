import Foundation

/// One self-contained HTML page for people reviewing a translation: a summary (counts,
/// charts, how each glossary term was rendered, how sure the aligner was), then every pair
/// side by side in document order with its findings marked on the exact text.
///
/// Everything the input supplies (text, paths, messages, check ids, speaker names, terms)
/// goes through `HTMLText.escape`, and the data the script reads is JSON escaped for a
/// `<script>` element, so a segment holding markup shows as text. The page loads nothing (a
/// Content-Security-Policy forbids it), works from `file://` and prints. Pairs use
/// `content-visibility: auto`, and the script has one listener per event type, so the whole
/// transcript stays quick.
public struct HTMLReporter: Reporter {
    public init() {}

    /// The page shows one pair of documents side by side, so it takes a report of one result.
    public func write(_ report: CheckReport, context: OutputContext, to output: (Data) throws -> Void) throws {
        guard report.results.count == 1, let result = report.results.first else {
            throw ReportError("the HTML report shows one pair of documents; this report has \(report.results.count)")
        }
        var page = HTMLPage(result: result, context: context)
        try output(Data(try page.render().utf8))
    }
}

/// A report that cannot be written in the format asked for.
public struct ReportError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) { self.description = description }
}

/// The rendering of one report; a value so that `HTMLReporter` stays a pure function.
private struct HTMLPage {
    let result: AuditResult
    let context: OutputContext
    let summary: AuditSummary
    let terms: TermRenderingTable
    /// Row number in the term table per glossary term index.
    let termRows: [Int: Int]
    /// Finding numbers (1-based positions in `result.findings`) per pair index, most severe first.
    let findingsByPair: [Int: [Int]]
    let checks: [(check: String, count: Int)]
    /// Whether each side was read from Markdown, whose inline syntax the pairs show dimmed.
    let sourceIsMarkdown: Bool
    let targetIsMarkdown: Bool
    let adequacy: AdequacyRanking
    /// Position of each scored pair in `adequacy.ranked`, the order "least adequate first" shows.
    let adequacyRank: [Int: Int]
    var html = ""

    init(result: AuditResult, context: OutputContext) {
        self.result = result
        self.context = context
        summary = AuditSummary(result)
        terms = TermRenderingTable(bitext: result.bitext, glossary: result.glossary, matches: result.termMatches)
        termRows = Dictionary(uniqueKeysWithValues: terms.rows.enumerated().map { ($0.element.term, $0.offset) })
        var byPair: [Int: [Int]] = [:]
        for (offset, finding) in result.findings.enumerated() {
            if let pair = finding.pair, result.bitext.pairs.indices.contains(pair) {
                byPair[pair, default: []].append(offset + 1)
            }
        }
        findingsByPair = byPair.mapValues { numbers in
            numbers.sorted { lhs, rhs in
                let (left, right) = (result.findings[lhs - 1].severity, result.findings[rhs - 1].severity)
                return left != right ? left > right : lhs < rhs
            }
        }
        adequacy = AdequacyRanking(bitext: result.bitext)
        adequacyRank = Dictionary(uniqueKeysWithValues: adequacy.ranked.enumerated().map { ($0.element, $0.offset) })
        sourceIsMarkdown = result.bitext.sourceDocument?.document.format == .markdown
        targetIsMarkdown = result.bitext.targetDocument?.document.format == .markdown
        checks = summary.findingsByCheck.map { (check: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.check < $1.check }
    }

    private var bitext: AlignedBitext { result.bitext }

    mutating func render() throws -> String {
        html.reserveCapacity(bitext.pairs.count * 900 + result.findings.count * 500 + 40_000)
        let title = "bitext report: \(bitext.sourcePath) → \(bitext.targetPath)"
        html += """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(HTMLReportAssets.contentSecurityPolicy)">
            <meta name="generator" content="bitext \(HTMLText.escape(context.toolVersion))">
            <title>\(HTMLText.escape(title))</title>
            <style>
            \(HTMLReportAssets.style)
            </style>
            </head>
            <body>

            """
        header()
        summarySection()
        termTable()
        documentFindings()
        leastAdequatePairs()
        toolbar()
        findingsIndex()
        pairs()
        html += "<script type=\"application/json\" id=\"report-data\">\(try pageData())</script>\n"
        html += "<script>\n\(HTMLReportAssets.script)\n</script>\n</body>\n</html>\n"
        return html
    }

    // MARK: Summary

    private mutating func header() {
        html += """
            <header>
            <h1>Translation review</h1>
            <p class="meta"><code>\(HTMLText.escape(bitext.sourcePath))</code> (\(bitext.sourceLanguage.tag)) → \
            <code>\(HTMLText.escape(bitext.targetPath))</code> (\(bitext.targetLanguage.tag)) · generated \
            \(ExportText.xsdDateTime(context.generatedAt)) by bitext \(HTMLText.escape(context.toolVersion))</p>
            </header>

            """
    }

    private mutating func summarySection() {
        let histogram = ConfidenceHistogram(pairs: bitext.pairs)
        let counts: [(String, Int, String)] = [
            ("pairs", summary.pairs, ""),
            ("aligned pairs", summary.alignedPairs, ""),
            ("source-only segments", summary.unalignedSourceSegments, ""),
            ("target-only segments", summary.unalignedTargetSegments, ""),
            ("low-confidence pairs", histogram.low, histogram.low > 0 ? "warning" : ""),
            ("errors", summary.findingsBySeverity[Severity.error.rawValue] ?? 0, "error"),
            ("warnings", summary.findingsBySeverity[Severity.warning.rawValue] ?? 0, "warning"),
            ("findings", result.findings.count, ""),
        ]
        html += "<section id=\"summary\">\n<dl class=\"counts\">"
        for (label, value, cssClass) in counts {
            html += "<div class=\"\(cssClass)\"><dt>\(label)</dt><dd>\(value)</dd></div>"
        }
        html += "</dl>\n<div class=\"charts\">\n"
        let severityChart = HTMLBarChart(
            title: "Findings by severity",
            bars: Severity.allCases.reversed().map {
                HTMLBarChart.Bar(label: $0.rawValue, value: summary.findingsBySeverity[$0.rawValue] ?? 0, cssClass: $0.rawValue)
            })
        let checkChart = HTMLBarChart(
            title: "Findings by check",
            bars: checks.map { HTMLBarChart.Bar(label: $0.check, value: $0.count, cssClass: "check") })
        for chart in [severityChart, checkChart] {
            html += "<figure><figcaption>\(HTMLText.escape(chart.title))</figcaption>\(chart.svg())</figure>\n"
        }
        html += """
            <figure id="confidence"><figcaption>Alignment confidence: \(HTMLText.escape(histogram.caption))</figcaption>\
            \(histogram.svg())</figure>
            </div>

            """
        if !result.diagnostics.isEmpty {
            html += "<h2>Input notes</h2>\n<ul id=\"diagnostics\">\n"
            for diagnostic in result.diagnostics {
                html += "<li>\(HTMLText.escape(diagnostic.description))</li>\n"
            }
            html += "</ul>\n"
        }
        html += "</section>\n"
    }

    /// The inconsistency table: each term the source says, and every rendering found for it.
    private mutating func termTable() {
        guard !terms.rows.isEmpty else { return }
        html += """
            <section id="terms">
            <h2>Glossary terms</h2>
            <p class="legend">How the translation renders each glossary term the source uses; counts are pairs. \
            <span class="r accepted">accepted</span> <span class="r keptSource">kept in English</span> \
            <span class="r forbidden">forbidden</span> <span class="r missing">no rendering</span> \
            Choose a term to see its pairs.</p>
            <div class="term-scroll"><table class="terms">
            <thead><tr><th>Term</th><th class="num">Pairs</th><th>Share</th><th>Renderings found</th></tr></thead>
            <tbody>

            """
        for (row, entry) in terms.rows.enumerated() {
            var chips = entry.renderings.map { rendering in
                "<span class=\"r \(rendering.kind.rawValue)\" title=\"\(Self.kindTitle(rendering.kind))\">"
                    + "\(HTMLText.escape(rendering.text)) <b>\(rendering.pairs)</b></span>"
            }
            if entry.missing > 0 {
                chips.append("<span class=\"r missing\" title=\"no rendering of the term\">none <b>\(entry.missing)</b></span>")
            }
            let classes = [entry.forbiddenPairs > 0 ? "has-forbidden" : "", entry.isInconsistent ? "inconsistent" : ""]
                .filter { !$0.isEmpty }.joined(separator: " ")
            html += """
                <tr class="\(classes)"><td><button type="button" class="term" data-term="\(row)">\
                \(HTMLText.escape(entry.name))</button></td><td class="num">\(entry.pairs)</td>\
                <td>\(shareBar(entry))</td><td>\(chips.joined(separator: " "))</td></tr>

                """
        }
        html += "</tbody>\n</table></div>\n</section>\n"
    }

    /// Findings about the document as a whole (a term rendered several ways across it),
    /// which belong to no single pair.
    private mutating func documentFindings() {
        let documentWide = result.findings.filter { finding in
            finding.pair.map { !bitext.pairs.indices.contains($0) } ?? true
        }.sorted { $0.severity > $1.severity }
        guard !documentWide.isEmpty else { return }
        html += """
            <section id="document-findings">
            <details\(documentWide.count <= 12 ? " open" : "")>
            <summary><h2>Across the document <span class="count">(\(documentWide.count))</span></h2></summary>
            <ul class="findings">
            """
        for finding in documentWide {
            html += """
                <li>\(badge(finding.severity)) <code>\(HTMLText.escape(finding.check))</code> \
                \(HTMLText.escape(finding.message))</li>
                """
        }
        html += "</ul>\n</details>\n</section>\n"
    }

    /// The pairs whose sides least translate each other, worst first: where a reviewer
    /// looking for meaning errors no check names starts reading.
    private mutating func leastAdequatePairs() {
        guard !adequacy.leastAdequate.isEmpty else { return }
        html += """
            <section id="least-adequate">
            <details>
            <summary>Least adequate pairs (\(adequacy.leastAdequate.count), the worst \(Int(AdequacyRanking.listedShare * 100))%): \
            read these first</summary>
            <p class="meta">Adequacy: the share of content words on both sides with a translation on the other side \
            (dictionary, numbers, names). Pairs are ranked by how unlikely their share is in this document; \
            “least adequate first” in the toolbar orders all pairs so.</p>
            <table>
            <thead><tr><th>Pair</th><th>Adequacy</th><th>Source</th><th>Target</th></tr></thead>
            <tbody>

            """
        for index in adequacy.leastAdequate {
            let pair = bitext.pairs[index]
            html += """
                <tr><td><a href="#p\(index + 1)">\(index + 1)</a></td><td>\(Self.percent(adequacy.scores[index]!.coverage))</td>\
                <td lang="\(bitext.sourceLanguage.tag)">\(HTMLText.escape(Self.excerpt(pair.sourceText)))</td>\
                <td lang="\(bitext.targetLanguage.tag)">\(HTMLText.escape(Self.excerpt(pair.targetText)))</td></tr>

                """
        }
        html += "</tbody>\n</table>\n</details>\n</section>\n"
    }

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// The start of a long text, cut at a character.
    private static func excerpt(_ text: String, length: Int = 140) -> String {
        text.count <= length ? text : String(text.prefix(length)) + "…"
    }

    private static func kindTitle(_ kind: TargetTermMatch.Kind) -> String {
        switch kind {
        case .accepted: "accepted rendering"
        case .keptSource: "kept in the source language"
        case .forbidden: "forbidden rendering"
        }
    }

    /// A stacked bar of the term's pairs by kind of rendering.
    private func shareBar(_ row: TermRenderingTable.Row) -> String {
        let width = 110.0
        let parts: [(String, Int)] = [
            ("accepted", row.renderings.filter { $0.kind == .accepted }.reduce(0) { $0 + $1.pairs }),
            ("keptSource", row.renderings.filter { $0.kind == .keptSource }.reduce(0) { $0 + $1.pairs }),
            ("forbidden", row.forbiddenPairs),
            ("missing", row.missing),
        ]
        let total = max(1, parts.reduce(0) { $0 + $1.1 })
        var x = 0.0
        var svg = "<svg class=\"share\" width=\"\(Int(width))\" height=\"10\" viewBox=\"0 0 \(Int(width)) 10\" aria-hidden=\"true\">"
        for (cssClass, count) in parts where count > 0 {
            let length = width * Double(count) / Double(total)
            svg += "<rect x=\"\(String(format: "%.1f", x))\" y=\"0\" width=\"\(String(format: "%.1f", length))\" height=\"10\" class=\"\(cssClass)\"/>"
            x += length
        }
        return svg + "</svg>"
    }

    // MARK: Controls

    private mutating func toolbar() {
        html += """
            <form id="toolbar" role="search" autocomplete="off">
            <input type="search" id="q" placeholder="Search both sides   ( / )" aria-label="Search the text of both sides">
            <fieldset id="severities"><legend>Severity</legend>
            """
        for severity in Severity.allCases.reversed() {
            let count = summary.findingsBySeverity[severity.rawValue] ?? 0
            html += """
                <label class="sev \(severity.rawValue)"><input type="checkbox" data-sev="\(severity.rawValue)" checked> \
                \(severity.rawValue) <span class="count">\(count)</span></label>
                """
        }
        html += "</fieldset>\n<select id=\"check\" aria-label=\"Check\"><option value=\"\">all checks</option>"
        for (check, count) in checks {
            html += "<option value=\"\(HTMLText.escape(check))\">\(HTMLText.escape(check)) (\(count))</option>"
        }
        html += "</select>\n"
        if !terms.rows.isEmpty {
            html += "<select id=\"term\" aria-label=\"Glossary term\"><option value=\"\">all terms</option>"
            for (row, entry) in terms.rows.enumerated() {
                html += "<option value=\"\(row)\">\(HTMLText.escape(entry.name)) (\(entry.pairs))</option>"
            }
            html += "</select>\n"
        }
        html += """
            <select id="order" aria-label="Order of pairs"><option value="">document order</option>\
            <option value="adequacy">least adequate first</option></select>
            <label><input type="checkbox" id="only"> only pairs with findings</label>
            <span class="nav"><button type="button" id="prev" title="previous finding (k)">↑</button>\
            <button type="button" id="next" title="next finding (j)">↓</button></span>
            <div class="keys"><p><kbd>j</kbd>/<kbd>k</kbd> next/previous finding · <kbd>/</kbd> search · \
            <kbd>Esc</kbd> clear filters · <kbd>s</kbd> summary · click a marked word for its finding · \
            filters in the address: <code>?term=DeepSeek&amp;only=1</code></p>\
            <output id="status" aria-live="polite"></output>\
            <button type="button" id="toggle-summary" title="hide or show the summary (s)">hide summary</button></div>
            </form>

            """
    }

    /// Every finding in one table, in document order, each linking to its pair.
    private mutating func findingsIndex() {
        guard !result.findings.isEmpty else { return }
        let ordered = result.findings.enumerated().sorted { lhs, rhs in
            let left = lhs.element.pair ?? -1
            let right = rhs.element.pair ?? -1
            if left != right { return left < right }
            if lhs.element.severity != rhs.element.severity { return lhs.element.severity > rhs.element.severity }
            return lhs.offset < rhs.offset
        }
        html += """
            <details id="findings-index"\(result.findings.count <= 200 ? " open" : "")>
            <summary>All findings as a table (\(result.findings.count))</summary>
            <table>
            <thead><tr><th>Severity</th><th>Check</th><th>Pair</th><th>Where</th><th>Message</th></tr></thead>
            <tbody>

            """
        for (offset, finding) in ordered {
            let pairCell = finding.pair.flatMap { bitext.pairs.indices.contains($0) ? $0 : nil }
                .map { "<a href=\"#f\(offset + 1)\">\($0 + 1)</a>" } ?? "–"
            html += """
                <tr><td>\(badge(finding.severity))</td><td><code>\(HTMLText.escape(finding.check))</code></td>\
                <td>\(pairCell)</td><td>\(HTMLText.escape(place(of: finding)))</td>\
                <td>\(HTMLText.escape(finding.message))</td></tr>

                """
        }
        html += "</tbody>\n</table>\n</details>\n"
    }

    private func place(of finding: Finding) -> String {
        if let line = finding.target.line { return "\(finding.target.file ?? bitext.targetPath):\(line)" }
        if let line = finding.source.line { return "\(finding.source.file ?? bitext.sourcePath):\(line)" }
        return ""
    }

    // MARK: Pairs

    private mutating func pairs() {
        html += """
            <main id="pairs">
            <div class="columns"><span></span><span>Source · \(bitext.sourceLanguage.tag)</span>\
            <span>Target · \(bitext.targetLanguage.tag)</span></div>

            """
        for pair in bitext.pairs {
            self.pair(pair)
        }
        html += "<p id=\"no-match\" hidden>No pair matches the filters. <kbd>Esc</kbd> clears them.</p>\n</main>\n"
    }

    private mutating func pair(_ pair: AlignedPair) {
        let number = pair.index + 1
        let findingNumbers = findingsByPair[pair.index] ?? []
        let sourceStructure = structure(of: pair.source, in: result.source)
        let targetStructure = structure(of: pair.target, in: result.target)
        var classes = ["pair"]
        if pair.isUnaligned { classes.append("unaligned") }
        if sourceStructure.isHeading || targetStructure.isHeading { classes.append("heading") }
        if sourceStructure.speaker != nil || targetStructure.speaker != nil { classes.append("turn") }
        if !findingNumbers.isEmpty { classes.append("has-f") }
        let isLow = !pair.isUnaligned && pair.score < Alignment.lowConfidenceThreshold

        html += "<div class=\"\(classes.joined(separator: " "))\" id=\"p\(number)\">"
        html += "<div class=\"n\"><a href=\"#p\(number)\">\(number)</a>"
        if !pair.isUnaligned {
            html += "<span class=\"score\(isLow ? " low" : "")\" title=\"alignment confidence\">\(ExportText.score(pair.score))</span>"
        }
        if let score = adequacy.scores[pair.index] {
            let isListed = adequacyRank[pair.index]! < adequacy.leastAdequate.count
            html += "<span class=\"adq\(isListed ? " low" : "")\" title=\"adequacy: share of content words translated on the other side\">\(Self.percent(score.coverage))</span>"
        }
        html += "</div>"

        let occurrences = terms.occurrences.indices.contains(pair.index) ? terms.occurrences[pair.index] : .init()
        side(
            "src", language: bitext.sourceLanguage, text: pair.sourceText, line: pair.sourceLine,
            structure: sourceStructure, missing: "no source: target-only text",
            marks: termMarks(occurrences.source) + findingMarks(findingNumbers, text: pair.sourceText, isTarget: false),
            styling: sourceIsMarkdown ? HTMLText.Styling.markdown(pair.sourceText) : [])
        side(
            "tgt", language: bitext.targetLanguage, text: pair.targetText, line: pair.targetLine,
            structure: targetStructure, missing: "no target: not translated",
            marks: termMarks(occurrences.target) + findingMarks(findingNumbers, text: pair.targetText, isTarget: true),
            styling: targetIsMarkdown ? HTMLText.Styling.markdown(pair.targetText) : [])

        if !findingNumbers.isEmpty {
            html += "<ul class=\"findings\">"
            for number in findingNumbers {
                let finding = result.findings[number - 1]
                html += """
                    <li class="f \(finding.severity.rawValue)" id="f\(number)">\(badge(finding.severity)) \
                    <code>\(HTMLText.escape(finding.check))</code> \(HTMLText.escape(finding.message))</li>
                    """
            }
            html += "</ul>"
        }
        html += "</div>\n"
    }

    private func termMarks(_ occurrences: [TermRenderingTable.Occurrence]) -> [HTMLText.Mark] {
        occurrences.map { occurrence in
            HTMLText.Mark(span: occurrence.span, classes: ["term", occurrence.kind?.rawValue ?? "said"])
        }
    }

    /// Marks for the findings' spans on one side. A finding from an older run without spans
    /// still marks its term (`term.found` on the target, the term's name on the source).
    private func findingMarks(_ numbers: [Int], text: String, isTarget: Bool) -> [HTMLText.Mark] {
        numbers.flatMap { number -> [HTMLText.Mark] in
            let finding = result.findings[number - 1]
            let side = isTarget ? finding.target : finding.source
            var spans = side.text == text ? side.spans ?? [] : []
            if spans.isEmpty, side.spans == nil, let term = finding.term {
                let marked = isTarget ? term.found : term.source
                spans = marked.map { Finding.Span.occurrences(of: $0, in: text) } ?? []
            }
            return spans.map { HTMLText.Mark(span: $0, classes: ["fx", finding.severity.rawValue], findings: [number]) }
        }
    }

    private mutating func side(
        _ cssClass: String, language: Language, text: String, line: Int?, structure: Structure,
        missing: String, marks: [HTMLText.Mark], styling: [HTMLText.Styling]
    ) {
        html += "<div class=\"side \(cssClass)\" lang=\"\(language.tag)\">"
        guard !text.isEmpty || line != nil else {
            html += "<span class=\"none\">\(missing)</span></div>"
            return
        }
        if let speaker = structure.speaker {
            html += "<span class=\"speaker\">\(HTMLText.escape(speaker))</span>"
        }
        if let line { html += "<span class=\"ln\">\(line)</span>" }
        html += "<span class=\"text\">\(HTMLText.escape(text, marking: marks, styling: styling))</span></div>"
    }

    private func badge(_ severity: Severity) -> String {
        "<span class=\"badge \(severity.rawValue)\">\(severity.rawValue)</span>"
    }

    /// What the documents say about the block a pair's side starts in.
    private struct Structure {
        var isHeading = false
        /// The speaker's name, when the side starts a speaker's turn.
        var speaker: String?
    }

    private func structure(of segments: [Segment], in document: SegmentedDocument?) -> Structure {
        guard let document, let first = segments.first,
              document.document.blocks.indices.contains(first.block)
        else { return Structure() }
        let block = document.document.blocks[first.block]
        var structure = Structure(isHeading: block.kind == .heading)
        let startsBlock = document.blockSegments.indices.contains(first.block)
            && document.blockSegments[first.block].lowerBound == first.index
        if block.startsTurn, startsBlock, let speaker = block.speaker {
            structure.speaker = speaker.name
        }
        return structure
    }

    // MARK: Data for the script

    /// What the script needs that the markup does not say directly: each finding's pair,
    /// check and severity in page order, the terms of each pair, and the adequacy order.
    private struct PageData: Encodable {
        var pairs: Int
        var severities: [String]
        var checks: [String]
        var terms: [String]
        /// `[finding number, pair index, check index, severity index]` in page order.
        var findings: [[Int]]
        /// `[pair index, term row, term row, …]` for pairs with terms.
        var pairTerms: [[Int]]
        /// Pair indices, least adequate first (pairs without a score are not listed).
        var adequacy: [Int]
    }

    private func pageData() throws -> String {
        let checkNames = checks.map(\.check)
        let checkIndex = Dictionary(uniqueKeysWithValues: checkNames.enumerated().map { ($0.element, $0.offset) })
        var findings: [[Int]] = []
        for pair in bitext.pairs {
            for number in findingsByPair[pair.index] ?? [] {
                let finding = result.findings[number - 1]
                findings.append([number, pair.index, checkIndex[finding.check] ?? -1, Severity.allCases.firstIndex(of: finding.severity) ?? 0])
            }
        }
        var pairTerms: [[Int]] = []
        for (index, occurrences) in terms.occurrences.enumerated() {
            let rows = occurrences.terms.compactMap { termRows[$0] }
            if !rows.isEmpty { pairTerms.append([index] + rows) }
        }
        let data = PageData(
            pairs: bitext.pairs.count, severities: Severity.allCases.map(\.rawValue), checks: checkNames, terms: terms.rows.map(\.name),
            findings: findings, pairTerms: pairTerms, adequacy: adequacy.ranked)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return HTMLText.scriptJSON(String(decoding: try encoder.encode(data), as: UTF8.self))
    }
}
