import Foundation

/// Reads a CSV or TSV glossary with the header `source,target,forbidden,note`, an
/// optional `case` column, and optional regional columns `target@zh-TW`, `forbidden@zh-CN`
/// (see `GlossaryColumn`). Cells hold `|`-separated alternatives; the first source form
/// names the term. With a `GlossaryColumnMapping`, columns are found under the file's own
/// header names.
struct DelimitedGlossaryReader: GlossaryReader {
    /// nil: comma, unless the header line contains a tab.
    let delimiter: Unicode.Scalar?
    var mapping: GlossaryColumnMapping?

    func read(_ data: Data, path: String, diagnostics: inout Diagnostics) throws -> Glossary {
        let text = try Self.decode(data, path: path)
        let delimiter = delimiter ?? (text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }.contains("\t") ? "\t" : ",")
        let records = try DelimitedTextParser(delimiter: delimiter, path: path).parse(text).filter { !$0.isBlank }
        guard let header = records.first else {
            throw InputError(file: path, line: 1, "empty glossary: expected a header line such as `source,target,forbidden,note`")
        }
        let columns = try columnIndices(header, path: path, diagnostics: &diagnostics)
        var terms: [GlossaryTerm] = []
        for record in records.dropFirst() {
            terms.append(try term(from: record, columns: columns, headerWidth: header.fields.count, path: path))
        }
        reportDuplicates(terms, path: path, diagnostics: &diagnostics)
        return Glossary(terms: terms)
    }

    /// UTF-8 only (a BOM is dropped): a glossary in another encoding would match nothing.
    static func decode(_ data: Data, path: String) throws -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(bytes: bytes, encoding: .utf8) { return text }
        var offset = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
        throw InputError(file: path, line: line, "not valid UTF-8 (byte offset \(offset)); save the glossary as UTF-8")
    }

    private func columnIndices(
        _ header: DelimitedTextParser.Record, path: String, diagnostics: inout Diagnostics
    ) throws -> [GlossaryColumn: Int] {
        let mapped = mapping?.headers ?? [:]
        let mappedByHeader = Dictionary(mapped.map { ($0.value.trimmingCharacters(in: .whitespaces).lowercased(), $0.key) }, uniquingKeysWith: { first, _ in first })
        var indices: [GlossaryColumn: Int] = [:]
        var ignored: [String] = []
        for (index, field) in header.fields.enumerated() {
            let name = field.text.trimmingCharacters(in: .whitespaces)
            let column: GlossaryColumn?
            if let chosen = mappedByHeader[name.lowercased()] {
                column = chosen
            } else {
                do {
                    column = try GlossaryColumn(name: name).flatMap { mapped[$0] == nil ? $0 : nil }
                } catch let error as GlossaryColumn.NameError {
                    throw InputError(file: path, line: field.line, column: field.column, error.message)
                }
            }
            guard let column else {
                if mapping == nil {
                    diagnostics.warn(
                        "unknown column '\(field.text)' is ignored; columns are \(GlossaryColumn.summary)",
                        file: path, line: field.line, column: field.column)
                } else {
                    ignored.append(name)
                }
                continue
            }
            if indices[column] != nil {
                throw InputError(file: path, line: field.line, column: field.column, "column '\(column)' appears twice in the header")
            }
            indices[column] = index
        }
        let found = header.fields.map(\.text).joined(separator: ", ")
        for (column, name) in mapped.sorted(by: { $0.key.description < $1.key.description }) where indices[column] == nil {
            throw InputError(file: path, line: header.line, "column '\(name)', given as the glossary's \(column) column, is not in the header (found: \(found))")
        }
        if !ignored.isEmpty {
            // The user chose the columns: the rest are the file's business, named once.
            diagnostics.note("columns not mapped are ignored: \(ignored.joined(separator: ", "))", file: path, line: header.line)
        }
        if indices[GlossaryColumn(.source)] == nil {
            throw InputError(file: path, line: header.line, "missing required column 'source' in the header (found: \(found))")
        }
        if !indices.keys.contains(where: { $0.field == .target }) {
            throw InputError(file: path, line: header.line, "missing required column 'target' (or target@LOCALE) in the header (found: \(found))")
        }
        return indices
    }

    private func term(
        from record: DelimitedTextParser.Record, columns: [GlossaryColumn: Int], headerWidth: Int, path: String
    ) throws -> GlossaryTerm {
        if record.fields.count > headerWidth,
            let extra = record.fields[headerWidth...].first(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty })
        {
            throw InputError(
                file: path, line: extra.line, column: extra.column,
                "this row has \(record.fields.count) cells but the header has \(headerWidth); quote cells that contain the delimiter")
        }
        func field(_ column: GlossaryColumn) -> DelimitedTextParser.Field? {
            guard let index = columns[column], index < record.fields.count else { return nil }
            return record.fields[index]
        }
        let sources = try alternatives(field(GlossaryColumn(.source)), path: path)
        guard !sources.isEmpty else {
            let position = field(GlossaryColumn(.source))
            throw InputError(file: path, line: position?.line ?? record.line, column: position?.column, "row has no source term")
        }
        let accepted = try alternatives(field(GlossaryColumn(.target)), path: path)
        let forbidden = try alternatives(field(GlossaryColumn(.forbidden)), path: path)
        var regional: [ChineseRegion: RegionalRenderings] = [:]
        for region in ChineseRegion.allCases {
            let renderings = RegionalRenderings(
                accepted: try alternatives(field(GlossaryColumn(.target, region: region)), path: path),
                forbidden: try alternatives(field(GlossaryColumn(.forbidden, region: region)), path: path))
            if !renderings.isEmpty { regional[region] = renderings }
        }
        if accepted.isEmpty && forbidden.isEmpty && regional.isEmpty {
            let position = field(GlossaryColumn(.target))
            throw InputError(
                file: path, line: position?.line ?? record.line, column: position?.column,
                "term '\(sources[0])' has neither a target nor a forbidden rendering")
        }
        let note = field(GlossaryColumn(.note))?.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return GlossaryTerm(
            sourceForms: sources, accepted: accepted, forbidden: forbidden,
            note: note?.isEmpty == false ? note : nil,
            caseSensitive: try caseFlag(field(GlossaryColumn(.caseSensitive)), path: path),
            origin: SourcePosition(file: path, line: record.line), regional: regional)
    }

    private func alternatives(_ field: DelimitedTextParser.Field?, path: String) throws -> [String] {
        guard let field else { return [] }
        let forms = field.text.unicodeScalars.split(separator: "|")
            .map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        for form in forms { try GlossaryTerm.checkLength(of: form, file: path, line: field.line, column: field.column) }
        return forms
    }

    private func caseFlag(_ field: DelimitedTextParser.Field?, path: String) throws -> Bool {
        guard let field else { return false }
        switch field.text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "1", "y": return true
        case "false", "no", "0", "n", "": return false
        default:
            throw InputError(
                file: path, line: field.line, column: field.column,
                "'\(field.text)' in column 'case' is not a yes/no value (use true/yes/1 or false/no/0)")
        }
    }

    /// The same source form in two rows makes matches ambiguous; both are kept, the user is told.
    /// Case variants inside one row (`Deep SEQ`, `Deep Seq`) are deliberate and not reported.
    private func reportDuplicates(_ terms: [GlossaryTerm], path: String, diagnostics: inout Diagnostics) {
        var owner: [String: (row: Int, line: Int)] = [:]
        for (row, term) in terms.enumerated() {
            for form in term.sourceForms {
                let key = form.lowercased()
                if let previous = owner[key] {
                    if previous.row != row {
                        diagnostics.warn(
                            "source form '\(form)' is already defined on line \(previous.line); both entries are used",
                            file: path, line: term.origin?.line)
                    }
                } else {
                    owner[key] = (row, term.origin?.line ?? 0)
                }
            }
        }
    }
}
