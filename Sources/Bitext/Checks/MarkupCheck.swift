import Foundation

/// Inline markup that differs between source and target: Markdown emphasis, links, inline
/// code and HTML/XML tags, plus emphasis broken by spaces inside its markers
/// (`** 成本与地缘影响 **` renders as literal asterisks).
public struct MarkupCheck: PairCheck {
    public static let description = CheckDescription(
        id: "markup", name: "Markup",
        summary: "Emphasis, links, inline code or tags differ between source and target, or emphasis is broken.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("Read the **DeepSeek** paper at [arXiv](https://arxiv.org).", "阅读 [arXiv](https://arxiv.org) 上的 **DeepSeek** 论文。"),
        ],
        failingExamples: [
            CheckExample("Cost and geopolitics", "** 成本与地缘影响 **"),
            CheckExample("See the `nccl` docs at [NVIDIA](https://nvidia.com).", "请参阅 NVIDIA 的 nccl 文档。"),
            CheckExample("Press <b>Run</b>.", "按<b>运行。"),
        ],
        prerequisites: ["untranslated"]
    )

    public init() {}

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard !pair.target.isEmpty else { return [] }
        let broken = Self.brokenEmphasis(in: pair.targetText)
        var messages = broken.map { "emphasis “\($0)” has spaces inside its markers and will not render" }
        if !pair.source.isEmpty {
            let source = InlineMarkup(pair.sourceText)
            let target = InlineMarkup(pair.targetText)
            // An odd count is bold running over a sentence end into the neighbouring pair,
            // and broken emphasis is already reported: neither is a second problem.
            if source.strong != target.strong, broken.isEmpty, source.strong % 2 == 0, target.strong % 2 == 0 {
                messages.append("bold: \(source.strong) in the source, \(target.strong) in the target")
            }
            if source.code != target.code {
                messages.append("inline code: \(source.code.sorted()) in the source, \(target.code.sorted()) in the target")
            }
            let missingLinks = source.links.subtracting(target.links)
            if !missingLinks.isEmpty {
                messages.append("link targets missing in the translation: \(missingLinks.sorted().joined(separator: ", "))")
            }
            if source.tags != target.tags {
                messages.append("tags differ: \(source.tags.sorted()) in the source, \(target.tags.sorted()) in the target")
            }
            if let codes = Self.inlineCodeDifference(pair) {
                messages.append(codes)
            }
        } else if !InlineMarkup(pair.targetText).balancedTags {
            messages.append("tags do not balance")
        }
        return messages.map { finding($0, pair: pair, in: bitext, context: context) }
    }

    /// Inline codes of an exchange-format segment (TMX, XLIFF) that the translation has
    /// more or fewer of, by kind: a dropped `<ph/>` or bold span is lost formatting.
    static func inlineCodeDifference(_ pair: AlignedPair) -> String? {
        func counts(_ codes: [InlineCode]) -> [String: Int] {
            codes.reduce(into: [:]) { counts, code in
                switch code.role {
                case .standalone: counts["placeholder", default: 0] += 1
                case .opening, .closing: counts[code.isolated ? "isolated code" : "paired code", default: 0] += 1
                case .annotationStart: counts["annotation", default: 0] += 1
                case .annotationEnd, .character: break
                }
            }
        }
        guard pair.source.contains(where: { !$0.codes.isEmpty }) || pair.target.contains(where: { !$0.codes.isEmpty }) else { return nil }
        let source = counts(pair.sourceCodes)
        let target = counts(pair.targetCodes)
        guard source != target else { return nil }
        let describe = { (counts: [String: Int]) in
            counts.isEmpty ? "none" : counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        }
        return "inline codes differ: \(describe(source)) in the source, \(describe(target)) in the target"
    }

    /// Whether `text` may hold markup, i.e. a `*`, `` ` ``, `]` or `<` Character, where every
    /// piece of markup starts. Most segments have none; in text whose Characters are its
    /// scalars such a Character is that very scalar, so a scalar scan settles them.
    static func mayHoldMarkup(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            !SingleScalarCharacters.admits(scalar) || scalar == "*" || scalar == "`" || scalar == "]" || scalar == "<"
        }
    }

    /// `** text **`-style spans: an opening `**` followed by a space, or a closing `**` after one.
    static func brokenEmphasis(in text: String) -> [String] {
        mayHoldMarkup(text) ? brokenEmphasisByCharacter(in: text) : []
    }

    /// `brokenEmphasis` on Characters, for any text.
    static func brokenEmphasisByCharacter(in text: String) -> [String] {
        let characters = Array(text)
        var markers: [Int] = []
        var index = 0
        while index + 1 < characters.count {
            if characters[index] == "*" && characters[index + 1] == "*" {
                markers.append(index)
                index += 2
            } else {
                index += 1
            }
        }
        var broken: [String] = []
        for pairStart in stride(from: 0, to: markers.count - 1, by: 2) {
            let open = markers[pairStart]
            let close = markers[pairStart + 1]
            guard close > open + 2 else { continue }
            let innerFirst = characters[open + 2]
            let innerLast = characters[close - 1]
            if innerFirst.isWhitespace || innerLast.isWhitespace {
                broken.append(String(characters[open..<(close + 2)]))
            }
        }
        return broken
    }
}

/// The inline markup of one text, as counts and sets that survive translation unchanged.
struct InlineMarkup: Equatable {
    var strong = 0
    var code: [String] = []
    var links: Set<String> = []
    var tags: [String] = []
    var balancedTags = true

    /// The markup of `text`; text that `MarkupCheck.mayHoldMarkup` clears has none.
    init(_ text: String) {
        self = MarkupCheck.mayHoldMarkup(text) ? InlineMarkup(scanning: text) : InlineMarkup()
    }

    /// No markup.
    init() {}

    /// The markup of `text`, found by reading every Character.
    init(scanning text: String) {
        let characters = Array(text)
        var index = 0
        var openTags: [String] = []
        while index < characters.count {
            let character = characters[index]
            if character == "*", index + 1 < characters.count, characters[index + 1] == "*" {
                strong += 1
                index += 2
                continue
            }
            if character == "`", let end = characters[(index + 1)...].firstIndex(of: "`") {
                code.append(String(characters[(index + 1)..<end]))
                index = end + 1
                continue
            }
            if character == "]", index + 1 < characters.count, characters[index + 1] == "(",
               let end = characters[(index + 2)...].firstIndex(of: ")") {
                links.insert(String(characters[(index + 2)..<end]))
                index = end + 1
                continue
            }
            if character == "<", let end = characters[(index + 1)...].firstIndex(of: ">"), end - index < 64 {
                let inside = String(characters[(index + 1)..<end])
                let name = inside.trimmingCharacters(in: CharacterSet(charactersIn: "/ ")).split(separator: " ").first.map(String.init) ?? ""
                if !name.isEmpty, name.first!.isLetter, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == ":" }) {
                    let isClosing = inside.hasPrefix("/")
                    let isSelfClosing = inside.hasSuffix("/")
                    tags.append(isClosing ? "/" + name : name)
                    if isClosing {
                        if openTags.last == name { openTags.removeLast() } else { balancedTags = false }
                    } else if !isSelfClosing {
                        openTags.append(name)
                    }
                    index = end + 1
                    continue
                }
            }
            index += 1
        }
        if !openTags.isEmpty { balancedTags = false }
        tags.sort()
        code.sort()
    }
}
