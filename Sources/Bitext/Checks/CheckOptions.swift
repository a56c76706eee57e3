import Foundation

/// A check's options as one typed struct, after SwiftLint's configuration elements: each
/// option is declared once (key, summary, type, default) and `.bitext.yml` is decoded into
/// the struct when the configuration is loaded, so a wrong value stops the run with the file,
/// line and allowed values before any check runs, and a check reads typed fields, never strings.
public protocol CheckOptions: Sendable {
    /// Every option at its default.
    init()
    static var elements: [CheckOptionElement<Self>] { get }
}

/// For checks without options.
public struct NoCheckOptions: CheckOptions {
    public init() {}
    public static let elements: [CheckOptionElement<NoCheckOptions>] = []
}

/// One option of a check: its key in `.bitext.yml`, what it does, its type and default as
/// the catalogue prints them, and how a value is validated and stored.
public struct CheckOptionElement<Options: CheckOptions>: Sendable {
    public let key: String
    public let summary: String
    /// "require | forbid", "number in 0…1".
    public let type: String
    public let defaultValue: String
    /// Whether the option takes a list (a YAML sequence is accepted as well as commas).
    public var isList = false
    /// Stores `value` or says why it cannot be (the allowed values).
    let assign: @Sendable (_ value: String, _ options: inout Options) -> String?

    /// One value out of the cases of `Value`.
    public static func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ key: String, _ keyPath: WritableKeyPath<Options, Value> & Sendable, summary: String
    ) -> Self where Value.RawValue == String {
        let allowed = Value.allCases.map(\.rawValue)
        return Self(
            key: key, summary: summary, type: allowed.joined(separator: " | "),
            defaultValue: Options()[keyPath: keyPath].rawValue
        ) { value, options in
            guard let parsed = Value(rawValue: value) else { return "is not one of \(allowed.joined(separator: ", "))" }
            options[keyPath: keyPath] = parsed
            return nil
        }
    }

    /// Several cases of `Value`, written as a comma-separated list or a YAML sequence, or
    /// `auto` (nil) for the check to choose.
    public static func choices<Value: RawRepresentable & CaseIterable & Hashable & Sendable>(
        _ key: String, _ keyPath: WritableKeyPath<Options, Set<Value>?> & Sendable, summary: String
    ) -> Self where Value.RawValue == String {
        let allowed = Value.allCases.map(\.rawValue)
        var element = Self(
            key: key, summary: summary, type: "auto | list of " + allowed.joined(separator: ", "),
            defaultValue: Options()[keyPath: keyPath].map { Value.allCases.filter($0.contains).map(\.rawValue).joined(separator: ", ") } ?? "auto"
        ) { value, options in
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed == "auto" {
                options[keyPath: keyPath] = nil
                return nil
            }
            var chosen: Set<Value> = []
            for name in trimmed.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
                guard let parsed = Value(rawValue: name) else { return "names “\(name)”, which is not one of auto, \(allowed.joined(separator: ", "))" }
                chosen.insert(parsed)
            }
            options[keyPath: keyPath] = chosen
            return nil
        }
        element.isList = true
        return element
    }

    /// A number within `range`.
    public static func number(
        _ key: String, _ keyPath: WritableKeyPath<Options, Double> & Sendable, in range: ClosedRange<Double>, summary: String
    ) -> Self {
        let bounds = "\(Self.format(range.lowerBound))…\(Self.format(range.upperBound))"
        return Self(
            key: key, summary: summary, type: "number in \(bounds)", defaultValue: Self.format(Options()[keyPath: keyPath])
        ) { value, options in
            guard let number = Double(value), range.contains(number) else { return "is not a number in \(bounds)" }
            options[keyPath: keyPath] = number
            return nil
        }
    }

    private static func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}

/// A check's options without its type: what `CheckDescription` carries, so configuration
/// loading and the catalogue work on any check.
public struct CheckOptionsDeclaration: Sendable {
    public struct Option: Sendable {
        public let key: String
        public let summary: String
        public let type: String
        public let defaultValue: String
        public let isList: Bool
    }

    public let options: [Option]
    let defaults: @Sendable () -> any CheckOptions
    /// Applies `key: value` to `current`; the new options, or why the value is refused.
    let assign: @Sendable (_ key: String, _ value: String, _ current: any CheckOptions) -> Result<any CheckOptions, OptionRefusal>

    enum OptionRefusal: Error {
        case unknownOption
        case invalidValue(String)
    }

    public static func declared<Options: CheckOptions>(by type: Options.Type) -> Self {
        Self(
            options: Options.elements.map { Option(key: $0.key, summary: $0.summary, type: $0.type, defaultValue: $0.defaultValue, isList: $0.isList) },
            defaults: { Options() },
            assign: { key, value, current in
                guard let element = Options.elements.first(where: { $0.key == key }) else { return .failure(.unknownOption) }
                var options = current as? Options ?? Options()
                if let refusal = element.assign(value, &options) { return .failure(.invalidValue(refusal)) }
                return .success(options)
            })
    }

    public static let none = declared(by: NoCheckOptions.self)
}
