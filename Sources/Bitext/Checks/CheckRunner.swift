/// Runs the enabled checks over a bitext and orders the findings the way a reader goes
/// through a document: by pair, then by catalogue order. A check skips the pairs on which
/// one of its prerequisites reported something, and the pairs `CheckExemptions` keeps from
/// it (a message key as source, a unit marked `translate="no"`).
///
/// A long document is checked in chunks (`checkChunk`), which may run on several cores:
/// pair checks report on their chunk at once, document checks (`DocumentCheck`) sum it up in
/// a tally; `DocumentTallies` joins the tallies in document order and reports at the end.
public struct CheckRunner: Sendable {
    public var checks: [any Check.Type]
    public var configuration: CheckConfiguration
    public var glossary: Glossary

    public init(checks: [any Check.Type] = CheckRegistry.all, configuration: CheckConfiguration = .default, glossary: Glossary = .empty) {
        self.checks = checks
        self.configuration = configuration
        self.glossary = glossary
    }

    /// The findings of a whole bitext, checked as one chunk.
    public func run(on bitext: AlignedBitext) -> [Finding] {
        runKeepingTermMatches(on: bitext, keep: false).findings
    }

    /// The findings, and the glossary matches of every pair that the glossary checks worked
    /// out (nil without a glossary), so that a report shows the terms the checks saw
    /// without matching the document again.
    public func runKeepingTermMatches(on bitext: AlignedBitext) -> (findings: [Finding], termMatches: [[PairTermMatch]]?) {
        runKeepingTermMatches(on: bitext, keep: true)
    }

    private func runKeepingTermMatches(on bitext: AlignedBitext, keep: Bool) -> (findings: [Finding], termMatches: [[PairTermMatch]]?) {
        var tallies = DocumentTallies()
        let chunk = checkChunk(bitext, keepingTermMatches: keep)
        tallies.append(chunk)
        return (ordered(chunk.findings + tallies.findings(in: bitext, runner: self)), chunk.termMatches)
    }

    /// What checking one chunk gives: the findings of the checks that look at the chunk's
    /// pairs, a tally for each document check, and the pairs' glossary matches when kept.
    struct ChunkResult: Sendable {
        var findings: [Finding]
        var tallies: [TallyKey: any DocumentTally]
        var termMatches: [[PairTermMatch]]?
    }

    /// Document checks with the same tally type, prerequisites and exemptions read one tally,
    /// computed once a chunk (`DocumentCheck.tally` depends on nothing else).
    struct TallyKey: Hashable, Sendable {
        var type: ObjectIdentifier
        var prerequisites: [String]
        var exemptions: Set<CheckExemptions.Kind>

        init(_ checkType: any DocumentCheck.Type) {
            type = Self.tallyType(of: checkType)
            prerequisites = checkType.description.prerequisites.sorted()
            exemptions = Self.recordsExemptions(checkType) ? [] : CheckExemptions.kinds(skippedBy: checkType.description.id)
        }

        private static func tallyType<C: DocumentCheck>(of _: C.Type) -> ObjectIdentifier {
            ObjectIdentifier(C.Tally.self)
        }

        static func recordsExemptions<C: DocumentCheck>(_: C.Type) -> Bool {
            C.Tally.recordsExemptions
        }
    }

    /// Checks one chunk of a document; the result depends on the chunk alone.
    func checkChunk(_ chunk: AlignedBitext, keepingTermMatches: Bool = false) -> ChunkResult {
        let configuredSyntaxes = (configuration.options[PlaceholdersCheck.description.id] as? PlaceholdersCheck.Options)?.syntaxes
        let chunk = chunk.readableForChecks().maskingPlaceholders(configured: configuredSyntaxes)
        let termMatches = glossary.isEmpty
            ? nil : ChunkTermMatches(matcher: TermMatcherCache.shared.matcher(for: glossary, in: chunk), chunk: chunk)
        let exempt = CheckExemptions.ExemptPairs(chunk)
        let lengths = enabled.contains { $0 is any ReadsLengthExpectation.Type } ? LengthExpectation(chunk) : nil
        var flaggedPairs: [String: Set<Int>] = [:]
        var findings: [Finding] = []
        var tallies: [TallyKey: any DocumentTally] = [:]
        for checkType in prerequisitesFirst(enabled) {
            let description = checkType.description
            var context = context(for: checkType)
            context.termMatches = termMatches
            context.lengthExpectation = lengths
            let flagged = description.prerequisites.reduce(into: Set<Int>()) { $0.formUnion(flaggedPairs[$1] ?? []) }
            if let documentCheck = checkType as? any DocumentCheck.Type {
                let key = TallyKey(documentCheck)
                guard tallies[key] == nil else { continue }
                if TallyKey.recordsExemptions(documentCheck) {
                    context.exemptPairs = exempt
                    tallies[key] = Self.tally(of: documentCheck, chunk, skipping: flagged, context: context)
                } else {
                    tallies[key] = Self.tally(of: documentCheck, chunk, skipping: flagged.union(exempt.skipped(by: description.id)), context: context)
                }
                continue
            }
            let skipped = flagged.union(exempt.skipped(by: description.id))
            let check = checkType.init()
            let produced = check.run(on: chunk, context: context).filter { finding in
                finding.pair.map { !skipped.contains($0) } ?? true
            }
            flaggedPairs[description.id] = Set(produced.flatMap { check.pairsFlagged(by: $0, in: chunk, context: context) })
            findings += produced
        }
        return ChunkResult(findings: ordered(findings), tallies: tallies, termMatches: keepingTermMatches ? termMatches?.all() : nil)
    }

