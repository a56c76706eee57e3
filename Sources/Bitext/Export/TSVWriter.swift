import Foundation

/// Two columns, source TAB target, one pair a line: the format `bitext check FILE.tsv`
/// reads back. Tabs and line breaks inside a segment become spaces, since TSV cannot
/// carry them; unaligned pairs keep an empty column.
public struct TSVWriter: BitextWriter {
    public init() {}

    public func write(_ bitext: Bitext, findings: [Finding], context: OutputContext) throws -> Data {
        var output = ""
        for pair in bitext.pairs {
            output += Self.cell(pair.sourceText) + "\t" + Self.cell(pair.targetText) + "\n"
        }
        return Data(output.utf8)
    }

    static func cell(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
