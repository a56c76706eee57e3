/// Reads SubRip (SRT) and WebVTT subtitles: one `.cue` block per cue, carrying its timing.
///
/// Cue text keeps its inline tags (`<i>`, `<b>`, `<c.colour>`): the markup check compares
/// them across the pair. Rolling captions, as automatic captioning writes them, repeat the
/// previous cue's last line(s) at the top of the next cue, or repeat a whole cue; those
/// repeated lines are dropped so no text is aligned twice, and one note says how many cues
/// were merged. A timing line that cannot be read is an error naming the line, because
/// guessing would shift every later cue.
public struct SubtitleReader: DocumentReader {
    public enum Flavor: Sendable { case srt, vtt }
    public let flavor: Flavor

    public init(flavor: Flavor) { self.flavor = flavor }

    public func read(_ text: String, path: String, language: Language, diagnostics: inout Diagnostics) throws -> Document {
        let lines = text.linesSplitAtLineFeed().map { $0.trimmingWhitespace }
        var chunks = Self.chunks(of: lines)
        if flavor == .vtt {
            guard let header = chunks.first, lines[header.lowerBound].hasPrefix("WEBVTT") else {
                throw InputError(file: path, line: 1, "is not WebVTT: the first line must start with WEBVTT")
            }
            chunks.removeFirst()
        }

        var blocks: [Block] = []
        var previousCueLines: [Substring] = []
        var mergedCues = 0
        var pending = chunks[...]
        while let chunk = pending.popFirst() {
            if flavor == .vtt, Self.isVTTMetadata(lines[chunk.lowerBound]) { continue }
            let cue = try parseCue(lines: lines, chunk: chunk, path: path)
            if cue.textLines.upperBound < chunk.upperBound {
                diagnostics.warn("cue starts without a blank line before it", file: path, line: cue.textLines.upperBound + 1)
                pending.insert(cue.textLines.upperBound..<chunk.upperBound, at: pending.startIndex)
            }
            let textLines = Array(lines[cue.textLines])
            let repeated = Self.repeatedLeadingLineCount(textLines, after: previousCueLines)
            previousCueLines = textLines
            if repeated > 0 { mergedCues += 1 }
            let kept = cue.textLines.dropFirst(repeated)
            guard let first = kept.first, let last = kept.last else { continue }
            blocks.append(Block(
                kind: .cue, text: lines[kept].joined(separator: "\n"), line: first + 1, endLine: last + 1,
                timing: cue.timing
            ))
        }
        if mergedCues > 0 {
            diagnostics.note(
                "merged \(mergedCues) rolling caption cue\(mergedCues == 1 ? "" : "s") that repeated the previous cue's text",
                file: path
            )
        }
        return Document(path: path, format: flavor == .srt ? .srt : .vtt, language: language, blocks: blocks)
    }

    /// Runs of non-blank lines, as ranges of 0-based line indices.
    static func chunks(of lines: [Substring]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for (index, line) in lines.enumerated() {
            if line.isEmpty {
                if let open = start { result.append(open..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let open = start { result.append(open..<lines.count) }
        return result
    }

    /// NOTE, STYLE and REGION blocks carry no cue text.
    static func isVTTMetadata(_ firstLine: Substring) -> Bool {
        for keyword in ["NOTE", "STYLE", "REGION"] where firstLine.hasPrefix(keyword) {
            let after = firstLine.dropFirst(keyword.count)
            if after.isEmpty || after.first == " " || after.first == "\t" { return true }
        }
        return false
    }

    private struct Cue {
        var timing: String
        var textLines: Range<Int>
    }

    /// An optional identifier line, the timing line, then the text lines.
    private func parseCue(lines: [Substring], chunk: Range<Int>, path: String) throws -> Cue {
        var timingIndex = chunk.lowerBound
        if !lines[timingIndex].contains("-->") {
            let identifier = lines[timingIndex]
            let looksLikeIdentifier = flavor == .vtt || identifier.allSatisfy { $0.isASCII && $0.isNumber }
            guard looksLikeIdentifier, timingIndex + 1 < chunk.upperBound else {
                throw InputError(file: path, line: timingIndex + 1, "expected a cue timing line (start --> end), found \"\(identifier.prefix(60))\"")
            }
            timingIndex += 1
        }
        let timing = try SubtitleTiming.parse(lines[timingIndex], flavor: flavor, path: path, line: timingIndex + 1)
        return Cue(timing: timing, textLines: (timingIndex + 1)..<nextCueStart(lines: lines, after: timingIndex, before: chunk.upperBound))
    }

    /// Where a cue's text ends when the next cue follows without a blank line: at the next
    /// timing line, or at the numeric identifier just before it. Otherwise the chunk's end.
    private func nextCueStart(lines: [Substring], after timingIndex: Int, before end: Int) -> Int {
        for index in (timingIndex + 1)..<max(timingIndex + 1, end) where lines[index].contains("-->") {
            let previous = lines[index - 1]
            let previousIsIdentifier = index - 1 > timingIndex && previous.allSatisfy { $0.isASCII && $0.isNumber }
            return previousIsIdentifier ? index - 1 : index
        }
        return end
    }

    /// How many of `lines`' first lines repeat the last lines of the previous cue (all of
    /// them when the cue repeats the previous one). Tags are ignored in the comparison:
    /// automatic captions mark up the new words of a line but not its rolled-up copy.
    static func repeatedLeadingLineCount(_ lines: [Substring], after previous: [Substring]) -> Int {
        guard !lines.isEmpty, !previous.isEmpty else { return 0 }
        let current = lines.map(Self.plainText)
        let earlier = previous.map(Self.plainText)
        for overlap in stride(from: min(current.count, earlier.count), through: 1, by: -1)
        where Array(current.prefix(overlap)) == Array(earlier.suffix(overlap)) {
            return overlap
        }
        return 0
    }

    /// Cue text without `<...>` tags and with runs of spaces collapsed.
    static func plainText(_ line: Substring) -> String {
        var result = ""
        var insideTag = false
        var lastWasSpace = false
        for character in line {
            if character == "<" { insideTag = true; continue }
            if character == ">" && insideTag { insideTag = false; continue }
            if insideTag { continue }
            if character.isSpaceOnly {
                if !lastWasSpace && !result.isEmpty { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        if lastWasSpace, result.last == " " { result.removeLast() }
        return result
    }
}
