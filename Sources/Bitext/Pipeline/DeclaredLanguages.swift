/// Languages declared for a pair (`source-language` and `target-language` in `.bitext.yml`,
/// or `Auditor.Options`) held against what the documents read as. Without a declaration the
/// direction is free, but a Chinese source with an English target is the reverse of what
/// bitext is mostly run for, so a note says which way it is checking (files given in the
/// wrong order are the likelier cause). With one, the documents are read in the declared
/// languages, except when both read as the other's language: then the files were given the
/// wrong way round, and reading Chinese with English sentence rules would segment it wrongly,
/// so they are read as they are written and a warning says they look swapped. A single
/// document that reads as another language than declared is kept as declared and warned about.
struct DeclaredLanguages {
    var source: Language?
    var target: Language?

    /// Returns the documents to align, re-segmented in the languages they read as when swapped.
    func reconcile(
        source sourceDocument: SegmentedDocument, target targetDocument: SegmentedDocument, segmenter: Segmenter,
        diagnostics: inout Diagnostics
    ) -> (source: SegmentedDocument, target: SegmentedDocument) {
        guard source != nil || target != nil else {
            // Undeclared, each document was read in the language detected when it was loaded.
            if sourceDocument.language == .chinese, targetDocument.language == .english {
                diagnostics.note(
                    "the source \(sourceDocument.path) reads as Chinese and the target \(targetDocument.path) as English: "
                        + "checking Chinese → English; if the English file is the source, give it first "
                        + "(or declare source-language and target-language in .bitext.yml)",
                    file: sourceDocument.path)
            }
            return (sourceDocument, targetDocument)
        }
        // A declared document was not detected on loading: this is its one detection.
        let sourceReads = source == nil ? sourceDocument.language : Self.languageReadFrom(sourceDocument.document)
        let targetReads = target == nil ? targetDocument.language : Self.languageReadFrom(targetDocument.document)
        if let source, let target, source != target, sourceReads == target, targetReads == source {
            diagnostics.warn(
                "source and target look swapped: \(sourceDocument.path) reads as \(target.name) and \(targetDocument.path) as "
                    + "\(source.name), but \(source.name) → \(target.name) is declared; aligning them as written "
                    + "(give the \(source.name) file first, or correct source-language and target-language)",
                file: sourceDocument.path)
            return (Self.resegmented(sourceDocument, as: target, segmenter), Self.resegmented(targetDocument, as: source, segmenter))
        }
        for (document, declared, reads) in [(sourceDocument, source, sourceReads), (targetDocument, target, targetReads)] {
            if let declared, let reads, declared != reads {
                diagnostics.warn(
                    "reads as \(reads.name), but its language is declared as \(declared.name); reading it as \(declared.name)",
                    file: document.path)
            }
        }
        return (sourceDocument, targetDocument)
    }

    /// The language of a document's translatable text (its prose, for Markdown: not code,
    /// URLs or shortcodes), nil when it has no letters.
    static func languageReadFrom(_ document: Document) -> Language? {
        let isMarkdown = document.format == .markdown
        return Language.detect(document.blocks.lazy.filter(\.isTranslatable)
            .map { isMarkdown ? MarkdownProse.masked($0.text) : $0.text }.joined(separator: "\n"))
    }

    private static func resegmented(_ document: SegmentedDocument, as language: Language, _ segmenter: Segmenter) -> SegmentedDocument {
        var relabelled = document.document
        relabelled.language = language
        return segmenter.segment(relabelled)
    }
}

extension Language {
    /// The language's name in messages.
    var name: String {
        switch self {
        case .english: "English"
        case .chinese: "Chinese"
        }
    }
}
