/// A check that compares pairs across a whole document: a term rendered several ways, a
/// sentence translated differently elsewhere. Its work is split so that a memory of a
/// million units can be checked in chunks, on every core, without holding its pairs:
/// `tally` sums up one chunk, the tallies of consecutive chunks are joined in document order
/// (`DocumentTally.append`), and `findings` reads the joined tally once the document ends.
/// Checked whole, a document is one chunk: both ways give the same findings.
protocol DocumentCheck: Check {
    associatedtype Tally: DocumentTally
    /// The summary of one chunk. `skipping` holds the pairs a prerequisite reported on; they
    /// take no part in the comparison. Checks with the same `Tally` type and prerequisites
    /// must compute it alike: the runner computes it once a chunk for all of them.
    func tally(_ chunk: AlignedBitext, skipping: Set<Int>, context: CheckContext) -> Tally
    /// `document` gives the file names and languages; its pairs may be gone.
    func findings(from tally: Tally, in document: AlignedBitext, context: CheckContext) -> [Finding]
}

/// What a document check keeps of the pairs it has seen: compact, whatever the document's size.
protocol DocumentTally: Sendable {
    /// Adds the tally of the chunk that comes right after the ones this tally has seen.
    mutating func append(_ next: Self)
    /// Whether the tally notes each pair's `CheckExemptions` (from `CheckContext.exemptPairs`)
    /// so that checks with different exemptions read one tally, each leaving out its own;
    /// otherwise the exempt pairs are skipped and each set of exemptions has its own tally.
    static var recordsExemptions: Bool { get }
}

extension DocumentTally {
    static var recordsExemptions: Bool { false }
}

extension DocumentCheck {
    /// The check on a document taken as one chunk: what `Check.run` does for these checks.
    func runWhole(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        findings(from: tally(bitext, skipping: [], context: context), in: bitext, context: context)
    }

    /// A finding shown on one example pair of the document.
    func finding(
        _ message: String, example: PairSnapshot, in document: AlignedBitext, context: CheckContext, pair: Int?,
        severity: Severity? = nil, term: Finding.TermReference? = nil
    ) -> Finding {
        Finding(
            check: Self.description.id, severity: severity ?? context.severity, message: message,
            source: Finding.Side(text: example.sourceText, line: example.sourceLine, file: document.sourcePath),
            target: Finding.Side(text: example.targetText, line: example.targetLine, file: document.targetPath),
            term: term, pair: pair)
    }
}

/// What a document-level finding needs of a pair once the pair itself is gone.
struct PairSnapshot: Sendable, Hashable {
    var index: Int
    var sourceText: String
    var targetText: String
    var sourceLine: Int?
    var targetLine: Int?

    init(index: Int, sourceText: String, targetText: String, sourceLine: Int?, targetLine: Int?) {
        self.index = index
        self.sourceText = sourceText
        self.targetText = targetText
        self.sourceLine = sourceLine
        self.targetLine = targetLine
    }

    init(_ pair: AlignedPair) {
        self.init(
            index: pair.index, sourceText: pair.sourceText, targetText: pair.targetText,
            sourceLine: pair.sourceLine, targetLine: pair.targetLine)
    }
}

/// How many pairs share something and the first few lines where they are: messages list a
/// handful of lines, so a million occurrences cost no more than eight.
struct LineSample: Sendable, Hashable {
    /// How many lines a message lists before eliding.
    static let linesShown = 8

    private(set) var pairs = 0
    private(set) var lines: [Int] = []
    /// Lines known beyond those kept in `lines`.
    private(set) var moreLines = 0

    mutating func add(line: Int?) {
        pairs += 1
        guard let line else { return }
        if lines.count < Self.linesShown { lines.append(line) } else { moreLines += 1 }
    }

    mutating func append(_ next: LineSample) {
        pairs += next.pairs
        let room = Self.linesShown - lines.count
        lines += next.lines.prefix(room)
        moreLines += next.moreLines + max(0, next.lines.count - room)
    }

    /// ` (3 pairs, lines 3, 9, 40)` after a word found in several pairs; empty for one pair.
    var pairCount: String {
        pairs == 1 ? "" : " (\(pairs) pairs, \(description))"
    }

    /// `lines 3, 9, 40` or `line 12`, elided after `linesShown` lines.
    var description: String {
        let total = lines.count + moreLines
        return "line\(total == 1 ? "" : "s") " + lines.map(String.init).joined(separator: ", ") + (moreLines > 0 ? ", …" : "")
    }
}
