extension AlignedBitext {
    /// The bitext as checks read it: segment text without inline-code markers, the way the
    /// rendered segment reads (`20<ph/>21` is the number 2021, `<b>DeepSeek</b>` the name
    /// DeepSeek), so no check sees a marker inside a word, number or emphasis. Codes stay on
    /// the segments for checks that compare them (`markup`). Returns itself when no pair
    /// has codes.
    func readableForChecks() -> AlignedBitext {
        guard pairs.contains(where: { pair in
            pair.source.contains { !$0.codes.isEmpty } || pair.target.contains { !$0.codes.isEmpty }
        }) else { return self }
        var readable = self
        readable.pairs = pairs.map { pair in
            // A pair without codes and with at most one segment a side would be rebuilt as it is.
            let hasCodes = pair.source.contains { !$0.codes.isEmpty } || pair.target.contains { !$0.codes.isEmpty }
            guard hasCodes || pair.source.count > 1 || pair.target.count > 1 else { return pair }
            return AlignedPair(
                index: pair.index, source: pair.source.map(\.readable), target: pair.target.map(\.readable),
                score: pair.score, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, unit: pair.unit)
        }
        return readable
    }
}

extension Segment {
    /// The text with the markers of its codes removed (a marker that was input text stays).
    var readable: Segment {
        guard !codes.isEmpty else { return self }
        var segment = self
        segment.text = InlineRun.runs(of: text, codes: codes).map { run in
            if case .text(let string) = run { return string }
            return ""
        }.joined()
        return segment
    }
}
