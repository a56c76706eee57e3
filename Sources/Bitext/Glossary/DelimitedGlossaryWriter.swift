import Foundation

/// Writes a glossary as CSV or TSV with the columns `DelimitedGlossaryReader` reads, so a
/// glossary survives the trip through any format unchanged.
struct DelimitedGlossaryWriter: GlossaryWriter {
    let delimiter: Unicode.Scalar

    func write(_ glossary: Glossary, path: String) throws -> Data {
        let withCase = glossary.terms.contains(where: \.caseSensitive)
        let regions = ChineseRegion.allCases.filter { region in glossary.terms.contains { $0.regional[region] != nil } }
        var header = ["source", "target", "forbidden", "note"]
        if withCase { header.append("case") }
        for region in regions { header += ["target@\(region.rawValue)", "forbidden@\(region.rawValue)"] }
        var lines = [header.joined(separator: String(delimiter))]
        for term in glossary.terms {
            var cells = [
                try joined(term.sourceForms, term: term, path: path),
                try joined(term.accepted, term: term, path: path),
                try joined(term.forbidden, term: term, path: path),
                term.note ?? "",
            ]
            if withCase { cells.append(term.caseSensitive ? "yes" : "") }
            for region in regions {
                cells.append(try joined(term.regional[region]?.accepted ?? [], term: term, path: path))
                cells.append(try joined(term.regional[region]?.forbidden ?? [], term: term, path: path))
            }
            lines.append(cells.map(quoted).joined(separator: String(delimiter)))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// `|` separates alternatives, so an alternative containing one cannot be written.
    private func joined(_ forms: [String], term: GlossaryTerm, path: String) throws -> String {
        if let bad = forms.first(where: { $0.unicodeScalars.contains("|") }) {
            throw InputError(file: path, "term '\(term.name)': '\(bad)' contains '|', which this format uses to separate alternatives")
        }
        return forms.joined(separator: "|")
    }

    private func quoted(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        // A leading combining mark would join the delimiter before it into one character
        // for readers that split by characters; quoting keeps it apart.
        let needsQuotes = scalars.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || scalars.first.map { $0.isSpaceOrNewline || $0.isCombiningMark } == true
            || scalars.last?.isSpaceOrNewline == true
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
