/// A TBX file as read, before it is narrowed to English→Chinese: every concept with all its
/// language sections, so that nothing in the file is misread even when only two languages
/// become glossary terms.
struct TBXTermBase {
    enum Version: Equatable {
        /// ISO 30042:2019, root `tbx` in namespace `urn:iso:std:iso:30042:ed-2`.
        case v3
        /// ISO 30042:2008, root `martif`, no namespace.
        case v2
    }

    /// The TBX-Basic `administrativeStatus` values.
    enum Status: String {
        case preferred = "preferredTerm-admn-sts"
        case admitted = "admittedTerm-admn-sts"
        case deprecated = "deprecatedTerm-admn-sts"
        case superseded = "supersededTerm-admn-sts"

        var isForbidden: Bool { self == .deprecated || self == .superseded }
    }

    struct Term {
        var text: String
        var status: Status?
        var notes: [String]
        var line: Int
    }

    struct LanguageSection {
        /// The `xml:lang` value as written, e.g. `zh-Hant`.
        var language: String
        var terms: [Term]
        var notes: [String]
    }

    struct Concept {
        var id: String?
        var line: Int
        var notes: [String]
        var languages: [LanguageSection]
    }

    var version: Version
    var concepts: [Concept]
}
