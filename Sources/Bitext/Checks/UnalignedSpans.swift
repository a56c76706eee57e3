/// Consecutive pairs with text on one side only, reported as one span: a translator's
/// preface of forty paragraphs is one addition, not forty.
struct UnalignedSpan {
    var pairs: [AlignedPair]

    /// Spans of pairs that have source text and no target (`side == .source`) or the reverse.
    static func spans(in bitext: AlignedBitext, onlyOn side: Side) -> [UnalignedSpan] {
        var spans: [UnalignedSpan] = []
        var current: [AlignedPair] = []
        // Table rows are counted per table by `TableRowsCheck`.
        let rowBlocks = tableRowBlocks(of: side == .source ? bitext.sourceDocument : bitext.targetDocument)
        let moved = movedPairs(in: bitext)
        for pair in bitext.pairs where !moved.contains(pair.index) {
            let segments = side == .source ? pair.source : pair.target
            let matches = side == .source ? (pair.target.isEmpty && !pair.source.isEmpty) : (pair.source.isEmpty && !pair.target.isEmpty)
            if matches, !rowBlocks.isEmpty, segments.allSatisfy({ rowBlocks.contains($0.block) }) { continue }
            if matches {
                current.append(pair)
            } else if !current.isEmpty {
                spans.append(UnalignedSpan(pairs: current))
                current = []
            }
        }
        if !current.isEmpty { spans.append(UnalignedSpan(pairs: current)) }
        return spans
    }

    enum Side { case source, target }

    /// Unaligned pairs whose text is translated by an unaligned pair on the other side
    /// elsewhere in the document: a list item or section the translator put in another
    /// place. The content is there, so it is neither an omission nor an addition. Both
    /// sides must carry most of the other's content words (on real pages moved pieces
    /// share 56–83 %, pairs of unrelated sentences of one page 20 % at the 95th percentile).
    static func movedPairs(in bitext: AlignedBitext) -> Set<Int> {
        let sources = bitext.pairs.filter { $0.target.isEmpty && !$0.source.isEmpty }
        let targets = bitext.pairs.filter { $0.source.isEmpty && !$0.target.isEmpty }
        guard !sources.isEmpty, !targets.isEmpty, sources.count * targets.count <= maximumMoveComparisons else { return [] }
        var moved = Set<Int>()
        for source in sources {
            for target in targets where !moved.contains(target.index) {
                let overlap = TranslationOverlap(
                    source: source.sourceProse, sourceLanguage: bitext.sourceLanguage,
                    target: target.targetProse, targetLanguage: bitext.targetLanguage)
                guard overlap.sourceTypes >= minimumMovedTypes, overlap.targetTypes >= minimumMovedTypes,
                      min(overlap.sourceCoverage, overlap.targetCoverage) >= minimumMovedCoverage
                else { continue }
                moved.formUnion([source.index, target.index])
                break
            }
        }
        return moved
    }

    static let minimumMovedCoverage = 0.4
    /// Content words each side needs: two shared words of a heading prove nothing.
    static let minimumMovedTypes = 3
    /// A document that is mostly unaligned (another text altogether) is not searched for
    /// moves pair by pair.
    static let maximumMoveComparisons = 10_000

    private static func tableRowBlocks(of document: SegmentedDocument?) -> Set<Int> {
        guard let blocks = document?.document.blocks else { return [] }
        return Set(blocks.indices.filter { blocks[$0].kind == .tableRow })
    }

    func segments(_ side: Side) -> [Segment] {
        pairs.flatMap { side == .source ? $0.source : $0.target }
    }

    /// `line 12` or `lines 12–40`.
    func lineDescription(_ side: Side) -> String {
        let lines = segments(side).map(\.line)
        guard let first = lines.min(), let last = lines.max() else { return "" }
        return first == last ? "line \(first)" : "lines \(first)–\(last)"
    }
}

/// How long a translation usually is relative to its source in this document, measured on
/// its own aligned pairs so it adapts to the translator, and drawn towards the usual ratio
/// of the language pair while the document is too short to tell.
/// A check that weighs the texts of a chunk's pairs: the runner works the weights out once
/// a chunk for all of them (`CheckContext.lengthExpectation`).
protocol ReadsLengthExpectation {}

extension CheckContext {
    /// The chunk's length expectation: the runner's, or worked out here when run alone.
    func lengthExpectation(of bitext: AlignedBitext) -> LengthExpectation {
        lengthExpectation ?? LengthExpectation(bitext)
    }
}

struct LengthExpectation: Sendable {
    let ratio: Double
    /// The text weight of each pair's sides, by position in `bitext.pairs` (zero for
    /// unaligned pairs), so the checks that compare pairs with the ratio weigh each text once.
    let weights: [Weights]

    struct Weights: Sendable {
        var source: Int
        var target: Int
    }

    /// Text characters of Chinese per English letter and digit (0.27 on literary mac-dev,
    /// 0.39 on the technical transcript, whose Chinese keeps many Latin names).
    static let chinesePerEnglish = 0.33
    /// How much source text the prior weighs, in characters.
    static let priorWeight = 3000.0

    init(_ bitext: AlignedBitext) {
        // By position: mapping the pairs would copy each one.
        weights = bitext.pairs.indices.map { position in
            bitext.pairs[position].isUnaligned
                ? Weights(source: 0, target: 0)
                : Weights(source: Self.weight(bitext.pairs[position].sourceText), target: Self.weight(bitext.pairs[position].targetText))
        }
        let sourceTotal = weights.reduce(0) { $0 + $1.source }
        let targetTotal = weights.reduce(0) { $0 + $1.target }
        let prior: Double = switch (bitext.sourceLanguage, bitext.targetLanguage) {
        case (.english, .chinese): Self.chinesePerEnglish
        case (.chinese, .english): 1 / Self.chinesePerEnglish
        default: 1
        }
        ratio = (Double(targetTotal) + prior * Self.priorWeight) / (Double(sourceTotal) + Self.priorWeight)
    }

    /// Characters that carry text: letters, digits and Han characters, not spaces or punctuation.
    static func weight(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { count, scalar in count + (carriesText(scalar) ? 1 : 0) }
    }

    /// Letters and digits; ASCII and the CJK Unified Ideographs block (all of it assigned,
    /// all alphabetic) are answered without a Unicode property lookup, and the rest of the
    /// Basic Multilingual Plane (punctuation around Chinese text) from a table.
    static func carriesText(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x4E00...0x9FFF: true
        case 0..<0x80: false
        case 0x80...0xFFFF: basicPlaneCarriesText[Int(scalar.value)]
        default: hasTextProperty(scalar)
        }
    }

    /// The property test behind `carriesText`.
    static func hasTextProperty(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// `hasTextProperty` of every scalar value below U+10000 (false for surrogates, which
    /// are no scalars); 64 KB built once on first use.
    private static let basicPlaneCarriesText: [Bool] = (0..<0x10000).map { value in
        Unicode.Scalar(UInt32(value)).map(hasTextProperty) ?? false
    }

    func expectedTargetWeight(forSourceWeight weight: Int) -> Double {
        Double(weight) * ratio
    }
}
