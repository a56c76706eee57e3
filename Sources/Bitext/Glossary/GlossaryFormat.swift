import Foundation

/// The file formats a glossary can be read from and written to.
public enum GlossaryFormat: String, Sendable, CaseIterable, Codable {
    /// Comma-separated values; a header line with a tab makes it tab-separated instead.
    case csv
    /// Tab-separated values.
    case tsv
    /// TermBase eXchange: v3 (ISO 30042:2019) and v2 (`martif`) are read, v3 TBX-Basic is written.
    case tbx

    var reader: any GlossaryReader {
        switch self {
        case .csv: DelimitedGlossaryReader(delimiter: nil)
        case .tsv: DelimitedGlossaryReader(delimiter: "\t")
        case .tbx: TBXGlossaryReader()
        }
    }

    /// A reader that finds columns under the file's own header names; nil for TBX, whose
    /// languages are marked in the file and need no mapping.
    func reader(mapping: GlossaryColumnMapping) -> (any GlossaryReader)? {
        switch self {
        case .csv: DelimitedGlossaryReader(delimiter: nil, mapping: mapping)
        case .tsv: DelimitedGlossaryReader(delimiter: "\t", mapping: mapping)
        case .tbx: nil
        }
    }

    var writer: any GlossaryWriter {
        switch self {
        case .csv: DelimitedGlossaryWriter(delimiter: ",")
        case .tsv: DelimitedGlossaryWriter(delimiter: "\t")
        case .tbx: TBXGlossaryWriter()
        }
    }
}

/// Turns a glossary file's bytes into a `Glossary`. Recoverable trouble (an unknown column,
/// a concept with no Chinese term) goes to `diagnostics`; anything that would lose or
/// misread the user's terms throws an `InputError` naming the file and line.
protocol GlossaryReader: Sendable {
    func read(_ data: Data, path: String, diagnostics: inout Diagnostics) throws -> Glossary
}

/// Turns a glossary into a file's bytes. Pure: the same glossary always gives the same bytes.
/// Throws when the format cannot hold something in the glossary without losing it.
protocol GlossaryWriter: Sendable {
    func write(_ glossary: Glossary, path: String) throws -> Data
}
