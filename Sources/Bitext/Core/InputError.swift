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
        var text = file
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

    public var description: String { "\(position): error: \(message)" }
}
