/// Spacing between Chinese and Latin letters or digits, by the project's convention:
/// `require` (default, the pangu/AutoCorrect style: `使用 GPU 训练`) or `forbid`
/// (`使用GPU训练`). Set it with the check option `convention`.
public struct CJKSpacingCheck: PairCheck {
    public static let description = CheckDescription(
        id: "cjk-spacing", name: "CJK spacing",
        summary: "Spacing between Chinese and Latin letters or digits breaks the chosen convention.",
        defaultSeverity: .info,
        passingExamples: [
            CheckExample("Dylan runs SemiAnalysis.", "Dylan 经营着 SemiAnalysis。"),
            CheckExample("It took 5 years.", "这花了 5 年。"),
        ],
        failingExamples: [
            CheckExample("Dylan runs SemiAnalysis.", "Dylan经营着SemiAnalysis。"),
        ],
        prerequisites: ["untranslated"],
        optionNames: ["convention"]
    )

    public enum Convention: String, Sendable {
        case require
        case forbid
    }

    public init() {}

    public func check(_ pair: AlignedPair, in bitext: Bitext, context: CheckContext) -> [Finding] {
        guard bitext.targetLanguage == .chinese, !pair.target.isEmpty else { return [] }
        let convention = context.options["convention"].flatMap(Convention.init(rawValue:)) ?? .require
        let places = Self.violations(in: pair.targetText, convention: convention)
        guard !places.isEmpty else { return [] }
        let shown = places.prefix(3).map { "“\($0)”" }.joined(separator: ", ")
        let message = convention == .require
            ? "no space between Chinese and Latin text at \(shown)"
            : "space between Chinese and Latin text at \(shown)"
        return [finding(message, pair: pair, in: bitext, context: context)]
    }

    /// The offending junctions, each shown as the two characters around it.
    static func violations(in text: String, convention: Convention) -> [String] {
        let characters = Array(text)
        var found: [String] = []
        switch convention {
        case .require:
            for (left, right) in zip(characters, characters.dropFirst()) where isHan(left) && isLatin(right) || isLatin(left) && isHan(right) {
                found.append(String([left, right]))
            }
        case .forbid:
            guard characters.count >= 3 else { return [] }
            for index in 1..<(characters.count - 1) where characters[index] == " " {
                let left = characters[index - 1]
                let right = characters[index + 1]
                if isHan(left) && isLatin(right) || isLatin(left) && isHan(right) {
                    found.append(String([left, " ", right]))
                }
            }
        }
        return found
    }

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first?.isHan ?? false
    }

    static func isLatin(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
