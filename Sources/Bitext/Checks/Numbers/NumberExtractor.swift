/// The extractor for the language a text is in.
enum NumberExtractor {
    static func extract(_ text: String, in language: Language) -> ExtractedNumbers {
        switch language {
        case .english: EnglishNumberExtractor().extract(text)
        case .chinese: ChineseNumberExtractor().extract(text)
        }
    }
}
