/// What the writers share when they put inline codes back: which codes pair up within a
/// segment, and which element-wrapped ones nest properly enough to be written as elements.
enum InlineCodeLayout {
    /// Indices of openings whose closing (same pairing) follows in the same text, and of
    /// those closings: the rest are isolated halves.
    static func pairedIndices(_ codes: [InlineCode], opening: InlineCode.Role, closing: InlineCode.Role) -> Set<Int> {
        var paired = Set<Int>()
        var open: [String: [Int]] = [:]
        for (index, code) in codes.enumerated() where !code.isolated {
            let key = code.pairing ?? ""
            if code.role == opening {
                open[key, default: []].append(index)
            } else if code.role == closing, let start = open[key]?.popLast() {
                paired.insert(start)
                paired.insert(index)
            }
        }
        return paired
    }

    /// What a TMX or XLIFF 1.2 inline writer needs: the codes that pair up, and those written
    /// as an element around their text (the format's own wrapping elements, `wrapping`, when
    /// read from it; annotations otherwise).
    static func pairsAndNesting(_ codes: [InlineCode], origin: InlineCode.Origin, wrapping: Set<String>)
        -> (paired: Set<Int>, nested: Set<Int>)
    {
        let paired = pairedIndices(codes, opening: .opening, closing: .closing)
        let nested = nestedIndices(codes) { code in
            code.origin == origin ? wrapping.contains(code.element) : code.role == .annotationStart || code.role == .annotationEnd
        }
        return (paired, nested)
    }

    /// Indices of `opening`/`closing` codes that nest like elements (each closing ends the
    /// innermost open one): those can be written as an element around the text between.
    static func nestedIndices(_ codes: [InlineCode], wraps: (InlineCode) -> Bool) -> Set<Int> {
        var nested = Set<Int>()
        var stack: [Int] = []
        for (index, code) in codes.enumerated() where wraps(code) {
            switch code.role {
            case .opening, .annotationStart:
                stack.append(index)
            case .closing, .annotationEnd:
                if let top = stack.last, codes[top].pairing == code.pairing, codes[top].element == code.element || code.origin != codes[top].origin {
                    stack.removeLast()
                    nested.insert(top)
                    nested.insert(index)
                } else {
                    // A crossing end: everything still open stays unmatched.
                    stack.removeAll()
                }
            default:
                break
            }
        }
        return nested
    }

    /// Small positive numbers for pairing strings, in order of first appearance: TMX `i`
    /// and XLIFF 1.2 `rid` want them, and source and target number alike when their codes
    /// come in the same order.
    struct Numbering {
        private var numbers: [String: Int] = [:]

        mutating func number(for pairing: String?) -> Int {
            let key = pairing ?? ""
            if let number = numbers[key] { return number }
            let number = numbers.count + 1
            numbers[key] = number
            return number
        }
    }

    /// The original attributes in a stable order, for restoring an element as it was read.
    static func sorted(_ attributes: [String: String]) -> [(String, String)] {
        attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
