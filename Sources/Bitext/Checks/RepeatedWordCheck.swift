/// Doubled words in the target, `and and` or `的的`: a typing or machine-translation slip.
/// In Chinese only particles and function characters are considered, since many content
/// characters double legitimately (看看, 常常, 人人).
public struct RepeatedWordCheck: PairCheck {
    public static let description = CheckDescription(
        id: "repeated-word", name: "Repeated word",
        summary: "The target repeats a word (`and and`, `的的`).",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("I think it will still be remembered.", "我认为它仍然会被人们记住。"),
            CheckExample("Let me look at it.", "让我看看。"),
            CheckExample("他们都受到专家的高度尊重。", "They are both highly respected by the experts."),
        ],
        failingExamples: [
            CheckExample("He explained the the model.", "他解释了这个模型的的细节。"),
            CheckExample("他们都受到专家的高度尊重。", "They are both highly respected by the the experts."),
        ],
        prerequisites: ["untranslated"]
    )

    public init() {}

    /// English doublings that are grammatical.
    static let allowedEnglish: Set<String> = ["that", "had", "is", "do", "very", "bye", "no", "yeah", "so", "really", "ha", "well"]
    static let chineseParticles: Set<Character> = ["的", "了", "在", "和", "与", "把", "被", "也", "而", "及", "或", "但", "是", "就", "都", "将"]

    public func check(_ pair: AlignedPair, in bitext: Bitext, context: CheckContext) -> [Finding] {
        guard !pair.target.isEmpty else { return [] }
        let repeats = bitext.targetLanguage == .english
            ? Self.englishRepeats(in: pair.targetText) : Self.chineseRepeats(in: pair.targetText)
        let joiner = bitext.targetLanguage.sentenceJoiner
        return repeats.map { word in
            finding("“\(word)\(joiner)\(word)”: the word is repeated", pair: pair, in: bitext, context: context)
        }
    }

    static func englishRepeats(in text: String) -> [String] {
        // Only adjacent words separated by spaces count; `it, it` across punctuation is speech.
        let words = text.split(whereSeparator: { $0 == " " })
        var found: [String] = []
        for (previous, current) in zip(words, words.dropFirst()) {
            let word = current.lowercased()
            guard word == previous.lowercased(), word.allSatisfy(\.isLetter), !allowedEnglish.contains(word) else { continue }
            found.append(String(current))
        }
        return found
    }

    static func chineseRepeats(in text: String) -> [String] {
        let characters = Array(text)
        var found: [String] = []
        var index = 1
        while index < characters.count {
            let character = characters[index]
            if character == characters[index - 1], chineseParticles.contains(character) {
                // 是是非非 and 了了 in idioms come as AABB or AAB...; a lone AA of a particle is the slip.
                let followedByPair = index + 2 < characters.count && characters[index + 1] == characters[index + 2]
                if !followedByPair { found.append(String(character)) }
                index += 2
            } else {
                index += 1
            }
        }
        return found
    }
}
