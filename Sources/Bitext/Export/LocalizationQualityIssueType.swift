/// The issue types of the W3C ITS 2.0 Localization Quality Issue data category, exactly the
/// values the XLIFF 2.1 ITS module schema (`its.xsd`, type `issueType`) accepts.
public enum LocalizationQualityIssueType: String, Sendable, CaseIterable {
    case terminology
    case mistranslation
    case omission
    case untranslated
    case addition
    case duplication
    case inconsistency
    case grammar
    case legal
    case register
    case localeSpecificContent = "locale-specific-content"
    case localeViolation = "locale-violation"
    case style
    case characters
    case misspelling
    case typographical
    case formatting
    case inconsistentEntities = "inconsistent-entities"
    case numbers
    case markup
    case patternProblem = "pattern-problem"
    case whitespace
    case internationalization
    case length
    case nonConformance = "non-conformance"
    case uncategorized
    case other

    /// The one table from bitext check ids to ITS issue types. A test requires an entry for
    /// every check in `CheckRegistry`, so a new check cannot be exported unmapped.
    /// Where ITS has a type of the same meaning it is used (`numbers`, `whitespace` for
    /// spacing between Han and Latin text, `duplication` for a repeated word); speaker-label
    /// and alignment problems are not translation-quality categories ITS names, hence `other`.
    public static let byCheckID: [String: LocalizationQualityIssueType] = [
        "forbidden-term": .terminology,
        "term-missing": .terminology,
        "inconsistent-term": .terminology,
        "numbers": .numbers,
        "placeholders": .markup,
        "untranslated": .untranslated,
        "omission": .omission,
        "partial-omission": .omission,
        // Content blanked out with `XXX` is content the reader does not get.
        "redaction": .omission,
        "regional-vocabulary": .localeViolation,
        "over-conversion": .misspelling,
        "wrong-sense": .mistranslation,
        "like-as-verb": .mistranslation,
        "addition": .addition,
        "punctuation": .typographical,
        // Both quote styles are right; using both is the text disagreeing with itself.
        "quote-style": .inconsistency,
        "cjk-spacing": .whitespace,
        "markup": .markup,
        "speaker": .other,
        // A fault of the source, which ITS has no type for.
        "source-name-variants": .other,
        "repeated-word": .duplication,
        "same-source-different-target": .inconsistency,
        "same-target-different-source": .inconsistency,
        "stale-translation": .inconsistency,
        "table-rows": .omission,
        "alignment": .other,
    ]

    /// The issue type of a finding's check; `uncategorized` for an id the table lacks
    /// (findings read from elsewhere).
    public static func forCheck(_ id: String) -> LocalizationQualityIssueType {
        byCheckID[id] ?? .uncategorized
    }
}

extension Severity {
    /// ITS `locQualityIssueSeverity`, a score from 0 to 100.
    var localizationQualitySeverity: Int {
        switch self {
        case .error: 100
        case .warning: 50
        case .info: 10
        }
    }

    /// XLIFF note `priority`, 1 (highest) to 10.
    var notePriority: Int {
        switch self {
        case .error: 1
        case .warning: 5
        case .info: 9
        }
    }
}
