/// Speaker labels in transcripts: a target turn attributed to someone other than the
/// source turn's speaker, a label misspelled against the source name (`Lex Frdiman`), or a
/// source turn whose translation carries no label or only a generic one (`发言人甲：` for a
/// turn the source gives to a named speaker).
public struct SpeakerCheck: Check {
    public static let description = CheckDescription(
        id: "speaker", name: "Speaker label",
        summary: "A translated turn names the wrong speaker, misspells the name, or lost its label (none, or a generic “Speaker A”).",
        defaultSeverity: .error,
        passingExamples: [
            CheckExample(
                markdownSource: "**Lex Fridman:** Can you describe what DeepSeek V3 and R1 are?\n\n**Nathan Lambert:** Yes. DeepSeek V3 is a new mixture of experts transformer language model.\n",
                markdownTarget: "**Lex Fridman：** 你能描述一下 DeepSeek V3 和 R1 是什么吗？\n**Nathan Lambert：** 是的。DeepSeek V3 是一种新的混合专家 Transformer 语言模型。\n"),
        ],
        failingExamples: [
            CheckExample(
                markdownSource: "**Lex Fridman:** Can you describe what DeepSeek V3 and R1 are?\n",
                markdownTarget: "**Lex Frdiman：** 你能描述一下 DeepSeek V3 和 R1 是什么吗？\n"),
            CheckExample(
                markdownSource: "**Lex Fridman:** Can you describe what DeepSeek V3 and R1 are?\n\n**Nathan Lambert:** Yes. DeepSeek V3 is a new mixture of experts transformer language model.\n",
                markdownTarget: "**Lex Fridman：** 你能描述一下 DeepSeek V3 和 R1 是什么吗？\n**Dylan Patel：** 是的。DeepSeek V3 是一种新的混合专家 Transformer 语言模型。\n"),
            CheckExample(
                markdownSource: "**Dylan Patel:** TSMC has built roughly 20% of their capacity in the US.\n\n**Lex Fridman:** It's the R and D centers.\n",
                markdownTarget: "**Dylan Patel：** 台积电已经在美国建立了大约 20% 的产能。\n\n发言人甲：是研发中心。\n"),
        ]
    )

    public init() {}

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard let source = bitext.sourceDocument, let target = bitext.targetDocument else { return [] }
        let sourceTurns = Turns(source)
        let targetTurns = Turns(target)
        guard !sourceTurns.names.isEmpty, !targetTurns.names.isEmpty else { return [] }
        let names = NameMapping(source: sourceTurns.names, target: targetTurns.names, bitext: bitext, sourceTurns: sourceTurns, targetTurns: targetTurns)
        return misspellings(names, targetTurns: targetTurns, bitext: bitext, context: context)
            + misattributions(names, sourceTurns: sourceTurns, targetTurns: targetTurns, bitext: bitext, context: context)
            + missingLabels(sourceTurns: sourceTurns, targetTurns: targetTurns, bitext: bitext, context: context)
            + genericLabels(sourceTurns: sourceTurns, targetTurns: targetTurns, bitext: bitext, context: context)
    }

    /// A target turn labelled with a placeholder (`发言人甲`, `Speaker B`, `扬声器 B`) where the
    /// source names its speaker: the reader no longer knows who speaks, so the label is as
    /// good as lost. One finding per such turn, each being one label to put back.
    private func genericLabels(sourceTurns: Turns, targetTurns: Turns, bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        let generic = targetTurns.labels.filter { SpeakerLabelSyntax.isPlaceholder(Substring($0.name)) }
        guard !generic.isEmpty else { return [] }
        var reported: Set<Int> = []
        var findings: [Finding] = []
        for pair in bitext.pairs where !pair.isUnaligned {
            guard let targetSegment = pair.target.first, let turn = targetTurns.turnStart[targetSegment.block],
                  !reported.contains(turn), let label = generic.first(where: { $0.block == turn }),
                  let sourceName = pair.source.first.flatMap({ sourceTurns.speaker[$0.block] }),
                  !SpeakerLabelSyntax.isPlaceholder(Substring(sourceName)) else { continue }
            reported.insert(turn)
            findings.append(finding(
                "the translation labels this turn “\(label.name)”, a generic placeholder, where the source names “\(sourceName)”",
                pair: pair, in: bitext, context: context))
        }
        return findings
    }

    /// One finding per misspelled label, at its first use: the same typo on 238 turns is one
    /// problem to fix, not 238.
    private func misspellings(_ names: NameMapping, targetTurns: Turns, bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        names.misspelled.sorted { $0.key < $1.key }.compactMap { label, correct in
            let uses = targetTurns.labels.filter { $0.name == label }
            guard let first = uses.first else { return nil }
            let pair = bitext.pairs.first { $0.target.contains { targetTurns.turnStart[$0.block] == first.block } }
            return finding(
                "speaker label “\(label)” is a misspelling of “\(correct)” (\(uses.count) turn\(uses.count == 1 ? "" : "s"), first at line \(first.line))",
                source: pair.map { Finding.Side(text: $0.sourceText, line: $0.sourceLine, file: bitext.sourcePath) } ?? .empty,
                target: Finding.Side(text: pair?.targetText ?? label, line: first.line, file: bitext.targetPath),
                pair: pair?.index, context: context)
        }
    }

    /// A target turn whose text mostly translates another speaker's source turn.
    private func misattributions(_ names: NameMapping, sourceTurns: Turns, targetTurns: Turns, bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        var votes: [Int: (agree: Int, disagree: [String: Int], firstPair: AlignedPair)] = [:]
        for pair in bitext.pairs where !pair.isUnaligned {
            guard let targetSegment = pair.target.first, let turn = targetTurns.turnStart[targetSegment.block],
                  let targetName = targetTurns.speaker[targetSegment.block].map(names.canonical),
                  let sourceSegment = pair.source.first, let sourceName = sourceTurns.speaker[sourceSegment.block]
            else { continue }
            let weight = pair.target.reduce(0) { $0 + $1.text.count }
            var vote = votes[turn] ?? (0, [:], pair)
            if sourceName == targetName { vote.agree += weight } else { vote.disagree[sourceName, default: 0] += weight }
            votes[turn] = vote
        }
        return votes.keys.sorted().compactMap { turn in
            let vote = votes[turn]!
            guard let (other, weight) = vote.disagree.max(by: { $0.value < $1.value }), weight > vote.agree,
                  let label = targetTurns.speaker[turn] else { return nil }
            return finding(
                "the translation attributes this turn to “\(label)”, but the source turn is by “\(other)”",
                pair: vote.firstPair, in: bitext, context: context)
        }
    }

    /// A source turn whose translation has no speaker label, in a translation that uses labels.
    private func missingLabels(sourceTurns: Turns, targetTurns: Turns, bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        var reported: Set<Int> = []
        var findings: [Finding] = []
        for pair in bitext.pairs where !pair.isUnaligned {
            guard let sourceSegment = pair.source.first, let turn = sourceTurns.turnStart[sourceSegment.block],
                  sourceSegment.index == sourceTurns.firstSegment[turn], !reported.contains(turn),
                  let name = sourceTurns.speaker[sourceSegment.block] else { continue }
            if pair.target.allSatisfy({ targetTurns.speaker[$0.block] == nil }) {
                reported.insert(turn)
                findings.append(finding("the source turn by “\(name)” has no speaker label in the translation", pair: pair, in: bitext, context: context))
            }
        }
        return findings
    }
}

