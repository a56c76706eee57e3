import Foundation

/// Reads and writes glossary files: the only place glossaries touch the file system.
public enum GlossaryLoader {
    /// `columns` names the file's headers for bitext's columns (CSV and TSV only).
    public static func load(
        path: String, format: GlossaryFormat? = nil, columns: GlossaryColumnMapping? = nil, diagnostics: inout Diagnostics
    ) throws -> Glossary {
        let format = try format ?? formatOf(path)
        var reader = format.reader
        if let columns {
            guard let mapped = format.reader(mapping: columns) else {
                throw InputError(file: path, "a column mapping applies to CSV and TSV glossaries; TBX marks its languages with xml:lang")
            }
            reader = mapped
        }
        let data = try InputSizeLimit.contents(of: path)
        return try reader.read(data, path: path, diagnostics: &diagnostics)
    }

    /// Loads a configured glossary with its column mapping.
    public static func load(_ source: GlossarySource, diagnostics: inout Diagnostics) throws -> Glossary {
        try load(path: source.path, columns: source.columns, diagnostics: &diagnostics)
    }

    /// Loads several glossaries as one; later files add terms.
    public static func load(paths: [String], diagnostics: inout Diagnostics) throws -> Glossary {
        try paths.reduce(Glossary.empty) { merged, path in
            merged.merged(with: try load(path: path, diagnostics: &diagnostics))
        }
    }

    /// The bytes `write(_:to:)` would write, for callers that print instead of saving.
    public static func encode(_ glossary: Glossary, format: GlossaryFormat, path: String) throws -> Data {
        try format.writer.write(glossary, path: path)
    }

    /// Writes atomically and refuses to replace any of `inputs`.
    public static func write(_ glossary: Glossary, to path: String, format: GlossaryFormat? = nil, inputs: [String] = []) throws {
        let format = try format ?? formatOf(path)
        let data = try format.writer.write(glossary, path: path)
        try OutputFile.write(data, to: URL(fileURLWithPath: path), inputs: inputs)
    }

    static func formatOf(_ path: String) throws -> GlossaryFormat {
        guard let format = GlossaryFormat.inferred(fromPath: path) else {
            throw InputError(file: path, "unknown glossary format; use one of the extensions \(FileExtensions.glossary)")
        }
        return format
    }
}

/// A place in a glossary where it breaks its schema.
public struct GlossarySchemaProblem: Sendable {
    public var position: SourcePosition
    public var message: String
}

extension GlossaryLoader {
    /// Validates an XML glossary against a schema (RELAX NG `.rng`, DTD `.dtd` or XML Schema
    /// `.xsd`, by extension). Returns the problems found; throws when either file cannot be
    /// read or parsed.
    public static func validate(path: String, schema: String) throws -> [GlossarySchemaProblem] {
        guard FileManager.default.fileExists(atPath: schema) else {
            throw InputError(file: schema, "no such schema file")
        }
        let schemaURL = URL(fileURLWithPath: schema)
        let kind: XMLValidator.Schema = switch schemaURL.pathExtension.lowercased() {
        case "dtd": .dtd(schemaURL)
        case "xsd": .xmlSchema(schemaURL)
        default: .relaxNG(schemaURL)
        }
        let report = try XMLValidator(kind).validate(contentsOf: URL(fileURLWithPath: path))
        return report.errors.map {
            GlossarySchemaProblem(position: SourcePosition(file: path, line: $0.line, column: $0.column), message: $0.message)
        }
    }
}
