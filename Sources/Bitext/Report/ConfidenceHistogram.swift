/// How sure the aligner was, pair by pair: aligned pairs counted in ten bins of confidence,
/// drawn as inline SVG. Bins below the low-confidence threshold are drawn in the warning
/// colour, since those are the pairs `alignment` findings point at.
struct ConfidenceHistogram {
    static let binCount = 10

    /// Pairs per bin: bin `i` holds scores in `[i/10, (i+1)/10)`, the last one including 1.
    let bins: [Int]
    let aligned: Int
    let low: Int
    let threshold: Double

    init(pairs: [AlignedPair], threshold: Double = Alignment.lowConfidenceThreshold) {
        var bins = Array(repeating: 0, count: Self.binCount)
        var aligned = 0
        var low = 0
        for pair in pairs where !pair.isUnaligned {
            aligned += 1
            if pair.score < threshold { low += 1 }
            let score = min(max(pair.score, 0), 1)
            bins[min(Self.binCount - 1, Int(score * Double(Self.binCount)))] += 1
        }
        self.bins = bins
        self.aligned = aligned
        self.low = low
        self.threshold = threshold
    }

    /// `12 of 4,310 aligned pairs (0.3%) below 0.5`.
    var caption: String {
        let share = aligned == 0 ? 0 : Double(low) * 100 / Double(aligned)
        let formatted = share > 0 && share < 0.1 ? "<0.1" : String(format: "%.1f", share)
        return "\(low) of \(aligned) aligned pairs (\(formatted)%) below \(ExportText.score(threshold))"
    }

    func svg() -> String {
        let barWidth = 30
        let gap = 4
        let plotHeight = 90
        let width = Self.binCount * (barWidth + gap)
        let height = plotHeight + 34
        let maximum = max(1, bins.max() ?? 0)
        var svg = """
            <svg class="chart" role="img" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            aria-label="Alignment confidence"><title>Aligned pairs by confidence</title>
            """
        for (bin, count) in bins.enumerated() {
            let x = bin * (barWidth + gap)
            let length = count == 0 ? 0 : max(2, count * plotHeight / maximum)
            let lowerBound = Double(bin) / Double(Self.binCount)
            let cssClass = lowerBound < threshold ? "low" : "sure"
            svg += """
                <rect x="\(x)" y="\(plotHeight - length + 12)" width="\(barWidth)" height="\(length)" class="\(cssClass)">\
                <title>\(String(format: "%.1f–%.1f", lowerBound, lowerBound + 0.1)): \(count) pairs</title></rect>\
                <text x="\(x + barWidth / 2)" y="\(plotHeight - length + 9)" text-anchor="middle" class="chart-value">\(count)</text>
                """
        }
        for tick in [0, 5, 10] {
            let x = min(width - 1, tick * (barWidth + gap))
            let anchor = tick == 0 ? "start" : tick == 10 ? "end" : "middle"
            svg += "<text x=\"\(x)\" y=\"\(height - 4)\" text-anchor=\"\(anchor)\" class=\"chart-label\">\(String(format: "%.1f", Double(tick) / 10))</text>"
        }
        return svg + "</svg>"
    }
}
