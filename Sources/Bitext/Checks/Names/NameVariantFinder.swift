/// Finds the other spellings of a document's names in its source text: speech recognition
/// writes "DeepSeek" as "Deep Seq", "deep seek" or "Deepseak", and runs "OpenAI o1" together
/// into "OpenAI01". A reviewer who sees 深度探索 next to "Deep Seq" needs to know the source
/// was wrong first.
///
/// The names are the glossary's (a term whose name has a capital letter) and the document's
/// own CamelCase words seen three times or more in the source and its translation. A variant is
/// - a form the glossary lists for the name (`DeepSeek|Deep Seek|Deep Seq`),
/// - the name split or joined differently, or with capitals inside it changed (`Deep Seek`,
///   `Deepseek`; not `deepseek`, which is only style),
/// - within a small edit distance of the name (`Deepseak`, `Deep SEQ`), but only where a
///   translation of it reads as the name, so that "DeepSpeed" next to "DeepSeek" is not one,
/// - the name run together with a number (`OpenAI01Pro`).
struct NameVariantFinder {
    struct Name {
        var canonical: String
        /// Lower-case letters and digits only: spaces, hyphens and case do not count.
        var key: String
        var tokenCount: Int
        /// Keys of the forms the glossary lists beside the name.
        var declaredKeys: Set<String>
        /// What a translation of the name reads as: the name itself and its renderings.
        var renderings: [String]
        /// Whether a glossary names it; otherwise it is a CamelCase word of the document.
        var isFromGlossary: Bool
    }

    struct Occurrence {
        var name: Int
        var surface: String
        var range: Range<String.Index>
        var kind: Kind
    }

    enum Kind {
        /// The name as written: consumes its words, is not reported.
        case canonical
        case declared, spacing, nearby, runTogether
    }

    private(set) var names: [Name] = []
    private var nameIndexByKey: [String: Int] = [:]
    /// Names by the first character of their key, and each name's key length.
    private var namesByInitial: [Character: [Int]] = [:]
    private var keyLengths: [Int] = []
    /// Keys of every glossary source form, so that another term is never a variant.
    private var glossaryKeys: Set<String> = []
    private let dictionaryWords: Set<String>

    /// Shortest key a name needs for variants within an edit distance, and for run-together forms.
    static let minimumNearbyKeyLength = 5
    static let minimumRunTogetherKeyLength = 4
    /// A CamelCase word this often in the source and its translation together is a name.
    static let minimumDocumentNameCount = 3
    /// Longest span of words read as one spelling of a name.
    static let maximumSpanWords = 3

    /// - Parameter learnsDocumentNames: whether CamelCase words of the text are names too; not
    ///   in string files, where they are identifiers (`TypeError`) beside the words they are made of.
    init(glossary: Glossary, sourceTexts: [String], targetTexts: [String] = [], learnsDocumentNames: Bool = true, dictionaryWords: Set<String> = DictionaryEnglishWords.bundled) {
        self.dictionaryWords = dictionaryWords
        for term in glossary.terms {
            for form in term.sourceForms { glossaryKeys.insert(Self.key(form)) }
        }
        for term in glossary.terms {
            let canonical = term.name
            guard Self.isName(canonical), nameIndexByKey[Self.key(canonical)] == nil else { continue }
            add(Name(
                canonical: canonical, key: Self.key(canonical), tokenCount: Self.words(in: canonical).count,
                declaredKeys: Set(term.sourceForms.dropFirst().map(Self.key)), renderings: [canonical] + term.accepted,
                isFromGlossary: true))
        }
        // The spelling the translation keeps in Latin letters comes first: "DeepSeek" there,
        // where the transcript writes "DeepSeq" as often.
        var sourceCounts: [String: Int] = [:]
        var targetCounts: [String: Int] = [:]
        for (texts, isSource) in [(sourceTexts, true), (targetTexts, false)] where learnsDocumentNames {
            for text in texts {
                for word in Self.words(in: text) where Self.isCamelCase(text[word]) {
                    if isSource { sourceCounts[String(text[word]), default: 0] += 1 } else { targetCounts[String(text[word]), default: 0] += 1 }
                }
            }
        }
        let ranked = sourceCounts.keys.sorted { lhs, rhs in
            let (left, right) = ((targetCounts[lhs] ?? 0, sourceCounts[lhs]!), (targetCounts[rhs] ?? 0, sourceCounts[rhs]!))
            return left != right ? left > right : lhs < rhs
        }
        for word in ranked where sourceCounts[word]! + (targetCounts[word] ?? 0) >= Self.minimumDocumentNameCount
            && nameIndexByKey[Self.key(word)] == nil && !isNearName(Self.key(word)) {
            add(Name(canonical: word, key: Self.key(word), tokenCount: 1, declaredKeys: [], renderings: [word], isFromGlossary: false))
        }
    }

