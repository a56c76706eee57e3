extension String {
    /// The text's lines, split at LF on the UTF-8 view: no grapheme breaking, which
    /// `split(separator: "\n")` would do over the whole file. A final LF gives a last, empty line.
    func linesSplitAtLineFeed() -> [Substring] {
        utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }
}
