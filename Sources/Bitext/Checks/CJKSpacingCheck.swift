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
        options: .declared(by: Options.self)
    )

    public enum Convention: String, Sendable, CaseIterable {
        case require
        case forbid
    }

    public struct Options: CheckOptions {
        public var convention = Convention.require

        public init() {}

        public static let elements: [CheckOptionElement<Options>] = [
            .choice(
                "convention", \.convention,
                summary: "require a space between Chinese and Latin letters or digits, or forbid it"),
        ]
    }

    public init() {}

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard bitext.targetLanguage == .chinese, !pair.target.isEmpty else { return [] }
        let convention = context.options(Options.self).convention
        let text = pair.targetProse
        let places = Self.violationRanges(in: text, convention: convention)
        guard !places.isEmpty else { return [] }
        let shown = places.prefix(3).map { "“\(text[$0])”" }.joined(separator: ", ")
        let message = convention == .require
            ? "no space between Chinese and Latin text at \(shown)"
            : "space between Chinese and Latin text at \(shown)"
        return [finding(message, pair: pair, in: bitext, context: context, targetSpans: places.map { Finding.Span($0, in: text) })]
    }

    /// The offending junctions, each shown as the characters around it.
    static func violations(in text: String, convention: Convention) -> [String] {
        violationRanges(in: text, convention: convention).map { String(text[$0]) }
    }

    /// The offending junctions as ranges of `text`: the two characters that touch, or the
    /// two characters and the space between them.
    static func violationRanges(in text: String, convention: Convention) -> [Range<String.Index>] {
        SingleScalarCharacters.hold(in: text)
            ? violationRangesByScalar(in: text, convention: convention)
            : violationRangesByCharacter(in: text, convention: convention)
    }

    /// `violationRanges` for text whose Characters are its scalars: the same junctions,
    /// found on a window of three scalars without arrays of Characters and indices.
    static func violationRangesByScalar(in text: String, convention: Convention) -> [Range<String.Index>] {
        let scalars = text.unicodeScalars
        var found: [Range<String.Index>] = []
        guard var middle = scalars.indices.first else { return [] }
        var left: String.Index?
        while middle < scalars.endIndex {
            let right = scalars.index(after: middle)
            guard right < scalars.endIndex else { break }
            switch convention {
            case .require:
                if isJunction(scalars[middle], scalars[right]) {
                    found.append(middle..<scalars.index(after: right))
                }
            case .forbid:
                if let left, scalars[middle] == " ", isJunction(scalars[left], scalars[right]) {
                    found.append(left..<scalars.index(after: right))
                }
            }
            left = middle
            middle = right
        }
        return found
    }

    /// Han next to an ASCII letter or digit, in either order.
    private static func isJunction(_ left: Unicode.Scalar, _ right: Unicode.Scalar) -> Bool {
        left.isHan && isLatin(right) || isLatin(left) && right.isHan
    }

    /// An ASCII letter or digit: what `isLatin` accepts of a one-scalar Character.
    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// `violationRanges` on Characters, for any text.
    static func violationRangesByCharacter(in text: String, convention: Convention) -> [Range<String.Index>] {
        let indices = Array(text.indices) + [text.endIndex]
        let characters = Array(text)
        var found: [Range<String.Index>] = []
        switch convention {
        case .require:
            for index in characters.indices.dropLast() {
                let (left, right) = (characters[index], characters[index + 1])
                if isHan(left) && isLatin(right) || isLatin(left) && isHan(right) {
                    found.append(indices[index]..<indices[index + 2])
                }
            }
        case .forbid:
            guard characters.count >= 3 else { return [] }
            for index in 1..<(characters.count - 1) where characters[index] == " " {
                let left = characters[index - 1]
                let right = characters[index + 1]
                if isHan(left) && isLatin(right) || isLatin(left) && isHan(right) {
                    found.append(indices[index - 1]..<indices[index + 2])
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
