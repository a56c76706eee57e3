import Foundation

/// Natural logarithms on a grid of quarter units: bead lengths are sums of character counts
/// scaled by a ratio, and the length score needs no more precision than that. Values
/// beyond the table fall back to `log`.
struct LogarithmTable: Sendable {
    private let values: [Double]
    private static let steps = 4.0

    init(upTo limit: Int) {
        values = (0...(limit * Int(Self.steps))).map { Foundation.log(max(Double($0), 0.5) / Self.steps) }
    }

    @inline(__always)
    func log(_ x: Double) -> Double {
        let index = Int(x * Self.steps + 0.5)
        return index < values.count ? values[index] : Foundation.log(x)
    }
}
