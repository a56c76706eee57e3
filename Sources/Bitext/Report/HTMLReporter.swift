import Foundation

/// One self-contained HTML page for people reviewing a translation: a summary with charts,
/// then every pair side by side in document order with its findings.
///
/// Everything the input supplies (text, paths, messages, check ids, speaker names) goes
/// through `HTMLText.escape`, so a segment holding markup shows as text. The page loads
/// nothing (a Content-Security-Policy forbids it), works from `file://` and prints.
/// Pairs use `content-visibility: auto`, so thousands of them render quickly.
public struct HTMLReporter: FindingsReporter {
    public init() {}

    public func render(_ result: AuditResult, context: OutputContext) throws -> Data {
        var page = HTMLPage(result: result, context: context)
        return Data(page.render().utf8)
    }
}

/// The rendering of one report; a value so that `HTMLReporter` stays a pure function.
private struct HTMLPage {
    let result: AuditResult
    let context: OutputContext
    let summary: AuditSummary
    /// Finding numbers (1-based positions in `result.findings`) per pair index.
    let findingsByPair: [Int: [Int]]
    var html = ""

    init(result: AuditResult, context: OutputContext) {
        self.result = result
        self.context = context
        summary = AuditSummary(result)
        var byPair: [Int: [Int]] = [:]
        for (offset, finding) in result.findings.enumerated() {
            if let pair = finding.pair, result.bitext.pairs.indices.contains(pair) {
                byPair[pair, default: []].append(offset + 1)
            }
        }
        findingsByPair = byPair
    }

    private var bitext: Bitext { result.bitext }

    mutating func render() -> String {
        html.reserveCapacity(bitext.pairs.count * 700 + result.findings.count * 400 + 20_000)
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
        findingsIndex()
        filters()
        pairs()
        html += "<script>\n\(HTMLReportAssets.script)\n</script>\n</body>\n</html>\n"
        return html
    }

    // MARK: Summary

    private mutating func header() {
        html += """
            <header>
            <h1>Translation review</h1>
            <p class="meta">Source <code>\(HTMLText.escape(bitext.sourcePath))</code> \
            (\(bitext.sourceLanguage.tag)) → target <code>\(HTMLText.escape(bitext.targetPath))</code> \
            (\(bitext.targetLanguage.tag)) · generated \(ExportText.xsdDateTime(context.generatedAt)) by \
            bitext \(HTMLText.escape(context.toolVersion))</p>
            </header>

            """
    }

    private mutating func summarySection() {
        let counts: [(String, Int)] = [
            ("pairs", summary.pairs),
            ("aligned pairs", summary.alignedPairs),
            ("source-only segments", summary.unalignedSourceSegments),
            ("target-only segments", summary.unalignedTargetSegments),
            ("findings", result.findings.count),
        ]
        html += "<section id=\"summary\">\n<dl class=\"counts\">"
        for (label, value) in counts {
            html += "<div><dt>\(label)</dt><dd>\(value)</dd></div>"
        }
        html += "</dl>\n<div class=\"charts\">\n"
        let severityChart = HTMLBarChart(
            title: "Findings by severity",
            bars: Severity.allCases.reversed().map {
                HTMLBarChart.Bar(label: $0.rawValue, value: summary.findingsBySeverity[$0.rawValue] ?? 0, cssClass: $0.rawValue)
            })
        let checkChart = HTMLBarChart(
            title: "Findings by check",
            bars: checksByCount.map { HTMLBarChart.Bar(label: $0.check, value: $0.count, cssClass: "check") })
        for chart in [severityChart, checkChart] {
            html += "<figure><figcaption>\(HTMLText.escape(chart.title))</figcaption>\(chart.svg())</figure>\n"
        }
        html += "</div>\n"
        if !result.diagnostics.isEmpty {
            html += "<h2>Input notes</h2>\n<ul id=\"diagnostics\">\n"
            for diagnostic in result.diagnostics {
                html += "<li>\(HTMLText.escape(diagnostic.description))</li>\n"
            }
            html += "</ul>\n"
        }
        html += "</section>\n"
    }

