/// A horizontal bar chart as inline SVG: no script, no fonts to fetch, prints as drawn.
struct HTMLBarChart {
    struct Bar {
        var label: String
        var value: Int
        /// CSS class for the bar's fill (severity colours come from the report's style sheet).
        var cssClass: String
    }

    var title: String
    var bars: [Bar]

    private let rowHeight = 22
    private let barWidth = 220

    /// Wide enough for the longest label at the 12 px chart font (a Latin letter is at most
    /// about 7 px wide, a Han character 12 px), so that `same-target-different-source` is
    /// never cut at the chart's left edge.
    var labelWidth: Int {
        let widest = bars.map { bar in
            bar.label.unicodeScalars.reduce(0.0) { width, scalar in width + (scalar.isASCII ? 7.0 : 12.0) }
        }.max() ?? 0
        return max(100, Int(widest.rounded(.up)) + 12)
    }

    func svg() -> String {
        let labelWidth = labelWidth
        let maximum = max(1, bars.map(\.value).max() ?? 0)
        let height = max(1, bars.count) * rowHeight
        let width = labelWidth + barWidth + 60
        var svg = """
            <svg class="chart" role="img" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            aria-label="\(HTMLText.escape(title))"><title>\(HTMLText.escape(title))</title>
            """
        if bars.isEmpty {
            svg += "<text x=\"0\" y=\"15\" class=\"chart-label\">none</text>"
        }
        for (row, bar) in bars.enumerated() {
            let y = row * rowHeight
            let length = bar.value == 0 ? 0 : max(2, bar.value * barWidth / maximum)
            svg += """
                <text x="\(labelWidth - 6)" y="\(y + 15)" text-anchor="end" class="chart-label">\(HTMLText.escape(bar.label))</text>\
                <rect x="\(labelWidth)" y="\(y + 4)" width="\(length)" height="\(rowHeight - 8)" class="\(bar.cssClass)"/>\
                <text x="\(labelWidth + length + 6)" y="\(y + 15)" class="chart-value">\(bar.value)</text>
                """
        }
        return svg + "</svg>"
    }
}
