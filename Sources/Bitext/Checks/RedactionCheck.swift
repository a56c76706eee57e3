/// A translation that blanks out what the source says: `XXX`, `×××`, `□□` or `ＸＸ` where the
/// source names something (machine translation served under censorship turns "Tiananmen
/// Square" or "Xi Jinping" into `XXX`). This is its own check, not an `omission`: the text is
/// not missing by accident but replaced by a mark, the reader is told nothing was there, and
/// the fix is to restore the content, not to look for a dropped sentence. Checks comparing
/// the two sides' content (numbers, terms) skip such pairs, which would only restate it.
public struct RedactionCheck: PairCheck {
    public static let description = CheckDescription(
        id: "redaction", name: "Redaction",
        summary: "The translation replaces source content with a redaction mark (XXX, ×××, □□, ＸＸ).",
        defaultSeverity: .error,
        passingExamples: [
            CheckExample("We also see that with Chinese models refusing to answer what happened at Tiananmen Square.", "我们还看到，中国模型拒绝回答天安门广场发生了什么。"),
            // The source's own mark is kept, not added.
            CheckExample("Replace XXX with your project id.", "将 XXX 替换为你的项目 ID。"),
            CheckExample("The XXL size and the XS size.", "XXL 码和 XS 码。"),
        ],
        failingExamples: [
            CheckExample("We also see that with Chinese models refusing to answer what happened at Tiananmen Square.", "我们还看到，中国模特拒绝回答 XXX 的事情。"),
            CheckExample("Xi Jinping said so.", "×××这样说过。"),
            CheckExample("Xi Jinping said so.", "□□这样说过。"),
        ])

    public init() {}

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard !pair.isUnaligned else { return [] }
        let target = pair.targetProse
        let marks = Self.marks(in: target)
        guard !marks.isEmpty else { return [] }
        let sourceMarks = Set(Self.marks(in: pair.sourceProse).map { String(pair.sourceProse[$0]) })
        let added = marks.filter { !sourceMarks.contains(String(target[$0])) }
        guard !added.isEmpty else { return [] }
        let shown = Array(Set(added.map { "“\(target[$0])”" })).sorted().joined(separator: ", ")
        return [finding(
            "the translation replaces source content with \(shown) (\(added.count == 1 ? "a redaction" : "\(added.count) redactions")): restore what the source says",
            pair: pair, in: bitext, context: context, targetSpans: added.map { Finding.Span($0, in: target) })]
    }

    /// Characters that blank out a word when repeated, with the shortest run that does:
    /// `XX` alone is too often a size or a Roman numeral, `XXX` is not.
    static let markRuns: [Character: Int] = ["X": 3, "×": 2, "□": 2, "Ｘ": 2, "■": 2]

    /// Runs of one redaction character standing alone, not inside a Latin word (`XXL`).
    static func marks(in text: String) -> [Range<String.Index>] {
        guard mayHoldMarks(text) else { return [] }
        var found: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard let minimum = markRuns[character] else {
                index = text.index(after: index)
                continue
            }
            var end = index
            var length = 0
            while end < text.endIndex, text[end] == character {
                end = text.index(after: end)
                length += 1
            }
            let before = index > text.startIndex ? text[text.index(before: index)] : nil
            let after = end < text.endIndex ? text[end] : nil
            let isInsideWord = [before, after].contains { $0.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true }
            if length >= minimum, !isInsideWord { found.append(index..<end) }
            index = end
        }
        return found
    }

    /// Asked of every pair, most of which hold no redaction character: one pass over the
    /// scalars, without the grapheme breaking and hashing of the character search.
    static func mayHoldMarks(_ text: String) -> Bool {
        var previousWasX = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x58:
                if previousWasX { return true }
                previousWasX = true
                continue
            case 0xD7, 0x25A0, 0x25A1, 0xFF38: return true
            default: break
            }
            previousWasX = false
        }
        return false
    }
}
