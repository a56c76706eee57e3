import Foundation

/// "two namespaces `foo` and `bar`": a small count that the list after it states again. A
/// translation that names the items (在 `foo` 和 `bar` 命名空间) has said the count, so
/// its absence is not a lost number.
enum EnumeratedCount {
    /// Whether every occurrence of the number word `word` (worth `value`) in `source` is
    /// followed by a list of exactly that many items, each of which the target contains.
    static func isSaidByItems(word: String, value: Double, source: String, target: String) -> Bool {
        guard (2...9).contains(value), value.rounded() == value, word.allSatisfy(\.isLetter) else { return false }
        let pattern = "\\b" + NSRegularExpression.escapedPattern(for: word) + "\\b"
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return false }
        let text = source as NSString
        let occurrences = expression.matches(in: source, range: NSRange(location: 0, length: text.length))
        guard !occurrences.isEmpty else { return false }
        return occurrences.allSatisfy { match in
            let rest = text.substring(from: match.range.location + match.range.length)
            guard let items = listedItems(after: rest), items.count == Int(value) else { return false }
            return items.allSatisfy { target.localizedCaseInsensitiveContains($0) }
        }
    }

    /// The items of a list that follows a count's noun: up to three words, then items in
    /// inline code or capitalised names, separated by commas and a final "and"/"or".
    static func listedItems(after text: String) -> [String]? {
        guard let match = listExpression.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)),
              let range = Range(match.range(at: 1), in: text)
        else { return nil }
        let list = String(text[range])
        let items = itemExpression.matches(in: list, range: NSRange(location: 0, length: (list as NSString).length)).compactMap { item in
            Range(item.range, in: list).map { list[$0].trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
        }
        return items.isEmpty ? nil : items
    }

    private static let item = "(?:`[^`]+`|[A-Z][\\w.-]*)"
    /// The count's noun (one to three lower-case words), then the list.
    private static let listExpression = try! NSRegularExpression(
        pattern: "^\\s+(?:[a-z][\\w-]*\\s+){0,2}[a-z][\\w-]*,?:?\\s+(\(item)(?:,\\s+\(item))*,?\\s+(?:and|or)\\s+\(item))")
    private static let itemExpression = try! NSRegularExpression(pattern: item)
}