    /// Checks with findings, most findings first.
    private var checksByCount: [(check: String, count: Int)] {
        summary.findingsByCheck.map { (check: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.check < $1.check }
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
            <summary>All findings (\(result.findings.count))</summary>
            <table>
            <thead><tr><th>Severity</th><th>Check</th><th>Pair</th><th>Where</th><th>Message</th></tr></thead>
            <tbody>

            """
        for (offset, finding) in ordered {
            let pairCell = finding.pair.flatMap { bitext.pairs.indices.contains($0) ? $0 : nil }
                .map { "<a href=\"#f\(offset + 1)\">\($0 + 1)</a>" } ?? "–"
            html += """
                <tr class="f" data-s="\(finding.severity.rawValue)" data-c="\(HTMLText.escape(finding.check))">\
                <td>\(badge(finding.severity))</td><td><code>\(HTMLText.escape(finding.check))</code></td>\
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

    private mutating func filters() {
        html += "<form id=\"filters\">\n<fieldset><legend>Severity</legend>"
        for severity in Severity.allCases.reversed() {
            let count = summary.findingsBySeverity[severity.rawValue] ?? 0
            html += """
                <label><input type="checkbox" data-filter="s" value="\(severity.rawValue)" checked> \
                \(severity.rawValue) (\(count))</label>
                """
        }
        html += "</fieldset>\n<fieldset><legend>Check</legend>"
        for (check, count) in checksByCount {
            html += """
                <label><input type="checkbox" data-filter="c" value="\(HTMLText.escape(check))" checked> \
                <code>\(HTMLText.escape(check))</code> (\(count))</label>
                """
        }
        html += """
            </fieldset>
            <label><input type="checkbox" name="only"> only pairs with findings</label>
            </form>

            """
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
        html += "</main>\n"
    }

    private mutating func pair(_ pair: AlignedPair) {
        let number = pair.index + 1
        let findingNumbers = findingsByPair[pair.index] ?? []
        let findings = findingNumbers.map { result.findings[$0 - 1] }
        let sourceStructure = structure(of: pair.source, in: result.source)
        let targetStructure = structure(of: pair.target, in: result.target)
        var classes = ["pair"]
        if pair.isUnaligned { classes.append("unaligned") }
        if sourceStructure.isHeading || targetStructure.isHeading { classes.append("heading") }
        if !findings.isEmpty { classes.append("has-f") }

        html += "<div class=\"\(classes.joined(separator: " "))\" id=\"p\(number)\">"
        html += "<div class=\"n\"><a href=\"#p\(number)\">\(number)</a>"
        if !pair.isUnaligned { html += "<span class=\"score\">\(ExportText.score(pair.score))</span>" }
        html += "</div>"

        let severityClass = { (finding: Finding) in finding.severity.rawValue }
        side(
            "src", language: bitext.sourceLanguage, text: pair.sourceText, line: pair.sourceLine,
            structure: sourceStructure, missing: "no source: target-only text",
            highlights: findings.compactMap { finding in
                finding.term.map { HTMLText.Highlight(text: $0.source, cssClass: severityClass(finding)) }
            })
        side(
            "tgt", language: bitext.targetLanguage, text: pair.targetText, line: pair.targetLine,
            structure: targetStructure, missing: "no target: not translated",
            highlights: findings.compactMap { finding in
                finding.term?.found.map { HTMLText.Highlight(text: $0, cssClass: severityClass(finding)) }
            })

        if !findings.isEmpty {
            html += "<ul class=\"findings\">"
            for (number, finding) in zip(findingNumbers, findings) {
                html += """
                    <li class="f" id="f\(number)" data-s="\(finding.severity.rawValue)" \
                    data-c="\(HTMLText.escape(finding.check))">\(badge(finding.severity)) \
                    <code>\(HTMLText.escape(finding.check))</code> \(HTMLText.escape(finding.message))</li>
                    """
            }
            html += "</ul>"
        }
        html += "</div>\n"
    }

    private mutating func side(
        _ cssClass: String, language: Language, text: String, line: Int?, structure: Structure,
        missing: String, highlights: [HTMLText.Highlight]
    ) {
        html += "<div class=\"side \(cssClass)\" lang=\"\(language.tag)\">"
        guard !text.isEmpty || line != nil else {
            html += "<span class=\"none\">\(missing)</span></div>"
            return
        }
        if let line { html += "<span class=\"ln\">\(line)</span>" }
        if let speaker = structure.speaker {
            html += "<span class=\"speaker\">\(HTMLText.escape(speaker)):</span>"
        }
        html += "<span class=\"text\">\(HTMLText.escape(text, highlighting: highlights))</span></div>"
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
}
