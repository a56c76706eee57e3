extension AlignedBitext {
    /// The bitext with the placeholders of its software strings blanked in the prose the
    /// checks read: `{count}` is not a number, `%@` not Latin text to space, `{{ user }}`
    /// not an untranslated word. Bilingual files only, as for `PlaceholdersCheck`.
    func maskingPlaceholders(configured: Set<PlaceholderSyntax>?) -> AlignedBitext {
        guard sourceDocument == nil else { return self }
        var masked = self
        for index in pairs.indices {
            // Screened in place: taking `pairs[index]` out would copy every pair of the chunk.
            guard PlaceholderScanner.mayHoldPlaceholder(pairs[index].sourceText)
                || PlaceholderScanner.mayHoldPlaceholder(pairs[index].targetText) else { continue }
            let pair = pairs[index]
            let scanner = PlaceholderScanner(syntaxes: PlaceholdersCheck.syntaxes(of: pair, in: self, configured: configured))
            let source = scanner.scan(pair.sourceText).masked
            let target = scanner.scan(pair.targetText).masked
            if !source.isEmpty || !target.isEmpty { masked.pairs[index].maskProse(source: source, target: target) }
        }
        return masked
    }
}