/// Speaker turns of one document, by block.
struct Turns {
    /// For each block in a turn, the speaker's name.
    var speaker: [Int: String] = [:]
    /// For each block in a turn, the index of the block that carries the label.
    var turnStart: [Int: Int] = [:]
    /// For each labelled block, its first segment.
    var firstSegment: [Int: Int] = [:]
    var labels: [(name: String, line: Int, block: Int)] = []
    var names: Set<String> { Set(labels.map(\.name)) }

    init(_ document: SegmentedDocument) {
        var current: Int?
        for (index, block) in document.document.blocks.enumerated() {
            guard let label = block.speaker else {
                if block.kind == .heading { current = nil }
                continue
            }
            if block.startsTurn || current == nil {
                current = index
                labels.append((label.name, label.line, index))
                if let first = document.blockSegments[index].first { firstSegment[index] = first }
            }
            speaker[index] = label.name
            turnStart[index] = current
        }
    }
}

/// Which source name each target label stands for: itself, a near spelling, or (for a
/// label written in another script) the source speaker its turns are most often aligned with.
struct NameMapping {
    var canonicalNames: [String: String] = [:]
    var misspelled: [String: String] = [:]

    init(source: Set<String>, target: Set<String>, bitext: AlignedBitext, sourceTurns: Turns, targetTurns: Turns) {
        var coOccurrence: [String: [String: Int]] = [:]
        for pair in bitext.pairs where !pair.isUnaligned {
            if let t = pair.target.first.flatMap({ targetTurns.speaker[$0.block] }),
               let s = pair.source.first.flatMap({ sourceTurns.speaker[$0.block] }) {
                coOccurrence[t, default: [:]][s, default: 0] += 1
            }
        }
        for label in target {
            if source.contains(label) {
                canonicalNames[label] = label
            } else if let near = Self.nearest(label, in: source) {
                canonicalNames[label] = near
                misspelled[label] = near
            } else if label.unicodeScalars.contains(where: \.isHan),
                      let aligned = coOccurrence[label]?.max(by: { $0.value < $1.value })?.key {
                canonicalNames[label] = aligned
            }
        }
    }

    func canonical(_ label: String) -> String { canonicalNames[label] ?? label }

    static func nearest(_ label: String, in names: Set<String>) -> String? {
        let key = label.lowercased().filter(\.isLetter)
        guard !key.isEmpty else { return nil }
        let scored = names.map { ($0, EditDistance.between(key, $0.lowercased().filter(\.isLetter))) }
        guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { return nil }
        return best.1 <= max(1, key.count / 5) ? best.0 : nil
    }
}
