import Foundation

/// An XLIFF 1.2 `<context-group>` of the producer's (Angular's `purpose="location"` with a
/// source file and line) among a unit's properties: a property of this type, holding the
/// group's attributes, goes before the group's contexts. Every format carries it as a
/// property like any other, so that the XLIFF 1.2 writer puts each group back as it was.
enum XLIFF12ContextGroup {
    static let propertyType = "x-bitext-context-group"

    /// `name=x&purpose=location`, attributes sorted, `%`, `&` and `=` escaped.
    static func encode(_ attributes: [String: String]) -> String {
        InlineCodeLayout.sorted(attributes).map { "\(escape($0))=\(escape($1))" }.joined(separator: "&")
    }

    static func decode(_ value: String) -> [String: String] {
        var attributes: [String: String] = [:]
        for pair in value.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            attributes[unescape(parts[0])] = unescape(parts[1])
        }
        return attributes
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "&", with: "%26").replacingOccurrences(of: "=", with: "%3D")
    }

    private static func unescape<S: StringProtocol>(_ text: S) -> String {
        String(text).replacingOccurrences(of: "%3D", with: "=").replacingOccurrences(of: "%26", with: "&").replacingOccurrences(of: "%25", with: "%")
    }
}
