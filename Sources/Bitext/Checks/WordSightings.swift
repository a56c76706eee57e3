/// Words a check would replace, gathered over a chunk: each (found, replacement) once, with
/// the first pair that has it, its spans there and every pair's line. A translator fixes a
/// word everywhere at once, so a word is one finding, not one per occurrence.
struct WordSightings {
    struct Word: Hashable {
        var found: String
        var replacement: String
    }

    private struct Sighting {
        var position: Int
        var scalars: [Range<Int>] = []
        var lines = LineSample()
    }

    private var order: [Word] = []
    private var sightings: [Word: Sighting] = [:]
    private var currentPosition = -1
    private var seenInPair: Set<Word> = []

    /// Notes `word` at `scalars` of the target of the pair at `position`; pairs come in order.
    mutating func add(_ word: Word, scalars: Range<Int>, position: Int, line: Int?) {
        if position != currentPosition {
            currentPosition = position
            seenInPair = []
        }
        if sightings[word] == nil {
            sightings[word] = Sighting(position: position)
            order.append(word)
        }
        if sightings[word]!.position == position { sightings[word]!.scalars.append(scalars) }
        if seenInPair.insert(word).inserted { sightings[word]!.lines.add(line: line) }
    }

    /// One finding per word, in the order first seen, on its first pair; the message is
    /// followed by the pair count and lines when there are several.
    func findings(
        by check: some Check, in bitext: AlignedBitext, context: CheckContext, message: (Word) -> String
    ) -> [Finding] {
        order.map { word in
            let sighting = sightings[word]!
            let pair = bitext.pairs[sighting.position]
            return check.finding(
                message(word) + sighting.lines.pairCount, pair: pair, in: bitext, context: context,
                targetSpans: Finding.Span.scalarRanges(sighting.scalars, in: pair.targetProse))
        }
    }
}
