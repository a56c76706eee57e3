/// Finds names and acronyms in English source text that the translation sometimes keeps in
/// Latin letters and sometimes does not: candidates for a glossary entry.
///
/// A candidate is a word written with two or more capitals (`NCCL`, `DeepSeek`, `MoE`), or
/// a capitalised word that appears capitalised at least once inside a sentence and never in
/// lower case (`Gemini`, but not `So`). Words a glossary term already covers are skipped.
struct NameRenderingSurvey {
    struct Suggestion {
        var name: String
        var message: String
        var example: AlignedPair
    }

    /// Lower-cased words already covered by glossary matches.
    let excluding: Set<String>

    init(excluding: Set<String>) {
        self.excluding = excluding
    }

    /// Minimum pairs with the name kept and with it not kept before a suggestion is made:
    /// one dropped name is usually a paraphrase, two are a pattern.
    static let minimumKept = 1
    static let minimumNotKept = 2

    func suggestions(in bitext: Bitext) -> [Suggestion] {
        guard bitext.sourceLanguage == .english, bitext.targetLanguage == .chinese else { return [] }
        var spelling: [String: String] = [:]
        var insideSentence: Set<String> = []
        var lowercase: Set<String> = []
        var pairsByWord: [String: [AlignedPair]] = [:]
        var normalizedTargets: [Int: [Unicode.Scalar]] = [:]
        for pair in bitext.pairs where !pair.targetText.isEmpty {
            normalizedTargets[pair.index] = ChineseText.normalized(pair.targetText)
            let tokens = SourceTermIndex.tokenize(pair.sourceText)
            var seen: Set<String> = []
            for (index, token) in tokens.enumerated() {
                let word = token.surface
                let key = word.lowercased()
                guard key.count >= 2, word.contains(where: \.isLetter) else { continue }
                if word.first?.isLowercase == true { lowercase.insert(key); continue }
                let capitals = word.filter(\.isUppercase).count
                let sentenceStart = index == 0 || Self.endsSentence(pair.sourceText[tokens[index - 1].range.upperBound..<token.range.lowerBound])
                if capitals >= 2 || !sentenceStart { insideSentence.insert(key) }
                if capitals >= 2 { insideSentence.insert(key + "\u{0}acronym") }
                if spelling[key] == nil { spelling[key] = word }
                if seen.insert(key).inserted { pairsByWord[key, default: []].append(pair) }
            }
        }
        var suggestions: [Suggestion] = []
        for key in pairsByWord.keys.sorted() where !excluding.contains(key) && insideSentence.contains(key) {
            let isAcronym = insideSentence.contains(key + "\u{0}acronym")
            guard isAcronym || !lowercase.contains(key) else { continue }
            let pairs = pairsByWord[key]!
            let needle = ChineseText.normalized(key)
            let kept = pairs.filter { !ChineseText.occurrences(of: needle, in: normalizedTargets[$0.index] ?? []).isEmpty }
            let keptIndices = Set(kept.map(\.index))
            let notKept = pairs.filter { !keptIndices.contains($0.index) }
            guard kept.count >= Self.minimumKept, notKept.count >= Self.minimumNotKept else { continue }
            let name = spelling[key]!
            suggestions.append(Suggestion(
                name: name,
                message: "'\(name)' is kept in Latin letters in \(kept.count) \(kept.count == 1 ? "pair" : "pairs") (target lines \(lines(kept))) but not in \(notKept.count) (target lines \(lines(notKept))); consider a glossary entry",
                example: notKept[0]))
        }
        return suggestions
    }

    private func lines(_ pairs: [AlignedPair]) -> String {
        let lines = pairs.compactMap(\.targetLine)
        return lines.prefix(InconsistentTermCheck.linesShown).map(String.init).joined(separator: ", ")
            + (lines.count > InconsistentTermCheck.linesShown ? ", …" : "")
    }

    private static func endsSentence(_ between: Substring) -> Bool {
        between.contains { ".!?:\"“*".contains($0) }
    }
}
