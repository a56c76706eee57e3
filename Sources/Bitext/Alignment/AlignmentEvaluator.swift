/// Strict and lax bead precision/recall as defined by Vecalign's `score.py` (Thompson &
/// Koehn 2019) and reused by Bertalign, so figures compare with published ones:
/// - precision looks at every test bead: strict if the identical bead is in the gold, lax if
///   some source sentence's gold bead shares a target sentence with it (so a test 1-0 or 0-1
///   bead is lax-correct only when it is exactly a gold bead);
/// - recall is the same measure with gold and test swapped, after dropping 1-0/0-1 beads
///   from both, so missed insertions and deletions are not counted against recall.
public enum AlignmentEvaluator {
    public static func counts(gold: [Bead], test: [Bead]) -> AlignmentCounts {
        var counts = AlignmentCounts()
        let precision = matches(reference: gold, candidates: test)
        counts.strictTruePositives = precision.strict
        counts.strictFalsePositives = precision.total - precision.strict
        counts.laxTruePositives = precision.lax
        counts.laxFalsePositives = precision.total - precision.lax
        let recall = matches(
            reference: test.filter { !$0.isUnaligned }, candidates: gold.filter { !$0.isUnaligned })
        counts.strictFound = recall.strict
        counts.strictMissed = recall.total - recall.strict
        counts.laxFound = recall.lax
        counts.laxMissed = recall.total - recall.lax
        return counts
    }

    /// How many distinct candidate beads match the reference strictly and laxly.
    private static func matches(reference: [Bead], candidates: [Bead]) -> (strict: Int, lax: Int, total: Int) {
        let referenceKeys = Set(reference.map(BeadKey.init))
        var targetsOfSource: [Int: Set<Int>] = [:]
        for bead in reference {
            for source in bead.source { targetsOfSource[source, default: []].formUnion(bead.target) }
        }
        var strict = 0
        var lax = 0
        let candidateKeys = Set(candidates.map(BeadKey.init)).filter { !($0.source.isEmpty && $0.target.isEmpty) }
        for key in candidateKeys {
            if referenceKeys.contains(key) {
                strict += 1
                lax += 1
            } else if key.source.contains(where: { !(targetsOfSource[$0]?.isDisjoint(with: key.target) ?? true) }) {
                lax += 1
            }
        }
        return (strict, lax, candidateKeys.count)
    }

    /// A bead without its score: what "the same bead" means when comparing.
    private struct BeadKey: Hashable {
        var source: [Int]
        var target: [Int]
        init(_ bead: Bead) {
            source = bead.source
            target = bead.target
        }
    }
}
