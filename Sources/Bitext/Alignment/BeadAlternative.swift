/// The likeliest other bead for some of a doubtful bead's sentences: what the alignment
/// would most probably have been instead, so a reviewer sees where a sentence may belong.
public struct BeadAlternative: Sendable, Hashable, Codable {
    public var source: [Int]
    public var target: [Int]
    /// The probability that this bead, not the chosen one, is right.
    public var probability: Double

    public init(source: [Int], target: [Int], probability: Double) {
        self.source = source
        self.target = target
        self.probability = probability
    }
}
