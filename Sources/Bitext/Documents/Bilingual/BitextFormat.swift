/// Bilingual file formats: inputs that already pair source and target, so they are checked
/// without aligning. One case per reader; the exhaustive switch is the only wiring.
public enum BitextFormat: String, Sendable, CaseIterable {
    case tsv

    public var reader: any BitextReader {
        switch self {
        case .tsv: TSVBitextReader()
        }
    }

    /// The bilingual format a file name implies, or nil for a monolingual document.
    public static func inferred(fromPath path: String) -> BitextFormat? {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".tsv") || lowered.hasSuffix(".tab") { return .tsv }
        return nil
    }
}

/// Turns decoded text of a bilingual file into a `Bitext`; pure like `DocumentReader`.
public protocol BitextReader: Sendable {
    func read(_ text: String, path: String, diagnostics: inout Diagnostics) throws -> Bitext
}
