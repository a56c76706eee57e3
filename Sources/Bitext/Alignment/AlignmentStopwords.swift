/// English function words: in every sentence, and in glosses as grammar (`to eat`, `sb`).
enum AlignmentStopwords {
    static func contains(_ word: String) -> Bool { words.contains(word) }

    private static let words: Set<String> = [
        "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "with", "from", "as", "and", "or",
        "but", "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "do", "does",
        "did", "it", "its", "it's", "this", "that", "these", "those", "sb", "sth", "sb's", "sth's", "one's",
        "oneself", "someone", "something", "etc", "so", "if", "then", "than", "there", "which", "who",
        "whom", "whose", "can", "could", "will", "would", "shall", "should", "may", "might", "must",
        "just", "very", "also", "up", "out", "into", "about", "s", "t", "re", "ve", "ll", "d", "m",
        "really", "um", "uh", "yeah", "oh",
    ]
}
