/// Names a translation keeps in Latin letters, so that a UI string made of them (`Safari`,
/// `Rclone`) copied into the target is not taken for text left untranslated:
/// - the words of glossary terms that have a rendering without Chinese characters
///   (`DeepSeek` → `DeepSeek`);
/// - capitalised words the translator writes in Latin inside Chinese targets elsewhere in the
///   file (`在 Safari 中打开` makes `Safari` a name), which is evidence from the translation
///   itself rather than a list of product names.
///
/// Worked out on first use only: most chunks have no copied UI string to ask about.
struct KeptLatinNames {
    private let bitext: AlignedBitext
    private let glossary: Glossary
    private var names: Set<Substring>?

    init(bitext: AlignedBitext, glossary: Glossary) {
        self.bitext = bitext
        self.glossary = glossary
    }

    /// Whether `word` (a word of the source, as written) is such a name.
    mutating func contains(_ word: Substring) -> Bool {
        if names == nil { names = collect() }
        return names!.contains(word) || names!.contains(Substring(word.lowercased()))
    }

    private func collect() -> Set<Substring> {
        var names: Set<Substring> = []
        for term in glossary.terms where term.acceptedAnywhere.contains(where: { !$0.unicodeScalars.contains(where: \.isHan) }) {
            for form in term.sourceForms {
                names.formUnion(form.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
            }
        }
        guard bitext.targetLanguage == .chinese else { return names }
        for pair in bitext.pairs where pair.targetProse.unicodeScalars.contains(where: \.isHan) {
            for word in pair.targetProse.split(whereSeparator: { !$0.isASCII || !$0.isLetter }) where word.first!.isUppercase {
                names.insert(word)
            }
        }
        return names
    }
}
