/// A place in an input file, printed the way compilers do: `file:line:column`.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        var text = LineSafeText.escaping(file)
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}

/// Fatal trouble with an input: it cannot be read, decoded or parsed. Always names the file,
/// and the line (or byte offset) where that is known. The CLI maps it to exit code 2.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var position: SourcePosition
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.position = SourcePosition(file: file, line: line, column: column)
        self.message = message
    }

    public var description: String { "\(position): error: \(LineSafeText.escaping(message))" }
}

/// Text bound for a line-oriented channel (the `text` report, stderr) with line breaks and
/// other control characters written as escapes, so that a file name or glossary cell holding
/// "\n::error file=…" cannot start a line of its own and forge a finding or an annotation,
/// and a bidirectional override cannot reorder what the reader sees.
public enum LineSafeText {
    public static func escaping(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where needsEscape(scalar): escaped += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the
    /// bidirectional embedding, override and isolate controls.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
