/// One side of a sentence alignment reduced to what the scorer compares: per sentence, its
/// tokens; per token type, the keys (English stems) through which it can match the other side.
struct TokenizedSide: Sendable {
    /// Tokens of sentence `s` are `tokens[sentenceStart[s]..<sentenceStart[s + 1]]`, each a type index.
    var sentenceStart: [Int] = [0]
    var tokens: [Int32] = []
    /// Where each token sits in its sentence, from 0 (start) to 1 (end), by word count;
    /// −1 for punctuation marks, which stand for the whole sentence.
    var positions: [Float] = []
    /// Keys of each token type: English stems, numbers, Latin names, punctuation marks.
    var typeKeys: [[Int32]] = []
    /// Length of each sentence in characters (letters, digits and Han characters).
    var lengths: [Double] = []
    /// Per sentence, its `SentenceForm` ending class and clause count.
    var endings: [UInt8] = []
    var clauses: [Int32] = []
    /// Per sentence, its `SentenceForm` finality class (ending, and a quotation left open).
    var finality: [UInt8] = []

    var sentenceCount: Int { lengths.count }

    func tokens(of sentence: Int) -> ArraySlice<Int32> {
        tokens[sentenceStart[sentence]..<sentenceStart[sentence + 1]]
    }
}