    private mutating func add(_ name: Name) {
        guard name.key.count >= 3, let initial = name.key.first else { return }
        nameIndexByKey[name.key] = names.count
        namesByInitial[initial, default: []].append(names.count)
        keyLengths.append(name.key.count)
        names.append(name)
    }

    var isEmpty: Bool { names.isEmpty }

    /// Whether `key` is a misspelling of a name already known ("DeepSeq" of "DeepSeek"):
    /// such a word is a variant, however often the transcript writes it.
    private func isNearName(_ key: String) -> Bool {
        names.contains { name in
            let allowed = Self.allowedDistance(name.key)
            return allowed > 0 && key.first == name.key.first && abs(key.count - name.key.count) <= allowed
                && EditDistance.between(key, name.key) <= allowed
        }
    }

    /// Edits a spelling may differ from a name by: none for short names, where one letter
    /// makes another word (Meta, Beta).
    static func allowedDistance(_ key: String) -> Int {
        key.count >= 7 ? 2 : key.count >= minimumNearbyKeyLength ? 1 : 0
    }

    /// A grammatical form or a short or long form of the name rather than a misspelling:
    /// `Googles`, `FLOP` for `FLOPs`, `Allen Institute` for `Allen Institute for AI`.
    private static func isOtherForm(_ surface: String, of name: Name) -> Bool {
        let key = key(surface)
        if key + "s" == name.key || name.key + "s" == key { return true }
        let variantWords = words(in: surface).map { surface[$0].lowercased() }
        let nameWords = words(in: name.canonical).map { name.canonical[$0].lowercased() }
        func contains(_ longer: [String], _ shorter: [String]) -> Bool {
            guard !shorter.isEmpty, shorter.count < longer.count else { return false }
            return (0...(longer.count - shorter.count)).contains { Array(longer[$0..<$0 + shorter.count]) == shorter }
        }
        return contains(nameWords, variantWords) || contains(variantWords, nameWords)
    }

    /// The spellings of names in `text`, the names' own included (kind `canonical`). `target` is the
    /// translation of the text, which decides whether a near spelling was read as the name.
    func variants(in text: String, target: String) -> [Occurrence] {
        guard !names.isEmpty else { return [] }
        let words = Self.words(in: text)
        var found: [Occurrence] = []
        var index = 0
        while index < words.count {
            var best: (occurrence: Occurrence, distance: Int, words: Int)?
            var spanKey = ""
            for length in 1...Self.maximumSpanWords where index + length <= words.count {
                let last = index + length - 1
                if length > 1 {
                    let gap = text[words[last - 1].upperBound..<words[last].lowerBound]
                    guard gap == " " || gap == "-" else { break }
                }
                spanKey += text[words[last]].lowercased()
                let range = words[index].lowerBound..<words[last].upperBound
                guard let match = match(key: spanKey, surface: String(text[range]), words: length, target: target) else { continue }
                if best == nil || match.distance < best!.distance {
                    best = (Occurrence(name: match.name, surface: String(text[range]), range: range, kind: match.kind), match.distance, length)
                }
            }
            if let best {
                found.append(best.occurrence)
                index += best.words
            } else {
                index += 1
            }
        }
        return found
    }

