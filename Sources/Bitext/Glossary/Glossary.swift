/// A term base: for each source term, the renderings a translation should use and the
/// renderings it must not use.
public struct Glossary: Sendable {
    public var terms: [GlossaryTerm]

    public init(terms: [GlossaryTerm] = []) {
        self.terms = terms
    }

    public static let empty = Glossary()

    public var isEmpty: Bool { terms.isEmpty }

    /// Several glossaries given on the command line act as one; later ones add terms.
    public func merged(with other: Glossary) -> Glossary {
        Glossary(terms: terms + other.terms)
    }
}

public struct GlossaryTerm: Sendable, Hashable {
    /// The term's name: the first source form.
    public var name: String { sourceForms[0] }
    /// The term and its variants (spellings, speech-recognition forms such as `Deep Seq`).
    public var sourceForms: [String]
    /// Accepted target renderings, the preferred one first; for a region with renderings
    /// of its own in `regional`, only those count there.
    public var accepted: [String]
    /// Renderings that are wrong whenever the source contains the term.
    public var forbidden: [String]
    /// Renderings for one region (`target@zh-TW`, `<langSec xml:lang="zh-TW">`): Taiwan
    /// and the mainland name many things differently (軟體 / 软件), beyond script.
    public var regional: [ChineseRegion: RegionalRenderings]
    public var note: String?
    /// Whether source forms must match in case (acronyms that are also words).
    public var caseSensitive: Bool
    /// Where the term is defined, for messages.
    public var origin: SourcePosition?

    public init(
        sourceForms: [String], accepted: [String], forbidden: [String] = [], note: String? = nil,
        caseSensitive: Bool = false, origin: SourcePosition? = nil, regional: [ChineseRegion: RegionalRenderings] = [:]
    ) {
        precondition(!sourceForms.isEmpty, "a glossary term needs a source form")
        self.sourceForms = sourceForms
        self.accepted = accepted
        self.forbidden = forbidden
        self.note = note
        self.caseSensitive = caseSensitive
        self.origin = origin
        self.regional = regional
    }
}

extension GlossaryTerm {
    /// The longest source form or rendering a glossary file may hold, in characters. Real
    /// terms are a few words; a longer one is a broken file (a quote left open swallows the
    /// rows after it) or a hostile one, and matching work grows with a term's length.
    public static let maximumLength = 1_000

    /// Refuses a form longer than `maximumLength`, naming where the file writes it.
    static func checkLength(of form: String, file: String, line: Int?, column: Int? = nil) throws {
        let length = form.count
        guard length > maximumLength else { return }
        throw InputError(
            file: file, line: line, column: column,
            "a term of \(length) characters ('\(form.prefix(40))…'); terms may have at most \(maximumLength)")
    }
}
