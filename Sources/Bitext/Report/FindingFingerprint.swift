import Foundation

/// A stable key for a finding that survives edits elsewhere in the file: it hashes what the
/// finding is about — the check, the file a reader opens, the term, and the text concerned
/// (the finding's `subject` where the check names one, else both sides' text) — never line
/// numbers or anything the aligner chose. Text is normalised first (Unicode NFC, whitespace
/// runs as one space, trimmed), so re-wrapping a paragraph or a CRLF checkout does not make
/// an old finding new. SARIF's `partialFingerprints` and baselines use it.
public enum FindingFingerprint {
    /// The key SARIF results carry it under; raised when the hash changes.
    public static let sarifKey = "bitextFinding/v2"

    public static func of(_ finding: Finding) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let text = finding.subject.map { [normalised($0)] } ?? [normalised(finding.source.text), normalised(finding.target.text)]
        let parts = [
            finding.check, file(finding.primarySide.side.file ?? ""), finding.term?.source ?? "", finding.term?.found ?? "",
        ] + text
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
            hash ^= 0x1F
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The path as given, without a leading `./`: `./docs/a.md` and `docs/a.md` are one file.
    static func file(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }

    static func normalised(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension Finding {
    /// The side a reader should open: the target where it has text, else the source.
    public var primarySide: (side: Side, isTarget: Bool) {
        target.line != nil ? (target, true) : (source, false)
    }
}