    private func match(key: String, surface: String, words: Int, target: String) -> (name: Int, kind: Kind, distance: Int)? {
        // "exception group", "the error": words of the language, not a name misheard.
        func isOrdinaryPhrase() -> Bool {
            surface == surface.lowercased() && Self.words(in: surface).allSatisfy { dictionaryWords.contains(String(surface[$0])) }
        }
        if let exact = nameIndexByKey[key] {
            guard !isOrdinaryPhrase() else { return (exact, .canonical, -1) }
            let name = names[exact]
            // `deepseek` and `Aws` are style; `Deep Seek` and `Deepseek` split or lose the name's inner capital.
            // `load balancer` beside the identifier `LoadBalancer` is the words it is made of.
            let respaced = words != name.tokenCount && (name.isFromGlossary || surface != surface.lowercased())
            let recased = surface != name.canonical && Self.isCamelCase(Substring(name.canonical))
                && surface != surface.lowercased() && surface != surface.uppercased()
            return (exact, respaced || recased ? .spacing : .canonical, respaced || recased ? 0 : -1)
        }
        if glossaryKeys.contains(key) {
            guard !isOrdinaryPhrase(), let declaring = names.firstIndex(where: { $0.declaredKeys.contains(key) }) else { return nil }
            let name = names[declaring]
            // The glossary also lists abbreviations and spelt-out forms (AI2, key value cache):
            // only a spelling close to the name's is a misspelling of it.
            let distance = EditDistance.between(key, name.key)
            guard distance <= max(2, name.key.count * 2 / 5), !Self.isOtherForm(surface, of: name) else { return nil }
            return (declaring, .declared, 0)
        }
        // Both a run-together form and a near spelling start with the name's first letter.
        guard let initial = key.first, let candidates = namesByInitial[initial] else { return nil }
        let keyLength = key.count
        for position in candidates {
            let name = names[position]
            let nameLength = keyLengths[position]
            let isRunTogether = words == 1 && nameLength >= Self.minimumRunTogetherKeyLength && keyLength > nameLength
                && key.hasPrefix(name.key) && key[key.index(key.startIndex, offsetBy: nameLength)].isNumber
            let allowed = Self.allowedDistance(name.key)
            guard isRunTogether || (allowed > 0 && abs(keyLength - nameLength) <= allowed) else { continue }
            let distance = isRunTogether ? 1 : EditDistance.between(key, name.key)
            guard isRunTogether || distance <= allowed else { continue }
            guard !isOrdinaryPhrase(), !Self.isOtherForm(surface, of: name),
                  !Self.words(in: surface).contains(where: { nameIndexByKey[Self.key(surface[$0])] != nil })
            else { continue }
            if isRunTogether { return (position, .runTogether, 1) }
            // The translation must read it as the name, and not keep it as a word of its own.
            if !target.localizedCaseInsensitiveContains(surface),
               name.renderings.contains(where: { target.localizedCaseInsensitiveContains($0) }) {
                return (position, .nearby, distance)
            }
        }
        return nil
    }

    /// A name has a capital letter and only Latin letters, digits, spaces, hyphens and dots.
    static func isName(_ form: String) -> Bool {
        form.contains(where: \.isUppercase)
            && form.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == " " || $0 == "-" || $0 == "." }
    }

    /// `DeepSeek`, `OpenAI`: a capital after a lower-case letter inside one word.
    static func isCamelCase(_ word: Substring) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        var previousIsLower = false
        for character in word {
            if character.isUppercase, previousIsLower { return true }
            previousIsLower = character.isLowercase
        }
        return false
    }

    static func key<S: StringProtocol>(_ form: S) -> String {
        String(form.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Runs of ASCII letters and digits.
    static func words(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWordCharacter = character.isASCII && (character.isLetter || character.isNumber)
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }
}
