/// Characters a mechanical Simplified→Traditional conversion got wrong in a Traditional
/// target: one Simplified character stands for several Traditional ones (制 for 制 and 製,
/// 系 for 系, 係 and 繫, 只 for 只 and 隻, 面 for 面 and 麵), and a converter that picks by
/// character writes 出口管製, 係統, 隻是, 方麵.
///
/// Found through OpenCC rather than a list: the target is read back into Simplified and
/// converted again with OpenCC's phrase tables; a Traditional-only character that none of the
/// standard conversions (OpenCC's, Taiwan's, Hong Kong's forms) writes at that place is
/// reported with the word as they write it, unless CC-CEDICT writes the word that way (the
/// conversion of a whole sentence sometimes errs where the dictionary does not). A character
/// Simplified text also uses (台, 了, 布) is never reported, nor a variant one of those
/// standards writes (裏 beside 裡), nor a word the glossary renders that way.
public struct OverConversionCheck: Check {
    public static let description = CheckDescription(
        id: "over-conversion", name: "Over-converted Traditional characters",
        summary: "A Traditional target writes a character a Simplified→Traditional conversion chose wrongly (出口管製 for 出口管制, 係統 for 系統).",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("Export controls on GPUs.", "對 GPU 的出口管制。"),
            CheckExample("Inside the system.", "在這裏的系統裡面。"),
            CheckExample("Export controls on GPUs.", "对 GPU 的出口管制。"),
        ],
        failingExamples: [
            CheckExample("Export controls on GPUs.", "對 GPU 的出口管製。"),
            CheckExample("It is only a system.", "這隻是一個係統。"),
        ]
    )

    public init() {}

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard bitext.targetLanguage == .chinese,
              let toSimplified = ChineseScriptConverter.toSimplified,
              let standards = Self.standardConverters(for: ChineseRegion.ofTarget(bitext)),
              Self.isTraditional(bitext)
        else { return [] }
        let glossaryRenderings = context.glossary.terms.flatMap(\.acceptedAnywhere)
        var sightings = WordSightings()
        for position in bitext.pairs.indices where !bitext.pairs[position].target.isEmpty {
            let text = bitext.pairs[position].targetProse
            let original = Array(text.unicodeScalars)
            guard toSimplified.changedCount(original) > 0 else { continue }
            let simplified = toSimplified.convert(text)
            for (range, expected) in Self.overConverted(original, simplified: simplified, standards: standards) {
                let found = String(String.UnicodeScalarView(original[range]))
                guard !glossaryRenderings.contains(where: { $0.contains(found) }) else { continue }
                sightings.add(
                    WordSightings.Word(found: found, replacement: expected), scalars: range, position: position,
                    line: bitext.pairs[position].targetLine)
            }
        }
        return sightings.findings(by: self, in: bitext, context: context) { word in
            "“\(word.found)” has a character converted wrongly from Simplified: the word is “\(word.replacement)”"
        }
    }

    /// The conversions whose forms are standard: the region's first (its form is the one
    /// suggested), then the others a Traditional text may follow.
    static func standardConverters(for region: ChineseRegion?) -> [ChineseScriptConverter]? {
        let taiwan = ChineseScriptConverter.toTaiwan, hongKong = ChineseScriptConverter.toHongKong
        let general = ChineseScriptConverter.toTraditional
        let ordered = region == .hongKong ? [hongKong, general, taiwan] : [taiwan, general, hongKong]
        let available = ordered.compactMap { $0 }
        return available.isEmpty ? nil : available
    }

    /// A target is Traditional when its region is, or when its text has far more characters
    /// only Traditional writes than characters only Simplified writes.
    static func isTraditional(_ bitext: AlignedBitext) -> Bool {
        if let region = ChineseRegion.ofTarget(bitext) { return region != .mainland }
        guard let toSimplified = ChineseScriptConverter.toSimplified, let toTraditional = ChineseScriptConverter.toTraditional
        else { return false }
        var traditionalOnly = 0, simplifiedOnly = 0
        for pair in bitext.pairs.prefix(2_000) where !pair.target.isEmpty {
            let scalars = pair.targetText.unicodeScalars
            traditionalOnly += toSimplified.changedCount(scalars)
            simplifiedOnly += toTraditional.changedCount(scalars)
        }
        return traditionalOnly >= 2 && traditionalOnly >= 4 * simplifiedOnly
    }

    /// Traditional characters written for one another in the same words (上週 and 上周, 迴路
    /// and 回路, 發佈 and 發布, 瞭解 and 了解): usage varies, no reader takes one for an error,
    /// and OpenCC's choice between them depends on how it cuts the sentence.
    static let interchangeable: Set<Unicode.Scalar> = ["週", "迴", "佈", "瞭", "臺", "裏", "裡", "綫", "着", "祕", "峯", "羣", "衞", "麪", "啓", "爲", "僞", "眞"]

    /// The over-converted words of a text (scalar ranges of dictionary words holding a wrong
    /// character) with the word as the first standard writes it. Texts whose conversions do
    /// not keep one character for one are left alone.
    static func overConverted(
        _ original: [Unicode.Scalar], simplified: String, standards: [ChineseScriptConverter],
        lexicon: BilingualLexicon = .bundled
    ) -> [(Range<Int>, String)] {
        let simplifiedScalars = Array(simplified.unicodeScalars)
        guard simplifiedScalars.count == original.count, let toSimplified = ChineseScriptConverter.toSimplified else { return [] }
        let conversions = standards.map { Array($0.convert(simplified).unicodeScalars) }
        guard conversions.allSatisfy({ $0.count == original.count }) else { return [] }
        let wrong = original.indices.filter { index in
            original[index].isHan && conversions.allSatisfy { $0[index] != original[index] }
                && toSimplified.changedCount(CollectionOfOne(original[index])) > 0
                && !interchangeable.contains(original[index])
        }
        var found: [(Range<Int>, String)] = []
        var index = 0
        for position in wrong where position >= index {
            // The dictionary word holding the character, cut as the Simplified text reads.
            var start = position
            var end = position + 1
            var cursor = max(0, position - lexicon.longestHeadword + 1)
            while cursor <= position {
                let (_, width) = AlignmentTokenizer.longestHeadword(in: simplifiedScalars, from: cursor, lexicon: lexicon)
                if cursor + width > position {
                    start = cursor
                    end = cursor + width
                    break
                }
                cursor += width
            }
            index = end
            // A word CC-CEDICT writes this way is a word (回復 beside 回覆, 註解 beside 注解),
            // whatever one conversion chose in this sentence; so is any single character.
            var written = HeadwordHasher()
            for scalar in original[start..<end] { written.add(scalar.value) }
            guard end - start >= 2, !lexicon.contains(hash: written.value) else { continue }
            // Nor is a word a standard writes this way on its own (上週): in a sentence OpenCC
            // may cut the text otherwise.
            let word = String(String.UnicodeScalarView(simplifiedScalars[start..<end]))
            let writtenWord = String(String.UnicodeScalarView(original[start..<end]))
            guard !standards.contains(where: { $0.convert(word) == writtenWord }) else { continue }
            found.append((start..<end, String(String.UnicodeScalarView(conversions[0][start..<end]))))
        }
        return found
    }
}
