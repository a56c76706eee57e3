/// The glossary matches of one chunk's pairs, worked out once for every check that reads
/// them (forbidden-term, term-missing, inconsistent-term): matching is most of the cost of
/// a run with a glossary. It belongs to one chunk, whose checks run one after another on
/// one thread, which is what makes the unchecked `Sendable` sound.
final class ChunkTermMatches: @unchecked Sendable {
    let matcher: TermMatcher
    private let chunk: AlignedBitext
    private var known: [[PairTermMatch]?]

    init(matcher: TermMatcher, chunk: AlignedBitext) {
        self.matcher = matcher
        self.chunk = chunk
        known = Array(repeating: nil, count: chunk.pairs.count)
    }

    /// The matches of `pair`, the chunk's pair at `position`; a pair from elsewhere is
    /// matched afresh rather than given another pair's matches.
    func matches(of pair: AlignedPair, at position: Int) -> [PairTermMatch] {
        guard position < known.count, chunk.pairs[position].index == pair.index else {
            return matcher.matches(in: pair, of: chunk)
        }
        if let matches = known[position] { return matches }
        let matches = matcher.matches(in: pair, of: chunk)
        known[position] = matches
        return matches
    }

    /// The matches of every pair of the chunk, in order: those the checks worked out, and
    /// the rest (when the glossary checks are off) matched now.
    func all() -> [[PairTermMatch]] {
        chunk.pairs.indices.map { matches(of: chunk.pairs[$0], at: $0) }
    }
}
