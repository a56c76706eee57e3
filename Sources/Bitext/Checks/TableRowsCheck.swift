/// Markdown tables whose translation has more or fewer rows: the n-th table of the source
/// against the n-th table of the translation. A row added or dropped is one finding for the
/// table, not an omission or addition for each row (those checks leave table rows to this one).
public struct TableRowsCheck: Check {
    public static let description = CheckDescription(
        id: "table-rows", name: "Table rows",
        summary: "A table has a different number of rows in the translation.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample(
                markdownSource: "| Port | Protocol |\n|---|---|\n| 15000 | TCP |\n| 15001 | TCP |\n",
                markdownTarget: "| 端口 | 协议 |\n|---|---|\n| 15000 | TCP |\n| 15001 | TCP |\n"),
        ],
        failingExamples: [
            CheckExample(
                markdownSource: "| Port | Protocol |\n|---|---|\n| 15000 | TCP |\n| 15001 | TCP |\n",
                markdownTarget: "| 端口 | 协议 |\n|---|---|\n| 15000 | TCP |\n"),
        ])

    public init() {}

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard let source = bitext.sourceDocument?.document, let target = bitext.targetDocument?.document else { return [] }
        let sourceTables = Self.tables(in: source.blocks)
        let targetTables = Self.tables(in: target.blocks)
        return zip(sourceTables, targetTables).compactMap { sourceTable, targetTable in
            guard sourceTable.count != targetTable.count else { return nil }
            return finding(
                "the table has \(sourceTable.count) rows in the source and \(targetTable.count) in the translation",
                source: Finding.Side(text: sourceTable.map(\.text).joined(separator: "\n"), line: sourceTable.first?.line, file: bitext.sourcePath),
                target: Finding.Side(text: targetTable.map(\.text).joined(separator: "\n"), line: targetTable.first?.line, file: bitext.targetPath),
                pair: nil, context: context)
        }
    }

    /// The rows of each table in document order: runs of row blocks on consecutive lines
    /// (a delimiter row between them is part of the table).
    static func tables(in blocks: [Block]) -> [[Block]] {
        var tables: [[Block]] = []
        var current: [Block] = []
        var lastLine = -1
        for block in blocks {
            let isDelimiter = block.kind == .verbatim && block.line == lastLine + 1 && block.text.contains("|") && block.text.contains("-")
            if block.kind == .tableRow || isDelimiter {
                if block.line != lastLine + 1, !current.isEmpty {
                    tables.append(current)
                    current = []
                }
                if block.kind == .tableRow { current.append(block) }
                lastLine = block.endLine
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }
}
