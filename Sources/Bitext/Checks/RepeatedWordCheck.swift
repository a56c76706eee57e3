/// Doubled words in the target, `and and` or `的的`: a typing or machine-translation slip.
/// In Chinese only particles and function characters are considered, since many content
/// characters double legitimately (看看, 常常, 人人), and a doubling is accepted when either
/// half belongs to a dictionary word with its neighbour (现在|在想, 但是|是的, 为了|了解).
public struct RepeatedWordCheck: PairCheck {
    public static let description = CheckDescription(
        id: "repeated-word", name: "Repeated word",
        summary: "The target repeats a word (`and and`, `的的`).",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("I think it will still be remembered.", "我认为它仍然会被人们记住。"),
            CheckExample("Let me look at it.", "让我看看。"),
            CheckExample("What are you thinking now?", "你现在在想什么？"),
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
    /// In both scripts: `与` and `将` are `與` and `將` in Traditional text.
    static let chineseParticles: Set<Character> = ["的", "了", "在", "和", "与", "與", "把", "被", "也", "而", "及", "或", "但", "是", "就", "都", "将", "將"]

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard !pair.target.isEmpty else { return [] }
        let text = pair.targetProse
        let repeats = bitext.targetLanguage == .english
            ? Self.englishRepeatRanges(in: text) : Self.chineseRepeatRanges(in: text)
        let joiner = bitext.targetLanguage.sentenceJoiner
        return repeats.map { repeated in
            let word = repeated.word
            return finding(
                "“\(word)\(joiner)\(word)”: the word is repeated", pair: pair, in: bitext, context: context,
                targetSpans: [Finding.Span(repeated.range, in: text)])
        }
    }

    static func englishRepeats(in text: String) -> [String] {
        englishRepeatRanges(in: text).map(\.word)
    }

    static func chineseRepeats(in text: String, lexicon: BilingualLexicon = .bundled) -> [String] {
        chineseRepeatRanges(in: text, lexicon: lexicon).map(\.word)
    }

    /// Each doubled word and the range of `text` holding both copies.
    static func englishRepeatRanges(in text: String) -> [(word: String, range: Range<String.Index>)] {
        // Only adjacent words separated by spaces count; `it, it` across punctuation is speech.
        let words = text.split(whereSeparator: { $0 == " " })
        var found: [(word: String, range: Range<String.Index>)] = []
        for (previous, current) in zip(words, words.dropFirst()) {
            let word = current.lowercased()
            guard word == previous.lowercased(), word.allSatisfy(\.isLetter), !allowedEnglish.contains(word) else { continue }
            found.append((String(current), previous.startIndex..<current.endIndex))
        }
        return found
    }

    static func chineseRepeatRanges(in text: String, lexicon: BilingualLexicon = .bundled) -> [(word: String, range: Range<String.Index>)] {
        SingleScalarCharacters.hold(in: text)
            ? chineseRepeatRangesByScalar(in: text, lexicon: lexicon)
            : chineseRepeatRangesByCharacter(in: text, lexicon: lexicon)
    }

    /// `chineseRepeatRanges` for text whose Characters are its scalars. A doubling needs
    /// two equal particles in a row, so a scan for that settles almost every segment before
    /// any array is built.
    static func chineseRepeatRangesByScalar(in text: String, lexicon: BilingualLexicon) -> [(word: String, range: Range<String.Index>)] {
        var previous: Unicode.Scalar?
        let hasDoubledParticle = text.unicodeScalars.contains { scalar in
            defer { previous = scalar }
            return scalar == previous && chineseParticleScalars.contains(scalar)
        }
        guard hasDoubledParticle else { return [] }
        return doubledParticles(
            Array(text.unicodeScalars), at: Array(text.unicodeScalars.indices) + [text.endIndex],
            isParticle: chineseParticleScalars.contains, isWord: lexicon.containsWord(scalars:))
    }

    private static let chineseParticleScalars = Set(chineseParticles.map { $0.unicodeScalars.first! })

    /// `chineseRepeatRanges` on Characters, for any text.
    static func chineseRepeatRangesByCharacter(in text: String, lexicon: BilingualLexicon) -> [(word: String, range: Range<String.Index>)] {
        doubledParticles(
            Array(text), at: Array(text.indices) + [text.endIndex],
            isParticle: chineseParticles.contains, isWord: lexicon.containsWord)
    }

    /// A particle written twice in a row, in `elements` (Characters, or scalars where those
    /// are the same) whose positions in the text are `indices` (one more, for the end).
    private static func doubledParticles<Element: Equatable & CustomStringConvertible>(
        _ elements: [Element], at indices: [String.Index], isParticle: (Element) -> Bool, isWord: ([Element]) -> Bool
    ) -> [(word: String, range: Range<String.Index>)] {
        var found: [(word: String, range: Range<String.Index>)] = []
        var index = 1
        while index < elements.count {
            let element = elements[index]
            if element == elements[index - 1], isParticle(element) {
                // 是是非非 and 的的确确 are AABB idioms; a lone AA of a particle is the slip,
                // unless a half is part of a word with its neighbour.
                let next = index + 1 < elements.count ? elements[index + 1] : nil
                let followedByPair = index + 2 < elements.count && next == elements[index + 2]
                let previous = index >= 2 ? elements[index - 2] : nil
                let partOfWord = previous.map { isWord([$0, element]) } == true || next.map { isWord([element, $0]) } == true
                if !followedByPair && !partOfWord { found.append((element.description, indices[index - 1]..<indices[index + 1])) }
                index += 2
            } else {
                index += 1
            }
        }
        return found
    }
}

extension BilingualLexicon {
    /// Whether the characters form a dictionary headword.
    func containsWord(_ characters: [Character]) -> Bool {
        var hasher = HeadwordHasher()
        for character in characters {
            for scalar in character.unicodeScalars { hasher.add(scalar.value) }
        }
        return contains(hash: hasher.value)
    }

    /// Whether the scalars form a dictionary headword.
    func containsWord(scalars: [Unicode.Scalar]) -> Bool {
        var hasher = HeadwordHasher()
        for scalar in scalars { hasher.add(scalar.value) }
        return contains(hash: hasher.value)
    }
}
