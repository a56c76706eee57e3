import Foundation

/// A stable key for a finding that survives edits elsewhere in the file: it hashes what the
/// finding is about (check, term, the text of both sides), never line numbers. Text is
/// normalised first (Unicode NFC, whitespace runs as one space, trimmed), so re-wrapping a
/// paragraph or a CRLF checkout does not make an old finding new. SARIF's
/// `partialFingerprints` and baselines use it.
public enum FindingFingerprint {
    public static func of(_ finding: Finding) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let parts = [
            finding.check, finding.term?.source ?? "", finding.term?.found ?? "",
            normalised(finding.source.text), normalised(finding.target.text),
        ]
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
