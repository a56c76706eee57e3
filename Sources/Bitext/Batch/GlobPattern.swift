import Foundation

/// A path pattern as shells and CI tools write them: `**` (a whole path component) stands
/// for any number of folders, `*` for any run of characters inside one name, `?` for one
/// character. Wildcards never match a name that starts with `.`, so `.git` and other hidden
/// files stay out of a batch.
///
/// Matching records what each wildcard matched, in order (`captures`): batch mode pairs a
/// source file with the target file whose wildcards matched the same text.
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
    /// One character of a name pattern.
    enum Token: Sendable, Hashable {
        case literal(Character)
        case anyRun
        case anyCharacter
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
            return .name(part.map { character in
                switch character {
                case "*": .anyRun
                case "?": .anyCharacter
                default: .literal(character)
                }
            })
        }
        if case .anyFolders = components.last {
            throw SyntaxError(pattern: text, reason: "it ends in `**`; name the files, as in `docs/**/*.md`")
        }
    }

    public var description: String { text }

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
                    case .anyRun, .anyCharacter: name += remaining.removeFirst()
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
