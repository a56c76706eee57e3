/// An XLIFF 2 fragment identifier (`#f=f1/u=u1/n=n1`, `#m1`, `#/f=f1/u=1/gls=g1`), parsed to
/// check its syntax: the specification fixes the prefixes, their order (file, then group or
/// unit, then one leaf) and that each appears once.
struct XLIFF2FragmentIdentifier: Equatable {
    struct Step: Equatable {
        /// Nil for a bare id (an element inside a unit: segment, ignorable or inline).
        var prefix: String?
        var id: String
    }

    struct Invalid: Error {
        let reason: String
    }

    let steps: [Step]

    /// The last step: the element the identifier points at.
    var leaf: Step? { steps.last }

    func id(of prefix: String) -> String? { steps.first { $0.prefix == prefix }?.id }

    /// The core prefixes (file, group, unit, note, data, target inline element) and those of
    /// the XLIFF modules; extensions must register theirs, and the only one the OASIS suite
    /// uses is the TBX extension's `tbx`.
    static let corePrefixes: Set = ["f", "g", "u", "n", "d", "t"]
    static let modulePrefixes: Set = ["mtc", "gls", "res", "ctr", "mda", "val", "slr", "fs", "its", "itsm", "pgs", "tbx"]

    /// Files come first, then a group or a unit, then the one leaf.
    private static func level(of prefix: String?) -> Int {
        switch prefix {
        case "f": 0
        case "g": 1
        case "u": 2
        default: 3
        }
    }

    init(parsing reference: String) throws(Invalid) {
        guard reference.hasPrefix("#") else { throw Invalid(reason: "a fragment identifier starts with #") }
        var body = Substring(reference.dropFirst())
        if body.hasPrefix("/") { body = body.dropFirst() }
        var steps: [Step] = []
        for part in Self.split(body) {
            guard !part.isEmpty else { throw Invalid(reason: "it has an empty step") }
            if let equals = Self.unescapedEquals(in: part) {
                let prefix = String(part[..<equals])
                let id = String(part[part.index(after: equals)...])
                guard !prefix.isEmpty, prefix.allSatisfy(Self.isNameCharacter) else {
                    throw Invalid(reason: "its prefix \"\(prefix)\" is not an NMTOKEN")
                }
                guard !id.isEmpty else { throw Invalid(reason: "the prefix \(prefix)= has no id") }
                if !Self.corePrefixes.contains(prefix), !Self.modulePrefixes.contains(prefix) {
                    throw Invalid(reason: prefix.count < 2
                        ? "\"\(prefix)\" is not a core prefix, and the prefixes of modules and extensions have at least two characters"
                        : "the prefix \"\(prefix)\" is neither a core nor a module prefix, nor a registered extension's")
                }
                steps.append(Step(prefix: prefix, id: id))
            } else {
                steps.append(Step(prefix: nil, id: part))
            }
        }
        guard !steps.isEmpty else { throw Invalid(reason: "it is empty") }
        var seen: Set<String> = []
        var previousLevel = -1
        for (index, step) in steps.enumerated() {
            if let prefix = step.prefix, !seen.insert(prefix).inserted {
                throw Invalid(reason: "the prefix \(prefix)= appears twice")
            }
            let level = Self.level(of: step.prefix)
            if level == 3, index != steps.count - 1 {
                throw Invalid(reason: "\(step.prefix.map { "\($0)=\(step.id)" } ?? step.id) selects a leaf element, so it must be the last step (one leaf only)")
            }
            guard level > previousLevel else {
                throw Invalid(reason: "\(step.prefix ?? step.id)= comes after a step it must precede (order: f=, then g= or u=, then the leaf)")
            }
            previousLevel = level
        }
        self.steps = steps
    }

    /// Splits at `/` not escaped with `\`.
    private static func split(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "/" {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    private static func unescapedEquals(in part: String) -> String.Index? {
        var escaped = false
        for index in part.indices {
            let character = part[index]
            if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "=" { return index }
        }
        return nil
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "." || character == "-" || character == "_" || character == ":"
    }
}
