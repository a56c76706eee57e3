import Foundation

extension Auditor {
    /// Drafts a glossary from a document and its translation, read, segmented and aligned as
    /// `audit` reads them (languages detected, or declared in the options). Terms are English
    /// → Chinese whichever of the two files comes first: a Chinese source is turned round.
    public func extractGlossary(
        sourcePath: String, targetPath: String, extractor: GlossaryExtractor = GlossaryExtractor(), diagnostics: inout Diagnostics
    ) throws -> Glossary {
        let bitext = try align(sourcePath: sourcePath, targetPath: targetPath, diagnostics: &diagnostics).bitext
        switch (bitext.sourceLanguage, bitext.targetLanguage) {
        case (.english, .chinese):
            return extractor.extract(from: bitext)
        case (.chinese, .english):
            return extractor.extract(from: bitext.turnedRound())
        default:
            throw InputError(
                file: targetPath,
                "a glossary is drawn from an English document and its Chinese translation, but \(sourcePath) and "
                    + "\(targetPath) both read as \(bitext.sourceLanguage.name)")
        }
    }
}

extension AlignedBitext {
    /// The same pairs read the other way: target as source, source as target.
    func turnedRound() -> AlignedBitext {
        AlignedBitext(
            sourceLanguage: targetLanguage, targetLanguage: sourceLanguage, sourcePath: targetPath, targetPath: sourcePath,
            pairs: pairs.map { pair in
                AlignedPair(
                    index: pair.index, source: pair.target, target: pair.source, score: pair.score,
                    sourceLanguage: targetLanguage, targetLanguage: sourceLanguage)
            })
    }
}
