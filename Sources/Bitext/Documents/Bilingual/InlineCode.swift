/// An inline code of an exchange format (a TMX `<bpt>`, an XLIFF 2 `<sc>`, an XLIFF 1.2 `<g>`
/// start…) kept opaque beside the segment text.
///
/// The text holds one `InlineCode.marker` per code, in order: the n-th marker of a text is the
/// n-th code of its segment, so joining segments keeps markers and codes in step. The
/// marker is a private-use scalar that is neither a letter, a digit nor punctuation, so
/// checks read the text around it as they would read the rendered text, and no check
/// mistakes it for a number, a word or a tag. Writers put the code back in their own format
/// (`InlineCodeWriting`).
public struct InlineCode: Sendable, Hashable, Codable {
    /// What the code does in the text, whichever format it came from.
    public enum Role: String, Sendable, Hashable, Codable {
        /// Starts a paired code (`bpt`, `bx`, `g`, `sc`, `pc`), or an isolated start (`it pos="begin"`).
        case opening
        /// Ends a paired code (`ept`, `ex`, `</g>`, `ec`, `</pc>`).
        case closing
        /// A code on its own (`ph`, `x`, `ut`).
        case standalone
        /// Starts an annotation of the text rather than a formatting code (`hi`, `mrk`, `sm`).
        case annotationStart
        /// Ends an annotation (`</hi>`, `</mrk>`, `em`).
        case annotationEnd
        /// The marker scalar itself, found as text in the input: written back as text.
        case character
    }

    /// The format whose element the code was read from; writers of that format restore the
    /// element and its attributes as they were.
    public enum Origin: String, Sendable, Hashable, Codable {
        case tmx
        case xliff12
        case xliff2
        /// gettext PO: no inline codes, but unit attributes (`msgctxt`, plural form) and
        /// entries kept as written (fuzzy, obsolete) carry this origin.
        case po
        /// Apple String Catalogs: unit attributes (key, variation) and the JSON of an entry.
        case xcstrings
    }

    public var role: Role
    /// Links an opening to its closing (TMX `i`, XLIFF 1.2 `rid`/`id`, XLIFF 2 `id`/`startRef`).
    public var pairing: String?
    /// The other half of the pair is not in this segment (TMX `it`, XLIFF 2 `isolated="yes"`).
    public var isolated: Bool
    /// The native code, e.g. `<b>` (TMX code text, XLIFF 1.2 code text, XLIFF 2 `originalData`).
    public var content: String?
    public var origin: Origin
    /// The element it was read from, e.g. `bpt`.
    public var element: String
    /// The element's attributes as read, except the ones `pairing` and `content` stand for.
    public var attributes: [String: String]

    public init(
        role: Role, pairing: String? = nil, isolated: Bool = false, content: String? = nil,
        origin: Origin, element: String, attributes: [String: String] = [:]
    ) {
        self.role = role
        self.pairing = pairing
        self.isolated = isolated
        self.content = content
        self.origin = origin
        self.element = element
        self.attributes = attributes
    }

    /// The placeholder standing for a code in segment text: U+F0000, the first scalar of
    /// Supplementary Private Use Area-A, which real English or Chinese text does not use.
    public static let marker: Unicode.Scalar = "\u{F0000}"
    public static let markerCharacter = Character(marker)

    /// A code standing for a marker scalar that was part of the input text.
    static func literalMarker(origin: Origin) -> InlineCode {
        InlineCode(role: .character, origin: origin, element: "")
    }

    /// The number of markers in a text.
    public static func markerCount<S: StringProtocol>(in text: S) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1 == marker ? 1 : 0) }
    }

    /// The text with every marker removed: what a reader of the rendered segment sees.
    public static func plainText<S: StringProtocol>(_ text: S) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { $0 != marker })
        return String(scalars)
    }
}

/// A segment's text cut at its markers, each marker standing for the code at an index of
/// the segment's codes: what writers walk.
enum InlineRun: Equatable {
    case text(String)
    case code(Int)

    /// Splits `text` at its markers. Markers beyond the last code (which only a caller that
    /// built the segment by hand could produce) stay in the text as they are.
    static func runs(of text: String, codes: [InlineCode]) -> [InlineRun] {
        guard !codes.isEmpty else { return text.isEmpty ? [] : [.text(text)] }
        var runs: [InlineRun] = []
        var pending = String.UnicodeScalarView()
        var next = 0
        for scalar in text.unicodeScalars {
            if scalar == InlineCode.marker, next < codes.count {
                let index = next
                next += 1
                if codes[index].role == .character {
                    pending.append(scalar)
                    continue
                }
                if !pending.isEmpty { runs.append(.text(String(pending))) }
                pending = String.UnicodeScalarView()
                runs.append(.code(index))
            } else {
                pending.append(scalar)
            }
        }
        if !pending.isEmpty { runs.append(.text(String(pending))) }
        return runs
    }
}