    /// Findings by pair (findings about no single pair last), then by catalogue order, then
    /// in the order they were reported.
    func ordered(_ findings: [Finding]) -> [Finding] {
        let order = Dictionary(uniqueKeysWithValues: enabled.enumerated().map { ($0.element.description.id, $0.offset) })
        return findings.enumerated().sorted { lhs, rhs in
            let left = lhs.element.pair ?? Int.max
            let right = rhs.element.pair ?? Int.max
            if left != right { return left < right }
            let leftOrder = order[lhs.element.check] ?? 0
            let rightOrder = order[rhs.element.check] ?? 0
            return leftOrder != rightOrder ? leftOrder < rightOrder : lhs.offset < rhs.offset
        }.map(\.element)
    }

    private var enabled: [any Check.Type] {
        checks.filter { configuration.isEnabled($0.description.id) }
    }

    func context(for checkType: any Check.Type) -> CheckContext {
        CheckContext(
            glossary: glossary, severity: configuration.severity(of: checkType),
            options: configuration.options[checkType.description.id])
    }

    /// The enabled document checks, in catalogue order.
    var documentChecks: [any DocumentCheck.Type] {
        enabled.compactMap { $0 as? any DocumentCheck.Type }
    }

    /// Checks in an order where every prerequisite runs before the checks that name it.
    private func prerequisitesFirst(_ checks: [any Check.Type]) -> [any Check.Type] {
        let prerequisiteIDs = Set(checks.flatMap { $0.description.prerequisites })
        let first = checks.filter { prerequisiteIDs.contains($0.description.id) }
        let rest = checks.filter { !prerequisiteIDs.contains($0.description.id) }
        return first + rest
    }

    private static func tally<C: DocumentCheck>(
        of _: C.Type, _ chunk: AlignedBitext, skipping: Set<Int>, context: CheckContext
    ) -> any DocumentTally {
        C().tally(chunk, skipping: skipping, context: context)
    }
}

/// The joined tallies of the document checks over the chunks checked so far.
struct DocumentTallies {
    private var tallies: [CheckRunner.TallyKey: any DocumentTally] = [:]

    /// Adds the tallies of the chunk that follows the ones already added.
    mutating func append(_ chunk: CheckRunner.ChunkResult) {
        for (key, next) in chunk.tallies {
            // Taken out of the dictionary so the join extends it in place, without a copy.
            tallies[key] = tallies.removeValue(forKey: key).map { Self.joined($0, next) } ?? next
        }
    }

    /// The document checks' findings; `document` names the files.
    func findings(in document: AlignedBitext, runner: CheckRunner) -> [Finding] {
        runner.documentChecks.flatMap { checkType -> [Finding] in
            guard let tally = tallies[CheckRunner.TallyKey(checkType)] else { return [] }
            return Self.findings(of: checkType, tally, in: document, context: runner.context(for: checkType))
        }
    }

    private static func joined<T: DocumentTally>(_ first: consuming T, _ next: any DocumentTally) -> any DocumentTally {
        var joined = first
        joined.append(next as! T)
        return joined
    }

    private static func findings<C: DocumentCheck>(
        of _: C.Type, _ tally: any DocumentTally, in document: AlignedBitext, context: CheckContext
    ) -> [Finding] {
        C().findings(from: tally as! C.Tally, in: document, context: context)
    }
}
