import Foundation

/// The plain bead notation used by sentence-alignment corpora and tools (Vecalign, Bertalign):
/// one bead a line, `[source ids]:[target ids]`, ids 0-based, e.g. `[0,1]:[0]` or `[]:[5]`.
/// A trailing `:score` (as Vecalign writes) carries the bead's confidence.
public enum BeadFormat {
    /// One bead as `[0,1]:[0]`.
    public static func format(_ bead: Bead) -> String {
        "[\(bead.source.map(String.init).joined(separator: ","))]:[\(bead.target.map(String.init).joined(separator: ","))]"
    }

    /// Every bead on its own line, each line ending with a newline; with `scores`, each
    /// followed by its confidence, `[0,1]:[0]:0.973`.
    public static func format(_ alignment: Alignment, scores: Bool = false) -> String {
        alignment.beads.map { bead in
            format(bead) + (scores ? ":" + String(format: "%.4f", bead.score) : "") + "\n"
        }.joined()
    }

    /// Reads bead lines; blank lines are skipped. A bead carries its trailing score, or 1.
    /// - Throws: `InputError` naming `path` and the 1-based line of the first malformed bead.
    public static func parse(_ text: String, path: String) throws -> [Bead] {
        var beads: [Bead] = []
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty { continue }
            guard let bead = parseLine(line) else {
                throw InputError(
                    file: path, line: offset + 1,
                    "malformed bead '\(line)': expected [source ids]:[target ids], e.g. [0,1]:[2]")
            }
            beads.append(bead)
        }
        return beads
    }

    /// Parses `[ids]:[ids]` with an optional `:number` after it; nil when malformed.
    private static func parseLine(_ line: Substring) -> Bead? {
        var rest = line[...]
        guard let source = parseList(&rest), rest.first == ":" else { return nil }
        rest = rest.dropFirst()
        guard let target = parseList(&rest) else { return nil }
        var score = 1.0
        if !rest.isEmpty {
            guard rest.first == ":", let value = Double(rest.dropFirst().trimmingWhitespace()) else { return nil }
            score = value
        }
        return Bead(source: source, target: target, score: score)
    }

    /// Consumes `[1,2,3]` (spaces allowed) from the front of `text`.
    private static func parseList(_ text: inout Substring) -> [Int]? {
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close].trimmingWhitespace()
        text = text[text.index(after: close)...]
        if inner.isEmpty { return [] }
        var ids: [Int] = []
        for part in inner.split(separator: ",", omittingEmptySubsequences: false) {
            guard let id = Int(part.trimmingWhitespace()), id >= 0 else { return nil }
            ids.append(id)
        }
        return ids
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and carriage returns.
    fileprivate func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = self.firstIndex(where: { !isSpace($0) }) else { return Substring() }
        let last = self.lastIndex(where: { !isSpace($0) })!
        return Substring(self[first...last])
    }
}
