import Foundation

/// Inline suppression written in the target file, for findings a reviewer has accepted:
///
/// ```markdown
/// <!-- bitext-disable numbers -->
/// 这段话里的数字是故意改写的。
/// 另一句话。<!-- bitext-disable punctuation markup -->
/// ```
/// A comment on a line of its own silences the listed checks (all checks when none are
/// listed) on the next block of text; a comment inside a block silences them on that block.
public struct Suppressions: Sendable {
    struct Rule: Sendable {
        var lines: ClosedRange<Int>
        /// Empty means every check.
        var checks: Set<String>
    }

    static let marker = "bitext-disable"
    var rules: [Rule] = []

    public init(_ document: Document) {
        var pendingChecks: Set<String>?
        for block in document.blocks {
            let listed = Self.checks(in: block.text)
            if !block.isTranslatable {
                if let listed { pendingChecks = (pendingChecks ?? []).union(listed) }
                continue
            }
            let range = block.line...max(block.line, block.endLine)
            if let pending = pendingChecks {
                rules.append(Rule(lines: range, checks: pending))
                pendingChecks = nil
            }
            if let listed { rules.append(Rule(lines: range, checks: listed)) }
        }
    }

    public var isEmpty: Bool { rules.isEmpty }

    /// Whether a finding about the target at its line is silenced.
    public func suppresses(_ finding: Finding) -> Bool {
        guard let line = finding.target.line else { return false }
        return rules.contains { rule in
            rule.lines.contains(line) && (rule.checks.isEmpty || rule.checks.contains(finding.check))
        }
    }

    /// The check ids named by a `<!-- bitext-disable ... -->` comment in the text, or nil
    /// when it has none.
    static func checks(in text: String) -> Set<String>? {
        guard let start = text.range(of: "<!--"), text.range(of: marker, range: start.upperBound..<text.endIndex) != nil,
              let end = text.range(of: "-->", range: start.upperBound..<text.endIndex) else { return nil }
        let words = text[start.upperBound..<end.lowerBound].split(whereSeparator: { $0.isWhitespace || $0 == "," })
        guard let markerIndex = words.firstIndex(where: { $0 == marker }) else { return nil }
        return Set(words[(markerIndex + 1)...].map(String.init))
    }
}
