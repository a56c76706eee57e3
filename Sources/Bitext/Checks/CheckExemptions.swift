/// Pairs of a software-string file that some checks leave alone, decided here for every
/// check so that the rule is in one place (and `bitext checks` prints it):
///
/// - **the source is a message key** (`MessageKey`): checks that compare the target with the
///   source's prose — its terms, numbers, placeholders, tags, length, or which sources share a
///   translation — have nothing to compare with, and would report the key's `403` or the
///   target's `<a>` as differences. Checks of the target alone still run: `punctuation`
///   (half-width `.` in Chinese), `quote-style`, `cjk-spacing`, `repeated-word`, and `untranslated`, which
///   reads a key source only to say that the target is still English or the key itself.
///   `same-source-different-target` runs too: one key translated two ways is as wrong as
///   one sentence translated two ways.
/// - **the unit is marked `translate="no"`** (XLIFF 1.2 and 2 unit attribute): its target is
///   meant to repeat the source, so a copy, a short target, or a term left in English is
///   what was asked for.
///
/// Checks of documents (speakers, tables, stale translations) never see such pairs.
public enum CheckExemptions {
    /// Why a pair is left alone; the raw value is how the catalogue says it.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case keySource = "pairs whose source is a message key"
        case untranslatableUnit = "units marked translate=\"no\""

        /// One bit a kind, for tallies that keep a pair's kinds in a few bits.
        var bit: UInt8 { self == .keySource ? 1 : 2 }

        static func bits(_ kinds: Set<Kind>) -> UInt8 { kinds.reduce(0) { $0 | $1.bit } }
    }

    /// Checks that skip a pair whose source is a message key.
    public static let skipKeySources: Set<String> = [
        "alignment", "forbidden-term", "term-missing", "inconsistent-term", "numbers", "placeholders",
        "omission", "partial-omission", "like-as-verb", "addition", "markup", "same-target-different-source",
    ]

    /// Checks that skip a unit marked `translate="no"`.
    public static let skipUntranslatableUnits: Set<String> = [
        "term-missing", "inconsistent-term", "untranslated", "omission", "partial-omission", "addition",
    ]

    /// The kinds of pairs the check with this id skips.
    public static func kinds(skippedBy checkID: String) -> Set<Kind> {
        var kinds: Set<Kind> = []
        if skipKeySources.contains(checkID) { kinds.insert(.keySource) }
        if skipUntranslatableUnits.contains(checkID) { kinds.insert(.untranslatableUnit) }
        return kinds
    }

    /// Whether the unit asks not to be translated (`translate="no"`).
    public static func isUntranslatable(_ pair: AlignedPair) -> Bool {
        pair.unitAttribute("translate") == "no"
    }

    /// The pairs of a chunk that the exemptions concern, by pair index; none for documents.
    struct ExemptPairs {
        private var pairs: [Kind: Set<Int>] = [:]

        init(_ chunk: AlignedBitext) {
            guard chunk.sourceDocument == nil else { return }
            // By position: iterating would copy every pair.
            for position in chunk.pairs.indices {
                let index = chunk.pairs[position].index
                if MessageKey.isKey(chunk.pairs[position]) { pairs[.keySource, default: []].insert(index) }
                if CheckExemptions.isUntranslatable(chunk.pairs[position]) { pairs[.untranslatableUnit, default: []].insert(index) }
            }
        }

        /// The kinds of exemption of one pair, as `Kind.bits`.
        func bits(of pairIndex: Int) -> UInt8 {
            pairs.reduce(0) { $0 | ($1.value.contains(pairIndex) ? $1.key.bit : 0) }
        }

        /// The pairs the check with this id skips.
        func skipped(by checkID: String) -> Set<Int> {
            CheckExemptions.kinds(skippedBy: checkID).reduce(into: Set<Int>()) { $0.formUnion(pairs[$1] ?? []) }
        }
    }
}
