extension String {
    /// The text's lines, split at LF on the UTF-8 view: no grapheme breaking, which
    /// `split(separator: "\n")` would do over the whole file. A final LF gives a last, empty line.
    func linesSplitAtLineFeed() -> [Substring] {
        var lines: [Substring] = []
        var rest = self[...]
        while let lineFeed = rest.utf8.firstIndex(of: 0x0A) {
            lines.append(Substring(rest.utf8[..<lineFeed]))
            rest = Substring(rest.utf8[rest.utf8.index(after: lineFeed)...])
        }
        lines.append(rest)
        return lines
    }
}
