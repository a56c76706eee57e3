/// Recoverable trouble with the input (not with the translation): the run goes on,
/// and the user is told. Fatal trouble is an `InputError` instead.
public struct Diagnostic: Sendable, Codable, Hashable, CustomStringConvertible {
    public enum Level: String, Sendable, Codable, Hashable {
        /// An input that could not be read at all, in a run that goes on without it (one
        /// pair of a batch); the run still ends with the input-error exit code.
        case error
        case warning
        case note
    }

    public var level: Level
    public var message: String
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(_ level: Level, _ message: String, file: String, line: Int? = nil, column: Int? = nil) {
        self.level = level
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        "\(SourcePosition(file: file, line: line, column: column)): \(level.rawValue): \(LineSafeText.escaping(message))"
    }
}

/// Recoverable trouble is collected here while reading, so readers stay pure functions.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []
    /// `--strict`: a slip a real tool makes that bitext reads unambiguously (XLIFF 2 `state`
    /// on `<target>`) is refused rather than read with a warning.
    public var strict = false

    public init(strict: Bool = false) {
        self.strict = strict
    }

    public mutating func warn(_ message: String, file: String, line: Int? = nil, column: Int? = nil) {
        items.append(Diagnostic(.warning, message, file: file, line: line, column: column))
    }

    public mutating func note(_ message: String, file: String, line: Int? = nil, column: Int? = nil) {
        items.append(Diagnostic(.note, message, file: file, line: line, column: column))
    }

    public mutating func append(contentsOf other: Diagnostics) {
        items.append(contentsOf: other.items)
    }
}
