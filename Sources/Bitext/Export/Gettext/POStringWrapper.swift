/// Writes a PO string the way GNU gettext (0.21) writes it, so that a file gettext wrote
/// comes back byte for byte: cut after each `\n`, each piece wrapped at 79 columns where
/// the Unicode line breaking algorithm allows a break (after spaces, between ideographs,
/// never inside an escape or before a closing `\n`), a string of several lines or pieces
/// starting with `msgid ""`. The `no-wrap` flag keeps pieces whole.
enum POStringWrapper {
    static let pageWidth = 79

    /// The lines of `keyword "value"`, each starting with `prefix` (`#~ `, `#| `).
    static func lines(keyword: String, value: String, prefix: String = "", wraps: Bool = true) -> [String] {
        var lines: [String] = []
        let startAfterBreak = prefix.utf8.count + 1
        let width = (wraps ? pageWidth : Int.max / 2) - 1 - startAfterBreak
        let pieces = Self.pieces(of: value)
        var firstLine = true
        for (position, piece) in pieces.enumerated() {
            var scalars: [Unicode.Scalar] = []
            var prohibited: [Bool] = []
            for scalar in piece.unicodeScalars {
                if let escaped = POStringEscapes.escape(scalar) {
                    scalars += escaped.unicodeScalars
                    prohibited += [false, true]
                } else {
                    scalars.append(scalar)
                    prohibited.append(false)
                }
            }
            if piece.hasSuffix("\n") { prohibited[scalars.count - 2] = true }
            func startColumn() -> Int {
                firstLine ? keyword.utf8.count + 1 : 0
            }
            var breaks = Self.breaks(scalars, prohibited: prohibited, width: width, startColumn: startColumn())
            let isLast = position == pieces.count - 1
            if firstLine, !scalars.isEmpty, !isLast || startColumn() > width || !breaks.isEmpty {
                lines.append(prefix + keyword + " \"\"")
                firstLine = false
                breaks = Self.breaks(scalars, prohibited: prohibited, width: width, startColumn: startColumn())
            }
            var line = prefix + (firstLine ? keyword + " " : "") + "\""
            firstLine = false
            for (index, scalar) in scalars.enumerated() {
                if breaks.contains(index) {
                    lines.append(line + "\"")
                    line = prefix + "\""
                }
                line.unicodeScalars.append(scalar)
            }
            lines.append(line + "\"")
        }
        return lines
    }

    /// The value cut after each line feed; one empty piece for an empty value.
    private static func pieces(of value: String) -> [Substring] {
        guard !value.isEmpty else { return [""] }
        var pieces: [Substring] = []
        var start = value.startIndex
        for index in value.unicodeScalars.indices where value.unicodeScalars[index] == "\n" {
            let end = value.unicodeScalars.index(after: index)
            pieces.append(value[start..<end])
            start = end
        }
        if start < value.endIndex { pieces.append(value[start...]) }
        return pieces
    }

    private enum Break {
        case prohibited, possible, mandatory
    }

    /// The positions before which a line break goes: gnulib's `u8_width_linebreaks`, a break
    /// taken at the last opportunity before a piece of text that would pass `width`.
    static func breaks(_ scalars: [Unicode.Scalar], prohibited: [Bool], width: Int, startColumn: Int) -> Set<Int> {
        var kinds = opportunities(scalars)
        for index in kinds.indices where prohibited[index] { kinds[index] = .prohibited }
        var inserted = Set<Int>()
        var lastBreak: Int?
        var lastColumn = startColumn
        var pieceWidth = 0
        for (index, scalar) in scalars.enumerated() {
            let kind = kinds[index]
            if kind != .prohibited, let last = lastBreak, lastColumn + pieceWidth > width {
                inserted.insert(last)
                lastColumn = 0
            }
            if kind == .mandatory {
                lastBreak = nil
                lastColumn = 0
                pieceWidth = 0
                continue
            }
            if kind == .possible {
                lastBreak = index
                lastColumn += pieceWidth
                pieceWidth = 0
            }
            pieceWidth += UnicodeLineBreakClass.columns(scalar) ?? 0
        }
        if let last = lastBreak, lastColumn + pieceWidth > width { inserted.insert(last) }
        return inserted
    }

    /// Break opportunities before each scalar: gnulib's `u8_possible_linebreaks`.
    private static func opportunities(_ scalars: [Unicode.Scalar]) -> [Break] {
        var kinds = [Break](repeating: .prohibited, count: scalars.count)
        var last = UnicodeLineBreakClass.bk
        var seenSpace: Int?
        var seenSpace2: Int?
        for (index, scalar) in scalars.enumerated() {
            var lineClass = UnicodeLineBreakClass.of(scalar)
            var position = index
            switch lineClass {
            case .bk:
                kinds[index] = .mandatory
                last = .bk
                seenSpace = nil
                seenSpace2 = nil
                continue
            case .sp:
                seenSpace2 = seenSpace
                seenSpace = index
                continue
            case .zw:
                last = .zw
                seenSpace = nil
                seenSpace2 = nil
                continue
            case .cm:
                if last == .zw {
                    kinds[index] = .possible
                    last = .id1
                    continue
                }
                // A combining mark after a space makes that space an ideograph.
                guard let space = seenSpace else { continue }
                position = space
                seenSpace = seenSpace2
                lineClass = .id1
            default:
                break
            }
            switch last {
            case .bk: kinds[position] = .prohibited
            case .zw: kinds[position] = .possible
            default:
                switch UnicodeLineBreakClass.opportunity(before: last, after: lineClass) {
                case .direct: kinds[position] = .possible
                case .indirect: kinds[position] = seenSpace == nil ? .prohibited : .possible
                case .prohibited: kinds[position] = .prohibited
                }
            }
            last = lineClass
            seenSpace = nil
            seenSpace2 = nil
        }
        return kinds
    }
}
