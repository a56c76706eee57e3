/// Chinese quotes with “ ” and ‘ ’ (the mainland's standard, common in Taiwan too) or with
/// 「 」 and 『 』 (the standard in Taiwan and Hong Kong). Either is right, and `punctuation`
/// accepts both; a translation that uses both reads as the work of several hands. The fix is
/// one decision for the whole document, so this is one finding per document: how many
/// segments use each style and their first lines, the commoner style first.
///
/// Only double quotes decide a segment's style: `’` is also the apostrophe of English words
/// kept in the translation (`Python’s`).
public struct QuoteStyleCheck: DocumentCheck {
    public static let description = CheckDescription(
        id: "quote-style", name: "Quote style",
        summary: "The translation quotes with both “ ” and 「 」 (one finding per document, with each style's count and lines).",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("Click “Save”.\nThe “Cancel” button closes the dialog.", "点击「保存」。\n「取消」按钮会关闭对话框。"),
            CheckExample("Click “Save”.\nThe “Cancel” button closes the dialog.", "点击“保存”。\n“取消”按钮会关闭对话框。"),
            // Nested quotes of one style: 『』 inside 「」.
            CheckExample("He said “click ‘Save’”.", "他说「点击『保存』」。"),
        ],
        failingExamples: [
            CheckExample("Click “Save”.\nThe “Cancel” button closes the dialog.", "点击「保存」。\n“取消”按钮会关闭对话框。"),
        ],
        prerequisites: ["untranslated"])

    public init() {}

    enum Style {
        /// “ ” (and ‘ ’ inside them).
        case curly
        /// 「 」 (and 『 』 inside them).
        case corner

        var marks: String {
            switch self {
            case .curly: "“ ”"
            case .corner: "「 」"
            }
        }
    }

    /// The segments that use one style.
    struct Use: Sendable {
        var lines = LineSample()
        /// The earliest pair with this style.
        var example: PairSnapshot?

        mutating func append(_ next: Use) {
            lines.append(next.lines)
            if example == nil { example = next.example }
        }
    }

    struct Tally: DocumentTally {
        var curly = Use()
        var corner = Use()

        mutating func append(_ next: Tally) {
            curly.append(next.curly)
            corner.append(next.corner)
        }
    }

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        runWhole(on: bitext, context: context)
    }

    func tally(_ chunk: AlignedBitext, skipping: Set<Int>, context: CheckContext) -> Tally {
        var tally = Tally()
        guard chunk.targetLanguage == .chinese else { return tally }
        for pair in chunk.pairs where !pair.target.isEmpty && !skipping.contains(pair.index) {
            let styles = Self.styles(in: pair.targetProse)
            if styles.curly {
                tally.curly.lines.add(line: pair.targetLine)
                if tally.curly.example == nil { tally.curly.example = PairSnapshot(pair) }
            }
            if styles.corner {
                tally.corner.lines.add(line: pair.targetLine)
                if tally.corner.example == nil { tally.corner.example = PairSnapshot(pair) }
            }
        }
        return tally
    }

    /// Which quote styles Chinese text uses: a text without Han (an English string the
    /// translation kept) says nothing about the translation's style.
    static func styles(in text: String) -> (curly: Bool, corner: Bool) {
        var curly = false
        var corner = false
        var hasHan = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x201C, 0x201D: curly = true
            case 0x300C...0x300F: corner = true
            default: if !hasHan, scalar.isHan { hasHan = true }
            }
        }
        return hasHan ? (curly, corner) : (false, false)
    }

    func findings(from tally: Tally, in document: AlignedBitext, context: CheckContext) -> [Finding] {
        guard tally.curly.lines.pairs > 0, tally.corner.lines.pairs > 0 else { return [] }
        let uses = [(Style.curly, tally.curly), (Style.corner, tally.corner)].sorted { $0.1.lines.pairs > $1.1.lines.pairs }
        let listing = uses.map { style, use in
            "\(style.marks) in \(use.lines.pairs) segment\(use.lines.pairs == 1 ? "" : "s") (\(use.lines.description))"
        }
        // Shown on the first segment of the rarer style, the likelier one to change.
        guard let example = uses[1].1.example else { return [] }
        return [finding(
            "the translation quotes with both styles: \(listing.joined(separator: "; ")); use one throughout",
            example: example, in: document, context: context, pair: nil)]
    }
}
