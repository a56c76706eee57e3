/// Every check bitext knows, in catalogue order. Adding a check means adding its type here.
public enum CheckRegistry {
    public static let all: [any Check.Type] = [
        AlignmentConfidenceCheck.self,
        ForbiddenTermCheck.self,
        TermMissingCheck.self,
        InconsistentTermCheck.self,
        NumbersCheck.self,
        PlaceholdersCheck.self,
        UntranslatedCheck.self,
        OmissionCheck.self,
        PartialOmissionCheck.self,
        AdditionCheck.self,
        RedactionCheck.self,
        RegionalVocabularyCheck.self,
        WrongSenseCheck.self,
        LikeAsVerbCheck.self,
        OverConversionCheck.self,
        SourceNameVariantsCheck.self,
        SpeakerCheck.self,
        MarkupCheck.self,
        PunctuationCheck.self,
        QuoteStyleCheck.self,
        CJKSpacingCheck.self,
        RepeatedWordCheck.self,
        SameSourceDifferentTargetCheck.self,
        SameTargetDifferentSourceCheck.self,
        StaleTranslationCheck.self,
        TableRowsCheck.self,
    ]

    public static func check(withID id: String) -> (any Check.Type)? {
        all.first { $0.description.id == id }
    }
}
