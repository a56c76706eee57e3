/// The part of the alignment matrix the dynamic programme explores: for each source prefix
/// length i, the target prefix lengths `low[i]...high[i]`. Built around a centre path so the
/// search is linear in document length. Both bounds never decrease, so every cell is reachable.
struct AlignmentBand: Sendable {
    var low: [Int]
    var high: [Int]

    /// A band around `centre` (one target position per source prefix, non-decreasing) with a
    /// half-width per row. Rows look `width` rows ahead and behind, so a long run of one-sided
    /// text (a preface) stays inside the band.
    init(centre: [Int], widths: [Int], targetCount: Int) {
        let rows = centre.count
        var low = (0..<rows).map { i in max(0, centre[max(0, i - widths[i])] - widths[i]) }
        var high = (0..<rows).map { i in min(targetCount, centre[min(rows - 1, i + widths[i])] + widths[i]) }
        low[0] = 0
        high[rows - 1] = targetCount
        for i in stride(from: rows - 2, through: 0, by: -1) { low[i] = min(low[i], low[i + 1]) }
        for i in 1..<max(rows, 1) { high[i] = max(high[i], high[i - 1]) }
        self.low = low
        self.high = high
    }

    /// The cells of the matrix inside the band.
    var cellCount: Int {
        zip(low, high).reduce(0) { $0 + $1.1 - $1.0 + 1 }
    }

    /// Whether a path through (i, j) touches a band edge that is not the matrix edge: the
    /// best path may then lie outside.
    func touchesEdge(row i: Int, column j: Int, targetCount: Int) -> Bool {
        (j == low[i] && low[i] > 0) || (j == high[i] && high[i] < targetCount)
    }

    /// A centre path through pairs of sentences that share rare tokens (names, numbers,
    /// rare words): the heaviest chain increasing on both sides, joined by straight lines.
    static func anchorCentre(anchors: [(source: Int, target: Int, weight: Double)], sourceCount: Int, targetCount: Int) -> [Int] {
        var points: [(Int, Int)] = [(0, 0)]
        points.append(contentsOf: heaviestChain(anchors).flatMap { [($0.source, $0.target), ($0.source + 1, $0.target + 1)] })
        points.append((sourceCount, targetCount))
        var centre = [Int](repeating: 0, count: sourceCount + 1)
        for (from, to) in zip(points, points.dropFirst()) where to.0 >= from.0 {
            for i in from.0...to.0 {
                let span = to.0 - from.0
                let j = span == 0 ? to.1 : from.1 + (to.1 - from.1) * (i - from.0) / span
                centre[i] = max(i == 0 ? 0 : centre[i - 1], min(j, targetCount))
            }
        }
        return centre
    }

    /// Weighted longest chain strictly increasing in source and target (Fenwick tree of maxima).
    private static func heaviestChain(_ anchors: [(source: Int, target: Int, weight: Double)]) -> [(source: Int, target: Int, weight: Double)] {
        guard !anchors.isEmpty else { return [] }
        let sorted = anchors.sorted { $0.source != $1.source ? $0.source < $1.source : $0.target > $1.target }
        let size = (sorted.map(\.target).max() ?? 0) + 2
        var treeValue = [Double](repeating: 0, count: size + 1)
        var treeIndex = [Int](repeating: -1, count: size + 1)
        var best = [Double](repeating: 0, count: sorted.count)
        var previous = [Int](repeating: -1, count: sorted.count)
        for (index, anchor) in sorted.enumerated() {
            var position = anchor.target
            var value = 0.0
            var from = -1
            while position > 0 {
                if treeValue[position] > value {
                    value = treeValue[position]
                    from = treeIndex[position]
                }
                position -= position & -position
            }
            best[index] = value + anchor.weight
            previous[index] = from
            position = anchor.target + 1
            while position <= size {
                if best[index] > treeValue[position] {
                    treeValue[position] = best[index]
                    treeIndex[position] = index
                }
                position += position & -position
            }
        }
        var chain: [(source: Int, target: Int, weight: Double)] = []
        var index = best.indices.max { best[$0] < best[$1] } ?? -1
        while index >= 0 {
            chain.append(sorted[index])
            index = previous[index]
        }
        return chain.reversed()
    }
}
