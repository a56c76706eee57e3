import Foundation

/// Two columns, source TAB target, one pair a line: the format `bitext check FILE.tsv`
/// reads back. Tabs and line breaks inside a segment become spaces, since TSV cannot
/// carry them; unaligned pairs keep an empty column. Inline codes become their native
/// code (`<b>`), the only form plain text has for them.
public struct TSVWriter: StreamingBitextWriter {
    public init() {}

    public func write(_ bitext: AlignedBitext, findings: [Finding], context: OutputContext) throws -> Data {
        var output = ""
        for pair in bitext.pairs {
            output += Self.line(pair)
        }
        return Data(output.utf8)
    }

    public func session(header: AlignedBitext, context: OutputContext, toFileAt path: String) throws -> any BitextWriterSession {
        try TSVSession(path: path)
    }

    static func line(_ pair: AlignedPair) -> String {
        cell(pair.sourceText, codes: pair.sourceCodes) + "\t" + cell(pair.targetText, codes: pair.targetCodes) + "\n"
    }

    static func cell(_ text: String, codes: [InlineCode] = []) -> String {
        let native = codes.isEmpty ? text : InlineRun.runs(of: text, codes: codes).map { run in
            switch run {
            case .text(let string): string
            case .code(let index): codes[index].content ?? ""
            }
        }.joined()
        return String(native.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}

/// TSV lines appended to a new file through a buffer, every write checked (`FileSink`).
final class TSVSession: BitextWriterSession {
    private let file: FileSink
    private var buffer = Data()

    init(path: String) throws {
        file = try FileSink(creating: path)
    }

    func write(_ pair: AlignedPair, findings: [Finding]) throws {
        buffer.append(contentsOf: TSVWriter.line(pair).utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func finish() throws {
        try flush()
        try file.close()
    }

    private func flush() throws {
        try buffer.withUnsafeBytes { try file.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
