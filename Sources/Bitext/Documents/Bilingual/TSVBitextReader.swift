import Foundation

/// Two columns, source TAB target, one pair a line. Both sides of a pair report the TSV
/// line as their line. A line with no tab or with extra tabs is an error, not a guess:
/// splitting it either way could attach text to the wrong side.
public struct TSVBitextReader: BitextReader {
    public init() {}

    public func read(_ text: String, path: String, diagnostics: inout Diagnostics) throws -> AlignedBitext {
        var rows: [(source: String, target: String, line: Int)] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if rawLine.allSatisfy(\.isSpaceOnly) { continue }
            let columns = rawLine.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 2 else {
                let problem = columns.count < 2 ? "has no tab between source and target" : "has \(columns.count) columns, expected 2"
                throw InputError(file: path, line: lineNumber, "\(problem)")
            }
            rows.append((trimmed(columns[0]), trimmed(columns[1]), lineNumber))
        }
        guard !rows.isEmpty else { throw InputError(file: path, "has no pairs") }

        let sourceLanguage = Language.detect(rows.map(\.source).joined(separator: " ")) ?? .english
        var targetLanguage = Language.detect(rows.map(\.target).joined(separator: " ")) ?? sourceLanguage.other
        if targetLanguage == sourceLanguage {
            diagnostics.warn("source and target columns look like the same language (\(sourceLanguage.rawValue))", file: path)
            targetLanguage = sourceLanguage.other
        }
        var sourceIndex = 0
        var targetIndex = 0
        let pairs = rows.enumerated().map { index, row in
            let source = row.source.isEmpty ? [] : [Segment(index: sourceIndex, text: row.source, line: row.line, block: index)]
            let target = row.target.isEmpty ? [] : [Segment(index: targetIndex, text: row.target, line: row.line, block: index)]
            sourceIndex += source.count
            targetIndex += target.count
            return AlignedPair(
                index: index, source: source, target: target, score: 1,
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        }
        return AlignedBitext(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, sourcePath: path, targetPath: path, pairs: pairs)
    }

    private func trimmed(_ text: Substring) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }
}
