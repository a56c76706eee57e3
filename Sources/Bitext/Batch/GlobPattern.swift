import Foundation

/// A path pattern as shells and CI tools write them: `**` (a whole path component) stands
/// for any number of folders, `*` for any run of characters inside one name, `?` for one
/// character, `[a-z]` / `[!.]` for one character of a class, `{md,mdx}` for one of the
/// listed texts (literal, inside one name). Wildcards never match a name that starts with
/// `.`, so `.git` and other hidden files stay out of a batch.
///
/// Matching records what each wildcard matched, in order (`captures`): batch mode pairs a
/// source file with the target file whose wildcards matched the same text.
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
    /// One character of a name pattern.
    enum Token: Sendable, Hashable {
        case literal(Character)
        case anyRun
        case anyCharacter
        case characterClass(CharacterClass)
        case alternatives([String])
    }

    /// `[abc]`, `[a-z]`, negated by a leading `!` or `^`.
    struct CharacterClass: Sendable, Hashable {
        var ranges: [ClosedRange<Character>]
        var negated: Bool

        func contains(_ character: Character) -> Bool {
            ranges.contains { $0.contains(character) } != negated
        }
    }

    /// One `/`-separated component of the pattern.
    enum Component: Sendable, Hashable {
        case anyFolders
        case name([Token])

        var isLiteral: Bool {
            if case .name(let tokens) = self {
                return tokens.allSatisfy { if case .literal = $0 { true } else { false } }
            }
            return false
        }
    }

    /// The kinds of wildcard a pattern has, in order; two patterns pair files only when
    /// these agree.
    public enum Wildcard: String, Sendable, Hashable {
        case anyFolders = "**"
        case anyRun = "*"
        case anyCharacter = "?"
        case characterClass = "[…]"
        case alternatives = "{…}"
    }

    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public var pattern: String
        public var reason: String
        public var description: String { "invalid pattern '\(pattern)': \(reason)" }
    }

    public let text: String
    let components: [Component]

    public init(_ text: String) throws {
        guard !text.isEmpty else { throw SyntaxError(pattern: text, reason: "it is empty") }
        self.text = text
        components = try text.split(separator: "/", omittingEmptySubsequences: false).enumerated().map { index, part in
            if part == "**" { return .anyFolders }
            if part.contains("**") {
                throw SyntaxError(pattern: text, reason: "`**` must be a whole path component, as in `docs/**/*.md`")
            }
            if part.isEmpty, index > 0 {
                throw SyntaxError(pattern: text, reason: "it has an empty path component")
            }
            return .name(try Self.tokens(of: part, in: text))
        }
        if case .anyFolders = components.last {
            throw SyntaxError(pattern: text, reason: "it ends in `**`; name the files, as in `docs/**/*.md`")
        }
    }

    public var description: String { text }

    /// The tokens of one name: wildcards, classes, alternatives and literal characters.
    private static func tokens(of name: Substring, in pattern: String) throws -> [Token] {
        var tokens: [Token] = []
        var rest = name[...]
        while let character = rest.popFirst() {
            switch character {
            case "*": tokens.append(.anyRun)
            case "?": tokens.append(.anyCharacter)
            case "[": tokens.append(.characterClass(try characterClass(&rest, in: pattern)))
            case "{":
                guard let close = rest.firstIndex(of: "}") else {
                    throw SyntaxError(pattern: pattern, reason: "`{` has no closing `}`")
                }
                let body = rest[..<close]
                rest = rest[rest.index(after: close)...]
                guard body.contains(",") else {
                    // As in shells, braces without a comma are text.
                    tokens += ("{" + body + "}").map(Token.literal)
                    continue
                }
                if body.contains(where: { "*?[{".contains($0) }) {
                    throw SyntaxError(pattern: pattern, reason: "`{…}` lists plain texts, as in `*.{md,mdx}`; no wildcards inside")
                }
                tokens.append(.alternatives(body.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
            case "}": throw SyntaxError(pattern: pattern, reason: "`}` has no opening `{`")
            default: tokens.append(.literal(character))
            }
        }
        return tokens
    }

    /// Reads a class after its `[`, up to and including the closing `]`; a `]` right after
    /// `[` or `[!` is a member, as in shells.
    private static func characterClass(_ rest: inout Substring, in pattern: String) throws -> CharacterClass {
        var negated = false
        if let first = rest.first, first == "!" || first == "^" {
            negated = true
            rest = rest.dropFirst()
        }
        var members: [Character] = []
        var ranges: [ClosedRange<Character>] = []
        var first = true
        while let character = rest.popFirst() {
            if character == "]" && !first {
                guard !ranges.isEmpty || !members.isEmpty else { break }
                return CharacterClass(ranges: ranges + members.map { $0...$0 }, negated: negated)
            }
            first = false
            if character == "-", let low = members.last, let high = rest.first, high != "]" {
                rest = rest.dropFirst()
                members.removeLast()
                guard low <= high else {
                    throw SyntaxError(pattern: pattern, reason: "the range `\(low)-\(high)` runs backwards")
                }
                ranges.append(low...high)
            } else {
                members.append(character)
            }
        }
        throw SyntaxError(pattern: pattern, reason: "`[` has no closing `]`")
    }

    /// The wildcards in order of appearance.
    public var wildcards: [Wildcard] {
        components.flatMap { component -> [Wildcard] in
            switch component {
            case .anyFolders: return [.anyFolders]
            case .name(let tokens):
                return tokens.compactMap { token in
                    switch token {
                    case .literal: nil
                    case .anyRun: .anyRun
                    case .anyCharacter: .anyCharacter
                    case .characterClass: .characterClass
                    case .alternatives: .alternatives
                    }
                }
            }
        }
    }

    /// The folder to search: the leading components that have no wildcard. `.` when the
    /// first component already has one.
    public var root: String {
        let literal = components.dropLast().prefix { $0.isLiteral }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).prefix(literal.count)
        if parts.isEmpty { return "." }
        let joined = parts.joined(separator: "/")
        return joined.isEmpty ? "/" : joined
    }

    /// What the wildcards matched, in order (`**` as folders joined by `/`), or nil when the
    /// path does not match. Each wildcard takes the shortest text that lets the rest match,
    /// so the captures of a path are unique.
    public func captures(in path: String) -> [String]? {
        let names = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        return Self.match(components[...], names[...])
    }

    public func matches(_ path: String) -> Bool { captures(in: path) != nil }

    /// The path this pattern gives for the captures of another pattern with the same
    /// wildcards: where the counterpart of a file is expected.
    public func path(filling captures: [String]) -> String? {
        guard captures.count == wildcards.count else { return nil }
        var remaining = captures[...]
        var parts: [String] = []
        for component in components {
            switch component {
            case .anyFolders:
                let folders = remaining.removeFirst()
                if !folders.isEmpty { parts.append(folders) }
            case .name(let tokens):
                var name = ""
                for token in tokens {
                    switch token {
                    case .literal(let character): name.append(character)
                    case .anyRun, .anyCharacter, .characterClass, .alternatives: name += remaining.removeFirst()
                    }
                }
                parts.append(name)
            }
        }
        return parts.joined(separator: "/")
    }

    private static func match(_ components: ArraySlice<Component>, _ names: ArraySlice<String>) -> [String]? {
        guard let component = components.first else { return names.isEmpty ? [] : nil }
        switch component {
        case .anyFolders:
            for count in 0..<names.count {
                let folders = names.prefix(count)
                if folders.contains(where: { $0.hasPrefix(".") }) { break }
                if let rest = match(components.dropFirst(), names.dropFirst(count)) {
                    return [folders.joined(separator: "/")] + rest
                }
            }
            return nil
        case .name(let tokens):
            guard let name = names.first, let captured = matchName(tokens[...], Substring(name), isStart: true),
                let rest = match(components.dropFirst(), names.dropFirst())
            else { return nil }
            return captured + rest
        }
    }

    /// Matches one name; a wildcard at the start of a name does not match a leading `.`.
    private static func matchName(_ tokens: ArraySlice<Token>, _ name: Substring, isStart: Bool) -> [String]? {
        guard let token = tokens.first else { return name.isEmpty ? [] : nil }
        switch token {
        case .literal(let character):
            guard name.first == character else { return nil }
            return matchName(tokens.dropFirst(), name.dropFirst(), isStart: false)
        case .anyCharacter:
            guard let first = name.first, !(isStart && first == ".") else { return nil }
            return matchName(tokens.dropFirst(), name.dropFirst(), isStart: false).map { [String(first)] + $0 }
        case .characterClass(let characterClass):
            guard let first = name.first, !(isStart && first == "."), characterClass.contains(first) else { return nil }
            return matchName(tokens.dropFirst(), name.dropFirst(), isStart: false).map { [String(first)] + $0 }
        case .alternatives(let texts):
            // Longest first, so `{md,mdx}` reads `a.mdx` as `mdx` whatever the order given.
            for text in texts.sorted(by: { $0.count > $1.count }) where name.hasPrefix(text) {
                if isStart, text.isEmpty, name.first == "." { continue }
                if let rest = matchName(tokens.dropFirst(), name.dropFirst(text.count), isStart: isStart && text.isEmpty) {
                    return [text] + rest
                }
            }
            return nil
        case .anyRun:
            if isStart, name.first == "." { return nil }
            var end = name.startIndex
            while true {
                if let rest = matchName(tokens.dropFirst(), name[end...], isStart: false) {
                    return [String(name[..<end])] + rest
                }
                guard end < name.endIndex else { return nil }
                end = name.index(after: end)
            }
        }
    }
}
