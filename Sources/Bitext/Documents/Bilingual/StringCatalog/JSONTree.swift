/// A JSON value as read, with the line each value starts on: String Catalogs need lines
/// for findings, booleans kept apart from numbers (`"shouldTranslate" : false`), and
/// numbers as written, so that a catalogue written back is the catalogue read.
indirect enum JSONTree: Sendable, Hashable {
    /// Members in file order; keys are unique (the parser refuses repeats).
    case object([Member])
    case array([JSONTree])
    case string(String, line: Int)
    /// The number's text as written (`1`, `1.0`).
    case number(String)
    case bool(Bool)
    case null

    struct Member: Sendable, Hashable {
        var key: String
        var value: JSONTree
        /// The line of the key.
        var line: Int
    }

    subscript(key: String) -> JSONTree? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    var members: [Member]? {
        if case .object(let members) = self { return members }
        return nil
    }

    var string: String? {
        if case .string(let text, _) = self { return text }
        return nil
    }

    var line: Int? {
        if case .string(_, let line) = self { return line }
        return nil
    }

    var isEmptyObject: Bool { members?.isEmpty == true }

    /// The object with `key` set to `value` (added at the end when new); a non-object
    /// becomes an object.
    func setting(_ key: String, to value: JSONTree) -> JSONTree {
        var members = self.members ?? []
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append(Member(key: key, value: value, line: 0))
        }
        return .object(members)
    }

    func removing(_ key: String) -> JSONTree {
        guard let members else { return self }
        return .object(members.filter { $0.key != key })
    }
}
