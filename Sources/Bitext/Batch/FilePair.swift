/// A source document and its translation, as batch mode found or was told them.
public struct FilePair: Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var target: String

    public init(source: String, target: String) {
        self.source = source
        self.target = target
    }

    public var description: String { "\(source) → \(target)" }
}
