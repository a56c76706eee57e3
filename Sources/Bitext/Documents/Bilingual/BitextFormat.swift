/// Bilingual file formats: inputs that already pair source and target, so they are checked
/// without aligning. One case per reader; the exhaustive switch is the only wiring.
public enum BitextFormat: String, Sendable, CaseIterable {
    case tsv
    case tmx
    /// XLIFF 1.2 or 2.x, told apart by the root element's version and namespace.
    case xliff
    /// gettext PO and POT.
    case po
    /// Apple String Catalogs (`.xcstrings`).
    case xcstrings

    public var reader: any BitextReader {
        switch self {
        case .tsv: TSVBitextReader()
        case .tmx: TMXBitextReader()
        case .xliff: XLIFFBitextReader()
        case .po: POBitextReader()
        case .xcstrings: XCStringsBitextReader()
        }
    }
}

/// Turns decoded text of a bilingual file into an `AlignedBitext`; pure like `DocumentReader`.
public protocol BitextReader: Sendable {
    func read(_ text: String, path: String, diagnostics: inout Diagnostics) throws -> AlignedBitext
    /// Reads a file; XML readers stream it instead of decoding it whole first.
    func read(contentsOf path: String, encoding: TextEncoding?, diagnostics: inout Diagnostics) throws -> AlignedBitext
}

extension BitextReader {
    public func read(contentsOf path: String, encoding: TextEncoding?, diagnostics: inout Diagnostics) throws -> AlignedBitext {
        let data = try Auditor.contents(of: path)
        let decoded = try TextDecoder.decode(data, path: path, encoding: encoding)
        return try read(decoded.text, path: path, diagnostics: &diagnostics)
    }
}
